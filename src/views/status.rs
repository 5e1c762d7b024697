//! Status badges: an item's state (`ResourceDecl::status`) as a coloured word — healthy,
//! in progress (with a spinner), failed, stopped — or, for a value the declaration does not
//! know, the value itself in a neutral badge.

use leptos::prelude::*;
use opsdeck_api::resource::{StatusDecl, Tone};
use opsdeck_api::Lang;
use serde_json::Value;

/// The badge of `item`'s state, or nothing when it has none.
pub fn status_badge(decl: &StatusDecl, item: &Value, lang: Lang) -> Option<AnyView> {
    let (raw, text, tone) = decl.of(item)?;
    let shown = text.map(|t| t.get(lang).to_string()).unwrap_or_else(|| raw.clone());
    Some(
        view! {
            <span class=format!("tone tone-{}", tone.key()) data-tone=tone.key() title=raw>
                {(tone == Tone::Progress).then(|| view! { <span class="spinner" aria-hidden="true"></span> })}
                {shown}
            </span>
        }
        .into_any(),
    )
}

/// Whether `item` is in a passing state, after which its page reads it again.
pub fn is_passing(decl: &StatusDecl, item: &Value) -> bool {
    decl.of(item).is_some_and(|(_, _, tone)| tone == Tone::Progress)
}
