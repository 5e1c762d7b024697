//! An item's named actions (`ResourceDecl::actions`): a button with a short verb per action,
//! and the small dialog it opens, which asks only what the action declares (a replica count,
//! a version picked from the records), fixes the rest of the body, confirms as strongly as
//! declared, and names the job it starts ("Scale mall-api to 3 replicas").

use leptos::prelude::*;
use opsdeck_api::json_path::{get_at, set_at, Seg};
use opsdeck_api::resource::{ActionDecl, ActionForm, Asked, Confirm, ResourceDecl};
use opsdeck_api::schema::{ChoiceSource, Choices};
use opsdeck_api::{catalog, Lang, Text};
use serde_json::{Map, Value};

use crate::client;
use crate::i18n::{self, tr, use_lang};
use crate::state::AppState;
use crate::views::feedback::ErrorBanner;
use crate::views::form::{field_view, keep_focus_on_button_press, FormState};
use crate::views::runner::{OperationRunner, OperationRunnerProps};
use crate::views::operation_call::{send_button, use_operation_call, CallParams};
use crate::views::preview::RequestPreview;

/// The buttons of `r`'s actions; a click opens `open` with the action. Disabled until the
/// item is there.
pub fn action_buttons(r: &'static ResourceDecl, ready: Signal<bool>, open: RwSignal<Option<&'static ActionDecl>>) -> impl IntoView {
    let lang = use_lang();
    r.actions
        .iter()
        .map(|a| {
            view! {
                <button type="button" class="btn secondary" data-action=a.key disabled=move || !ready.get()
                    title=move || a.op.title().get(lang.get())
                    on:click=move |_| open.set(Some(a))>{move || a.label.get(lang.get())}</button>
            }
        })
        .collect_view()
}

/// What an action's dialog needs to know about the item it acts on.
#[derive(Clone)]
pub struct Target {
    pub resource: &'static ResourceDecl,
    /// The item as its page read it.
    pub item: Value,
    /// Its path parameters (its id, its ancestors', its scope).
    pub params: Map<String, Value>,
    /// Its page, where the job leads.
    pub link: String,
}

/// The dialog of the open action, from the `forms` chunk.
#[component]
pub fn ActionDialog(
    open: RwSignal<Option<&'static ActionDecl>>,
    #[prop(into)] target: Signal<Option<Target>>,
    /// Called after the action's call succeeded.
    on_done: Callback<()>,
) -> impl IntoView {
    move || {
        let action = open.get()?;
        let target = target.get_untracked()?;
        Some(crate::chunks::lazy_view(move || action_dialog(action, open, target.clone(), on_done)))
    }
}

crate::chunks::split_view!(forms,
    /// The panel of an [`ActionDialog`] that is open.
    fn action_dialog(action: &'static ActionDecl, open: RwSignal<Option<&'static ActionDecl>>, target: Target, on_done: Callback<()>) =>
        action_panel(action, open, target, on_done));

fn segments(path: &'static str) -> Vec<Seg<'static>> {
    path.split('.').map(Seg::Key).collect()
}

fn is_empty(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => s.trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        _ => false,
    }
}

/// The body the form starts from: the item's ids where the body repeats them, the fixed
/// members, and the asked values the item already has (its replica count).
fn initial_body(action: &ActionDecl, target: &Target) -> Value {
    let mut body = crate::views::result::initial_body(action.op, &target.params);
    if let (Value::Object(b), Value::Object(fixed)) = (&mut body, action.fixed_body()) {
        b.extend(fixed);
    }
    if let ActionForm::Fields(asked) = action.form {
        let item = target.resource.item_in(&target.item);
        for a in asked {
            if let Some(v) = a.initial_from.and_then(|from| get_at(item, &segments(from))) {
                set_at(&mut body, &segments(a.path), v.clone());
            }
        }
    }
    body
}

