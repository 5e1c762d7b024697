//! An item's page: its name, its actions (declared operations run in a drawer, edit,
//! delete), its tabs (see [`super::item_views`]); it shows the item anew when a job about it
//! ends.

use leptos::prelude::*;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::{OperationDecl, Text};
use serde_json::Value;

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
use crate::views::runner::ActionDrawer;

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
    let drawer = RwSignal::new(None::<&'static OperationDecl>);
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
    let action_buttons = r
        .actions
        .iter()
        .map(|op| {
            let op = *op;
            view! { <button type="button" class="btn secondary" disabled=move || item.with(Option::is_none) on:click=move |_| drawer.set(Some(op))>{move || op.title.get(lang.get())}</button> }
        })
        .collect_view();
    let edit_link = move || params.with(|p| p.get(r.id_param).and_then(Value::as_str).map(|id| edit_href(&format!("{}/{}{}", list_href(r), encode(id), context_query(r, p))))).unwrap_or_default();
    let here = move || format!("{}{}", location.pathname.get_untracked(), params.with_untracked(|p| context_query(r, p)));
    refetch_when_jobs_end(data, location.pathname.get_untracked());
    view! {
        <div class="page">
            <Breadcrumbs r=r />
            <div class="page-head">
                <h1>{move || i18n::phrase(lang.get(), r.singular, Text::EMPTY) + &name()}</h1>
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
            <ActionDrawer action=drawer fixed=params on_done=Callback::new(move |_| data.refetch()) link=here() />
            {delete_dialog(r, deletion, Signal::derive(name), confirm)}
        </div>
    }
    .into_any()
}

/// When a job about the item on the page at `page_path` ends (deploy, scale, stop …), shows
/// the item as it is now.
fn refetch_when_jobs_end<T: 'static>(data: LocalResource<T>, page_path: String) {
    let state = expect_context::<AppState>();
    Effect::new(move |previous: Option<usize>| {
        let ended = state.jobs.with(|jobs| {
            jobs.iter()
                .filter(|j| j.phase != Phase::Running)
                .filter(|j| j.link.as_deref().is_some_and(|l| l.split('?').next() == Some(page_path.as_str())))
                .count()
        });
        if previous.is_some_and(|p| p != ended) {
            data.refetch();
        }
        ended
    });
}
