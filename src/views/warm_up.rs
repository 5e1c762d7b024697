//! Running the form renderer once, off-screen, while the console is idle.
//!
//! The browser compiles a wasm function the first time it is called. Opening the first form
//! calls some 1,400 of them (the renderer, the reactive graph, the request preview), and
//! compiling them took about a third of that page's time. So, once the chunks are fetched,
//! the console renders one field of each kind the renderer knows, and one small operation's
//! runner, into an element that is never attached to the page, and drops them. Each sample is
//! its own short task in an idle period, so nothing the user does waits on it; what they open
//! afterwards runs code that is already compiled.
//!
//! A rehearsal sends nothing: fields filled from a list do not ask for it (see [`Rehearsal`]).

use leptos::prelude::*;
use opsdeck_api::catalog;
use opsdeck_api::schema::{Field, Type};
use opsdeck_api::OperationDecl;
use serde_json::{Map, Value};
use wasm_bindgen::JsCast;

use crate::state::AppState;
use crate::views::form::{body_fields, field_view, set_at, FormState, Path, Seg};
use crate::views::runner::OperationRunner;

/// Present in the context of a rehearsal render: what would send a request does not.
#[derive(Clone, Copy)]
pub struct Rehearsal;

/// One thing to render: a field of a body (with the body's type, for its form state), or an
/// operation's whole runner.
#[derive(Clone)]
pub enum Sample {
    Field { body: &'static Type, path: Path, field: &'static Field },
    Runner(&'static OperationDecl),
}

/// What makes the renderer take a different path for a field: its type (and an array's item
/// type), whether its values come from a list, whether it is required (a required object is
/// open, an optional one folded) or a secret.
fn kind(field: &Field) -> (u8, u8, bool, bool, bool) {
    fn tag(ty: &Type) -> u8 {
        match ty {
            Type::Object(_) => 1,
            Type::Array(_) => 2,
            Type::Map(_) => 3,
            Type::Any => 4,
            Type::Boolean => 5,
            Type::Enum(_) => 6,
            Type::Integer | Type::Number => 7,
            _ => 8,
        }
    }
    let item = match field.ty {
        Type::Array(item) => tag(item),
        _ => 0,
    };
    (tag(field.ty), item, field.rules.choices.is_some(), field.required, field.rules.secret)
}

/// The samples: the runner of the smallest operation with a body (the page around every
/// form), then the first body field of each kind found in the declarations.
pub fn samples() -> Vec<Sample> {
    let with_body = || catalog::operations().filter_map(|op| Some((op, op.body?.as_object()?)));
    let mut out: Vec<Sample> = with_body().min_by_key(|(_, schema)| schema.fields.len()).map(|(op, _)| Sample::Runner(op)).into_iter().collect();
    let mut seen = Vec::new();
    for (op, schema) in with_body() {
        let body = op.body.expect("has a body");
        for field in body_fields(schema) {
            let k = kind(field);
            if !seen.contains(&k) {
                seen.push(k);
                out.push(Sample::Field { body, path: vec![Seg::Key(field.name)], field });
            }
        }
    }
    out
}

thread_local! {
    static SAMPLES: Vec<Sample> = samples();
}

/// Renders the `i`th sample off-screen and drops it; `false` when there is none.
pub fn rehearse_step(state: AppState, i: usize) -> bool {
    SAMPLES.with(|samples| samples.get(i).map(|s| rehearse(state, s)).is_some())
}

/// Renders one sample off-screen and drops it.
fn rehearse(state: AppState, sample: &Sample) {
    let Some(parent) = document().create_element("div").ok().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else { return };
    let sample = sample.clone();
    let handle = leptos::mount::mount_to(parent, move || {
        provide_context(state);
        provide_context(Rehearsal);
        match &sample {
            Sample::Runner(decl) => view! { <OperationRunner decl=*decl /> }.into_any(),
            Sample::Field { body, path, field } => {
                // An array starts with one item, so the item's own view is rendered too.
                let mut initial = Value::Object(Map::new());
                if let Type::Array(item) = field.ty {
                    let item = if matches!(item, Type::Object(_)) { Value::Object(Map::new()) } else { Value::String(String::new()) };
                    set_at(&mut initial, path, Value::Array(vec![item]));
                }
                field_view(field, path.clone(), FormState::new(body, initial))
            }
        }
    });
    drop(handle);
}
