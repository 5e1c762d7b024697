//! Asking before a page with unsaved input is left.
//!
//! A form page registers whether it holds input nobody has sent ([`guard_unsaved`]); a click
//! on an in-console link then asks (`views::feedback::LeaveDialog`) instead of navigating, and closing or
//! reloading the tab gets the browser's own question. Going on programmatically
//! ([`super::navigate`], after a successful save) is not asked about.

use std::cell::RefCell;

use leptos::prelude::*;

thread_local! {
    /// The unsaved-input signals of the forms on the page, by registration.
    static GUARDS: RefCell<Vec<(u64, Signal<bool>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// Where a click wanted to go while the page held unsaved input (the dialog is open).
    static PENDING: RwSignal<Option<String>> = RwSignal::new(None);
}

/// Asks before leaving while `unsaved` is true, for as long as the calling component lives.
pub fn guard_unsaved(unsaved: Signal<bool>) {
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    GUARDS.with_borrow_mut(|g| g.push((id, unsaved)));
    on_cleanup(move || GUARDS.with_borrow_mut(|g| g.retain(|(i, _)| *i != id)));
}

/// Whether some form on the page holds unsaved input.
pub fn has_unsaved() -> bool {
    GUARDS.with_borrow(|g| g.iter().any(|(_, s)| s.try_get_untracked().unwrap_or(false)))
}

/// Holds a navigation to `to` until the user answers the dialog.
pub(super) fn hold(to: String) {
    PENDING.with(|p| p.set(Some(to)));
}

/// The browser's question on closing or reloading the tab, while input is unsaved.
pub(super) fn on_before_unload(ev: web_sys::BeforeUnloadEvent) {
    if has_unsaved() {
        ev.prevent_default();
        // Older engines look at the return value instead.
        ev.set_return_value("");
    }
}

/// Where a link wanted to go while the page held unsaved input: the question is open while
/// this is set (`views::feedback::LeaveDialog` asks it). Clearing it stays on the page.
pub fn pending() -> RwSignal<Option<String>> {
    PENDING.with(|p| *p)
}
