//! The form renderer: any body schema becomes a form, field by field from its metadata.
//!
//! The form's state is the JSON document itself ([`FormState::value`]), so the raw-JSON mode,
//! the request preview and the submitted body are all the same value, and nothing the user
//! typed is lost when a request fails or they switch modes. Validation is the same code the
//! sandbox runs ([`opsdeck_api::validate`]), with the browser's RegExp for patterns.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use opsdeck_api::schema::{Field, Lang, Location, ObjectSchema, Type};
use opsdeck_api::validate::{validate, Violation};
use serde_json::{Map, Value};

use opsdeck_api::json_path::{get_at, get_mut_at, path_string, remove_at, set_at, Seg};

use crate::i18n::{self, lang_now, tr, use_lang};
use crate::patterns::JsPatterns;

/// A path into the form's document: the `Seg`s of `opsdeck_api::json_path`, whose keys are
/// the declarations' field names.
pub type Path = Vec<Seg<'static>>;

/// A DOM id for the input at a path of a body form (a parameter form's ids differ: see
/// [`FormState::dom_id`]).
pub fn dom_id(path: &[Seg<'_>]) -> String {
    let s: String = path_string(path).chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' }).collect();
    format!("f-{s}")
}

pub(crate) fn child(path: &[Seg<'static>], seg: Seg<'static>) -> Path {
    let mut p = path.to_vec();
    p.push(seg);
    p
}

/// Drops what the user left empty (unless it was there to begin with: clearing a field in an
/// edit form must send the empty value to clear it on the server).
pub fn clean(value: &Value, ty: &Type, initial: Option<&Value>) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::String(s) if s.is_empty() => initial.map(|_| Value::String(String::new())),
        Value::Object(map) => {
            let schema = ty.as_object();
            let mut out = Map::new();
            for (k, v) in map {
                let field_ty = schema.and_then(|s| s.field(k)).map(|f| f.ty).unwrap_or(&Type::Any);
                if let Some(c) = clean(v, field_ty, initial.and_then(|i| i.get(k))) {
                    out.insert(k.clone(), c);
                }
            }
            Some(Value::Object(out))
        }
        Value::Array(items) => {
            let item_ty = match ty {
                Type::Array(t) => t,
                _ => &Type::Any,
            };
            Some(Value::Array(items.iter().map(|i| clean(i, item_ty, Some(i)).unwrap_or(Value::Null)).collect()))
        }
        other => Some(other.clone()),
    }
}

/// The state of one form: the document, what the user has visited, and its problems.
#[derive(Clone, Copy)]
pub struct FormState {
    pub ty: &'static Type,
    /// A form for an operation's path/query/header parameters rather than its body.
    pub params: bool,
    pub value: RwSignal<Value>,
    pub initial: StoredValue<Value>,
    pub touched: RwSignal<HashSet<String>>,
    pub submitted: RwSignal<bool>,
    pub violations: Memo<Vec<Violation>>,
    /// What the user typed into a JSON editor that does not parse yet, by path, with the value
    /// it was typed over: the editor shows it again when the form is built again (another
    /// language) unless the value has changed since (raw-JSON mode).
    pub drafts: StoredValue<HashMap<String, (String, Option<Value>)>>,
    /// The user asked to see a long body's optional fields (see [`long_body_fields`]); kept
    /// here so that building the form again (another language) does not fold them.
    pub optional_shown: RwSignal<bool>,
}

impl FormState {
    pub fn new(ty: &'static Type, initial: Value) -> FormState {
        let value = RwSignal::new(initial.clone());
        let violations = Memo::new(move |_| {
            let body = value.with(|v| clean(v, ty, None).unwrap_or(Value::Object(Map::new())));
            validate(ty, &body, &JsPatterns)
        });
        FormState {
            ty,
            params: false,
            value,
            initial: StoredValue::new(initial),
            touched: RwSignal::new(HashSet::new()),
            submitted: RwSignal::new(false),
            violations,
            drafts: StoredValue::new(HashMap::new()),
            optional_shown: RwSignal::new(false),
        }
    }

