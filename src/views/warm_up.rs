//! Running the form renderer once, off-screen, while the console is idle.
//!
//! The browser compiles a wasm function the first time it is called (and here each such
//! compilation costs about 40 µs). Opening the first form calls some 1,400 of them (the page
//! around it, the renderer, the reactive graph, the request preview, the effects that run
//! once it is built), and compiling them took about a third of that page's time. So, once
//! the chunks are fetched, the console renders, into an element that is never attached to
//! the page, two operation pages as the router builds them (the shortest body, and the
//! longest, whose optional settings fold) and one field of each kind the renderer knows.
//! Each sample is its own short task in an idle period, so nothing the user does waits on it,
//! and stays until the next one has run its effects; what the user opens afterwards runs
//! code that is already compiled.
//!
//! A rehearsal sends nothing: fields filled from a list do not ask for it (see `form::Rehearsal`).

use leptos::prelude::*;
use opsdeck_api::catalog;
use opsdeck_api::schema::{Field, Type};
use opsdeck_api::OperationDecl;
use serde_json::{Map, Value};
use wasm_bindgen::JsCast;

use crate::router::Route;
use crate::state::AppState;
use opsdeck_api::json_path::{set_at, Seg};

use crate::views::form::{body_fields, field_view, FormState, Path, Rehearsal};


/// One thing to render: a field of a body (with the body's type, for its form state), or the
/// page at a path below the console's base, as the router builds it.
#[derive(Clone)]
pub enum Sample {
    Field { op: &'static str, body: &'static Type, path: Path, field: &'static Field },
    Page(String),
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

/// The samples: the explorer pages of the operations with the shortest and the longest body
/// (the page around every form; a long body takes its own path, see
/// `form::long_body`), then the first body field of each kind found in the
/// declarations.
pub fn samples() -> Vec<Sample> {
    let with_body = || catalog::operations().filter_map(|op| Some((op, op.body()?.as_object()?)));
    let page = |(op, _): (&OperationDecl, _)| Sample::Page(format!("/explorer/{}", op.id));
    let mut out: Vec<Sample> = with_body().min_by_key(|(_, schema)| schema.fields.len()).map(page).into_iter().collect();
    out.extend(with_body().max_by_key(|(_, schema)| schema.fields.len()).map(page));
    let mut seen = Vec::new();
    for (op, schema) in with_body() {
        let body = op.body().expect("has a body");
        for field in body_fields(schema) {
            let k = kind(field);
            if !seen.contains(&k) {
                seen.push(k);
                out.push(Sample::Field { op: op.id, body, path: vec![Seg::Key(field.name)], field });
            }
        }
    }
    out
}

thread_local! {
    static SAMPLES: Vec<Sample> = samples();
    static CURRENT: std::cell::RefCell<Option<Box<dyn std::any::Any>>> = const { std::cell::RefCell::new(None) };
}

/// Renders the `i`th sample off-screen and drops the one before; `false` when there is none.
pub fn rehearse_step(state: AppState, routes: &'static [Route], i: usize) -> bool {
    CURRENT.with(|c| c.borrow_mut().take());
    SAMPLES.with(|samples| samples.get(i).map(|s| CURRENT.with(|c| *c.borrow_mut() = rehearse(state, routes, s))).is_some())
}

/// Renders one sample off-screen.
fn rehearse(state: AppState, routes: &'static [Route], sample: &Sample) -> Option<Box<dyn std::any::Any>> {
    let parent = document().create_element("div").ok()?.dyn_into::<web_sys::HtmlElement>().ok()?;
    let sample = sample.clone();
    let handle = leptos::mount::mount_to(parent, move || {
        provide_context(state);
        provide_context(Rehearsal);
        match &sample {
            Sample::Page(path) => crate::router::page_at(routes, path).unwrap_or_else(|| ().into_any()),
            Sample::Field { op, body, path, field } => {
                // An array starts with one item, so the item's own view is rendered too.
                let mut initial = Value::Object(Map::new());
                if let Type::Array(item) = field.ty {
                    let item = if matches!(item, Type::Object(_)) { Value::Object(Map::new()) } else { Value::String(String::new()) };
                    set_at(&mut initial, path, Value::Array(vec![item]));
                }
                field_view(field, path.clone(), FormState::new(op, body, initial))
            }
        }
    });
    Some(Box::new(handle))
}

crate::split::split_point!(forms, fn rehearse_step(state: AppState, routes: &'static [Route], i: usize) -> bool {
    super::rehearse_step(state, routes, i)
});
