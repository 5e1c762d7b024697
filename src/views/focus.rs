//! Focus for dialogs and drawers: they take focus when they open (a chosen element, or their
//! first control), keep Tab and Shift+Tab inside while open, and give focus back to where it
//! was (the button that opened them) when they close.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What can take focus inside a dialog.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

thread_local! {
    /// Where focus was before each open dialog took it, innermost last.
    static RETURN_TO: std::cell::RefCell<Vec<web_sys::HtmlElement>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The focused element, looking into shadow roots (the console embedded in a portal).
fn focused() -> Option<web_sys::HtmlElement> {
    let mut el = document().active_element()?;
    while let Some(inner) = el.shadow_root().and_then(|r| r.active_element()) {
        el = inner;
    }
    el.dyn_into().ok()
}

/// Makes the element behind the returned `NodeRef` a modal: focus moves into it once it is
/// shown (to the element matching `first`, else its first control), and back when it goes.
/// Give its keydown events to [`trap_tab`].
pub fn use_modal_focus(first: &'static str) -> NodeRef<leptos::html::Div> {
    let node = NodeRef::<leptos::html::Div>::new();
    if let Some(previous) = focused() {
        RETURN_TO.with_borrow_mut(|s| s.push(previous));
    }
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(panel) = node.get() else { return false };
        request_animation_frame(move || {
            let target = panel.query_selector(first).ok().flatten().or_else(|| panel.query_selector(FOCUSABLE).ok().flatten());
            if let Some(t) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = t.focus();
            }
        });
        true
    });
    on_cleanup(|| {
        if let Some(previous) = RETURN_TO.with_borrow_mut(Vec::pop) {
            // After the dialog is gone from the page.
            request_animation_frame(move || {
                if previous.is_connected() {
                    let _ = previous.focus();
                }
            });
        }
    });
    node
}

/// Keeps Tab inside `panel`: from its last control to its first, and Shift+Tab the other way.
pub fn trap_tab(ev: &web_sys::KeyboardEvent, panel: NodeRef<leptos::html::Div>) {
    if ev.key() != "Tab" {
        return;
    }
    let Some(panel) = panel.get_untracked() else { return };
    let Ok(list) = panel.query_selector_all(FOCUSABLE) else { return };
    let (Some(first), Some(last)) = (list.get(0), list.get(list.length().saturating_sub(1))) else { return };
    let Some(current) = focused() else { return };
    let current: web_sys::Node = current.unchecked_into();
    let wrap_to = if ev.shift_key() && current == first { Some(last) } else if !ev.shift_key() && current == last { Some(first) } else { None };
    if let Some(el) = wrap_to.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        ev.prevent_default();
        let _ = el.focus();
    }
}