    /// A form for an operation's parameters (the project comes from the settings).
    pub fn for_params(ty: &'static Type, initial: Value) -> FormState {
        let value = RwSignal::new(initial.clone());
        let violations = Memo::new(move |_| {
            let Some(schema) = ty.as_object() else { return Vec::new() };
            let map = value.with(|v| v.as_object().cloned().unwrap_or_default());
            [Location::Path, Location::Query, Location::Header]
                .into_iter()
                .flat_map(|loc| opsdeck_api::validate::validate_params(schema, loc, &map, &JsPatterns))
                .filter(|v| v.path != "project_id")
                .collect()
        });
        FormState {
            ty,
            params: true,
            value,
            initial: StoredValue::new(initial),
            touched: RwSignal::new(HashSet::new()),
            submitted: RwSignal::new(false),
            violations,
            drafts: StoredValue::new(HashMap::new()),
            optional_shown: RwSignal::new(false),
        }
    }

    /// The body to send.
    pub fn body(&self) -> Value {
        let initial = self.initial.get_value();
        self.value.with_untracked(|v| clean(v, self.ty, Some(&initial)).unwrap_or(Value::Object(Map::new())))
    }

    /// The DOM id of the input at `path`: `f-…` in a body form, `p-…` in a parameter form, so
    /// that a parameter and a body member of the same name (4.3.1's `application_id`) each
    /// have their own label and messages.
    pub fn dom_id(&self, path: &[Seg]) -> String {
        let id = dom_id(path);
        if self.params {
            format!("p{}", &id[1..])
        } else {
            id
        }
    }

    pub fn is_valid(&self) -> bool {
        self.violations.with_untracked(Vec::is_empty)
    }

    /// The message to show under the field at `path`, once it was visited or submitted.
    pub fn error_at(&self, path: &str, lang: Lang) -> Option<String> {
        let shown = self.submitted.get() || self.touched.with(|t| t.contains(path));
        if !shown {
            return None;
        }
        self.violations.with(|vs| vs.iter().find(|v| v.path == path).map(|v| v.message(lang)))
    }

    pub(crate) fn touch(&self, path: &str) {
        // A field can lose the focus once its form is gone: a send that succeeds opens another
        // page while the field still has the focus (the Send button does not take it), and the
        // browser reports the blur of the removed field.
        if self.touched.try_with_untracked(|t| t.contains(path)) == Some(false) {
            self.touched.try_update(|t| {
                t.insert(path.to_string());
            });
        }
    }
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
    let fields = per_language(move || match state.ty {
        Type::Object(schema) if !state.params && body_fields(schema).count() > LONG_BODY => long_body_fields(schema, state),
        Type::Object(schema) => object_fields(schema, Vec::new(), state),
        _ => ().into_any(),
    });
    view! { <div class="schema-form">{fields}</div> }
}

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

/// A long body (4.3.1 has 48 fields, a handful of them required): the required fields, then
/// the optional ones in one group, folded until the user unfolds it, one of them holds a value
/// (an edit form, raw JSON) or one of them has a problem when the form is sent. Folded, the
/// group names its fields, so they can still be found on the page. Like a folded optional
/// object, a folded group is not built: the 4.3.1 form opens with 40% fewer elements (a fifth
/// less time), and the required fields are what the user sees first, as in the cloud's own
/// console ("advanced settings").
fn long_body_fields(schema: &'static ObjectSchema, state: FormState) -> AnyView {
    let (required, optional): (Vec<&'static Field>, Vec<&'static Field>) = body_fields(schema).partition(|f| f.required);
    let names: Vec<&'static str> = optional.iter().map(|f| f.name).collect();
    // Once unfolded, it stays so: nothing the user can see disappears under them.
    let unfolded = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false)
            || state.optional_shown.get()
            || state.value.with(|v| names.iter().any(|n| v.get(*n).is_some_and(has_content)))
            || (state.submitted.get() && state.violations.with(|vs| vs.iter().any(|x| names.iter().any(|n| top_key(&x.path) == *n))))
    });
    let lang = lang_now();
    let separator = if lang == Lang::Zh { "、" } else { ", " };
    let listed = optional.iter().map(|f| f.label.get(lang)).collect::<Vec<_>>().join(separator);
    let count = optional.len();
    let group = move || {
        if unfolded.get() {
            // What the fields read while they are built must not build them again.
            untrack(|| optional.iter().map(|f| field_view(f, vec![Seg::Key(f.name)], state)).collect_view().into_any())
        } else {
            view! {
                <button type="button" class="btn secondary" aria-expanded="false" on:click=move |_| state.optional_shown.set(true)>
                    {format!("{} ({count})", i18n::SHOW_OPTIONAL.get(lang))}
                </button>
                <p class="help">{listed.clone()}</p>
            }
            .into_any()
        }
    };
    view! {
        {required.into_iter().map(|f| field_view(f, vec![Seg::Key(f.name)], state)).collect_view()}
        <fieldset class="optional-group">
            <legend>{i18n::OPTIONAL_FIELDS.get(lang)}</legend>
            {group}
        </fieldset>
    }
    .into_any()
}

