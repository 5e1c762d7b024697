//! Fields whose values come from a list operation (`Rules::choices`, see
//! [`opsdeck_api::schema::Choices`]): a select filled from the list, or, for an array of
//! objects, a checklist whose ticked entries become the array's items (each with its other
//! fields to fill in). The select is a searchable combobox ([`super::picker`]) that still takes
//! typed text. The list is asked again whenever a field it depends on changes; until
//! those are filled the field says which. When the list cannot be read the field falls back to
//! the ordinary input, so a value can always be typed.
//!
//! Values a choice depends on are looked up among the field's siblings, then at the body's top
//! level, then in the operation's parameter form (provided by the runner as [`ParamsForm`]).

use leptos::prelude::*;
use opsdeck_api::schema::{ChoiceSource, Choices, Field, Lang, ObjectSchema, Text, Type};
use opsdeck_api::catalog;
use serde_json::{Map, Value};

use crate::client;
use crate::i18n::lang_now;
use crate::state::AppState;
use opsdeck_api::json_path::{get_at, path_string, remove_at, set_at, Seg};

use super::{self as form, FormState, Path};

/// The parameter form of the operation whose body is being edited, for choices that depend on
/// a parameter (the copy's components depend on the source app in the path).
#[derive(Clone, Copy)]
pub struct ParamsForm(pub FormState);

/// Provided by pages that want an empty choice filled with the first option (the list page's
/// team and region).
#[derive(Clone, Copy)]
pub struct PickFirst;

const SEARCH: Text = Text::new("搜索或输入", "Search or type");
const NO_MATCH: Text = Text::new("没有匹配项；输入的值会原样使用。", "No match; the typed value is used as it is.");
const LOADING: Text = Text::new("加载中…", "Loading…");
const FILL_FIRST: Text = Text::new("请先填写", "Fill in first:");
const UNAVAILABLE: Text = Text::new("无法读取可选值，请直接输入。", "The choices could not be loaded; type the value instead.");
const NOT_LISTED: Text = Text::new("（不在列表中）", "(not in the list)");
const SELECTED: Text = Text::new("已选", "selected");
const NONE_TO_CHOOSE: Text = Text::new("没有可选项", "Nothing to choose from");

/// A form value as text (numbers become their digits).
fn as_text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The label of the field a source names, for "fill in first".
fn source_label(state: FormState, path: &[Seg], name: &str, lang: Lang) -> String {
    let find = |ty: &'static Type| ty.as_object().and_then(|o| o.field(name)).map(|f| f.label.get(lang).to_string());
    let parent_schema = schema_at(state.ty, &path[..path.len().saturating_sub(1)]);
    parent_schema
        .and_then(|o| o.field(name))
        .map(|f| f.label.get(lang).to_string())
        .or_else(|| find(state.ty))
        .or_else(|| use_context::<ParamsForm>().and_then(|p| find(p.0.ty)))
        .unwrap_or_else(|| name.to_string())
}

/// The object schema at a path of a document of type `ty`.
fn schema_at(ty: &'static Type, path: &[Seg]) -> Option<&'static ObjectSchema> {
    let mut cur = ty;
    for seg in path {
        cur = match (seg, cur) {
            (Seg::Key(k), Type::Object(o)) => o.field(k)?.ty,
            (Seg::Index(_), Type::Array(item)) => item,
            _ => return None,
        };
    }
    cur.as_object()
}

/// The list call's parameters, or the sources still missing.
fn resolve(choices: &Choices, state: FormState, path: &[Seg], params: Option<ParamsForm>) -> Result<Map<String, Value>, Vec<&'static str>> {
    let parent = &path[..path.len().saturating_sub(1)];
    let mut out = Map::new();
    let mut missing = Vec::new();
    for (param, source) in &choices.params {
        let value = match source {
            ChoiceSource::Literal(text) => Some(Value::String(text.to_string())),
            ChoiceSource::Field(name) => {
                let sibling = state.value.with(|v| as_text(get_at(v, parent).and_then(|o| o.get(*name))));
                sibling
                    .or_else(|| state.value.with(|v| as_text(v.get(*name))))
                    .or_else(|| params.and_then(|p| p.0.value.with(|v| as_text(v.get(*name)))))
                    .map(Value::String)
            }
        };
        match value {
            Some(v) => {
                out.insert(param.to_string(), v);
            }
            None => {
                if let ChoiceSource::Field(name) = source {
                    missing.push(*name);
                }
            }
        }
    }
    if missing.is_empty() {
        Ok(out)
    } else {
        Err(missing)
    }
}

