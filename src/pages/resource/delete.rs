//! Deleting one item after confirmation, from a list's row or from the item's page: the
//! dialog's state, the dialog, and the call.

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::resource::{Confirm, ResourceDecl};
use serde_json::{Map, Value};

use crate::client::{self, CallError};
use crate::i18n::{self, use_lang};
use crate::router::links::item_params;
use crate::state::AppState;
use crate::views::feedback::ConfirmDialog;

/// The state of a delete: whether its dialog is open, the call on its way, its error.
#[derive(Clone, Copy)]
pub struct Deletion {
    pub open: RwSignal<bool>,
    pub busy: RwSignal<bool>,
    pub error: RwSignal<Option<CallError>>,
    /// The item is gone: its page stops reading it again (a job about it that ends just
    /// after the delete would otherwise ask for it once more and get a 404).
    pub deleted: RwSignal<bool>,
    state: AppState,
}

pub fn use_deletion() -> Deletion {
    Deletion { open: RwSignal::new(false), busy: RwSignal::new(false), error: RwSignal::new(None), deleted: RwSignal::new(false), state: expect_context::<AppState>() }
}

impl Deletion {
    /// Runs `r`'s delete operation for `item` (its ids from the item or from `context`), then
    /// closes the dialog and calls `done`; a failure closes it too and shows in the page
    /// ([`Deletion::error`]).
    pub fn delete(self, r: &'static ResourceDecl, item: Value, context: Map<String, Value>, done: impl FnOnce() + 'static) {
        let Some(decl) = r.delete else { return };
        let state = self.state;
        let params = item_params(r, &item, &context);
        self.busy.set(true);
        let lang = state.settings.with_untracked(|s| s.lang);
        spawn_local(async move {
            let result = client::call(state, decl, params, None).await;
            self.busy.try_set(false);
            match result {
                Ok(_) => {
                    self.deleted.try_set(true);
                    state.toast(format!("{}: {}", i18n::DELETED.get(lang), item.get(r.name_field).and_then(Value::as_str).unwrap_or("")));
                    self.open.try_set(false);
                    done();
                }
                Err(e) => {
                    // The dialog closes and the page shows why (a 409: the item still has
                    // children), where it stays readable.
                    self.open.try_set(false);
                    self.error.try_set(Some(e));
                }
            }
        });
    }
}

/// The confirmation of a delete of the `r` named `name`; where the item holds others (an
/// application's components), its name must be typed first.
pub fn delete_dialog(r: &'static ResourceDecl, deletion: Deletion, name: Signal<String>, on_confirm: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let type_to_confirm = Signal::derive(move || (r.delete_confirm() == Confirm::TypeName).then(|| name.get()).filter(|n| !n.is_empty()));
    view! {
        <ConfirmDialog open=deletion.open busy=deletion.busy
            title=Signal::derive(move || i18n::CONFIRM_DELETE_TITLE.get(lang.get()).to_string())
            message=Signal::derive(move || format!("{} {} {}?", i18n::CONFIRM_DELETE_BODY.get(lang.get()), r.singular.get(lang.get()), name.get()))
            confirm_label=Signal::derive(move || i18n::DELETE.get(lang.get()).to_string())
            on_confirm=on_confirm type_to_confirm=type_to_confirm />
    }
}