/// Whether a value is something the user entered: not null, not an empty text, list or object.
fn has_content(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

/// The top-level member a validation path is in: `deploy_strategy` for
/// `deploy_strategy.rolling_release`, `labels` for `labels[0].key`.
fn top_key(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or(path)
}

pub(crate) fn label_view(field: &'static Field, id: String) -> impl IntoView {
    let required = field.required;
    view! {
        <label for=id class="field-label">
            {field.label.get(lang_now())}
            {required.then(|| view! { <span class="req" aria-hidden="true">" *"</span> })}
        </label>
    }
}

pub(crate) fn help_view(field: &'static Field, id: String) -> impl IntoView {
    let help = crate::views::help::help(field);
    (!help.is_empty()).then(|| view! { <p class="help" id=id>{help.get(lang_now())}</p> })
}

pub(crate) fn error_view(state: FormState, path: String, id: String) -> impl IntoView {
    let lang = lang_now();
    move || {
        state.error_at(&path, lang).map(|e| view! { <p class="field-error" id=id.clone() role="alert">{e}</p> })
    }
}

/// Text for an input from the JSON value at its path.
fn input_text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// JSON for what was typed into an input of this type (`None` when it was emptied).
fn typed_input(ty: &Type, text: String) -> Option<Value> {
    (!text.is_empty()).then(|| crate::format::typed_value(ty, &text))
}

/// One field, whatever its type. Fields whose values come from a list (`choices`) are
/// selects and checklists (see [`crate::views::choices`]).
pub fn field_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    if field.rules.choices.is_some() {
        return crate::views::choices::field_view(field, path, state);
    }
    plain_field_view(field, path, state)
}

/// One field by its type alone.
pub(crate) fn plain_field_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    // An upload (`upload_file`, documented as the file itself) is chosen from the disk.
    if matches!(field.ty, Type::String) && field.name.ends_with("file") {
        return file_view(field, path, state);
    }
    match field.ty {
        Type::Object(schema) => object_view(field, schema, path, state),
        Type::Array(Type::Object(schema)) => object_array_view(field, schema, path, state),
        Type::Array(item) => scalar_array_view(field, item, path, state),
        Type::Map(_) | Type::Any => json_view(field, path, state),
        Type::Boolean => checkbox_view(field, path, state),
        Type::Enum(_) => select_view(field, path, state),
        _ => input_view(field, path, state),
    }
}

