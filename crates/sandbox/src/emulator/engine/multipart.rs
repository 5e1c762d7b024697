//! A small `multipart/form-data` reader (RFC 7578) for the upload operations: the parts of a
//! body held in memory, each with its form name, file name and bytes.

/// One part of a form.
#[derive(Debug)]
pub struct Part<'a> {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: &'a [u8],
}

impl Part<'_> {
    /// The part as text (form fields).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(self.data).trim().to_string()
    }
}

/// The `boundary` parameter of a `multipart/form-data` content type.
pub fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("boundary").then(|| v.trim().trim_matches('"').to_string())
    })
    .filter(|b| !b.is_empty() && b.len() <= 70)
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || from > haystack.len() {
        return None;
    }
    haystack[from..].windows(needle.len()).position(|w| w == needle).map(|i| i + from)
}

/// A parameter of a header value: `name="upload_file"` in `form-data; name="upload_file"`.
fn header_param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case(name).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// Splits a form body into its parts.
pub fn parse<'a>(content_type: &str, body: &'a [u8]) -> Result<Vec<Part<'a>>, String> {
    let boundary = boundary(content_type).ok_or("the request is not multipart/form-data with a boundary")?;
    let delimiter = format!("--{boundary}").into_bytes();
    let mut at = find(body, &delimiter, 0).ok_or("the form has no part")? + delimiter.len();
    let mut parts = Vec::new();
    loop {
        if body[at..].starts_with(b"--") {
            return Ok(parts);
        }
        // The rest of the delimiter line (transport padding, then CRLF).
        let line_end = find(body, b"\r\n", at).ok_or("a form part is cut short")?;
        let headers_end = find(body, b"\r\n\r\n", line_end).ok_or("a form part has no end of headers")?;
        let headers = String::from_utf8_lossy(&body[line_end + 2..headers_end]).to_string();
        let data_start = headers_end + 4;
        let mut next = delimiter.clone();
        next.splice(0..0, *b"\r\n");
        let data_end = find(body, &next, data_start).ok_or("the form is not closed by its boundary")?;
        let mut part = Part { name: String::new(), filename: None, content_type: None, data: &body[data_start..data_end] };
        for line in headers.split("\r\n") {
            let Some((name, value)) = line.split_once(':') else { continue };
            if name.trim().eq_ignore_ascii_case("content-disposition") {
                part.name = header_param(value, "name").unwrap_or_default();
                part.filename = header_param(value, "filename");
            } else if name.trim().eq_ignore_ascii_case("content-type") {
                part.content_type = Some(value.trim().to_string());
            }
        }
        parts.push(part);
        at = data_end + next.len();
        if at > body.len() {
            return Err("the form is cut short".into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fields_and_files() {
        let body = b"preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"repetition_policy\"\r\n\r\nskip\r\n--XyZ\r\nContent-Disposition: form-data; name=\"upload_file\"; filename=\"c.zip\"\r\nContent-Type: application/zip\r\n\r\nPK\x03\x04\r\n--\r\n--XyZ--\r\n";
        let parts = parse("multipart/form-data; boundary=\"XyZ\"", body).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!((parts[0].name.as_str(), parts[0].text().as_str()), ("repetition_policy", "skip"));
        assert_eq!(parts[1].filename.as_deref(), Some("c.zip"));
        assert_eq!(parts[1].data, b"PK\x03\x04\r\n--");
        assert_eq!(parts[1].content_type.as_deref(), Some("application/zip"));
    }

    #[test]
    fn rejects_what_is_not_a_form() {
        assert!(parse("application/json", b"{}").is_err());
        assert!(parse("multipart/form-data; boundary=b", b"no parts here").is_err());
        assert!(parse("multipart/form-data; boundary=b", b"--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nunterminated").is_err());
    }
}
