//! AK/SK signing (`SDK-HMAC-SHA256`): the reference vector from SIGNING.md, computed with
//! Huawei's official SDK, and the edge cases the algorithm's steps define.

use opsdeck_api::sign::{self, canonical_query, canonical_uri, sdk_date};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

#[test]
fn reference_vector_from_the_official_sdk() {
    let mut headers = pairs(&[
        ("Content-Type", "application/json"),
        ("X-Project-Id", "0123456789abcdef0123456789abcdef"),
        ("User-Agent", "huaweicloud-usdk-python/3.0"),
        ("X-Sdk-Date", "20240102T030405Z"),
    ]);
    // Unsorted input, a space and a UTF-8 value, as in the vector.
    let query = pairs(&[("offset", "0"), ("limit", "10"), ("name", "my env/测试"), ("order_by", "create_time")]);
    let sig = sign::sign(
        "HPUAEXAMPLEAK0000001",
        "exampleSecretKey0123456789abcdefEXAMPLE0",
        "GET",
        "servicestage.cn-north-4.myhuaweicloud.com",
        "/v3/0123456789abcdef0123456789abcdef/cas/environments",
        &query,
        &mut headers,
        b"",
    );
    assert_eq!(
        sig.canonical_request,
        "GET\n/v3/0123456789abcdef0123456789abcdef/cas/environments/\nlimit=10&name=my%20env%2F%E6%B5%8B%E8%AF%95&offset=0&order_by=create_time\ncontent-type:application/json\nhost:servicestage.cn-north-4.myhuaweicloud.com\nuser-agent:huaweicloud-usdk-python/3.0\nx-project-id:0123456789abcdef0123456789abcdef\nx-sdk-date:20240102T030405Z\n\ncontent-type;host;user-agent;x-project-id;x-sdk-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        sig.string_to_sign,
        "SDK-HMAC-SHA256\n20240102T030405Z\nf001073d3df25184647bc63d8b121e24c539bea283227b760cd42faacdfbe0bc"
    );
    assert_eq!(sig.signed_headers, "content-type;host;user-agent;x-project-id;x-sdk-date");
    assert_eq!(sig.signature, "d367390ca5cccd239463e5ae2969c4299d4f683293518d934451525577da6e52");
    assert_eq!(
        sig.authorization,
        "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000001, SignedHeaders=content-type;host;user-agent;x-project-id;x-sdk-date, Signature=d367390ca5cccd239463e5ae2969c4299d4f683293518d934451525577da6e52"
    );
    // The signer added Host and Authorization, nothing else.
    assert_eq!(headers.iter().filter(|(k, _)| k == "Host").count(), 1);
    assert_eq!(headers.last().unwrap().0, "Authorization");
    // The request is sent with exactly the canonical query string.
    assert_eq!(canonical_query(&query), "limit=10&name=my%20env%2F%E6%B5%8B%E8%AF%95&offset=0&order_by=create_time");
}

#[test]
fn json_body_is_hashed() {
    let body = br#"{"name":"env-test"}"#;
    let mut headers = pairs(&[("Content-Type", "application/json;charset=utf8"), ("X-Sdk-Date", "20240102T030405Z")]);
    let sig = sign::sign("AK", "SK", "POST", "h.example", "/v3/p/cas/environments", &[], &mut headers, body);
    let hash = sig.canonical_request.rsplit('\n').next().unwrap();
    // sha256 of the body bytes (computed independently with Python's hashlib).
    assert_eq!(hash, "675bbcca218d640a8bc80ef6eb4ff0f4df943cce1618c8ab6012ff28c3a7f5a2");
    assert!(!headers.iter().any(|(k, _)| k == "X-Sdk-Content-Sha256"), "JSON bodies are signed, not marked unsigned");
}

#[test]
fn multipart_body_is_unsigned_payload() {
    let mut headers = pairs(&[("Content-Type", "multipart/form-data; boundary=x"), ("X-Sdk-Date", "20240102T030405Z")]);
    let sig = sign::sign("AK", "SK", "POST", "h.example", "/v3/p/cas/configs/import", &[], &mut headers, b"--x\r\n...");
    assert!(sig.canonical_request.ends_with("\nUNSIGNED-PAYLOAD"));
    assert!(sig.signed_headers.contains("x-sdk-content-sha256"));
    assert!(headers.iter().any(|(k, v)| k == "X-Sdk-Content-Sha256" && v == "UNSIGNED-PAYLOAD"));
}

