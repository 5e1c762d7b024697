//! Comparing two versions of a text field (config histories): pick two rows, see a line diff.

use leptos::prelude::*;
use opsdeck_api::diff::{line_diff, DiffLine};
use serde_json::Value;

use crate::format::format_time;
use crate::i18n::{self, tr, use_lang};

/// A row's name in the pickers: its version and time.
fn row_label(row: &Value, lang: opsdeck_api::Lang) -> String {
    let version = row.get("version").and_then(Value::as_str).unwrap_or("?");
    let time = row.get("create_time").and_then(Value::as_f64).map(|t| format_time(t, lang)).unwrap_or_default();
    format!("{version}  {time}")
}

#[component]
pub fn CompareVersions(
    /// The rows to choose from, newest first as the list shows them.
    #[prop(into)]
    rows: Signal<Vec<Value>>,
    /// The field holding the text.
    field: &'static str,
) -> impl IntoView {
    let lang = use_lang();
    // Indexes into `rows`: by default the second newest against the newest.
    let from = RwSignal::new(1usize);
    let to = RwSignal::new(0usize);
    let options = move || {
        rows.with(|rows| {
            rows.iter().enumerate().map(|(i, r)| view! { <option value=i.to_string()>{row_label(r, lang.get())}</option> }).collect_view()
        })
    };
    let diff = move || {
        let text = |i: usize| rows.with(|r| r.get(i).and_then(|row| row.get(field)).and_then(Value::as_str).unwrap_or("").to_string());
        line_diff(&text(from.get()), &text(to.get()))
    };
    let counts = move || {
        let d = diff();
        let added = d.iter().filter(|l| matches!(l, DiffLine::Added(_))).count();
        let removed = d.iter().filter(|l| matches!(l, DiffLine::Removed(_))).count();
        format!("+{added} −{removed}")
    };
    view! {
        <section class="compare" aria-labelledby="compare-title">
            <div class="preview-head">
                <h2 id="compare-title">{tr(i18n::COMPARE_VERSIONS)}</h2>
                <label for="compare-from">{tr(i18n::COMPARE_FROM)}</label>
                <select id="compare-from" prop:value=move || from.get().to_string() on:change=move |ev| from.set(event_target_value(&ev).parse().unwrap_or(0))>{options}</select>
                <label for="compare-to">{tr(i18n::COMPARE_TO)}</label>
                <select id="compare-to" prop:value=move || to.get().to_string() on:change=move |ev| to.set(event_target_value(&ev).parse().unwrap_or(0))>{options}</select>
                <span class="muted small" data-testid="diff-counts">{counts}</span>
            </div>
            <pre class="code diff" data-testid="diff">
                {move || diff().into_iter().map(|line| match line {
                    DiffLine::Same(t) => view! { <span class="same">{format!("  {t}\n")}</span> },
                    DiffLine::Removed(t) => view! { <span class="removed">{format!("− {t}\n")}</span> },
                    DiffLine::Added(t) => view! { <span class="added">{format!("+ {t}\n")}</span> },
                }).collect_view()}
            </pre>
        </section>
    }
}

crate::chunks::split_view!(detail,
    /// Two versions of a text side by side (configs' history), from the `detail` chunk.
    fn compare_versions(rows: Signal<Vec<Value>>, field: &'static str) => CompareVersions(CompareVersionsProps { rows, field }));