/// What the list said.
#[derive(Clone, PartialEq)]
enum Loaded {
    Waiting(Vec<&'static str>),
    Loading,
    Options(Vec<(String, String)>),
    /// Options that also set sibling fields when picked (`Choices::fill`).
    Filling(Vec<(String, String)>, Vec<(String, Vec<(&'static str, Value)>)>),
    Failed(String),
}

/// Reads the options, again whenever the parameters change.
fn load(choices: Choices, state: FormState, path: Path) -> Signal<Loaded> {
    let app = expect_context::<AppState>();
    let decl = catalog::operation(choices.op).expect("choices name a declared operation");
    let params_form = use_context::<ParamsForm>();
    // An off-screen rehearsal of the form (see `views::warm_up`) sends nothing.
    let rehearsal = use_context::<super::Rehearsal>().is_some();
    let wanted = {
        let choices = choices.clone();
        Memo::new(move |_| resolve(&choices, state, &path, params_form))
    };
    let data = LocalResource::new(move || {
        let wanted = wanted.get();
        let choices = choices.clone();
        let _ = app.settings.with(|s| (s.project_id.clone(), s.endpoints.clone()));
        async move {
            match wanted {
                _ if rehearsal => Loaded::Loading,
                Err(missing) => Loaded::Waiting(missing),
                Ok(params) => match client::call(app, decl, params, None).await {
                    Ok(answer) if !choices.fill.is_empty() => Loaded::Filling(choices.options(&answer.value), choices.fills(&answer.value)),
                    Ok(answer) => Loaded::Options(choices.options(&answer.value)),
                    Err(e) => Loaded::Failed(match e {
                        client::CallError::Api(api) => format!("HTTP {} {}", api.status, api.message),
                        client::CallError::Network(m) | client::CallError::Build(m) => m,
                    }),
                },
            }
        }
    });
    Signal::derive(move || data.get().unwrap_or(Loaded::Loading))
}

/// A field with `choices`: a select, or a checklist for an array of objects.
pub fn field_view(field: &'static Field, path: Path, state: FormState) -> AnyView {
    let Some(choices) = field.rules.choices() else { return form::inputs::input_view(field, path, state) };
    match field.ty {
        Type::Array(Type::Object(item)) => checklist(field, item, choices, path, state),
        Type::Array(_) | Type::Object(_) | Type::Map(_) | Type::Any | Type::Boolean => form::plain_field_view(field, path, state),
        _ => select(field, choices, path, state),
    }
}

fn waiting_text(state: FormState, path: &[Seg], missing: &[&'static str], lang: Lang) -> String {
    let names: Vec<String> = missing.iter().map(|m| source_label(state, path, m, lang)).collect();
    format!("{} {}", FILL_FIRST.get(lang), names.join(if lang == Lang::Zh { "、" } else { ", " }))
}

fn select(field: &'static Field, choices: Choices, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let loaded = load(choices, state, path.clone());
    let id = state.dom_id(&path);
    let key = path_string(&path);
    let current = {
        let path = path.clone();
        Memo::new(move |_| state.value.with(|v| as_text(get_at(v, &path))).unwrap_or_default())
    };
    let write = {
        let path = path.clone();
        move |text: String| {
            state.value.update(|v| if text.is_empty() { remove_at(v, &path); } else { set_at(v, &path, crate::format::typed_value(field.ty, &text)) })
        }
    };
    // Lists that pick their first option (the list page's scope) do so once it is known.
    if use_context::<PickFirst>().is_some() {
        let write = write.clone();
        Effect::new(move |_| {
            if let Loaded::Options(options) = loaded.get() {
                let cur = current.get_untracked();
                if let Some((first, _)) = options.first().filter(|_| !options.iter().any(|(v, _)| *v == cur)) {
                    write(first.clone());
                }
            }
        });
    }
    // The picker is built once and reads the options as they come: rebuilt on each answer,
    // it would lose the focus and the search under the user's fingers.
    let options = Memo::new(move |_| match loaded.get() {
        Loaded::Options(o) | Loaded::Filling(o, _) => o,
        _ => Vec::new(),
    });
    let fills = Memo::new(move |_| match loaded.get() {
        Loaded::Filling(_, f) => f,
        _ => Vec::new(),
    });
    // Never disabled: while the list loads or waits for another field, an id can still be
    // typed; the note says why nothing is offered.
    let note = {
        let path = path.clone();
        Memo::new(move |_| match loaded.get() {
            Loaded::Options(o) | Loaded::Filling(o, _) if o.is_empty() => Some(NONE_TO_CHOOSE.get(lang).to_string()),
            Loaded::Options(_) | Loaded::Filling(..) => None,
            // The picker is a text box: the value can be typed all the same.
            Loaded::Failed(why) => Some(format!("{} ({why})", UNAVAILABLE.get(lang))),
            Loaded::Waiting(missing) => Some(waiting_text(state, &path, &missing, lang)),
            Loaded::Loading => Some(LOADING.get(lang).to_string()),
        })
    };
    let write = {
        let parent = path[..path.len().saturating_sub(1)].to_vec();
        move |text: String| {
            // A picked (or typed) value that names an item also sets the siblings the
            // declaration fills from it.
            fills.with_untracked(|fills| {
                if let Some((_, set)) = fills.iter().find(|(v, _)| *v == text) {
                    state.value.update(|v| {
                        for (to, value) in set {
                            set_at(v, &form::child(&parent, Seg::Key(to)), value.clone());
                        }
                    });
                }
            });
            write(text)
        }
    };
    let touch_key = key.clone();
    let picker = super::picker::picker(super::picker::PickerProps {
        id: id.clone(),
        name: key.clone(),
        options: options.into(),
        disabled: false,
        current,
        write: std::sync::Arc::new(write),
        on_blur: std::sync::Arc::new(move || state.touch(&touch_key)),
        placeholder: SEARCH.get(lang).to_string(),
        described_by: format!("{id}-help {id}-note {id}-error"),
        empty_text: NO_MATCH.get(lang).to_string(),
        label: field.label.get(lang).to_string(),
    })
    .into_any();
    let note_id = format!("{id}-note");
    view! {
        <div class="field choice">
            {form::parts::label_view(field, id.clone())}
            {picker}
            {move || note.get().map(|n| view! { <p class="muted small" id=note_id.clone() role="note">{n}</p> })}
            {form::parts::help_view(state, &path, field, format!("{id}-help"))}
            {form::parts::error_view(state, key.clone(), format!("{id}-error"))}
        </div>
    }
    .into_any()
}

fn checklist(field: &'static Field, item: &'static ObjectSchema, choices: Choices, path: Path, state: FormState) -> AnyView {
    let lang = lang_now();
    let value_field = choices.value;
    let Some(value_schema) = item.field(value_field) else { return form::plain_field_view(field, path, state) };
    let loaded = load(choices, state, path.clone());
    let id = state.dom_id(&path);
    let key = path_string(&path);
    // The values ticked, in the array's order.
    let ticked = {
        let path = path.clone();
        Memo::new(move |_| {
            state.value.with(|v| {
                get_at(v, &path)
                    .and_then(Value::as_array)
                    .map(|items| items.iter().filter_map(|i| as_text(i.get(value_field))).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    };
    let toggle = {
        let path = path.clone();
        move |value: String, on: bool| {
            state.value.update(|v| {
                let mut items = get_at(v, &path).and_then(Value::as_array).cloned().unwrap_or_default();
                items.retain(|i| as_text(i.get(value_field)).as_deref() != Some(value.as_str()));
                if on {
                    let mut entry = Map::new();
                    entry.insert(value_field.to_string(), crate::format::typed_value(value_schema.ty, &value));
                    // The item's other members the declaration takes from the listed item
                    // (a managed resource's type).
                    loaded.with_untracked(|l| {
                        if let Loaded::Filling(_, fills) = l {
                            for (to, x) in fills.iter().find(|(v, _)| *v == value).map(|(_, set)| set.as_slice()).unwrap_or_default() {
                                entry.insert(to.to_string(), x.clone());
                            }
                        }
                    });
                    items.push(Value::Object(entry));
                }
                set_at(v, &path, Value::Array(items));
            })
        }
    };
    let fallback_path = path.clone();
    let entries = {
        let path = path.clone();
        let id = id.clone();
        move |options: Vec<(String, String)>| {
        // Ticked values the list does not offer (typed in raw JSON) stay visible.
        let mut all = options;
        for t in ticked.get() {
            if !all.iter().any(|(v, _)| *v == t) {
                all.push((t.clone(), format!("{t} {}", NOT_LISTED.get(lang))));
            }
        }
        all.into_iter()
            .map(|(value, label)| {
                let index = ticked.with(|t| t.iter().position(|x| *x == value));
                let box_id = format!("{id}-opt-{}", value.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect::<String>());
                let toggle = toggle.clone();
                let v2 = value.clone();
                let group_label = label.clone();
                let details = index.map(|i| {
                    let item_path = form::child(&path, Seg::Index(i));
                    item.fields
                        .iter()
                        .filter(|f| f.name != value_field && !f.rules.read_only)
                        .map(|f| form::field_view(f, form::child(&item_path, Seg::Key(f.name)), state))
                        .collect_view()
                });
                view! {
                    <div class="check-item" role="group" aria-label=group_label>
                        <div class="field-check">
                            <input type="checkbox" id=box_id.clone() prop:checked=index.is_some()
                                on:change=move |ev| toggle(v2.clone(), event_target_checked(&ev)) />
                            <label for=box_id>{label.clone()}" "<code class="muted small">{value.clone()}</code></label>
                        </div>
                        {details.map(|d| view! { <div class="check-details">{d}</div> })}
                    </div>
                }
            })
            .collect_view()
        }
    };
    view! {
        {move || match loaded.get() {
            Loaded::Failed(why) => view! {
                <div class="choices-failed">
                    {form::plain_field_view(field, fallback_path.clone(), state)}
                    <p class="muted small" role="note">{UNAVAILABLE.get(lang)}" ("{why.clone()}")"</p>
                </div>
            }.into_any(),
            other => {
                let (options, note) = match other {
                    Loaded::Options(o) | Loaded::Filling(o, _) => {
                        let empty = o.is_empty();
                        (o, empty.then(|| NONE_TO_CHOOSE.get(lang).to_string()))
                    }
                    Loaded::Waiting(missing) => (vec![], Some(waiting_text(state, &path, &missing, lang))),
                    _ => (vec![], Some(LOADING.get(lang).to_string())),
                };
                view! {
                    <fieldset class="array checklist" id=id.clone()>
                        <legend>{move || {
                            let n = ticked.with(Vec::len);
                            match lang {
                                Lang::Zh => format!("{}（{}{n}）", field.label.zh, SELECTED.zh),
                                Lang::En => format!("{} ({n} {})", field.label.en, SELECTED.en),
                            }
                        }}{field.required.then(|| view! { <span class="req" aria-hidden="true">" *"</span> })}</legend>
                        {form::parts::help_view(state, &path, field, format!("{id}-help"))}
                        {note.map(|n| view! { <p class="muted small">{n}</p> })}
                        {entries(options)}
                        {form::parts::error_view(state, key.clone(), format!("{id}-error"))}
                    </fieldset>
                }.into_any()
            }
        }}
    }
    .into_any()
}
