//! The Git repository operations (chapter 5) as built: the `project` and `path` segments
//! rewritten per operation before percent-encoding, the authorization header, file content
//! and SHA, delete's query, masked secrets, and AK/SK signing of a path with an encoded `/`.

use opsdeck_api::operation::Operation;
use opsdeck_api::request::{build_typed, Credentials, Target};
use opsdeck_api::servicestage::git::*;
use serde_json::Value;

const P: &str = "0123456789abcdef0123456789abcdef";

fn target() -> Target {
    Target { endpoint: "https://servicestage.cn-north-4.myhuaweicloud.com".into(), credentials: Credentials::Token("tok".into()), ..Target::default() }
}

fn file_params(project: &str, path: &str) -> FileUpdateParams {
    FileUpdateParams {
        project_id: P.into(),
        repo_auth: "my-github".into(),
        namespace: "tom-repo".into(),
        project: project.into(),
        path: path.into(),
        git_ref: "main".into(),
    }
}

#[test]
fn project_and_path_are_sent_with_colons_as_the_sdk_writes_them() {
    // 5.22: `/` → `:` for both, then one percent-encoding (`:` → `%3A`).
    let body = FileUpdate { message: "m".into(), content: "eA==".into(), sha: "abc".into() };
    let req = build_typed::<UpdateFileOp>(&file_params("tom-repo/spring-demo", "src/main/App.java"), Some(&body), &target()).unwrap();
    assert_eq!(req.method, "PUT");
    assert_eq!(req.path_and_query(), format!("/v1/{P}/git/files/tom-repo/tom-repo%3Aspring-demo/src%3Amain%3AApp.java?ref=main"));
    assert_eq!(req.header("X-Repo-Auth"), Some("my-github"));

    // 5.20: `/` → `:` for both (the document writes `.` here; the SDK and the current API
    // reference `:`).
    let read = FileReadParams {
        project_id: P.into(),
        repo_auth: "my-github".into(),
        namespace: "tom-repo".into(),
        project: "tom-repo/spring-demo".into(),
        path: "app/models/key.rb".into(),
        git_ref: "v1.0".into(),
    };
    let req = build_typed::<GetFileOp>(&read, None, &target()).unwrap();
    assert_eq!(req.path_and_query(), format!("/v1/{P}/git/files/tom-repo/tom-repo%3Aspring-demo/app%3Amodels%3Akey.rb?ref=v1.0"));
    assert!(req.body.is_none());

    // 5.11 and 5.12 address one project alike (the document writes `.` in 5.12).
    let p = ProjectParams { project_id: P.into(), repo_auth: "a".into(), namespace: "ns".into(), project: "g/app".into() };
    let branches = build_typed::<ListBranchesOp>(&p, None, &target()).unwrap();
    assert!(branches.url.ends_with("/git/repos/ns/g%3Aapp/branches"), "{}", branches.url);
    let tags = build_typed::<ListTagsOp>(&p, None, &target()).unwrap();
    assert!(tags.url.ends_with("/git/repos/ns/g%3Aapp/tags"), "{}", tags.url);
    // Every project and path parameter of the chapter has the one rule.
    for decl in opsdeck_api::catalog::operations().filter(|d| d.doc_ref.starts_with("servicestage:5.")) {
        for name in ["project", "path"] {
            if let Some(f) = decl.params_schema().field(name) {
                assert_eq!(f.rules.slash_as, Some(":"), "{} {name}", decl.doc_ref);
            }
        }
    }

    // The namespace has no rule: a `/` in it stays one segment, encoded.
    let p = ProjectParams { project_id: P.into(), repo_auth: "a".into(), namespace: "group/sub".into(), project: "42".into() };
    let hooks = build_typed::<ListHooksOp>(&p, None, &target()).unwrap();
    assert!(hooks.url.ends_with("/git/repos/group%2Fsub/42/hooks"), "{}", hooks.url);
}

#[test]
fn values_are_encoded_once() {
    // A `%` in a value is text, not an escape; an existing `:` is kept and encoded.
    let body = FileUpdate { message: "m".into(), content: "eA==".into(), sha: "abc".into() };
    let req = build_typed::<UpdateFileOp>(&file_params("a%2Fb", "docs/50%.md"), Some(&body), &target()).unwrap();
    assert!(req.url.contains("/a%252Fb/docs%3A50%25.md?"), "{}", req.url);
    let req = build_typed::<UpdateFileOp>(&file_params("x:y/z", "ü/a b"), Some(&body), &target()).unwrap();
    assert!(req.url.contains("/x%3Ay%3Az/%C3%BC%3Aa%20b?"), "{}", req.url);
    // And the receiving side recognises the rewritten forms (the sandbox compares this way).
    assert!(opsdeck_api::url::slash_form_matches("ü/a b", &opsdeck_api::url::decode("%C3%BC%3Aa%20b"), ":"));
}

