//! IMS: copying an image within the region (document 002) and the job query that follows it,
//! over a small set of images that show each documented constraint.
//!
//! Only private images in the normal (`active`) state copy; whole-machine images and images
//! created from ISO files are refused with 400, as are public and not-yet-ready images; an
//! image shared by another tenant is refused with 403 (only its owner can copy it). A copy is
//! an asynchronous job: `INIT`, then `RUNNING` with its progress, then `SUCCESS` after about
//! five seconds, when the new image appears in the list. Copying `legacy-app-corrupted` starts
//! a job that ends in `FAIL` with an error code and a reason. The state is computed from the
//! job's start time whenever it is read.
//!
//! Errors are answered as `{"error_code", "error_msg"}` with `IMS.xxxx` codes. (The real
//! service's newer endpoints may answer `{"error": {"code": "IMG.xxxx", "message"}}`; the
//! console reads both shapes.)

use axum::http::StatusCode;
use axum::response::Response;
use opsdeck_api::operation::Service;
use opsdeck_api::resource::Filter;
use serde_json::{json, Value};

use super::engine::crud::{ListPaging, ResourceBehavior};
use super::engine::registry::{ErrorShape, Handler, IdFormat, Registration, StoreScope};
use super::engine::{hex_id, iso_time, new_id, text, Call, Clock, Store};

const IMAGES: &str = "images";
const JOBS: &str = "ims_jobs";

/// Nominal durations of a copy (at job speed 1).
const INIT_MS: f64 = 1000.0;
const COPY_MS: f64 = 5000.0;
const FAIL_AT_MS: f64 = 3000.0;

/// The seeded images' ids, stable so links and tests can name them.
pub const GOLDEN: &str = "465076de-dc36-4aec-80f5-ef9d8009428f";
pub const WHOLE: &str = "b1f3c2d4-6a7e-4b8c-9d0e-1f2a3b4c5d61";
pub const ISO: &str = "c2a4d3e5-7b8f-4c9d-8e1f-2a3b4c5d6e72";
pub const PUBLIC: &str = "d3b5e4f6-8c9a-4dae-9f2a-3b4c5d6e7f83";
pub const SAVING: &str = "e4c6f5a7-9dab-4ebf-8a3b-4c5d6e7f8a94";
pub const SHARED: &str = "f5d7a6b8-aebc-4fca-9b4c-5d6e7f8a9ba5";
pub const CORRUPTED: &str = "a6e8b7c9-bfcd-4adb-8c5d-6e7f8a9bacb6";

const ERRORS: ErrorShape = ErrorShape::CodeMsg;

/// IMS as the engine sees it: images are listed and read generically (one store for the
/// sandbox: IMS's paths carry no project); the copy and its job are handlers.
pub fn registration() -> Registration {
    Registration {
        service: Service::Ims,
        errors: ERRORS,
        invalid_code: "IMS.0002",
        ids: IdFormat::Uuid,
        store: StoreScope::Shared { owner: None },
        resources: RESOURCES,
        settle,
        handlers: HANDLERS,
        path_formats: &[super::HUAWEI_PROJECT_ID],
        ..Registration::BASE
    }
}

static RESOURCES: &[ResourceBehavior] = &[ResourceBehavior {
    resource: &opsdeck_api::ims::IMAGES,
    not_found: ("IMS.0004", "The image {id} does not exist."),
    seed: seed_images,
    // A boolean filter the console does not offer as a column filter.
    more_filters: &[Filter { param: "__whole_image", field: "__whole_image" }],
    paging: ListPaging::Marker { limit: "limit", marker: "marker", default_limit: 500 },
    ..ResourceBehavior::BASE
}];

static HANDLERS: &[(&str, Handler)] = &[
    // Checks the source against the documented exclusions and starts a job.
    ("ims.image.copy", copy),
    // A job's state is computed from its start time; it is not an item of a declared resource.
    ("ims.job.get", get_job),
];

fn ims_error(status: StatusCode, code: &str, message: &str) -> Response {
    ERRORS.answer(status, code, message)
}

/// One seeded image (a row of the seed table).
#[allow(clippy::too_many_arguments)]
fn image(id: &str, name: &str, imagetype: &str, status: &str, whole: bool, format: &str, os: &str, created: &str) -> Value {
    json!({
        "id": id, "name": name, "status": status, "__imagetype": imagetype,
        "__whole_image": if whole { "true" } else { "false" },
        "disk_format": format, "__os_version": os, "__platform": os.split_whitespace().next().unwrap_or(""),
        "__os_type": if os.starts_with("Windows") { "Windows" } else { "Linux" },
        "visibility": match imagetype { "gold" => "public", "shared" => "shared", _ => "private" },
        "min_disk": 40, "__description": "", "enterprise_project_id": "0",
        "created_at": created, "updated_at": created,
    })
}

fn seed_images(_: &str, _: i64) -> Vec<Value> {
    let mut corrupted = image(CORRUPTED, "legacy-app-corrupted", "private", "active", false, "zvhd2", "CentOS 7.6 64bit", "2023-11-02T03:12:40Z");
    corrupted["_copy_fails"] = json!(true);
    let shared = image(SHARED, "partner-shared-image", "shared", "active", false, "zvhd2", "Ubuntu 20.04 server 64bit", "2024-02-20T09:30:00Z");
    vec![
        image(GOLDEN, "web-server-golden", "private", "active", false, "zvhd2", "CentOS 7.9 64bit", "2024-05-18T08:20:11Z"),
        image(WHOLE, "db-whole-machine", "private", "active", true, "zvhd2", "EulerOS 2.5 64bit", "2024-04-02T14:05:43Z"),
        image(ISO, "centos-iso-install", "private", "active", false, "iso", "CentOS 8.2 64bit", "2024-03-11T06:45:00Z"),
        image(PUBLIC, "Ubuntu 22.04 server 64bit", "gold", "active", false, "zvhd2", "Ubuntu 22.04 server 64bit", "2023-08-01T00:00:00Z"),
        image(SAVING, "app-build-saving", "private", "saving", false, "zvhd2", "CentOS 7.9 64bit", "2024-06-06T15:55:31Z"),
        shared,
        corrupted,
    ]
}

