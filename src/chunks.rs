//! What the console loads only when it is first used.
//!
//! The shipped build (`cargo xtask build`, with the `split` feature) cuts the wasm at each
//! function declared with [`chunks!`] below: the code only that function reaches goes into a
//! `.wasm` chunk of its own (code two of them share, into a chunk both load), fetched the first
//! time the function is called. So a cold start on a list page downloads the shell, the
//! router, the tables and the request builder, but not the form renderer, the explorer, the
//! settings and sign-in, the detail views, or the list's panels that open on a click (action
//! drawer, delete confirmation, job list, export). Once the first page is up, [`prefetch`]
//! fetches the chunks while the browser is idle, so later pages open without waiting on the
//! network.
//!
//! Without the feature (browser tests, dev builds) the same functions are plain `async fn`s
//! and everything is in one module.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use opsdeck_api::resource::ResourceDecl;
use opsdeck_api::OperationDecl;
use serde_json::{Map, Value};
use std::future::Future;
use std::pin::Pin;

use crate::i18n::{self, tr};
use crate::pages::bench::BenchTablePage;
use crate::pages::explorer::{ExplorerPage, OperationPage};
use crate::pages::resource::{ResourceCreatePage, ResourceDetailPage, ResourceEditPage};
use crate::pages::settings::SettingsPage;
use crate::views::compare::{CompareVersions, CompareVersionsProps};
use crate::views::feedback::{confirm_panel, ConfirmDialogProps};
use crate::views::job_tray::JobList;
use crate::views::runner::drawer_panel;
use crate::views::scope::{ScopeBar, ScopeBarProps};

/// Saves a list's rows as a CSV or JSON file (its export buttons). The file writers, the
/// pretty JSON printer among them, are needed by nothing else on a list, so they come from a
/// chunk too. `name` is the file name without extension.
pub fn export_rows(state: crate::state::AppState, name: String, fields: Vec<&'static str>, rows: Vec<Value>, json: bool) {
    leptos::task::spawn_local(async move {
        if save_rows::save_rows(name, fields, rows, json).await.is_err() {
            state.toast(i18n::CHUNK_FAILED.get(state.settings.with_untracked(|s| s.lang)).to_string());
        }
    });
}

/// One split point, in a module of its own (its name is part of its split symbol, and its
/// loader is that module's `prefetch`). With the `split` feature, `$name` is cut into the chunk
/// `$chunk` and `prefetch()` loads the chunk without calling it; without the feature, both are
/// plain `async fn`s.
macro_rules! split_point {
    ($chunk:ident, fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[doc(hidden)]
        pub mod $name {
            use super::*;
            #[cfg(feature = "split")]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload(prefetch))]
            pub fn $name($($arg: $ty),*) -> Result<$ret, SplitLoaderError> {
                Ok($body)
            }
            #[cfg(not(feature = "split"))]
            pub async fn $name($($arg: $ty),*) -> Result<$ret, SplitLoaderError> {
                Ok($body)
            }
            #[cfg(not(feature = "split"))]
            pub async fn prefetch() -> Result<(), SplitLoaderError> {
                Ok(())
            }
        }
    };
}

split_point!(forms, fn rehearse_step(state: crate::state::AppState, i: usize) -> bool {
    crate::views::warm_up::rehearse_step(state, i)
});

split_point!(shell, fn save_rows(name: String, fields: Vec<&'static str>, rows: Vec<Value>, json: bool) -> () {
    crate::views::export::save_rows(&name, &fields, &rows, json)
});

/// A view being loaded: one of the functions below, called. A chunk that cannot be fetched
/// (the network is down) is an error, not a crash: [`lazy_view`] offers to retry.
pub type ChunkFuture = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// Declares split points: `fn name(args) in chunk => view;` becomes `async fn name(args)`
/// returning the view once its chunk is loaded. Functions naming the same chunk share one
/// `.wasm` (fewer, larger files compress better and take fewer requests); code used by two
/// chunks goes into a third both load.
macro_rules! chunks {
    ($( $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) in $chunk:ident => $body:expr; )*) => {
        $(
            split_point!($chunk, fn $name($($arg: $ty),*) -> AnyView { $body.into_any() });
            $(#[$doc])*
            pub fn $name($($arg: $ty),*) -> ChunkFuture {
                Box::pin($name::$name($($arg),*))
            }
        )*

        /// Fetches every chunk, one after the other, so that pages opened later find their
        /// code there. A chunk that fails to load is fetched again when it is needed.
        async fn prefetch_all() {
            $( let _ = $name::prefetch().await; )*
        }
    };
}