fn action_panel(action: &'static ActionDecl, open: RwSignal<Option<&'static ActionDecl>>, target: Target, on_done: Callback<()>) -> AnyView {
    if matches!(action.form, ActionForm::Body) {
        return whole_form_panel(action, open, target, on_done).into_any();
    }
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let r = target.resource;
    let op = action.op;
    let name = r.item_in(&target.item).get(r.name_field).and_then(Value::as_str).unwrap_or_default().to_string();
    let mut params = target.params.clone();
    params.extend(action.params_from(r.item_in(&target.item)));
    let params_now = crate::views::result::typed_params(op, params);
    let body = op.body().map(|b| FormState::new(op.id, b, initial_body(action, &target)));
    let call = use_operation_call(op, CallParams::Fixed(StoredValue::new(params_now.clone())), body);
    let missing = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let close = move || open.set(None);
    let link = StoredValue::new(target.link.clone());
    let name_v = StoredValue::new(name.clone());
    let asked: &'static [Asked] = match action.form {
        ActionForm::Fields(asked) => asked,
        ActionForm::Body => &[],
    };
    let lacks_required = move || {
        let value = body.map(|b| b.value.get_untracked()).unwrap_or(Value::Null);
        asked.iter().any(|a| a.required && is_empty(get_at(&value, &segments(a.path))))
    };
    let needs_name = action.confirm == Confirm::TypeName;
    let name_ok = {
        let name = name.clone();
        move || !needs_name || typed.with_untracked(|t| t.trim() == name)
    };
    let send = move |ev: leptos::ev::SubmitEvent| {
        if !name_ok() {
            ev.prevent_default();
            return;
        }
        if lacks_required() {
            ev.prevent_default();
            missing.set(true);
            return;
        }
        call.submit(ev, move |sent| {
            let body = sent.body.clone().unwrap_or(Value::Null);
            let n = name_v.get_value();
            call.job_name.set_value(Some((action.job_name(Lang::Zh, &n, &body), action.job_name(Lang::En, &n, &body))));
            let lang = state.settings.with_untracked(|s| s.lang);
            // Actions that start no job (a refresh) say here that they were done.
            if opsdeck_api::jobs::kinds_started_by(op).next().is_none() {
                state.toast(format!("{} · {}", action.job_name(lang, &n, &body), DONE.get(lang)));
            }
            on_done.run(());
            close();
            Some(link.get_value())
        })
    };
    let fields = body.map(|b| {
        let schema = op.body_schema();
        asked
            .iter()
            .filter_map(|a| {
                let field = schema?.field_at(a.path)?;
                let view = match a.choices.and_then(Choices::parse) {
                    Some(choices) => choice_select(field.label, field.help, a, choices, b, params_now.clone()).into_any(),
                    None => field_view(field, segments(a.path), b),
                };
                Some(view! {
                    <div class="asked" class:required=a.required>
                        {view}
                        {move || (a.required && missing.get() && b.value.with(|v| is_empty(get_at(v, &segments(a.path)))))
                            .then(|| view! { <p class="field-error" role="alert">{move || format!("{}: {}", field.label.get(lang.get()), i18n::REQUIRED.get(lang.get()))}</p> })}
                    </div>
                })
            })
            .collect_view()
    });
    let danger = action.confirm != Confirm::None;
    let question = {
        let name = name.clone();
        move || format!("{} {}{}?", action.label.get(lang.get()), i18n::phrase(lang.get(), r.singular, Text::EMPTY), name)
    };
    view! {
        <div class="drawer-backdrop" on:click=move |_| close()>
            <div class="drawer small-drawer" role="dialog" aria-modal="true" aria-labelledby="drawer-title"
                on:click=|ev| ev.stop_propagation()
                on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                <div class="drawer-head">
                    <h2 id="drawer-title">{move || format!("{} · {}", action.label.get(lang.get()), name_v.get_value())}</h2>
                    <button type="button" class="btn icon" aria-label=move || i18n::DISMISS.get(lang.get()) on:click=move |_| close()>"×"</button>
                </div>
                <p class="muted small" title=op.doc_ref>{move || op.title().get(lang.get())}</p>
                <form class="op-form action-form" novalidate=true on:submit=send on:mousedown=keep_focus_on_button_press
                    aria-label=move || action.label.get(lang.get())>
                    <ErrorBanner error=call.error on_dismiss=Callback::new(move |_| call.error.set(None)) />
                    {asked.is_empty().then(|| view! { <p class="action-question">{question.clone()}</p> })}
                    {fields}
                    {needs_name.then(|| view! {
                        <label class="field">
                            <span>{move || format!("{} {}", i18n::TYPE_TO_CONFIRM.get(lang.get()), name_v.get_value())}</span>
                            <input type="text" prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev)) />
                        </label>
                    })}
                    <details class="action-preview">
                        <summary>{tr(i18n::REQUEST_PREVIEW)}</summary>
                        <RequestPreview request=call.preview() />
                    </details>
                    <div class="form-actions">
                        <button type="button" class="btn secondary" on:click=move |_| close()>{tr(i18n::CANCEL)}</button>
                        <span class="send-wrap" class:danger=danger>{send_button(call, action.label)}</span>
                    </div>
                </form>
            </div>
        </div>
    }
    .into_any()
}

