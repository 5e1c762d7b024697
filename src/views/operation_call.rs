//! One operation's call as a form drives it: the request built from the form's values (the
//! live preview), validation on send, the call itself, its error, and following the jobs the
//! answer starts. The explorer's runner (`views::runner`) and the resource pages' create and
//! edit forms (`pages::resource::form_page`) both use it, each with its own page around it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::request::HttpRequest;
use opsdeck_api::{OperationDecl, Text};
use serde_json::{Map, Value};

use crate::client::{self, Answer, CallError};
use crate::i18n::{self, tr, use_lang};
use crate::jobs::tracking::track_from_call;
use crate::state::AppState;
use crate::views::form::{reveal_first_problem, FormState, RawJsonEditor, SchemaForm};

/// Where a call's parameters come from.
#[derive(Clone, Copy)]
pub enum CallParams {
    /// A parameter form the user fills in (the explorer, an action).
    Form(FormState),
    /// Fixed by the page (the id of the item being edited, its ancestors' ids).
    Fixed(StoredValue<Map<String, Value>>),
}

/// A successful call: what was sent and what came back.
#[derive(Clone)]
pub struct Sent {
    pub answer: Answer,
    pub params: Map<String, Value>,
    pub body: Option<Value>,
}

/// The state of one operation's call; `Copy`, so views and handlers share it freely.
#[derive(Clone, Copy)]
pub struct OperationCall {
    pub decl: &'static OperationDecl,
    pub params: CallParams,
    pub body: Option<FormState>,
    /// A call is on its way.
    pub sending: RwSignal<bool>,
    /// The last call's error (cleared when the next one starts).
    pub error: RwSignal<Option<CallError>>,
    /// The last call's answer, while no call since has failed.
    pub last: RwSignal<Option<Sent>>,
    /// What the jobs the call starts are called (zh, en), when the page knows better than the
    /// operation's title ("Scale mall-api to 3 replicas"); set it at the latest in `on_answer`.
    pub job_name: StoredValue<Option<(String, String)>>,
    state: AppState,
}

/// The call of `decl` with these parameters and body form (the [`AppState`] comes from the
/// context).
pub fn use_operation_call(decl: &'static OperationDecl, params: CallParams, body: Option<FormState>) -> OperationCall {
    OperationCall {
        decl,
        params,
        body,
        sending: RwSignal::new(false),
        error: RwSignal::new(None),
        last: RwSignal::new(None),
        job_name: StoredValue::new(None),
        state: expect_context::<AppState>(),
    }
}

impl OperationCall {
    /// The parameters as they are now (untracked).
    fn params_now(&self) -> Map<String, Value> {
        match self.params {
            CallParams::Form(form) => form.body().as_object().cloned().unwrap_or_default(),
            CallParams::Fixed(fixed) => fixed.get_value(),
        }
    }

    /// The request as it would be sent now, or why it cannot be built; it follows the forms,
    /// the settings and the credentials.
    pub fn preview(self) -> Signal<Result<HttpRequest, String>> {
        let state = self.state;
        Signal::derive(move || {
            if let CallParams::Form(form) = self.params {
                form.value.track();
            }
            state.settings.track();
            state.secrets.track();
            let params = self.params_now();
            let body = self.body.map(|b| {
                b.value.track();
                b.body()
            });
            client::prepare(&state, self.decl, &params, body.as_ref()).map_err(|e| e.message(state.settings.with(|s| s.lang)))
        })
    }

    /// The form's submit handler: checks the forms (and, when they have problems, shows the
    /// first), then sends. After a successful call `on_answer` runs with what was sent and
    /// answered, and returns the page the jobs the call started lead to; they are then
    /// followed in the job tray. A failed call's error shows at the top of the form, which
    /// keeps everything typed.
    pub fn submit(self, ev: leptos::ev::SubmitEvent, on_answer: impl FnOnce(&Sent) -> Option<String> + 'static) {
        ev.prevent_default();
        crate::views::form::commit_focused_picker();
        let form = match self.params {
            CallParams::Form(form) => Some(form),
            CallParams::Fixed(_) => None,
        };
        for f in form.iter().chain(self.body.iter()) {
            f.submitted.set(true);
        }
        if form.iter().chain(self.body.iter()).any(|f| !f.is_valid()) {
            reveal_first_problem(ev.target());
            return;
        }
        let params = self.params_now();
        let body = self.body.map(|b| b.body());
        self.sending.set(true);
        self.error.set(None);
        let state = self.state;
        spawn_local(async move {
            let result = client::call(state, self.decl, params.clone(), body.clone()).await;
            self.sending.try_set(false);
            match result {
                Ok(answer) => {
                    let sent = Sent { answer, params, body };
                    let link = on_answer(&sent);
                    track_from_call(state, self.decl, &sent.params, sent.body.as_ref(), &sent.answer.value, link, self.job_name.get_value());
                    self.last.try_set(Some(sent));
                }
                Err(e) => {
                    self.last.try_set(None);
                    self.error.try_set(Some(e));
                    // The error shows at the top of the form: bring it into view from the button.
                    request_animation_frame(|| {
                        if let Some(el) = document().query_selector("form.op-form .banner.error").ok().flatten() {
                            el.scroll_into_view();
                        }
                    });
                }
            }
        });
    }
}

/// A body form, as fields or as raw JSON (`raw`); both edit the same document.
pub fn body_editor(body: FormState, raw: RwSignal<bool>) -> impl IntoView {
    move || if raw.get() { view! { <RawJsonEditor state=body /> }.into_any() } else { view! { <SchemaForm state=body /> }.into_any() }
}

/// The button switching a body form to raw JSON and back.
pub fn raw_toggle(raw: RwSignal<bool>) -> impl IntoView {
    view! {
        <button type="button" class="btn secondary small" aria-pressed=move || raw.get().to_string() on:click=move |_| raw.update(|v| *v = !*v)>
            {tr(i18n::RAW_JSON)}
        </button>
    }
}

/// The form's submit button: `label`, or "Sending…" while the call is on its way.
pub fn send_button(call: OperationCall, label: Text) -> impl IntoView {
    let lang = use_lang();
    view! {
        <button type="submit" class="btn primary" disabled=move || call.sending.get()>
            {move || if call.sending.get() { i18n::SENDING.get(lang.get()) } else { label.get(lang.get()) }}
        </button>
    }
}