pub(crate) fn input_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let (help_id, error_id) = (format!("{id}-help"), format!("{id}-error"));
    let kind = match field.ty {
        Type::Integer | Type::Number => "number",
        _ if field.rules.secret => "password",
        _ => "text",
    };
    // Multi-line text (file contents, scripts) needs a text area: a one-line input would drop
    // its line breaks.
    let long = field.rules.max_len.is_some_and(|m| m > 256)
        || matches!(field.name, "content" | "server_xml" | "script" | "command" | "yaml" | "template" | "value_yaml")
        || field.name.ends_with("_content");
    let as_value = move |text: &str| typed_input(field.ty, text.to_string()).unwrap_or(Value::String(String::new()));
    let read = {
        let path = path.clone();
        move || state.value.with(|v| input_text(get_at(v, &path)))
    };
    let write = {
        let path = path.clone();
        move |text: String| {
            let new = as_value(&text);
            state.value.update(|v| set_at(v, &path, new))
        }
    };
    // A one-line input is updated from the form only when what it holds means something else:
    // a number typed as "3" is not rewritten as "3.0" (which turned "3.5", typed key by key,
    // into "3.05"), while a value set elsewhere (raw JSON, a reset) replaces it.
    let node = NodeRef::<leptos::html::Input>::new();
    {
        let path = path.clone();
        Effect::new(move |_| {
            let current = state.value.with(|v| get_at(v, &path).cloned());
            if let Some(el) = node.get() {
                if Some(as_value(&el.value())) != current {
                    el.set_value(&input_text(current.as_ref()));
                }
            }
        });
    }
    let invalid = {
        let key = key.clone();
        let lang = lang_now();
        move || state.error_at(&key, lang).is_some().to_string()
    };
    let on_blur = {
        let key = key.clone();
        move |_| state.touch(&key)
    };
    let described = format!("{help_id} {error_id}");
    let placeholder = field.rules.example.unwrap_or("");
    let control = if long {
        let write = write.clone();
        view! {
            <textarea id=id.clone() name=key.clone() rows="3" prop:value=read aria-invalid=invalid aria-describedby=described.clone()
                maxlength=field.rules.max_len.map(|m| m.to_string())
                on:input=move |ev| write(event_target_value(&ev)) on:blur=on_blur.clone()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input node_ref=node id=id.clone() name=key.clone() type=kind prop:value=read() aria-invalid=invalid aria-describedby=described
                placeholder=placeholder autocomplete="off"
                on:input=move |ev| {
                    // Half a number ("3." on the way to "3.5") reads as "" from a number input:
                    // leave the form as it is until the text means a number again.
                    let bad = event_target::<web_sys::HtmlInputElement>(&ev).validity().bad_input();
                    if !bad {
                        write(event_target_value(&ev))
                    }
                } on:blur=on_blur />
        }
        .into_any()
    };
    view! {
        <div class="field">
            {label_view(field, id.clone())}
            {control}
            {help_view(field, help_id)}
            {error_view(state, key, error_id)}
        </div>
    }
    .into_any()
}

/// A file chosen from the disk, kept in the form as a data URL (see `opsdeck_api::multipart`).
fn file_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let chosen = {
        let path = path.clone();
        move || {
            state.value.with(|v| {
                get_at(v, &path)
                    .and_then(Value::as_str)
                    .and_then(opsdeck_api::multipart::parse_file_data_url)
                    .map(|(_, name, bytes)| format!("{name} ({} KB)", bytes.len().div_ceil(1024)))
            })
        }
    };
    let on_change = {
        let path = path.clone();
        move |ev: leptos::ev::Event| {
            use wasm_bindgen::JsCast;
            let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            let path = path.clone();
            leptos::task::spawn_local(async move {
                let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else { return };
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                let media = Some(file.type_()).filter(|t| !t.is_empty()).unwrap_or_else(|| "application/octet-stream".into());
                let url = opsdeck_api::multipart::file_data_url(&media, &file.name(), &bytes);
                state.value.update(|v| set_at(v, &path, Value::String(url)));
            });
        }
    };
    let touch_key = key.clone();
    view! {
        <div class="field">
            {label_view(field, id.clone())}
            <input id=id.clone() type="file" name=key.clone() on:change=on_change on:blur=move |_| state.touch(&touch_key)
                aria-describedby=format!("{id}-help {id}-error") />
            {move || chosen().map(|c| view! { <p class="muted small" data-testid="chosen-file">{c}</p> })}
            {help_view(field, format!("{id}-help"))}
            {error_view(state, key, format!("{id}-error"))}
            <span class="visually-hidden">{field.label.get(lang)}</span>
        </div>
    }
    .into_any()
}