#[test]
fn temporary_credentials_sign_the_security_token() {
    let mut headers = pairs(&[
        ("Content-Type", "application/json"),
        ("X-Security-Token", "temporary-token"),
        ("X-Sdk-Date", "20240102T030405Z"),
    ]);
    let sig = sign::sign("AK", "SK", "GET", "h.example", "/v3/p/cas/environments", &[], &mut headers, b"");
    assert_eq!(sig.signed_headers, "content-type;host;x-sdk-date;x-security-token");
    assert!(sig.canonical_request.contains("\nx-security-token:temporary-token\n"));
}

#[test]
fn headers_with_underscores_are_not_signed() {
    let mut headers = pairs(&[("Content-Type", "application/json"), ("X_Custom", "1"), ("X-Sdk-Date", "20240102T030405Z")]);
    let sig = sign::sign("AK", "SK", "GET", "h.example", "/a", &[], &mut headers, b"");
    assert_eq!(sig.signed_headers, "content-type;host;x-sdk-date");
    assert!(!sig.canonical_request.contains("x_custom"));
}

#[test]
fn list_and_boolean_query_values() {
    let q = pairs(&[("tag", "b"), ("flag", "true"), ("tag", "a"), ("a b", "c d")]);
    assert_eq!(canonical_query(&q), "a%20b=c%20d&flag=true&tag=a&tag=b");
}

#[test]
fn query_pairs_sort_on_their_raw_text_before_encoding() {
    // 'é' (U+00E9) sorts after 'z'; encoded, "%C3%A9" would sort before "z".
    let q = pairs(&[("name", "é"), ("name", "z")]);
    assert_eq!(canonical_query(&q), "name=z&name=%C3%A9");
    // Keys likewise: "é" after "z" whatever their encodings.
    assert_eq!(canonical_query(&pairs(&[("é", "1"), ("z", "2")])), "z=2&%C3%A9=1");
}

#[test]
fn built_request_signs_list_and_boolean_parameters_and_sends_the_signed_query() {
    use opsdeck_api::request::{build, Credentials, Target};
    let op = opsdeck_api::catalog::operation("ims.image.list").unwrap();
    let params = serde_json::json!({"name": ["z", "é"], "__whole_image": true, "limit": 5});
    let target = Target {
        endpoint: "https://ims.cn-north-4.myhuaweicloud.com".into(),
        credentials: Credentials::AkSk { ak: "AK".into(), sk: "SK".into(), security_token: None },
        project_id: Some("p1".into()),
        now: 1_704_164_645,
        ..Target::default()
    };
    let req = build(op, params.as_object().unwrap(), None, &target).unwrap();
    assert_eq!(req.url, "https://ims.cn-north-4.myhuaweicloud.com/v2/cloudimages?__whole_image=true&limit=5&name=z&name=%C3%A9");
    // Signature computed independently with Python (hashlib/hmac, urllib's quote and
    // unquote) following the official SDK core's steps.
    assert!(
        req.header("Authorization").unwrap().ends_with("Signature=5074c13e32631ad469b471c055983e1fce299cbbb55134c4c445fec30bfb05a4"),
        "{req:?}"
    );
}

#[test]
fn canonical_uri_rules() {
    // The whole path is decoded before it is split: an encoded '/' inside a segment signs as
    // a separator (SIGNING.md step 4). A trailing '/' is added once.
    assert_eq!(canonical_uri("/v1/files/a%2Fb"), "/v1/files/a/b/");
    assert_eq!(canonical_uri("/v1/files/"), "/v1/files/");
    assert_eq!(canonical_uri("/v1/files/a%2Fb%2F"), "/v1/files/a/b/");
    assert_eq!(canonical_uri("/v1/测试 x"), "/v1/%E6%B5%8B%E8%AF%95%20x/");
    assert_eq!(canonical_uri("/v1/%E6%B5%8B%E8%AF%95%20x"), "/v1/%E6%B5%8B%E8%AF%95%20x/");
    assert_eq!(canonical_uri("/v1/a~b_c.d-e"), "/v1/a~b_c.d-e/");
}

#[test]
fn an_encoded_slash_in_a_git_file_path_signs_as_two_segments() {
    let mut headers = pairs(&[("Content-Type", "application/json"), ("X-Sdk-Date", "20240102T030405Z")]);
    let query = pairs(&[("ref", "main")]);
    let sig = sign::sign("AK", "SK", "GET", "h.example", "/v3/p1/git/files/ns/src%2Fmain.rs", &query, &mut headers, b"");
    assert!(sig.canonical_request.starts_with("GET\n/v3/p1/git/files/ns/src/main.rs/\nref=main\n"), "{}", sig.canonical_request);
    // Computed independently (Python, the SDK core's unquote-then-split).
    assert_eq!(sig.signature, "eb8cd2e77667bc124f39faab9954911a0d7782c70e99b0750e143aed3883b869");
}

