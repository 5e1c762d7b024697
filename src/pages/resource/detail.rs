//! An item's page: its name, its actions (declared operations run in a drawer, edit,
//! delete), its tabs (see [`super::item_views`]); it shows the item anew when a job about it
//! ends.

use leptos::prelude::*;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::resource::ActionDecl;
use opsdeck_api::Text;
use serde_json::Value;

use super::actions::{action_buttons, ActionDialog, Target};
use super::delete::{delete_dialog, use_deletion};
use super::item_views::{tab_panel, use_tab, TabButtons};
use super::{Breadcrumbs, use_item_params, with_resource, NotFound};
use crate::client;
use crate::i18n::{self, tr, use_lang};
use crate::jobs::Phase;
use crate::router::links::{context_query, edit_href, encode, list_href};
use crate::router::{self, use_location};
use crate::state::AppState;
use crate::views::feedback::ErrorBanner;

/// The page of the routed item.
#[component]
pub fn ResourceDetailPage() -> impl IntoView {
    with_resource(|r| view! { <ResourceDetail resource=r /> })
}

crate::chunks::split_view!(detail,
    /// A resource's page and its sub-resources, from the `detail` chunk.
    fn detail_page() => view! { <ResourceDetailPage /> });

#[component]
pub fn ResourceDetail(resource: &'static ResourceDecl) -> impl IntoView {
    let r = resource;
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let location = use_location();
    let params = use_item_params(r);
    let Some(get) = r.get else { return view! { <NotFound /> }.into_any() };
    let data = LocalResource::new(move || {
        let p = params.get();
        async move { client::call(state, get, p, None).await }
    });
    let deletion = use_deletion();
    let open_action = RwSignal::new(None::<&'static ActionDecl>);
    let item = Signal::derive(move || match data.get() {
        Some(Ok(a)) => Some(a.value),
        _ => None,
    });
    let name = move || item.with(|i| i.as_ref().and_then(|i| r.item_in(i).get(r.name_field)).and_then(Value::as_str).unwrap_or("").to_string());
    let confirm = Callback::new(move |_| {
        if let Some(i) = item.get_untracked() {
            deletion.delete(r, i, params.get_untracked(), move || router::navigate(&list_href(r)));
        }
    });
    let tab = use_tab();
    let action_buttons = action_buttons(r, Signal::derive(move || item.with(Option::is_some)), open_action);
    let edit_link = move || params.with(|p| p.get(r.id_param).and_then(Value::as_str).map(|id| edit_href(&format!("{}/{}{}", list_href(r), encode(id), context_query(r, p))))).unwrap_or_default();
    let here = move || format!("{}{}", location.pathname.get_untracked(), params.with_untracked(|p| context_query(r, p)));
    let target = Signal::derive(move || item.get().map(|item| Target { resource: r, item, params: params.get(), link: here() }));
    let gone = deletion.deleted;
    refetch_when_jobs_end(data, location.pathname.get_untracked(), gone);
    refetch_while_passing(r, item, data, gone);
    view! {
        <div class="page">
            <Breadcrumbs r=r />
            <div class="page-head">
                <h1>{move || i18n::phrase(lang.get(), r.singular, Text::EMPTY) + &name()}</h1>
                <span class="page-status" data-testid="item-status">
                    {move || r.status.and_then(|s| item.with(|i| i.as_ref().and_then(|i| crate::views::status::status_badge(&s, r.item_in(i), lang.get()))))}
                </span>
                <div class="page-actions">
                    <button type="button" class="btn secondary" on:click=move |_| data.refetch()>{tr(i18n::REFRESH)}</button>
                    {action_buttons}
                    {r.update.map(|_| view! { <a class="btn secondary" href=edit_link>{tr(i18n::EDIT)}</a> })}
                    {r.delete.map(|_| view! { <button type="button" class="btn danger" disabled=move || item.with(Option::is_none) on:click=move |_| deletion.open.set(true)>{tr(i18n::DELETE)}</button> })}
                </div>
            </div>
            <ErrorBanner error=deletion.error on_dismiss=Callback::new(move |_| deletion.error.set(None)) />
            <TabButtons r=r tab=tab />
            <div role="tabpanel">{move || tab_panel(r, &tab.get(), params, data)}</div>
            <ActionDialog open=open_action target=target on_done=Callback::new(move |_| data.refetch()) />
            {delete_dialog(r, deletion, Signal::derive(name), confirm)}
        </div>
    }
    .into_any()
}

/// When a job about the item on the page at `page_path` ends (deploy, scale, stop …), shows
/// the item as it is now.
fn refetch_when_jobs_end<T: 'static>(data: LocalResource<T>, page_path: String, gone: RwSignal<bool>) {
    let state = expect_context::<AppState>();
    Effect::new(move |previous: Option<usize>| {
        let ended = state.jobs.with(|jobs| {
            jobs.iter()
                .filter(|j| j.phase != Phase::Running)
                .filter(|j| j.link.as_deref().is_some_and(|l| l.split('?').next() == Some(page_path.as_str())))
                .count()
        });
        if previous.is_some_and(|p| p != ended) && !gone.try_get_untracked().unwrap_or(true) {
            data.refetch();
        }
        ended
    });
}

/// While the item is in a passing state (starting, upgrading), reads it again every few
/// seconds until it settles.
fn refetch_while_passing<T: 'static>(r: &'static ResourceDecl, item: Signal<Option<Value>>, data: LocalResource<T>, gone: RwSignal<bool>) {
    let Some(status) = r.status else { return };
    // The page may be gone when the timer fires.
    let alive = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let on_leave = alive.clone();
    on_cleanup(move || on_leave.store(false, std::sync::atomic::Ordering::Relaxed));
    Effect::new(move |_| {
        let passing = item.with(|i| i.as_ref().is_some_and(|i| crate::views::status::is_passing(&status, r.item_in(i))));
        if passing {
            let alive = alive.clone();
            set_timeout(move || if alive.load(std::sync::atomic::Ordering::Relaxed) && !gone.try_get_untracked().unwrap_or(true) { data.refetch() }, std::time::Duration::from_millis(2500));
        }
    });
}
