//! Generic views: each is driven by schema metadata or declarations, never by a hand-written
//! list of fields.

pub mod compare;
pub mod detail;
pub mod export;
pub mod feedback;
pub mod focus;
pub mod form;
pub mod job_tray;
pub mod operation_call;
pub mod preview;
pub mod result;
pub mod runner;
pub mod scope;
pub mod status;
pub mod table;
pub mod value;
pub mod warm_up;
