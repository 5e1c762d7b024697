//! `/_bench/table?rows=N`: the generic table with N synthetic rows, for `cargo xtask bench`
//! (time to paint, longest task while scrolling). Not linked from the navigation.

use leptos::prelude::*;
use crate::router::use_query_map;
use opsdeck_api::schema::Text;
use serde_json::{json, Value};

use crate::views::table::{Column, DataTable};

const COLUMNS: &[Column] = &[
    Column { field: "name", label: Text::new("名称", "Name"), sortable: true },
    Column { field: "deploy_mode", label: Text::new("类型", "Type"), sortable: false },
    Column { field: "vpc_id", label: Text::new("虚拟私有云ID", "VPC ID"), sortable: false },
    Column { field: "description", label: Text::new("描述", "Description"), sortable: false },
    Column { field: "create_time", label: Text::new("创建时间", "Created"), sortable: true },
];

fn synthetic_rows(n: usize) -> Vec<Value> {
    let modes = ["virtualmachine", "container", "mixed"];
    (0..n)
        .map(|i| {
            json!({
                "id": format!("env-{i:05}"),
                "name": format!("environment-{i:05}"),
                "deploy_mode": modes[i % 3],
                "vpc_id": format!("vpc-{:08x}", (i as u32).wrapping_mul(2_654_435_761)),
                "description": format!("Synthetic row {i} for the table benchmark"),
                "create_time": 1_700_000_000_000i64 + i as i64 * 60_000,
            })
        })
        .collect()
}

#[component]
pub fn BenchTablePage() -> impl IntoView {
    let query = use_query_map();
    let n = query.with_untracked(|q| q.get("rows").and_then(|r| r.parse().ok()).unwrap_or(10_000usize));
    let rows = synthetic_rows(n);
    // Tell the bench when the first frame with the table has been painted.
    request_animation_frame(move || {
        request_animation_frame(move || {
            if let Some(body) = document().body() {
                let _ = body.set_attribute("data-bench-ready", "1");
            }
        })
    });
    view! {
        <div class="page">
            <h1>{format!("{n} rows")}</h1>
            <DataTable columns=COLUMNS.to_vec() rows=rows caption="benchmark".to_string() testid="bench-scroll" />
        </div>
    }
}

crate::chunks::split_view!(shell,
    /// The 10,000-row table of `cargo xtask bench`, from the `shell` chunk.
    fn bench_page() => view! { <BenchTablePage /> });
