//! Telling the user how things went: the error banner, toasts, and the confirmation dialog.

use leptos::prelude::*;

use crate::client::CallError;
use crate::i18n::{self, use_lang};
use crate::state::AppState;

/// A failed request: title, the service's error code and message, and the request id.
#[component]
pub fn ErrorBanner(#[prop(into)] error: Signal<Option<CallError>>, #[prop(optional)] on_dismiss: Option<Callback<()>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        error.get().map(|e| {
            let title = e.title(lang.get());
            let (code, message, detail, request_id) = match &e {
                CallError::Api(api) => (api.code.clone(), api.message.clone(), api.detail.clone().filter(|d| *d != api.message), api.request_id.clone()),
                CallError::Network(m) | CallError::Build(m) => (None, m.clone(), None, None),
            };
            view! {
                <div class="banner error" role="alert">
                    <div>
                        <strong>{title}</strong>
                        <p class="error-message">
                            {code.map(|c| view! { <span class="error-code">{format!("{}: {c}", i18n::ERROR_CODE.get(lang.get()))}</span>" " })}
                            <span>{message}</span>
                        </p>
                        {detail.map(|d| view! { <p class="error-detail">{d}</p> })}
                        {request_id.map(|r| view! { <p class="muted small">{format!("{}: {r}", i18n::REQUEST_ID.get(lang.get()))}</p> })}
                    </div>
                    {on_dismiss.map(|cb| view! {
                        <button type="button" class="btn icon" aria-label=move || i18n::DISMISS.get(lang.get()) on:click=move |_| cb.run(())>"×"</button>
                    })}
                </div>
            }
        })
    }
}

/// Short confirmations ("Created"), announced politely to screen readers.
#[component]
pub fn Toasts() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="toasts" role="status" aria-live="polite">
            {move || state.toasts.get().into_iter().map(|(id, m)| {
                match state.toast_links.with(|l| l.iter().find(|(i, _)| *i == id).map(|(_, h)| h.clone())) {
                    Some(href) => view! { <div class="toast"><a href=href>{m}</a></div> }.into_any(),
                    None => view! { <div class="toast">{m}</div> }.into_any(),
                }
            }).collect_view()}
        </div>
    }
}

/// A modal confirmation for destructive actions.
#[component]
pub fn ConfirmDialog(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] message: Signal<String>,
    #[prop(into)] confirm_label: Signal<String>,
    on_confirm: Callback<()>,
    /// Disables the buttons while the action runs.
    #[prop(into, optional)]
    busy: Signal<bool>,
    /// A name the user must type before the button is enabled (removing what other things
    /// live in); `None`: a click confirms.
    #[prop(into, optional)]
    type_to_confirm: Signal<Option<String>>,
    /// The label of the button that keeps things as they are ("Cancel" unless given).
    #[prop(into, optional)]
    cancel_label: Option<Signal<String>>,
) -> impl IntoView {
    // The dialog comes from a chunk (see `crate::chunks`), when it opens.
    let props = move || ConfirmDialogProps { open, title, message, confirm_label, on_confirm, busy, type_to_confirm, cancel_label };
    move || open.get().then(|| crate::chunks::lazy_view(move || confirm_dialog(props())))
}

/// The dialog of a [`ConfirmDialog`] that is open.
pub fn confirm_panel(props: ConfirmDialogProps) -> impl IntoView {
    let ConfirmDialogProps { open, title, message, confirm_label, on_confirm, busy, type_to_confirm, cancel_label } = props;
    let lang = use_lang();
    let cancel = move || cancel_label.map_or_else(|| i18n::CANCEL.get(lang.get()).to_string(), |l| l.get());
    let typed = RwSignal::new(String::new());
    // Whitespace around a pasted name does not count; anything else must match exactly.
    let confirmed = move || type_to_confirm.with(|name| name.as_ref().is_none_or(|n| typed.with(|t| t.trim() == n)));
    // A destructive confirmation starts on Cancel: Enter right away must not destroy.
    let panel = crate::views::focus::use_modal_focus(".modal-cancel");
    view! {
        <div class="modal-backdrop" on:click=move |_| open.set(false)>
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-body" node_ref=panel
                on:click=|ev| ev.stop_propagation()
                on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) } else { crate::views::focus::trap_tab(&ev, panel) }>
                <h2 id="confirm-title">{move || title.get()}</h2>
                <p id="confirm-body">{move || message.get()}</p>
                {move || type_to_confirm.get().map(|name| view! {
                    <label class="field type-to-confirm">
                        <span>{i18n::TYPE_TO_CONFIRM.get(lang.get())}" "<strong class="mono">{name}</strong></span>
                        <input type="text" autocomplete="off" spellcheck="false" prop:value=move || typed.get()
                            on:input=move |ev| typed.set(event_target_value(&ev))
                            on:keydown=move |ev| if ev.key() == "Enter" && confirmed() && !busy.get_untracked() { on_confirm.run(()) } />
                    </label>
                })}
                <div class="modal-actions">
                    <button type="button" class="btn secondary modal-cancel" disabled=move || busy.get() on:click=move |_| open.set(false)>{cancel}</button>
                    <button type="button" class="btn danger" disabled=move || busy.get() || !confirmed() on:click=move |_| on_confirm.run(())>{move || confirm_label.get()}</button>
                </div>
            </div>
        </div>
    }
}

crate::chunks::split_view!(forms,
    /// The confirmation asked before a delete (see [`ConfirmDialog`]).
    fn confirm_dialog(props: ConfirmDialogProps) => confirm_panel(props));

/// The question asked when a link is followed from a page with unsaved input (see
/// `router::leave_guard`): stay (the default, focused) or leave. Its panel is the
/// [`ConfirmDialog`]'s, from the same chunk.
#[component]
pub fn LeaveDialog() -> impl IntoView {
    let pending = crate::router::leave_guard::pending();
    let open = RwSignal::new(false);
    // Open while a navigation is held; closed (Stay, Esc, a click outside) drops it.
    Effect::new(move |_| {
        let held = pending.with(Option::is_some);
        if open.get_untracked() != held {
            open.set(held);
        }
    });
    Effect::new(move |_| {
        if !open.get() && pending.with_untracked(Option::is_some) {
            pending.set(None);
        }
    });
    let lang = use_lang();
    let leave = Callback::new(move |()| {
        let to = pending.get_untracked();
        pending.set(None);
        if let Some(to) = to {
            crate::router::navigate(&to);
        }
    });
    view! {
        <ConfirmDialog open
            title=Signal::derive(move || i18n::LEAVE_TITLE.get(lang.get()).to_string())
            message=Signal::derive(move || i18n::LEAVE_BODY.get(lang.get()).to_string())
            confirm_label=Signal::derive(move || i18n::LEAVE.get(lang.get()).to_string())
            cancel_label=Signal::derive(move || i18n::STAY.get(lang.get()).to_string())
            on_confirm=leave />
    }
}
