//! Pattern checks with the browser's own `RegExp` (the `u` flag, so `\u{…}` escapes work the
//! same as in the Rust `regex-lite` the sandbox uses). No regex engine in the wasm bundle.

use std::cell::RefCell;
use std::collections::HashMap;

use opsdeck_api::validate::PatternMatcher;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static CACHE: RefCell<HashMap<String, Option<js_sys::RegExp>>> = RefCell::new(HashMap::new());
}

pub struct JsPatterns;

fn compile(pattern: &str) -> Option<js_sys::RegExp> {
    // `new RegExp(…)` throws on a bad pattern; Reflect.construct turns that into an Err.
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("RegExp")).ok()?.dyn_into().ok()?;
    let args = js_sys::Array::of2(&JsValue::from_str(pattern), &JsValue::from_str("u"));
    js_sys::Reflect::construct(&ctor, &args).ok()?.dyn_into().ok()
}

impl PatternMatcher for JsPatterns {
    fn is_match(&self, pattern: &str, value: &str) -> Option<bool> {
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let re = cache.entry(pattern.to_string()).or_insert_with(|| compile(pattern));
            re.as_ref().map(|re| {
                re.set_last_index(0);
                re.test(value)
            })
        })
    }
}
