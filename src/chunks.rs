//! Code the console loads only when it is first used: the machinery of its wasm split points.
//!
//! The shipped build (`cargo xtask build`, with the `split` feature) cuts the wasm at each
//! function declared with [`split_point!`] or [`split_view!`]: the code only such functions
//! reach goes into a `.wasm` chunk named by the declaration (code two chunks share, into a
//! chunk both load), fetched the first time one of them is called. So a cold start on a list
//! page downloads the shell, the router, the tables and the request builder, but not the form
//! renderer, the explorer, the settings and sign-in, the detail views, or the list's panels
//! that open on a click. Functions naming the same chunk share one `.wasm` (fewer, larger
//! files compress better and take fewer requests).
//!
//! Each split point is declared beside the view it loads, in that view's module; this module
//! knows none of them. The split point itself (`split_point!`, for code that is not a view)
//! is in [`crate::split`], which depends on nothing of the console's. The shell prefetches them all once the first page is up (see
//! `app::idle`), so later pages open without waiting on the network.
//!
//! Without the feature (browser tests, dev builds) the same functions are plain `async fn`s
//! and everything is in one module.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;

use crate::i18n::{self, tr};

/// A view being loaded: a [`split_view!`] function, called, or a page waiting for a data
/// file. A chunk or file that cannot be fetched (the network is down) is an error, not a
/// crash: [`lazy_view`] offers to retry.
pub type ChunkFuture = Pin<Box<dyn Future<Output = Result<AnyView, LoadFailed>>>>;

/// A chunk or a data file could not be fetched.
#[derive(Debug)]
pub struct LoadFailed;

impl From<SplitLoaderError> for LoadFailed {
    fn from(_: SplitLoaderError) -> LoadFailed {
        LoadFailed
    }
}

/// Declares a view loaded from a chunk: `split_view!(chunk, fn name(args) => view)` becomes
/// `fn name(args) -> ChunkFuture`, for [`lazy_view`], and the split point `name` (with its
/// `name::PREFETCH`).
macro_rules! split_view {
    ($chunk:ident, $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) => $body:expr) => {
        $crate::split::split_point!($chunk, fn $name($($arg: $ty),*) -> ::leptos::prelude::AnyView {
            ::leptos::prelude::IntoAny::into_any($body)
        });
        $(#[$doc])*
        pub fn $name($($arg: $ty),*) -> $crate::chunks::ChunkFuture {
            Box::pin(async move { Ok($name::$name($($arg),*).await?) })
        }
    };
}
pub(crate) use split_view;

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
    let state = RwSignal::new_local(None::<Result<AnyView, LoadFailed>>);
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

/// Fetches every chunk of `split_points`, one after the other, so that views opened later
/// find their code there (and build in the render that shows them). A chunk that fails to
/// load is fetched again when it is needed.
pub async fn prefetch(split_points: &[crate::split::Prefetch]) {
    for prefetch in split_points {
        let _ = prefetch().await;
    }
}

/// Reads a JSON data file `cargo xtask build` writes next to the console's wasm (`meta/…`):
/// the resources' list metadata, the operations' titles and parameters. Found relative to the loader
/// script, so a portal may serve the console from any path.
#[cfg(feature = "split")]
pub async fn fetch_data_file(name: &str) -> Result<serde_json::Value, LoadFailed> {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen(raw_module = "./__wasm_split.js")]
    extern "C" {
        /// The address of a file next to the console's wasm (`cargo xtask build` adds it).
        #[wasm_bindgen(js_name = opsdeckAssetUrl)]
        fn asset_url(name: &str) -> String;
    }
    let answer = gloo_net::http::Request::get(&asset_url(name)).send().await.map_err(|_| LoadFailed)?;
    if !answer.ok() {
        return Err(LoadFailed);
    }
    // Read as the services' answers are (the same decoder, no second copy of it).
    let bytes = answer.binary().await.map_err(|_| LoadFailed)?;
    serde_json::from_slice(&bytes).map_err(|_| LoadFailed)
}

/// Like `spawn_local`, with the current reactive owner (not the observer) set while the
/// task runs, so what it builds belongs where it was started.
fn spawn_local_scoped_untracked(task: Pin<Box<dyn Future<Output = ()>>>) {
    leptos::task::spawn_local(leptos::reactive::computed::ScopedFuture::new_untracked(task));
}
