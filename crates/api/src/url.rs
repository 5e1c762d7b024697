//! URL text, in one place for the request builder, the signer, the sandbox and the console:
//! percent-encoding, query strings and path templates.
//!
//! Templates are the declarations' (`/v3/{project_id}/cas/environments/{environment_id}`);
//! the console's routes use `:name` for the same thing, so matching takes the placeholder
//! syntax as a parameter.

/// Percent-encodes everything but `A-Z a-z 0-9 - _ . ~` (RFC 3986 unreserved), as the
/// canonical request of AK/SK signing requires; used for URLs too, so what is sent is what was
/// signed.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

/// Decodes `%XX` escapes; invalid escapes are kept as they are, and bytes that do not form
/// UTF-8 become U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The pairs of a query string (without its `?`), decoded, in order; `+` is a space, as HTML
/// forms and most clients write it. A key without `=` has an empty value.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
        })
        .collect()
}

/// A query string (without `?`) from pairs, each side percent-encoded.
pub fn query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode(k));
        out.push('=');
        out.push_str(&encode(v));
    }
    out
}

/// A path parameter's value with every `/` written as `sep`, as some services want a value
/// that may hold `/` (a Git project `group/app`, a file `src/main.rs`) to travel in one
/// segment. Percent-encoding comes after, once, in the request builder.
pub fn rewrite_slashes(value: &str, sep: &str) -> String {
    value.replace('/', sep)
}

/// Whether a received (decoded) path segment names `original` under the rule `sep`: the
/// rewritten form, or the value itself when it has no `/`. The rule cannot be undone in
/// general (`.` also occurs in file names: `app.models.key.rb`), so a server compares its own
/// values in their rewritten form instead of reversing what it received.
pub fn slash_form_matches(original: &str, received: &str, sep: &str) -> bool {
    rewrite_slashes(original, sep) == received || (!original.contains('/') && original == received)
}

/// How a template marks a placeholder segment: returns the parameter's name.
pub type Placeholder = fn(&str) -> Option<&str>;

/// `{name}`, as the operation declarations write path parameters.
pub fn braces(segment: &str) -> Option<&str> {
    segment.strip_prefix('{')?.strip_suffix('}')
}

/// `:name`, as the console's routes write them.
pub fn colon(segment: &str) -> Option<&str> {
    segment.strip_prefix(':')
}

/// Matches a path against a template segment by segment, returning each placeholder's name
/// with its percent-decoded value (in template order), or `None`. Empty segments (a doubled or
/// trailing `/`) are ignored on both sides; a placeholder never matches an empty segment.
/// Each segment is decoded on its own, so an encoded `/` stays inside its value.
pub fn match_template<'t>(template: &'t str, path: &str, placeholder: Placeholder) -> Option<Vec<(&'t str, String)>> {
    let mut want = template.split('/').filter(|s| !s.is_empty());
    let mut have = path.split('/').filter(|s| !s.is_empty());
    let mut params = Vec::new();
    loop {
        match (want.next(), have.next()) {
            (None, None) => return Some(params),
            (Some(w), Some(h)) => match placeholder(w) {
                Some(name) => params.push((name, decode(h))),
                None if w == h => {}
                None => return None,
            },
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_keeps_only_unreserved_characters() {
        assert_eq!(encode("a b/c~d.e_f-g"), "a%20b%2Fc~d.e_f-g");
        assert_eq!(encode("配置"), "%E9%85%8D%E7%BD%AE");
        assert_eq!(decode(&encode("a/b c%d?配置")), "a/b c%d?配置");
    }

    #[test]
    fn decode_keeps_invalid_escapes() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%41%4a"), "AJ");
        assert_eq!(decode("%ff"), "\u{fffd}");
    }

    #[test]
    fn queries_decode_plus_as_space_and_keep_order() {
        let pairs = parse_query("?b=2&a=x+y&a=%2B&flag&&");
        let want: Vec<(String, String)> = [("b", "2"), ("a", "x y"), ("a", "+"), ("flag", "")]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        assert_eq!(pairs, want);
        assert_eq!(query_string([("name", "a b"), ("x", "&")]), "name=a%20b&x=%26");
    }

    #[test]
    fn slashes_are_rewritten_and_recognised_in_both_forms() {
        assert_eq!(rewrite_slashes("zmg/sub/app", ":"), "zmg:sub:app");
        assert_eq!(rewrite_slashes("app/models/key.rb", "."), "app.models.key.rb");
        assert!(slash_form_matches("src/main.rs", "src:main.rs", ":"));
        assert!(slash_form_matches("app/models/key.rb", "app.models.key.rb", "."));
        assert!(slash_form_matches("README.md", "README.md", "."));
        assert!(!slash_form_matches("src/main.rs", "src/main.rs", ":"));
        assert!(!slash_form_matches("src/main.rs", "src.main.rs", ":"));
        assert!(!slash_form_matches("src/a.rs", "src:b.rs", ":"));
    }

    #[test]
    fn templates_match_segment_by_segment() {
        let t = "/v3/{project_id}/git/files/{namespace}/{project}";
        let got = match_template(t, "/v3/p1/git/files/ns/a%2Fb/", braces).unwrap();
        assert_eq!(got, vec![("project_id", "p1".to_string()), ("namespace", "ns".to_string()), ("project", "a/b".to_string())]);
        assert!(match_template(t, "/v3/p1/git/files/ns", braces).is_none());
        assert!(match_template(t, "/v3/p1/git/other/ns/x", braces).is_none());
        assert_eq!(match_template("/:service/:key", "/ims/images", colon).unwrap().len(), 2);
        assert!(match_template("/a/{x}", "/a/", braces).is_none());
    }
}