chunks! {
    fn settings() in shell => view! { <SettingsPage /> };
    /// The job tray's list, built when the tray is opened.
    fn job_list() in shell => view! { <JobList /> };
    /// The 10,000-row table of `cargo xtask bench`.
    fn bench_table() in shell => view! { <BenchTablePage /> };
    // The form renderer and what uses it.
    fn explorer() in forms => view! { <ExplorerPage /> };
    fn operation() in forms => view! { <OperationPage /> };
    fn resource_create() in forms => view! { <ResourceCreatePage /> };
    fn resource_edit() in forms => view! { <ResourceEditPage /> };
    /// The drawer running an action from a list (see `ActionDrawer`).
    fn action_drawer(decl: &'static OperationDecl, action: RwSignal<Option<&'static OperationDecl>>, fixed: Map<String, Value>, on_done: Option<Callback<Value>>, link: Option<String>) in forms =>
        drawer_panel(decl, action, fixed, on_done, link);
    /// The confirmation asked before a delete (see `ConfirmDialog`).
    fn confirm_dialog(props: ConfirmDialogProps) in forms => confirm_panel(props);
    /// The scope of a list (the application whose components are listed, …): its fields are
    /// form fields.
    fn scope_bar(resource: &'static ResourceDecl, values: Map<String, Value>, on_change: Callback<Vec<(&'static str, String)>>) in forms =>
        ScopeBar(ScopeBarProps { resource, values, on_change });
    // A resource's page and its sub-resources.
    fn resource_detail() in detail => view! { <ResourceDetailPage /> };
    /// Two versions of a text side by side (configs' history).
    fn compare_versions(rows: Signal<Vec<Value>>, field: &'static str) in detail =>
        CompareVersions(CompareVersionsProps { rows, field });
}

/// Shows the view `load` builds once its chunk is there, with a loading line meanwhile, and a
/// retry button when the chunk cannot be fetched. The view is built under the reactive owner
/// current here, so its context (settings, jobs, the surrounding form) and its clean-up are
/// those of a view built in place.
pub fn lazy_view(load: impl Fn() -> ChunkFuture + 'static) -> AnyView {
    // One copy of the machinery for all callers: only this line is generic.
    lazy_view_boxed(Box::new(load))
}

fn lazy_view_boxed(load: Box<dyn Fn() -> ChunkFuture>) -> AnyView {
    // `None`: loading; `Some(Err)`: failed; `Some(Ok)`: loaded, until the view is taken.
    let state = RwSignal::new_local(None::<Result<AnyView, SplitLoaderError>>);
    // A retry starts from a click handler, where no owner is current: the view is built
    // under this one all the same.
    let owner = Owner::current().unwrap_or_default();
    let start = move || {
        let mut future = load();
        // When the chunk is there already (prefetched, or shown before) the first poll builds
        // the view: it is shown in this render, without a frame of "Loading…" first.
        let waker = std::task::Waker::noop();
        let first = owner.with(|| untrack(|| future.as_mut().poll(&mut std::task::Context::from_waker(waker))));
        match first {
            std::task::Poll::Ready(result) => state.set(Some(result)),
            std::task::Poll::Pending => {
                state.set(None);
                owner.with(|| {
                    spawn_local_scoped_untracked(Box::pin(async move {
                        let result = future.await;
                        state.try_set(Some(result));
                    }))
                });
            }
        }
    };
    start();
    let start = StoredValue::new_local(start);
    (move || {
        state.track();
        match state.try_update_untracked(|s| if matches!(s, Some(Ok(_))) { s.take() } else { None }).flatten() {
            // Handed over once; nothing sets `state` after a successful load.
            Some(Ok(view)) => view,
            _ if state.with_untracked(|s| s.is_some()) => {
                view! {
                    <p class="banner error chunk-failed" role="alert">
                        {tr(i18n::CHUNK_FAILED)}" "
                        <button type="button" class="btn secondary small" on:click=move |_| start.with_value(|start| start())>{tr(i18n::RETRY)}</button>
                    </p>
                }
                .into_any()
            }
            _ => view! { <p class="loading" role="status">{tr(i18n::LOADING)}</p> }.into_any(),
        }
    })
    .into_any()
}

/// The `performance.mark` set once the chunks are fetched and the forms warmed up.
pub const WARMED_UP: &str = "opsdeck:warmed-up";

/// Fetches the chunks once the console is quiet (in the shipped build; without chunks there
/// is nothing to fetch): the first page's own code and requests come first, so the chunks stay
/// off its critical path, and pages opened afterwards do not wait on the network. Then it
/// warms the form code up (`views::warm_up`) and sets the [`WARMED_UP`] mark.
pub fn prefetch(state: crate::state::AppState) {
    if !cfg!(feature = "split") {
        return;
    }
    leptos::task::spawn_local(async move {
        // Quiet: no request of the console's in flight over three checks 100 ms apart.
        let mut quiet = 0;
        while quiet < 3 {
            crate::state::sleep_ms(100).await;
            quiet = if crate::client::in_flight() == 0 { quiet + 1 } else { 0 };
        }
        idle().await;
        prefetch_all().await;
        // Then the form code runs once off-screen (see `views::warm_up`), a sample per idle
        // period.
        let mut i = 0;
        loop {
            idle().await;
            match rehearse_step::rehearse_step(state, i).await {
                Ok(true) => i += 1,
                _ => break,
            }
        }
        idle().await;
        crate::router::rehearse_navigation(&crate::router::links::base());
        // For whoever measures the console (the bench, an end-to-end test): it is warm now.
        if let Some(performance) = window().performance() {
            let _ = performance.mark(WARMED_UP);
        }
    });
}

/// Resolves in the browser's next idle period (at once where there is no
/// `requestIdleCallback`, as in Safari).
async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if window().request_idle_callback(&resolve).is_err() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Like `spawn_local`, with the current reactive owner (not the observer) set while the
/// task runs, so what it builds belongs where it was started.
fn spawn_local_scoped_untracked(task: Pin<Box<dyn Future<Output = ()>>>) {
    leptos::task::spawn_local(leptos::reactive::computed::ScopedFuture::new_untracked(task));
}