#[test]
fn delete_sends_message_and_sha_in_the_query_and_no_body() {
    let params = FileDeleteParams {
        project_id: P.into(),
        repo_auth: "my-github".into(),
        namespace: "tom-repo".into(),
        project: "tom-repo/spring-demo".into(),
        path: "README.md".into(),
        git_ref: "main".into(),
        message: "remove the readme".into(),
        sha: "4c2946".into(),
    };
    let req = build_typed::<DeleteFileOp>(&params, None, &target()).unwrap();
    assert_eq!(req.method, "DELETE");
    assert!(req.body.is_none());
    assert!(req.url.ends_with("/tom-repo%3Aspring-demo/README.md?message=remove%20the%20readme&ref=main&sha=4c2946"), "{}", req.url);
}

#[test]
fn only_the_commit_list_may_leave_out_the_ref() {
    // 5.15: without `ref` the service lists the default branch (table 5-57).
    let p = CommitParams { project_id: P.into(), repo_auth: "a".into(), namespace: "ns".into(), project: "g/app".into(), git_ref: None };
    let req = build_typed::<ListCommitsOp>(&p, None, &target()).unwrap();
    assert!(req.url.ends_with("/git/repos/ns/g%3Aapp/commits"), "{}", req.url);
    assert!(!ListCommitsOp::DECL.params_schema().field("ref").unwrap().required);
    let req = build_typed::<ListCommitsOp>(&CommitParams { git_ref: Some("v1.0".into()), ..p }, None, &target()).unwrap();
    assert!(req.url.ends_with("/commits?ref=v1.0"), "{}", req.url);
    // 5.13 and 5.19–5.23 require it.
    for decl in [CreateTagOp::DECL, ListFilesOp::DECL, GetFileOp::DECL, CreateFileOp::DECL, UpdateFileOp::DECL, DeleteFileOp::DECL] {
        assert!(decl.params_schema().field("ref").unwrap().required, "{}", decl.id);
    }
}

#[test]
fn the_authorization_header_is_required_and_not_masked() {
    let p = RepoAuthParams { project_id: P.into(), repo_auth: String::new() };
    assert!(build_typed::<ListNamespacesOp>(&p, None, &target()).is_err());
    let p = RepoAuthParams { project_id: P.into(), repo_auth: "my-github".into() };
    let req = build_typed::<ListNamespacesOp>(&p, None, &target()).unwrap();
    // It names an authorization; it is no credential.
    assert!(req.to_http_text().contains("X-Repo-Auth: my-github"));
    assert!(req.to_http_text().contains("X-Auth-Token: ****"));
}

#[test]
fn file_content_decodes_from_base64_or_text_and_the_sha_is_carried_into_the_update() {
    let read: FileContent = serde_json::from_value(serde_json::json!({
        "path": "src/main.rs", "sha": "4c29", "encoding": "base64", "content": "Zm4gbWFpbigpIHt9\nCg=="
    }))
    .unwrap();
    assert_eq!(read.text().unwrap(), "fn main() {}\n");
    let plain = FileContent { encoding: Some("text/plain".into()), content: Some("a=1".into()), ..FileContent::default() };
    assert_eq!(plain.text().unwrap(), "a=1");
    let broken = FileContent { encoding: Some("base64".into()), content: Some("not*base64".into()), ..FileContent::default() };
    assert!(broken.text().is_none());

    let update = read.update("say hello", "fn main() { println!(\"hi\"); }\n");
    assert_eq!(update.sha, "4c29");
    assert_eq!(update.content, "Zm4gbWFpbigpIHsgcHJpbnRsbiEoImhpIik7IH0K");
    let create = FileCreate::from_text("add", "ü");
    assert_eq!(create.content, "w7w=");
}

#[test]
fn oauth_code_and_state_come_from_the_address_sent_back() {
    // 5.3's note, with its example URL (encoded as the browser shows it).
    let url = "https://console.huaweicloud.com/servicestage/oauth?repo_type=github&code=04bed2df009f3fc9c&state=%242a%2410%24.uQYThj5yKFs51w9s9ajeuQ0NSGshPH7IUfXoZLPlz7J%2FoAJ8B";
    let body = OAuthCreate::from_redirect("auth1", url).unwrap();
    assert_eq!(body.code, "04bed2df009f3fc9c");
    assert_eq!(body.state, "$2a$10$.uQYThj5yKFs51w9s9ajeuQ0NSGshPH7IUfXoZLPlz7J/oAJ8B");
    assert!(OAuthCreate::from_redirect("a", "https://console.huaweicloud.com/servicestage/oauth?repo_type=github&code=x").is_none());
}