fn select_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let Type::Enum(schema) = field.ty else { unreachable!() };
    let lang = lang_now();
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let read = {
        let path = path.clone();
        move || state.value.with(|v| input_text(get_at(v, &path)))
    };
    let on_change = {
        let path = path.clone();
        move |ev| {
            let text = event_target_value(&ev);
            state.value.update(|v| {
                if text.is_empty() {
                    let _ = remove_at(v, &path);
                } else {
                    set_at(v, &path, Value::String(text))
                }
            })
        }
    };
    let options = schema
        .values
        .iter()
        .map(|opt| {
            view! { <option value=opt.value>{format!("{} — {}", opt.meaning.get(lang), opt.value)}</option> }
        })
        .collect_view();
    let touch_key = key.clone();
    view! {
        <div class="field">
            {label_view(field, id.clone())}
            <select id=id.clone() name=key.clone() prop:value=read on:change=on_change on:blur=move |_| state.touch(&touch_key)
                aria-describedby=format!("{id}-help {id}-error")>
                <option value="">{format!("— {} —", i18n::NOT_SET.get(lang))}</option>
                {options}
            </select>
            {help_view(field, format!("{id}-help"))}
            {error_view(state, key, format!("{id}-error"))}
        </div>
    }
    .into_any()
}

fn checkbox_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let id = state.dom_id(&path);
    let key = path_string(&path);
    // An unticked box means false: a required boolean starts as false rather than missing.
    if field.required && state.value.with_untracked(|v| get_at(v, &path).is_none()) {
        state.value.update_untracked(|v| set_at(v, &path, Value::Bool(false)));
        state.value.notify();
    }
    let read = {
        let path = path.clone();
        move || state.value.with(|v| get_at(v, &path).and_then(Value::as_bool).unwrap_or(false))
    };
    // A warning (extra charges) stands out once the box is ticked.
    let help = {
        let read = read.clone();
        let help_id = format!("{id}-help");
        move || {
            if field.rules.caution && read() {
                view! { <p class="banner warn caution" id=help_id.clone() role="note">{format!("⚠ {}", crate::views::help::help(field).get(lang))}</p> }.into_any()
            } else {
                help_view(field, help_id.clone()).into_any()
            }
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        state.value.update(|v| set_at(v, &path, Value::Bool(checked)))
    };
    view! {
        <div class="field field-check">
            <input id=id.clone() type="checkbox" name=key.clone() prop:checked=read on:change=on_change
                aria-describedby=format!("{id}-help") />
            <label for=id.clone()>{field.label.get(lang)}</label>
            {help}
            {error_view(state, key, format!("{id}-error"))}
        </div>
    }
    .into_any()
}

/// A nested object: a fieldset; an optional one stays folded until the user adds it.
fn object_view(field: &'static Field, schema: &'static ObjectSchema, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let present = {
        let path = path.clone();
        Memo::new(move |_| state.value.with(|v| get_at(v, &path).is_some_and(|x| !x.is_null())))
    };
    let required = field.required;
    let add = {
        let path = path.clone();
        move |_| state.value.update(|v| set_at(v, &path, Value::Object(Map::new())))
    };
    let remove = {
        let path = path.clone();
        move |_| state.value.update(|v| {
            remove_at(v, &path);
        })
    };
    let key = path_string(&path);
    let id = state.dom_id(&path);
    view! {
        <fieldset class="object" id=id.clone()>
            <legend>{field.label.get(lang)}</legend>
            {help_view(field, format!("{id}-help"))}
            {move || {
                if required || present.get() {
                    let fields = object_fields(schema, path.clone(), state);
                    let remove = remove.clone();
                    view! {
                        {fields}
                        {(!required).then(|| view! {
                            <button type="button" class="btn link danger" on:click=remove>
                                {i18n::phrase(lang, i18n::REMOVE, field.label)}
                            </button>
                        })}
                    }
                    .into_any()
                } else {
                    let add = add.clone();
                    view! {
                        <button type="button" class="btn secondary" on:click=add>
                            {format!("+ {}", i18n::phrase(lang, i18n::ADD, field.label))}
                        </button>
                    }
                    .into_any()
                }
            }}
            {error_view(state, key, format!("{id}-error"))}
        </fieldset>
    }
    .into_any()
}

fn array_len(state: FormState, path: Path) -> Memo<usize> {
    Memo::new(move |_| state.value.with(|v| get_at(v, &path).and_then(Value::as_array).map_or(0, Vec::len)))
}

fn push_item(state: FormState, path: &Path, item: Value) {
    state.value.update(|v| {
        match get_mut_at(v, path) {
            Some(Value::Array(items)) => items.push(item),
            _ => set_at(v, path, Value::Array(vec![item])),
        }
    })
}

