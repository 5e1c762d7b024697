//! Each resource's list metadata (the schema of its list items, the enumerations of its
//! bodies: `opsdeck_api::list_meta`), read once and kept.
//!
//! The shipped build (feature `split`) fetches it from `pkg/meta/SERVICE.KEY.json`, written by
//! `cargo xtask build`: the schemas of the 31 resources' lists are then not in the first load, only
//! the one of the page that opens (about a kilobyte). Other builds take it from the
//! declarations. The resource's pages wait for it ([`with_list_meta`]) and then read it
//! synchronously ([`loaded`]).

use std::cell::RefCell;

use leptos::prelude::*;
use opsdeck_api::list_meta::ListMeta;
use opsdeck_api::resource::ResourceDecl;

use crate::chunks::{lazy_view, LoadFailed};

thread_local! {
    /// Read so far, by resource (the declarations are statics: compared by address).
    static LOADED: RefCell<Vec<(&'static ResourceDecl, ListMeta)>> = const { RefCell::new(Vec::new()) };
}

fn find(r: &'static ResourceDecl) -> Option<ListMeta> {
    LOADED.with_borrow(|all| all.iter().find(|(known, _)| std::ptr::eq(*known, r)).map(|(_, meta)| *meta))
}

/// The metadata of `r`, once read (an empty one before: no columns, no meanings).
pub fn loaded(r: &'static ResourceDecl) -> ListMeta {
    find(r).unwrap_or_default()
}

/// Reads the metadata of `r` if it has not been read yet.
pub async fn load(r: &'static ResourceDecl) -> Result<(), LoadFailed> {
    if find(r).is_some() {
        return Ok(());
    }
    let meta = read(r).await?;
    // Two pages may have asked at once: the first answer is kept.
    if find(r).is_none() {
        LOADED.with_borrow_mut(|all| all.push((r, meta)));
    }
    Ok(())
}

#[cfg(feature = "split")]
async fn read(r: &'static ResourceDecl) -> Result<ListMeta, LoadFailed> {
    let doc = crate::chunks::fetch_data_file(&format!("meta/{}.{}.json", r.service.key(), r.key)).await?;
    opsdeck_api::list_meta::decode(&doc).ok_or(LoadFailed)
}

#[cfg(not(feature = "split"))]
async fn read(r: &'static ResourceDecl) -> Result<ListMeta, LoadFailed> {
    Ok(opsdeck_api::list_meta::of(r))
}

/// Shows `page` once the metadata of `r` has been read: at once when it has been (in the same
/// render), else after a loading line, with a retry button when it cannot be fetched.
pub fn with_list_meta(r: &'static ResourceDecl, page: impl Fn() -> AnyView + 'static) -> AnyView {
    // One copy of the machinery for all callers: only this line is generic.
    with_list_meta_boxed(r, std::rc::Rc::new(page))
}

fn with_list_meta_boxed(r: &'static ResourceDecl, page: std::rc::Rc<dyn Fn() -> AnyView>) -> AnyView {
    lazy_view(move || {
        let page = page.clone();
        Box::pin(async move {
            load(r).await?;
            Ok(page())
        })
    })
}