#[test]
fn a_path_that_already_ends_with_a_slash_signs_like_the_same_path_without() {
    let sign_path = |path: &str| {
        let mut h = pairs(&[("Content-Type", "application/json"), ("X-Sdk-Date", "20240102T030405Z")]);
        sign::sign("AK", "SK", "GET", "h.example", path, &[], &mut h, b"").canonical_request
    };
    assert_eq!(sign_path("/v3/p/cas/environments/"), sign_path("/v3/p/cas/environments"));
    assert!(sign_path("/v3/p/cas/environments/").contains("\n/v3/p/cas/environments/\n"));
}

#[test]
fn an_empty_body_hashes_as_empty_whatever_the_content_type() {
    let mut headers = pairs(&[("Content-Type", "multipart/form-data; boundary=x"), ("X-Sdk-Date", "20240102T030405Z")]);
    let sig = sign::sign("AK", "SK", "POST", "h.example", "/v3/p/cas/configs/import", &[], &mut headers, b"");
    assert!(sig.canonical_request.ends_with("\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    assert!(!headers.iter().any(|(k, _)| k == "X-Sdk-Content-Sha256"));
    assert_eq!(sig.signature, "0760133397d084fc445c5c719bbbd2a261d86399bb9fbd8ba543094e9c75ada6");
    for ct in ["application/json", "application/json;charset=UTF-8", "text/plain"] {
        let mut headers = pairs(&[("Content-Type", ct), ("X-Sdk-Date", "20240102T030405Z")]);
        let sig = sign::sign("AK", "SK", "GET", "h.example", "/a", &[], &mut headers, b"");
        assert!(sig.canonical_request.ends_with("\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), "{ct}");
    }
}

#[test]
fn signing_dates() {
    assert_eq!(sdk_date(0), "19700101T000000Z");
    // 2024-01-02T03:04:05Z, the vector's date.
    assert_eq!(sdk_date(1_704_164_645), "20240102T030405Z");
    // A leap day.
    assert_eq!(sdk_date(1_709_164_800), "20240229T000000Z");
}

#[test]
fn signature_changes_with_every_signed_input() {
    let base = |method: &str, path: &str, body: &[u8], sk: &str| {
        let mut h = pairs(&[("Content-Type", "application/json"), ("X-Sdk-Date", "20240102T030405Z")]);
        sign::sign("AK", sk, method, "h.example", path, &[], &mut h, body).signature
    };
    let s = base("GET", "/a", b"", "SK");
    assert_ne!(s, base("PUT", "/a", b"", "SK"));
    assert_ne!(s, base("GET", "/b", b"", "SK"));
    assert_ne!(s, base("GET", "/a", b"x", "SK"));
    assert_ne!(s, base("GET", "/a", b"", "SK2"));
    assert_eq!(s, base("GET", "/a", b"", "SK"));
}

/// A target's own signer signs its requests (the console passes the one it loaded); the
/// built-in one is the default.
#[test]
fn a_target_signs_with_its_own_signer_when_it_has_one() {
    use opsdeck_api::request::{build, Credentials, Target};
    fn marked(ak: &str, sk: &str, method: &str, host: &str, path: &str, query: &[(String, String)], headers: &mut Vec<(String, String)>, body: &[u8]) -> sign::Signature {
        let mut sig = sign::sign(ak, sk, method, host, path, query, headers, body);
        sig.authorization = "marked".into();
        headers.retain(|(k, _)| k != "Authorization");
        headers.push(("Authorization".into(), sig.authorization.clone()));
        sig
    }
    let decl = opsdeck_api::catalog::operation("servicestage.environment.list").unwrap();
    let credentials = Credentials::AkSk { ak: "AK".into(), sk: "SK".into(), security_token: None };
    let mut target = Target { endpoint: "https://h.example".into(), credentials, project_id: Some("p".into()), now: 1_704_164_645, ..Target::default() };
    let params: serde_json::Map<String, serde_json::Value> = serde_json::from_str(r#"{"project_id": "p"}"#).unwrap();
    let authorization = |target: &Target| {
        let req = build(decl, &params, None, target).unwrap();
        req.headers.iter().find(|(k, _)| k == "Authorization").map(|(_, v)| v.clone()).unwrap()
    };
    assert!(authorization(&target).starts_with("SDK-HMAC-SHA256 Access=AK, "));
    target.signer = Some(marked);
    assert_eq!(authorization(&target), "marked");
}
