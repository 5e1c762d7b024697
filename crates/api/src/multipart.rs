//! `multipart/form-data` bodies (config import) built from a form's JSON object.
//!
//! A file travels in the form's JSON as a data URL, `data:<media type>;name=<file name>;base64,<data>`,
//! so it validates as the string the document types it as and survives the raw-JSON mode;
//! here it becomes a file part with its bytes. Every other member becomes a text part.

use serde_json::{Map, Value};

/// A file as the form keeps it.
pub fn file_data_url(media_type: &str, file_name: &str, bytes: &[u8]) -> String {
    let name = file_name.replace([';', ',', '"', '\r', '\n'], "_");
    format!("data:{media_type};name={name};base64,{}", base64_encode(bytes))
}

/// (media type, file name, bytes) of a data URL made by [`file_data_url`].
pub fn parse_file_data_url(s: &str) -> Option<(String, String, Vec<u8>)> {
    let rest = s.strip_prefix("data:")?;
    let (meta, data) = rest.split_once(";base64,")?;
    let mut parts = meta.split(';');
    let media = parts.next().unwrap_or("application/octet-stream").to_string();
    let name = parts.find_map(|p| p.strip_prefix("name=")).unwrap_or("upload").to_string();
    Some((media, name, base64_decode(data)?))
}

/// The body and its content type (with the boundary) for a JSON object's members.
pub fn encode(body: &Map<String, Value>) -> (Vec<u8>, String) {
    // A boundary that occurs in none of the parts (checked, not hoped for).
    let mut parts: Vec<(String, Option<(String, String)>, Vec<u8>)> = Vec::new();
    for (name, value) in body {
        match value {
            Value::Null => {}
            Value::String(s) => match parse_file_data_url(s) {
                Some((media, file, bytes)) => parts.push((name.clone(), Some((file, media)), bytes)),
                None => parts.push((name.clone(), None, s.clone().into_bytes())),
            },
            other => parts.push((name.clone(), None, other.to_string().into_bytes())),
        }
    }
    let mut seed = 0u64;
    let boundary = loop {
        let candidate = format!("----opsdeck-boundary-{seed}");
        if !parts.iter().any(|(_, _, b)| b.windows(candidate.len()).any(|w| w == candidate.as_bytes())) {
            break candidate;
        }
        seed += 1;
    };
    let mut out = Vec::new();
    for (name, file, bytes) in parts {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        match file {
            Some((file_name, media)) => out.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: {media}\r\n\r\n").as_bytes(),
            ),
            None => out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
        }
        out.extend_from_slice(&bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (out, format!("multipart/form-data; boundary={boundary}"))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in text.bytes().filter(|c| !c.is_ascii_whitespace()) {
        if c == b'=' {
            break;
        }
        let v = ALPHABET.iter().position(|a| *a == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn base64_round_trips() {
        for data in [&b""[..], b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", &[0, 255, 128, 7, 9]] {
            assert_eq!(base64_decode(&base64_encode(data)).unwrap(), data);
        }
        assert_eq!(base64_encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64_encode(b"fo"), "Zm8=");
    }

    #[test]
    fn files_become_file_parts_and_the_rest_text_parts() {
        let zip = [0x50u8, 0x4b, 3, 4, 0, 0xff];
        let body = json!({"upload_file": file_data_url("application/zip", "configs.zip", &zip), "repetition_policy": "skip"});
        let (bytes, ct) = encode(body.as_object().unwrap());
        let boundary = ct.strip_prefix("multipart/form-data; boundary=").unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("Content-Disposition: form-data; name=\"upload_file\"; filename=\"configs.zip\"\r\nContent-Type: application/zip\r\n\r\n"));
        assert!(text.contains("name=\"repetition_policy\"\r\n\r\nskip\r\n"));
        assert!(bytes.windows(zip.len()).any(|w| w == zip), "the file's bytes, unchanged");
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }
}
