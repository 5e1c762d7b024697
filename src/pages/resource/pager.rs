//! A list's pager: where the page is in the list, the page size, previous and next.

use leptos::prelude::*;

use super::list_query::ListQuery;
use crate::i18n::{self, tr, use_lang};

const PAGE_SIZES: &[u32] = &[10, 20, 50, 100];

/// The pager of a paged list (`list.limit_param` is set) of `total` items, hidden until the
/// list is `loaded`. (A closure rather than a `Signal<bool>`: that type's code would be in
/// the main module for this alone.)
pub fn pager(list: ListQuery, total: Signal<u64>, loaded: impl Fn() -> bool + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    let (Some(limit_param), Some(offset_param)) = (list.limit_param, list.offset_param) else { return ().into_any() };
    let (limit, offset, key) = (list.limit, list.offset, list.resource.key);
    let page_label = move || {
        let (l, o, t) = (limit.get() as u64, offset.get() as u64, total.get());
        let first = if t == 0 { 0 } else { o + 1 };
        let last = (o + l).min(t);
        format!("{} {first}–{last} {} {t}", i18n::SHOWING.get(lang.get()), i18n::OF.get(lang.get()))
    };
    let go_to = move |o: u32| list.set(vec![(offset_param, Some(o.to_string()))]);
    let sizes = PAGE_SIZES.iter().filter(|s| **s <= list.max_limit.max(10)).map(|s| view! { <option value=s.to_string()>{s.to_string()}</option> }).collect_view();
    view! {
        <nav class="pager" hidden=move || !loaded() aria-label=move || i18n::PAGE_SIZE.get(lang.get())>
            <span class="muted" data-testid="page-status">{page_label}</span>
            <label for=format!("page-size-{key}")>{tr(i18n::PAGE_SIZE)}</label>
            <select id=format!("page-size-{key}") prop:value=move || limit.get().to_string()
                on:change=move |ev| list.set(vec![(limit_param, Some(event_target_value(&ev))), (offset_param, None)])>
                {sizes}
            </select>
            <button type="button" class="btn secondary small" disabled=move || offset.get() == 0
                on:click=move |_| go_to(offset.get_untracked().saturating_sub(limit.get_untracked()))>
                {tr(i18n::PREVIOUS_PAGE)}
            </button>
            <button type="button" class="btn secondary small" disabled={move || (offset.get() + limit.get()) as u64 >= total.get()}
                on:click=move |_| go_to(offset.get_untracked() + limit.get_untracked())>
                {tr(i18n::NEXT_PAGE)}
            </button>
        </nav>
    }
    .into_any()
}