/// An action whose form is the operation's whole form (copying an image: its settings are
/// the action): the operation's runner, with the item's ids and the fixed members filled in,
/// its request preview and its answer, in a wide drawer.
fn whole_form_panel(action: &'static ActionDecl, open: RwSignal<Option<&'static ActionDecl>>, target: Target, on_done: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let r = target.resource;
    let name = r.item_in(&target.item).get(r.name_field).and_then(Value::as_str).unwrap_or_default().to_string();
    // Body members of the same names as these are filled in from them (see `OperationRunner`).
    let mut fixed = target.params.clone();
    fixed.extend(action.params_from(r.item_in(&target.item)));
    if let Value::Object(members) = action.fixed_body() {
        fixed.extend(members);
    }
    let close = move || open.set(None);
    let title_name = name.clone();
    let job_name = Callback::new(move |body: Value| (action.job_name(Lang::Zh, &name, &body), action.job_name(Lang::En, &name, &body)));
    view! {
        <div class="drawer-backdrop" on:click=move |_| close()>
            <div class="drawer" role="dialog" aria-modal="true" aria-labelledby="drawer-title"
                on:click=|ev| ev.stop_propagation()
                on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                <div class="drawer-head">
                    <h2 id="drawer-title">{move || format!("{} · {}", action.label.get(lang.get()), title_name)}</h2>
                    <span class="muted small" title=action.op.doc_ref>{move || action.op.title().get(lang.get())}</span>
                    <button type="button" class="btn icon" aria-label=move || i18n::DISMISS.get(lang.get()) on:click=move |_| close()>"×"</button>
                </div>
                {OperationRunner(OperationRunnerProps {
                    decl: action.op,
                    fixed,
                    on_done: Some(Callback::new(move |_| on_done.run(()))),
                    link: Some(target.link.clone()),
                    job_name: Some(job_name),
                })}
            </div>
        </div>
    }
}

/// A select of the values a list operation offers for one asked field (the versions of the
/// component's deployment records), typeable when the list cannot be read.
fn choice_select(label: Text, help: Text, asked: &'static Asked, choices: Choices, form: FormState, params: Map<String, Value>) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let path = segments(asked.path);
    let id = form.dom_id(&path);
    let options = LocalResource::new(move || {
        let choices = choices.clone();
        let params = params.clone();
        async move {
            let op = catalog::operation(choices.op)?;
            let mut p = Map::new();
            for (name, source) in &choices.params {
                let v = match source {
                    ChoiceSource::Field(f) => params.get(*f).cloned(),
                    ChoiceSource::Literal(l) => Some(Value::String((*l).to_string())),
                };
                if let Some(v) = v {
                    p.insert((*name).to_string(), v);
                }
            }
            let answer = client::call(state, op, p, None).await.ok()?;
            let mut out: Vec<(String, String)> = Vec::new();
            for i in choices.items_in(&answer.value) {
                let Some(v) = Choices::member(i, choices.value).and_then(Value::as_str) else { continue };
                if out.iter().any(|(o, _)| o == v) {
                    continue;
                }
                let label = Choices::member(i, choices.label).and_then(Value::as_str).unwrap_or(v).to_string();
                out.push((v.to_string(), label));
            }
            Some(out)
        }
    });
    let path = StoredValue::new(path);
    let current = move || form.value.with(|v| path.with_value(|p| get_at(v, p).and_then(Value::as_str).unwrap_or_default().to_string()));
    let set = move |v: String| {
        form.value.update(|b| path.with_value(|p| set_at(b, p, if v.is_empty() { Value::Null } else { Value::String(v) })));
    };
    let id2 = id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get(lang.get())}<span class="req" aria-hidden="true">" *"</span></label>
            {move || match options.get() {
                Some(Some(opts)) if !opts.is_empty() => {
                    let cur = current();
                    view! {
                        <select id=id2.clone() on:change=move |ev| set(event_target_value(&ev))>
                            <option value="" selected=cur.is_empty()>{tr(CHOOSE)}</option>
                            {opts.into_iter().map(|(v, l)| {
                                let selected = v == cur;
                                view! { <option value=v.clone() selected=selected>{l}</option> }
                            }).collect_view()}
                        </select>
                    }.into_any()
                }
                Some(_) => view! {
                    <input id=id2.clone() type="text" prop:value=current on:input=move |ev| set(event_target_value(&ev)) />
                }.into_any(),
                None => view! { <p class="muted small">{tr(i18n::LOADING)}</p> }.into_any(),
            }}
            {move || (!help.is_empty()).then(|| view! { <p class="help small muted">{help.get(lang.get())}</p> })}
        </div>
    }
}

const DONE: Text = Text::new("完成", "done");
const CHOOSE: Text = Text::new("请选择", "Choose…");
