//! The form renderer: any body schema becomes a form, field by field from its metadata.
//!
//! The form's state is the JSON document itself ([`FormState::value`]), so the raw-JSON mode,
//! the request preview and the submitted body are all the same value, and nothing the user
//! typed is lost when a request fails or they switch modes. Validation is the same code the
//! sandbox runs ([`opsdeck_api::validate`]), with the browser's RegExp for patterns.
//!
//! This module dispatches a field to its view by type; the views are in its children:
//!
//! - [`state`]: [`FormState`], the document, its problems and what was visited.
//! - [`parts`]: label, help, problem of a field; input text ↔ JSON.
//! - [`inputs`]: one-input fields (text, number, file, enum select, check box).
//! - [`object`], [`arrays`], [`json`]: nested objects, arrays, JSON editors (and raw JSON).
//! - [`long_body`]: a long body's folded optional fields.
//! - [`choices`]: fields whose values come from a list operation.
//! - [`help`]: the fields' help texts, looked up by [`help_key`].

pub mod arrays;
pub mod choices;
pub mod help;
pub mod help_key;
pub mod inputs;
pub mod json;
pub mod long_body;
pub mod object;
pub mod parts;
pub mod picker;
pub mod state;
pub mod stepped;

use leptos::prelude::*;
use opsdeck_api::json_path::Seg;
use opsdeck_api::schema::{Field, Location, ObjectSchema, Type};

use crate::i18n::{tr, use_lang};

pub use json::RawJsonEditor;
pub use state::{clean, dom_id, FormState};

/// Present in the context of an off-screen rehearsal render (`views::warm_up`): what would
/// send a request (a field filled from a list) does not.
#[derive(Clone, Copy)]
pub struct Rehearsal;

/// A path into the form's document: the `Seg`s of `opsdeck_api::json_path`, whose keys are
/// the declarations' field names.
pub type Path = Vec<Seg<'static>>;

