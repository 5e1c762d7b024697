//! The operations' titles and parameters in the shipped console.
//!
//! The shipped build leaves opsdeck-api's `full-declarations` off, so its first load carries
//! neither: it reads them from `pkg/meta/operations.json` (written by `cargo xtask build`,
//! preloaded by `index.html` while the wasm compiles) before any page is shown or any request
//! built (`opsdeck_api::operation_data`). Other builds have them in the declarations.

use crate::chunks::LoadFailed;

#[cfg(not(any(feature = "full-declarations", feature = "split")))]
compile_error!("without `full-declarations` the operations' document comes from the split build's data files: build with `split`");

/// Reads and installs the document if it is not yet.
#[cfg(not(feature = "full-declarations"))]
pub async fn load() -> Result<(), LoadFailed> {
    if opsdeck_api::operation_data::installed() {
        return Ok(());
    }
    let doc = crate::chunks::fetch_data_file("meta/operations.json").await?;
    opsdeck_api::operation_data::install(&doc).then_some(()).ok_or(LoadFailed)
}

#[cfg(feature = "full-declarations")]
pub async fn load() -> Result<(), LoadFailed> {
    Ok(())
}
