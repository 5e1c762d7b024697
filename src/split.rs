//! The wasm split point: code the shipped build cuts out of the main module, into a chunk
//! fetched the first time it is called (see [`crate::chunks`] for views loaded this way and
//! for what goes where). Nothing of the console's is used here, so any module may declare one.

use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;

/// Fetches a split point's chunk without calling it (each split point's `PREFETCH`).
pub type Prefetch = fn() -> Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// Declares one split point: `split_point!(chunk, fn name(args) -> T { body })` becomes a
/// module `name` holding `async fn name(args) -> Result<T, SplitLoaderError>` (which loads
/// `chunk` first, in the split build), `prefetch()` (which only loads it) and `PREFETCH`. The
/// function's name is part of its split symbol.
macro_rules! split_point {
    ($chunk:ident, fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[doc(hidden)]
        pub mod $name {
            #[allow(unused_imports)]
            use super::*;
            use ::leptos::wasm_split::SplitLoaderError;
            #[cfg(feature = "split")]
            #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload(prefetch))]
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
            /// For the shell's idle prefetch of every split point.
            pub const PREFETCH: $crate::split::Prefetch = || Box::pin(prefetch());
        }
    };
}
pub(crate) use split_point;