#[test]
fn secrets_of_every_authorization_kind_and_of_hooks_are_masked_in_previews() {
    let oauth = OAuthParams { project_id: P.into(), repo_type: RepoType::Github, tag: None };
    let body = OAuthCreate { name: "auth1".into(), code: "code-XYZ".into(), state: "state-XYZ".into() };
    let req = build_typed::<CreateOAuthOp>(&oauth, Some(&body), &target()).unwrap();
    let personal = PersonalParams { project_id: P.into(), repo_type: TokenRepoType::Gitlab };
    let token = PersonalCreate { name: "t".into(), token: "glpat-SECRET".into(), host: None };
    let req2 = build_typed::<CreatePersonalOp>(&personal, Some(&token), &target()).unwrap();
    let pw = PasswordParams { project_id: P.into(), repo_type: PasswordRepoType::Bitbucket };
    let password = PasswordCreate { name: "p".into(), user: "u".into(), password: "pw-SECRET".into() };
    let req3 = build_typed::<CreatePasswordOp>(&pw, Some(&password), &target()).unwrap();
    let hook = HookCreate { secret: "hook-SECRET".into(), url: "https://example.com/hook".into() };
    let p = ProjectParams { project_id: P.into(), repo_auth: "a".into(), namespace: "n".into(), project: "1".into() };
    let req4 = build_typed::<CreateHookOp>(&p, Some(&hook), &target()).unwrap();
    for r in [&req, &req2, &req3, &req4] {
        // What is sent carries the secret; what is shown does not.
        let sent = r.body_text().unwrap();
        assert!(sent.contains("SECRET") || sent.contains("XYZ"), "{sent}");
        for shown in [r.to_http_text(), r.to_curl(""), format!("{r:?}")] {
            assert!(!shown.contains("SECRET") && !shown.contains("XYZ"), "{shown}");
        }
    }
    assert!(req.to_http_text().contains("\"name\": \"auth1\""));
    assert!(req4.to_http_text().contains("https://example.com/hook"));
}

#[test]
fn the_avatar_is_read_in_both_spellings_and_written_as_the_sdk_spells_it() {
    for key in ["avatar", "avartar"] {
        let a: Authorization = serde_json::from_value(serde_json::json!({"name": "x", key: "https://a/1.png", "status": 1})).unwrap();
        assert_eq!(a.avatar.as_deref(), Some("https://a/1.png"));
        assert!(!a.is_valid());
        let back = serde_json::to_value(&a).unwrap();
        assert_eq!(back["avartar"], Value::from("https://a/1.png"));
        assert!(back.get("avatar").is_none());
    }
}

#[test]
fn a_signed_git_file_request_signs_the_decoded_path_split_on_every_slash() {
    // SIGNING.md step 4: the whole path is percent-decoded, then split on `/`. The namespace
    // `group/sub` is sent as one segment `group%2Fsub` but signs as two; the rewritten `:` of
    // project and path is encoded as `%3A` in both.
    let params = FileUpdateParams {
        project_id: P.into(),
        repo_auth: "my-gitlab".into(),
        namespace: "group/sub".into(),
        project: "group/sub/app".into(),
        path: "src/main.rs".into(),
        git_ref: "main".into(),
    };
    let body = FileUpdate { message: "edit".into(), content: "Zm4gbWFpbigpIHt9".into(), sha: "4c29".into() };
    let t = Target {
        endpoint: "https://servicestage.cn-north-4.myhuaweicloud.com".into(),
        credentials: Credentials::AkSk { ak: "HPUAEXAMPLEAK0000001".into(), sk: "exampleSecretKey0123456789abcdefEXAMPLE0".into(), security_token: None },
        project_id: Some(P.into()),
        now: 1_704_164_645, // 2024-01-02T03:04:05Z
        ..Target::default()
    };
    let req = build_typed::<UpdateFileOp>(&params, Some(&body), &t).unwrap();
    assert_eq!(req.path_and_query(), format!("/v1/{P}/git/files/group%2Fsub/group%3Asub%3Aapp/src%3Amain.rs?ref=main"));
    assert_eq!(req.body_text().unwrap(), r#"{"content":"Zm4gbWFpbigpIHt9","message":"edit","sha":"4c29"}"#);
    let auth = req.header("Authorization").unwrap();
    assert!(auth.contains("SignedHeaders=content-type;host;x-project-id;x-repo-auth;x-sdk-date"), "{auth}");
    // The canonical URI is `/v1/<project>/git/files/group/sub/group%3Asub%3Aapp/src%3Amain.rs/`.
    // Computed independently with Python (hashlib, hmac, urllib.parse unquote then quote of
    // each segment with safe='-_.~'), following the official SDK core's steps.
    assert!(auth.ends_with("Signature=77ce181bed4b5912256bd69463233c65a642fff1553eb75c40fada150daf5f57"), "{auth}");
}