fn move_item(state: FormState, path: &Path, from: usize, to: usize) {
    state.value.update(|v| {
        if let Some(Value::Array(items)) = get_mut_at(v, path) {
            if from < items.len() && to < items.len() {
                items.swap(from, to);
            }
        }
    })
}

/// The add/remove/reorder buttons of one array item.
fn item_controls(field: &'static Field, path: Path, index: usize, len: Memo<usize>, state: FormState) -> impl IntoView {
    let lang = lang_now();
    let name = move |action: opsdeck_api::schema::Text| format!("{} {} {}", action.get(lang), field.label.get(lang), index + 1);
    let (p1, p2, p3) = (path.clone(), path.clone(), path);
    view! {
        <div class="item-controls">
            <button type="button" class="btn icon" aria-label=name(i18n::MOVE_UP) title=name(i18n::MOVE_UP)
                disabled=move || index == 0 on:click=move |_| move_item(state, &p1, index, index.saturating_sub(1))>"↑"</button>
            <button type="button" class="btn icon" aria-label=name(i18n::MOVE_DOWN) title=name(i18n::MOVE_DOWN)
                disabled={move || index + 1 >= len.get()} on:click=move |_| move_item(state, &p2, index, index + 1)>"↓"</button>
            <button type="button" class="btn link danger" aria-label=name(i18n::REMOVE)
                on:click=move |_| state.value.update(|v| { remove_at(v, &child(&p3, Seg::Index(index))); })>
                {i18n::REMOVE.get(lang)}
            </button>
        </div>
    }
}

fn object_array_view(field: &'static Field, schema: &'static ObjectSchema, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let len = array_len(state, path.clone());
    let max = field.rules.max_items.map(|m| m as usize);
    let id = state.dom_id(&path);
    let key = path_string(&path);
    // Items are named by the item model's title ("Label"), the list by the field ("Labels").
    let item_name = move |lang: Lang| if schema.title.is_empty() { field.label.get(lang) } else { schema.title.get(lang) };
    let items = {
        let path = path.clone();
        move || {
            (0..len.get())
                .map(|i| {
                    let item_path = child(&path, Seg::Index(i));
                    view! {
                        <div class="array-item" role="group" aria-label=format!("{} {}", item_name(lang), i + 1)>
                            <div class="item-head">
                                <span class="item-title">{format!("{} {}", item_name(lang), i + 1)}</span>
                                {item_controls(field, path.clone(), i, len, state)}
                            </div>
                            {object_fields(schema, item_path, state)}
                        </div>
                    }
                })
                .collect_view()
        }
    };
    let add_path = path.clone();
    view! {
        <fieldset class="array" id=id.clone()>
            <legend>
                {field.label.get(lang)}
                {move || max.map(|m| format!(" ({}/{m})", len.get()))}
            </legend>
            {help_view(field, format!("{id}-help"))}
            {items}
            <button type="button" class="btn secondary" disabled={move || max.is_some_and(|m| len.get() >= m)}
                on:click=move |_| push_item(state, &add_path, Value::Object(Map::new()))>
                {format!("+ {}{}{}", i18n::ADD.get(lang), if lang == Lang::Zh { "" } else { " " }, item_name(lang))}
            </button>
            {error_view(state, key, format!("{id}-error"))}
        </fieldset>
    }
    .into_any()
}

fn scalar_array_view(field: &'static Field, item: &'static Type, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let len = array_len(state, path.clone());
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let items = {
        let path = path.clone();
        move || {
            (0..len.get())
                .map(|i| {
                    let item_path = child(&path, Seg::Index(i));
                    let item_id = state.dom_id(&item_path);
                    let item_key = path_string(&item_path);
                    let read = {
                        let p = item_path.clone();
                        move || state.value.with(|v| input_text(get_at(v, &p)))
                    };
                    let p = item_path.clone();
                    view! {
                        <div class="array-scalar">
                            <label class="visually-hidden" for=item_id.clone()>{format!("{} {}", field.label.get(lang), i + 1)}</label>
                            <input id=item_id.clone() prop:value=read
                                on:input=move |ev| { let t = event_target_value(&ev); state.value.update(|v| set_at(v, &p, typed_input(item, t).unwrap_or(Value::String(String::new())))) } />
                            {item_controls(field, path.clone(), i, len, state)}
                            {error_view(state, item_key, format!("{item_id}-error"))}
                        </div>
                    }
                })
                .collect_view()
        }
    };
    let add_path = path.clone();
    view! {
        <fieldset class="array" id=id.clone()>
            <legend>{field.label.get(lang)}</legend>
            {help_view(field, format!("{id}-help"))}
            {items}
            <button type="button" class="btn secondary" on:click=move |_| push_item(state, &add_path, Value::String(String::new()))>
                {format!("+ {}", i18n::phrase(lang, i18n::ADD, field.label))}
            </button>
            {error_view(state, key, format!("{id}-error"))}
        </fieldset>
    }
    .into_any()
}

