//! The operations' parameters in the shipped console.
//!
//! The shipped build leaves opsdeck-api's `full-declarations` off, so its first load carries no
//! parameter schema: it reads them from `pkg/meta/operations.json` (written by `cargo xtask build`,
//! preloaded by `index.html` while the wasm compiles) before any page is shown or any request
//! built (`opsdeck_api::operation_data`). Other builds have them in the declarations.

use crate::chunks::LoadFailed;

#[cfg(not(any(feature = "full-declarations", feature = "split")))]
compile_error!("without `full-declarations` the parameters come from the split build's data files: build with `split`");

/// Reads and installs the parameters if they are not yet.
#[cfg(not(feature = "full-declarations"))]
pub async fn load() -> Result<(), LoadFailed> {
    if opsdeck_api::operation_data::installed() {
        return Ok(());
    }
    let doc = crate::chunks::fetch_data_file("meta/operations.json").await?;
    if opsdeck_api::operation_data::install(&doc) {
        Ok(())
    } else {
        Err(LoadFailed)
    }
}

#[cfg(feature = "full-declarations")]
pub async fn load() -> Result<(), LoadFailed> {
    Ok(())
}
