//! AK/SK request signing, `SDK-HMAC-SHA256`, as Huawei Cloud's SDKs implement it.
//!
//! Pure: the signing time is a parameter, never read from a clock, so the fixed vectors in the
//! tests stay valid and the browser and native builds sign identically.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

pub const ALGORITHM: &str = "SDK-HMAC-SHA256";

// Percent-encoding lives in `crate::url`; the canonical request uses the same functions.
pub use crate::url::{decode, encode};

/// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian calendar,
/// after Howard Hinnant's civil-from-days algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// `YYYYMMDDTHHMMSSZ` for a Unix time in seconds (UTC).
pub fn sdk_date(unix_seconds: u64) -> String {
    let secs = unix_seconds % 86_400;
    let (year, month, day) = civil_from_days((unix_seconds / 86_400) as i64);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        (secs / 60) % 60,
        secs % 60
    )
}

/// The canonical URI (SIGNING.md step 4): the whole path percent-decoded first, then split on
/// `/`, each segment encoded (only `A-Z a-z 0-9 - _ . ~` kept), joined, ending with one `/`.
///
/// Decoding before splitting means an encoded `/` inside a segment (a Git file path sent as
/// `src%2Fmain.rs`) signs as two segments, `src/main.rs/`, exactly as Huawei's SDK signers and
/// the API gateway compute it; the request itself is still sent with `%2F`.
pub fn canonical_uri(path: &str) -> String {
    let mut out = decode(path).split('/').map(encode).collect::<Vec<_>>().join("/");
    if !out.ends_with('/') {
        out.push('/');
    }
    out
}

/// The canonical query string from already-stringified pairs (SIGNING.md step 5): sorted by
/// key, then value, on the raw text (as the SDKs sort before encoding: `é` sorts after `z`,
/// though `%C3%A9` would sort before it), then each side encoded. List parameters are one pair
/// per element; booleans are `true`/`false` already.
pub fn canonical_query(pairs: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = pairs.iter().collect();
    sorted.sort();
    sorted
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn is_json(content_type: &str) -> bool {
    let ct = content_type.trim().to_ascii_lowercase();
    ct.starts_with("application/json") || ct.starts_with("application/bson")
}

/// What signing produced, kept for tests and the request preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub canonical_request: String,
    pub string_to_sign: String,
    pub signed_headers: String,
    pub signature: String,
    pub authorization: String,
}

/// [`sign`]'s type: what a [`crate::request::Target`] may carry as its signer.
pub type SignFn = fn(&str, &str, &str, &str, &str, &[(String, String)], &mut Vec<(String, String)>, &[u8]) -> Signature;

/// Signs a request in place: adds `Host` (when absent), `X-Sdk-Content-Sha256:
/// UNSIGNED-PAYLOAD` for a non-JSON body that is not empty, and `Authorization`. `headers` must already hold `X-Sdk-Date`.
///
/// `query` are the request's query pairs; the request must be sent with
/// [`canonical_query`] of them.
pub fn sign(
    ak: &str,
    sk: &str,
    method: &str,
    host: &str,
    path: &str,
    query: &[(String, String)],
    headers: &mut Vec<(String, String)>,
    body: &[u8],
) -> Signature {
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        headers.push(("Host".into(), host.into()));
    }
    let content_type = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| v.clone());
    // An empty body hashes as the empty string whatever the content type says (a GET that
    // carries a form's media type has no payload to leave unsigned).
    if let Some(ct) = content_type.filter(|_| !body.is_empty()) {
        if !is_json(&ct) && !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("x-sdk-content-sha256")) {
            headers.push(("X-Sdk-Content-Sha256".into(), "UNSIGNED-PAYLOAD".into()));
        }
    }
    let date = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("x-sdk-date"))
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default();

    let mut signed: Vec<(String, String)> = headers
        .iter()
        .filter(|(k, _)| !k.contains('_'))
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    signed.sort();
    let signed_headers = signed.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(";");
    let canonical_headers: String = signed.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();

    let unsigned_payload = headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("x-sdk-content-sha256") && v == "UNSIGNED-PAYLOAD");
    let payload_hash = if unsigned_payload {
        "UNSIGNED-PAYLOAD".to_string()
    } else {
        hex(&Sha256::digest(body))
    };

    let canonical_request = format!(
        "{method}\n{}\n{}\n{canonical_headers}\n{signed_headers}\n{payload_hash}",
        canonical_uri(path),
        canonical_query(query),
    );
    let string_to_sign = format!(
        "{ALGORITHM}\n{date}\n{}",
        hex(&Sha256::digest(canonical_request.as_bytes()))
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(sk.as_bytes()).expect("HMAC takes any key length");
    mac.update(string_to_sign.as_bytes());
    let signature = hex(&mac.finalize().into_bytes());
    let authorization =
        format!("{ALGORITHM} Access={ak}, SignedHeaders={signed_headers}, Signature={signature}");
    headers.push(("Authorization".into(), authorization.clone()));
    Signature { canonical_request, string_to_sign, signed_headers, signature, authorization }
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

/// SHA-256 of some bytes as lowercase hex (exposed for the sandbox's checks).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}