/// Free-form objects and string maps: a JSON editor that reports syntax errors and keeps the
/// text as typed until it parses (across a rebuild of the form too: [`FormState::drafts`]).
fn json_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let current = state.value.with_untracked(|v| get_at(v, &path).cloned());
    let draft = state.drafts.with_value(|d| d.get(&key).filter(|(_, over)| *over == current).map(|(text, _)| text.clone()));
    let initial = draft.clone().unwrap_or_else(|| current.map(|x| serde_json::to_string_pretty(&x).unwrap_or_default()).unwrap_or_default());
    let text = RwSignal::new(initial);
    let syntax = RwSignal::new(draft.and_then(|t| serde_json::from_str::<Value>(&t).err()).map(|e| e.to_string()));
    let draft_key = key.clone();
    let on_input = move |ev| {
        let t = event_target_value(&ev);
        text.set(t.clone());
        let parsed = (!t.trim().is_empty()).then(|| serde_json::from_str::<Value>(&t));
        match parsed {
            None => {
                state.drafts.update_value(|d| {
                    d.remove(&draft_key);
                });
                syntax.set(None);
                state.value.update(|v| {
                    remove_at(v, &path);
                });
            }
            Some(Ok(parsed)) => {
                state.drafts.update_value(|d| {
                    d.remove(&draft_key);
                });
                syntax.set(None);
                state.value.update(|v| set_at(v, &path, parsed));
            }
            Some(Err(e)) => {
                let over = state.value.with_untracked(|v| get_at(v, &path).cloned());
                state.drafts.update_value(|d| {
                    d.insert(draft_key.clone(), (t, over));
                });
                syntax.set(Some(e.to_string()));
            }
        }
    };
    view! {
        <div class="field">
            {label_view(field, id.clone())}
            <textarea id=id.clone() class="code" rows="4" spellcheck="false" prop:value=move || text.get() on:input=on_input
                aria-describedby=format!("{id}-help {id}-error")></textarea>
            {help_view(field, format!("{id}-help"))}
            {move || syntax.get().map(|e| view! { <p class="field-error" role="alert">{format!("JSON: {e}")}</p> })}
            {error_view(state, key, format!("{id}-error"))}
            <span class="visually-hidden">{i18n::RAW_JSON.get(lang)}</span>
        </div>
    }
    .into_any()
}

/// The whole form as raw JSON, editable; it writes back into the same state, so switching
/// modes loses nothing.
#[component]
pub fn RawJsonEditor(state: FormState) -> impl IntoView {
    let text = RwSignal::new(state.value.with_untracked(|v| serde_json::to_string_pretty(v).unwrap_or_default()));
    let syntax = RwSignal::new(None::<String>);
    let label = tr(i18n::RAW_JSON);
    view! {
        <div class="field">
            <label for="raw-json" class="field-label">{label}</label>
            <textarea id="raw-json" class="code" rows="18" spellcheck="false" prop:value=move || text.get()
                on:input=move |ev| {
                    let t = event_target_value(&ev);
                    text.set(t.clone());
                    match serde_json::from_str::<Value>(&t) {
                        Ok(v) => { syntax.set(None); state.value.set(v); }
                        Err(e) => syntax.set(Some(e.to_string())),
                    }
                }></textarea>
            {move || syntax.get().map(|e| view! { <p class="field-error" role="alert">{format!("JSON: {e}")}</p> })}
        </div>
    }
}
