//! Running one operation: its parameter form, its body form (or raw JSON), the live request
//! preview, a send button and the response viewer. The explorer shows it for any operation;
//! resource pages show it for item actions with the item's parameters filled in.

use leptos::prelude::*;
use opsdeck_api::resource::NamedOp;
use opsdeck_api::OperationDecl;
use serde_json::{Map, Value};

use crate::client::Answer;
use crate::i18n::{self, tr, use_lang};
use crate::views::feedback::ErrorBanner;
use crate::views::form::choices::ParamsForm;
use crate::views::form::{keep_focus_on_button_press, FormState, SchemaForm};
use crate::views::operation_call::{body_editor, raw_toggle, send_button, use_operation_call, CallParams};
use crate::views::preview::RequestPreview;
use crate::views::result::ResultTables;

/// Status, duration, request id and the pretty JSON of a successful answer; with the
/// operation and what was sent, the answer's lists as linked tables first.
#[component]
pub fn ResponseViewer(
    answer: Answer,
    #[prop(optional)] decl: Option<&'static OperationDecl>,
    /// The parameters and body that were sent.
    #[prop(optional)]
    sent: Option<(Map<String, Value>, Option<Value>)>,
) -> impl IntoView {
    let tables = decl.map(|d| {
        let (params, body) = sent.unwrap_or_default();
        match body {
            Some(b) => view! { <ResultTables decl=d answer=answer.value.clone() params=params body=b /> }.into_any(),
            None => view! { <ResultTables decl=d answer=answer.value.clone() params=params /> }.into_any(),
        }
    });
    let lang = use_lang();
    let text = serde_json::to_string_pretty(&answer.value).unwrap_or_default();
    let status_text = opsdeck_api::error::status_text(answer.status);
    view! {
        <section class="response" aria-labelledby="response-title">
            <div class="preview-head">
                <h2 id="response-title">{tr(i18n::RESPONSE)}</h2>
                <span class="status ok" data-testid="response-status">{format!("{} {}", answer.status, status_text)}</span>
                <span class="muted small">{format!("{} ms", answer.duration_ms.round() as u64)}</span>
                {answer.request_id.map(|r| view! { <span class="muted small">{move || format!("{}: {r}", i18n::REQUEST_ID.get(lang.get()))}</span> })}
            </div>
            {tables}
            <pre class="code" data-testid="response-body">{text}</pre>
        </section>
    }
}

#[component]
pub fn OperationRunner(
    decl: &'static OperationDecl,
    /// Parameter values known from the context (the item an action runs on).
    #[prop(optional)]
    fixed: Map<String, Value>,
    /// Called with the answer after a successful call.
    #[prop(optional)]
    on_done: Option<Callback<Value>>,
    /// Where the job (if the answer names one) leads in the job tray.
    #[prop(optional, into)]
    link: Option<String>,
    /// What the jobs the call starts are called (zh, en), from the body that was sent.
    #[prop(optional)]
    job_name: Option<Callback<Value, (String, String)>>,
) -> impl IntoView {
    let lang = use_lang();
    // Ids from the context, typed as declared; body members of the same names filled in.
    let fixed = crate::views::result::typed_params(decl, fixed);
    let initial_body = crate::views::result::initial_body(decl, &fixed);
    let params = FormState::for_params(decl.id, decl.params(), Value::Object(fixed));
    provide_context(ParamsForm(params));
    let body = decl.body().map(|b| FormState::new(decl.id, b, initial_body));
    let call = use_operation_call(decl, CallParams::Form(params), body);
    let raw = RwSignal::new(false);
    let link = StoredValue::new(link);
    let has_params = decl.params_schema().fields.iter().any(|f| f.name != "project_id");
    let send = move |ev| {
        call.submit(ev, move |sent| {
            if let Some(name) = job_name {
                call.job_name.set_value(Some(name.run(sent.body.clone().unwrap_or(Value::Null))));
            }
            if let Some(cb) = on_done {
                cb.run(sent.answer.value.clone());
            }
            link.get_value()
        })
    };

    view! {
        <div class="form-layout">
            <form class="op-form" novalidate=true on:submit=send on:mousedown=keep_focus_on_button_press aria-label=move || decl.title().get(lang.get())>
                <ErrorBanner error=call.error on_dismiss=Callback::new(move |_| call.error.set(None)) />
                {has_params.then(|| view! {
                    <fieldset class="params">
                        <legend>{tr(i18n::PARAMETERS)}</legend>
                        <SchemaForm state=params />
                    </fieldset>
                })}
                {body.map(|b| view! {
                    <div class="body-head">
                        <h2>{tr(i18n::REQUEST_BODY)}</h2>
                        {raw_toggle(raw)}
                    </div>
                    {body_editor(b, raw)}
                })}
                <div class="form-actions">{send_button(call, i18n::SEND)}</div>
            </form>
            <div class="side">
                <RequestPreview request=call.preview() />
                {move || call.last.get().map(|sent| view! { <ResponseViewer answer=sent.answer decl=decl sent=(sent.params, sent.body) /> })}
            </div>
        </div>
    }
}

/// A side panel running one operation (an item action or a collection action); closing it
/// keeps nothing running. The panel comes from a chunk with the form renderer.
#[component]
pub fn ActionDrawer(
    /// The operation to run, under its short name; `None` hides the drawer.
    action: RwSignal<Option<NamedOp>>,
    /// Parameters known from the context (the item's ids).
    #[prop(into)]
    fixed: Signal<Map<String, Value>>,
    #[prop(optional)]
    on_done: Option<Callback<Value>>,
    #[prop(optional, into)]
    link: Option<String>,
) -> impl IntoView {
    let link = StoredValue::new(link);
    move || {
        action.get().map(|named| crate::chunks::lazy_view(move || action_drawer(named, action, fixed.get_untracked(), on_done, link.get_value())))
    }
}

/// The drawer's panel: the action's name, the operation's title and reference, and its runner.
pub fn drawer_panel(
    named: NamedOp,
    action: RwSignal<Option<NamedOp>>,
    fixed: Map<String, Value>,
    on_done: Option<Callback<Value>>,
    link: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let decl = named.op;
    let close = move || action.set(None);
    // The drawer takes focus (its first field, else its first control) and gives it back.
    let panel = crate::views::focus::use_modal_focus(".drawer input:not([type=hidden]), .drawer select, .drawer textarea");
    view! {
        <div class="drawer-backdrop" on:click=move |_| close()>
            <div class="drawer" role="dialog" aria-modal="true" aria-labelledby="drawer-title" node_ref=panel
                on:click=|ev| ev.stop_propagation()
                on:keydown=move |ev| if ev.key() == "Escape" { close() } else { crate::views::focus::trap_tab(&ev, panel) }>
                <div class="drawer-head">
                    <h2 id="drawer-title">{move || named.label.get(lang.get())}</h2>
                    <span class="muted small" title=decl.doc_ref>{move || decl.title().get(lang.get())}</span>
                    <button type="button" class="btn icon" aria-label=move || i18n::DISMISS.get(lang.get()) on:click=move |_| close()>"×"</button>
                </div>
                {OperationRunner(OperationRunnerProps { decl, fixed, on_done, link, job_name: None })}
            </div>
        </div>
    }
}

crate::chunks::split_view!(forms,
    /// The drawer running an action (see [`ActionDrawer`]).
    fn action_drawer(named: NamedOp, action: RwSignal<Option<NamedOp>>, fixed: Map<String, Value>, on_done: Option<Callback<Value>>, link: Option<String>) =>
        drawer_panel(named, action, fixed, on_done, link));
