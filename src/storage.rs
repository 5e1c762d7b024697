//! Values kept in the browser's `localStorage` or `sessionStorage` (settings, secrets, jobs,
//! table columns).

use serde::{Deserialize, Serialize};

pub(crate) fn storage(local: bool) -> Option<web_sys::Storage> {
    let w = web_sys::window()?;
    if local {
        w.local_storage().ok().flatten()
    } else {
        w.session_storage().ok().flatten()
    }
}

/// A value kept in the browser's local (`local`) or session storage as JSON. The browser's
/// `JSON` reads and writes the text and `serde_wasm_bindgen` converts, the same path as the
/// deployment config, so stored settings, jobs and columns need no JSON parser of their own
/// in the wasm.
pub(crate) fn load<T: for<'de> Deserialize<'de>>(local: bool, key: &str) -> Option<T> {
    let text = storage(local)?.get_item(key).ok().flatten()?;
    serde_wasm_bindgen::from_value(js_sys::JSON::parse(&text).ok()?).ok()
}

pub(crate) fn save<T: Serialize>(local: bool, key: &str, value: &T) {
    // Maps as plain objects (not JS `Map`s), so `JSON.stringify` writes them.
    let Ok(js) = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) else { return };
    if let (Some(s), Ok(text)) = (storage(local), js_sys::JSON::stringify(&js)) {
        let _ = s.set_item(key, &String::from(text));
    }
}

pub(crate) fn forget(local: bool, key: &str) {
    if let Some(s) = storage(local) {
        let _ = s.remove_item(key);
    }
}