/// Brings copies that have ended up to date: a succeeded copy's image appears.
fn settle(store: &mut Store, clock: &Clock, _caller: &str) {
    let mut new_images = Vec::new();
    for job in store.items_mut(JOBS).iter_mut() {
        if job.get("_applied").is_some() || job["_fails"].as_bool() == Some(true) {
            continue;
        }
        if clock.elapsed(job["_started"].as_i64().unwrap_or(0)) >= COPY_MS {
            job["_applied"] = json!(true);
            new_images.push(job["_image"].clone());
        }
    }
    for mut img in new_images {
        img["created_at"] = json!(iso_time(clock.now));
        img["updated_at"] = json!(iso_time(clock.now));
        store.items_mut(IMAGES).push(img);
    }
}

fn copy(call: &Call) -> Response {
    let image_id = call.param("image_id").unwrap_or_default().to_string();
    let body = call.body.clone().unwrap_or(Value::Null);
    call.with_store(|store| {
        let Some(src) = store.find(IMAGES, "id", &image_id).cloned() else {
            return ims_error(StatusCode::NOT_FOUND, "IMS.0004", &format!("The image {image_id} does not exist."));
        };
        match text(&src, "__imagetype") {
            "private" => {}
            "shared" => {
                return ims_error(
                    StatusCode::FORBIDDEN,
                    "IMS.0105",
                    "No permission: the image is shared with you by another tenant; only its owner can copy it.",
                )
            }
            other => {
                return ims_error(
                    StatusCode::BAD_REQUEST,
                    "IMS.0101",
                    &format!(
                        "Only private images can be copied within a region; this is a {} image.",
                        if other == "gold" { "public" } else { other }
                    ),
                )
            }
        }
        if text(&src, "status") != "active" {
            return ims_error(
                StatusCode::BAD_REQUEST,
                "IMS.0102",
                &format!("Only images in the normal (active) state can be copied; this image is {}.", text(&src, "status")),
            );
        }
        if text(&src, "__whole_image") == "true" {
            return ims_error(StatusCode::BAD_REQUEST, "IMS.0103", "Whole-machine images cannot be copied within a region.");
        }
        if text(&src, "disk_format") == "iso" {
            return ims_error(StatusCode::BAD_REQUEST, "IMS.0104", "Private images created from ISO files cannot be copied within a region.");
        }
        let job_id = hex_id();
        let mut new_image = src.clone();
        new_image["id"] = json!(new_id());
        new_image["name"] = body["name"].clone();
        new_image["__description"] = body.get("description").cloned().unwrap_or(json!(""));
        if let Some(cmk) = body.get("cmk_id").and_then(Value::as_str) {
            new_image["__system__cmkid"] = json!(cmk);
        }
        if let Some(ep) = body.get("enterprise_project_id").and_then(Value::as_str) {
            new_image["enterprise_project_id"] = json!(ep);
        }
        if let Some(m) = new_image.as_object_mut() {
            m.retain(|k, _| !k.starts_with('_') || k.starts_with("__"));
        }
        let fails = src.get("_copy_fails").is_some();
        store.items_mut(JOBS).push(json!({
            "job_id": job_id,
            "_started": call.clock().now,
            "_image": new_image,
            "_fails": fails,
        }));
        call.ok(&json!({"job_id": job_id}))
    })
}

/// A job as the job query answers it, from its start time.
fn present_job(clock: &Clock, job: &Value) -> Value {
    let started = job["_started"].as_i64().unwrap_or(0);
    let t = clock.elapsed(started);
    let fails = job["_fails"].as_bool() == Some(true);
    let image = &job["_image"];
    let at = |ms: f64| iso_time(clock.at(started, ms));
    let (status, task, percent, ended) = if t < INIT_MS {
        ("INIT", "init", 0.0, None)
    } else if fails && t >= FAIL_AT_MS {
        ("FAIL", "copy_image_file", 45.0, Some(at(FAIL_AT_MS)))
    } else if t < COPY_MS {
        ("RUNNING", "copy_image_file", ((t - INIT_MS) / (COPY_MS - INIT_MS) * 100.0).floor().clamp(1.0, 99.0), None)
    } else {
        ("SUCCESS", "", 100.0, Some(at(COPY_MS)))
    };
    let mut out = json!({
        "status": status,
        "job_id": job["job_id"],
        "job_type": "copyImageInRegion",
        "begin_time": iso_time(started),
        "end_time": ended.unwrap_or_default(),
        "entities": {
            "image_id": image["id"],
            "image_name": image["name"],
            "current_task": task,
            "process_percent": percent,
        },
    });
    if status == "FAIL" {
        out["error_code"] = json!("IMS.0213");
        out["fail_reason"] =
            json!("The source image file is damaged (checksum mismatch) and cannot be copied; create the image again from its server.");
    }
    out
}

fn get_job(call: &Call) -> Response {
    let job_id = call.param("job_id").unwrap_or_default().to_string();
    call.with_store(|store| match store.find(JOBS, "job_id", &job_id) {
        Some(job) => call.ok(&present_job(&call.clock(), job)),
        None => ims_error(StatusCode::NOT_FOUND, "IMS.0006", &format!("The job {job_id} does not exist.")),
    })
}