pub(crate) fn child(path: &[Seg<'static>], seg: Seg<'static>) -> Path {
    let mut p = path.to_vec();
    p.push(seg);
    p
}

/// The fields of an object schema (body fields only; the service sets read-only ones).
pub fn object_fields(schema: &'static ObjectSchema, base: Path, state: FormState) -> AnyView {
    let params_level = state.params && base.is_empty();
    schema
        .fields
        .iter()
        .filter(move |f| {
            if params_level {
                // The project comes from the settings.
                f.location != Location::Body && f.name != "project_id"
            } else {
                is_body_field(f)
            }
        })
        .map(|f| field_view(f, child(&base, Seg::Key(f.name)), state))
        .collect_view()
        .into_any()
}

/// Builds a form's fields, and builds them again whenever the console's language changes.
///
/// Fields write their texts (labels, help, options, button names) in the language of the
/// moment ([`lang_now`]) instead of binding each one to the language: a large form has
/// hundreds, and a binding apiece made it noticeably slower to open. Rebuilding loses
/// nothing: the form's state is its JSON document ([`FormState`]), and JSON editors keep
/// their unparsed text in [`FormState::drafts`].
pub fn per_language(build: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    let lang = use_lang();
    // Only the language: what the fields read while they are built must not rebuild them.
    (move || {
        lang.track();
        untrack(&build)
    })
    .into_any()
}

/// For a form's `mousedown`: pressing one of its buttons does not take the focus from the field
/// being edited. Leaving a field shows its problems, which moves what is below it; without
/// this, the button under the pointer (Send, Add) moved away between press and release and the
/// click was lost. The field is checked all the same when the form is sent.
pub fn keep_focus_on_button_press(ev: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    let on_button = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button").ok().flatten())
        .is_some();
    if on_button && ev.button() == 0 {
        ev.prevent_default();
    }
}

/// Makes what is typed in a picker a value before the form is read: a picker keeps typed text
/// apart until its box is left (see `picker`), and [`keep_focus_on_button_press`] keeps the
/// box focused while Send or Next is pressed, so without this a typed id was not sent.
pub fn commit_focused_picker() {
    use wasm_bindgen::JsCast;
    // Inside `<opsdeck-console>` the document's active element is the host: look into its
    // shadow root.
    let mut focused = document().active_element();
    while let Some(inner) = focused.as_ref().and_then(|e| e.shadow_root()).and_then(|r| r.active_element()) {
        focused = Some(inner);
    }
    let focused = focused.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = focused.filter(|e| e.get_attribute("role").as_deref() == Some("combobox")) {
        // The picker's blur handler writes the text, synchronously.
        let _ = el.blur();
    }
}

/// After a send refused for problems: puts the focus on the field of the first problem the
/// form shows (scrolling it into view), or brings the problem into view when it belongs to a
/// group rather than one field. `form` is the submitted form (the submit event's target); the
/// problems are shown once the render that follows has run, hence the animation frame.
pub fn reveal_first_problem(form: Option<web_sys::EventTarget>) {
    use wasm_bindgen::JsCast;
    let Some(form) = form.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    request_animation_frame(move || {
        let Some(problem) = form.query_selector(".field-error[id]").ok().flatten() else { return };
        let control = problem
            .id()
            .strip_suffix("-error")
            .and_then(|id| form.query_selector(&format!("#{id}")).ok().flatten())
            .filter(|c| matches!(c.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
            .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok());
        match control {
            Some(control) => {
                let _ = control.focus();
            }
            None => problem.scroll_into_view(),
        }
    });
}

/// A form for a whole body schema.
#[component]
pub fn SchemaForm(state: FormState) -> impl IntoView {
    // A guided body is shown in steps; who knows what to fill in can have every field on one
    // page instead (the values are the form's either way).
    let guide = if state.params { None } else { opsdeck_api::steps::guide(state.op) };
    let one_page = RwSignal::new(false);
    let switch = guide.map(|_| {
        let label = move || if one_page.get() { tr(GUIDED)() } else { tr(ONE_PAGE)() };
        view! {
            <p class="form-mode">
                <button type="button" class="btn link small" aria-pressed=move || one_page.get().to_string()
                    on:click=move |_| one_page.update(|o| *o = !*o)>{label}</button>
            </p>
        }
    });
    // Rebuilt when the mode or the language changes, not when what the fields read does.
    let fields = move || {
        one_page.track();
        per_language(move || match (state.ty, guide) {
            (Type::Object(schema), Some(guide)) if !one_page.get_untracked() => stepped::stepped_fields(schema, guide, state),
            (Type::Object(schema), _) if !state.params && body_fields(schema).count() > LONG_BODY => long_body::long_body_fields(schema, state),
            (Type::Object(schema), _) => object_fields(schema, Vec::new(), state),
            _ => ().into_any(),
        })
    };
    view! { <div class="schema-form">{switch}{fields}</div> }
}

const ONE_PAGE: opsdeck_api::Text = opsdeck_api::Text::new("在一页中显示所有字段", "All fields on one page");
const GUIDED: opsdeck_api::Text = opsdeck_api::Text::new("分步填写", "Guided steps");

/// A body with more fields than this is a long one: its optional fields start folded.
pub const LONG_BODY: usize = 16;

/// Whether the user fills this field in as part of a body (the service sets read-only ones).
pub(crate) fn is_body_field(f: &Field) -> bool {
    f.location == Location::Body && !f.rules.read_only
}

/// The fields of a body the user fills in.
pub(crate) fn body_fields(schema: &'static ObjectSchema) -> impl Iterator<Item = &'static Field> {
    schema.fields.iter().filter(|f| is_body_field(f))
}

/// One field, whatever its type. Fields whose values come from a list (`choices`) are
/// selects and checklists (see [`choices`]).
pub fn field_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    if field.rules.choices.is_some() {
        return choices::field_view(field, path, state);
    }
    plain_field_view(field, path, state)
}

/// One field by its type alone.
pub(crate) fn plain_field_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    // An upload (`upload_file`, documented as the file itself) is chosen from the disk.
    if matches!(field.ty, Type::String) && field.name.ends_with("file") {
        return inputs::file_view(field, path, state);
    }
    match field.ty {
        Type::Object(schema) => object::object_view(field, schema, path, state),
        Type::Array(Type::Object(schema)) => arrays::object_array_view(field, schema, path, state),
        Type::Array(item) => arrays::scalar_array_view(field, item, path, state),
        Type::Map(_) | Type::Any => json::json_view(field, path, state),
        Type::Boolean => inputs::checkbox_view(field, path, state),
        Type::Enum(_) => inputs::select_view(field, path, state),
        _ => inputs::input_view(field, path, state),
    }
}

