//! Git repository access (chapter 5) against the sandbox served over HTTP on the loopback
//! interface. Requests are made by the console's own builder (`opsdeck_api::request`) from
//! the typed parameters and bodies, so the `X-Repo-Auth` header, the `project`/`path`
//! separators of each operation and the base64 file content go over the wire as the console
//! sends them; answers are decoded with the typed models. Every test works in a fresh project
//! (its own demo data).
//!
//! The demo data: authorizations `github-oauth` (OAuth), `gitlab-token` (personal token),
//! `bitbucket-pass` (password) and `github-expired` (status 1); GitHub namespaces `tom-repo`
//! (projects `spring-demo`, `node-web`) and `opsdeck-demo` (`gateway`), GitLab `zmg`
//! (projects 79 and 80), BitBucket `bucket-ljn` (`infra`).

use std::net::SocketAddr;
use std::time::{SystemTime, UNIX_EPOCH};

use opsdeck_api::operation::Operation;
use opsdeck_api::request::{build_typed, Credentials, HttpRequest, Target};
use opsdeck_api::servicestage::common::ProjectPath;
use opsdeck_api::servicestage::git::*;
use opsdeck_sandbox::server::{serve, ServerLimits};
use opsdeck_sandbox::{app, AppConfig};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

const SPRING: &str = "tom-repo/spring-demo";

struct Answer {
    status: u16,
    /// `Value::Null` when the answer has no body.
    body: Value,
}

impl Answer {
    fn ok<T: DeserializeOwned>(&self, what: &str) -> T {
        assert_eq!(self.status, 200, "{what}: {}", self.body);
        serde_json::from_value(self.body.clone()).unwrap_or_else(|e| panic!("{what}: {e}: {}", self.body))
    }

    fn done(&self, what: &str) {
        assert_eq!(self.status, 204, "{what}: {}", self.body);
        assert!(self.body.is_null(), "{what}: a 204 has no body: {}", self.body);
    }

    /// The documented ServiceStage error: this status, this code, a message starting with the
    /// code's documented text; the body has those two members and no other.
    fn refused(&self, what: &str, status: u16, code: &str, message: &str) {
        assert_eq!(self.status, status, "{what}: {}", self.body);
        assert_eq!(self.body["error_code"], code, "{what}: {}", self.body);
        let msg = self.body["error_msg"].as_str().unwrap_or_default();
        assert!(msg.starts_with(message), "{what}: {msg:?} does not start with {message:?}");
        assert_eq!(self.body.as_object().map(|m| m.len()), Some(2), "{what}: {}", self.body);
    }
}

/// One fresh project of a sandbox served over HTTP.
struct Git {
    endpoint: String,
    project: String,
    credentials: Credentials,
    http: reqwest::Client,
}

async fn start() -> Git {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, app(AppConfig::default()), ServerLimits::default(), std::future::pending()));
    Git {
        endpoint: format!("http://{addr}"),
        project: uuid::Uuid::new_v4().simple().to_string(),
        credentials: Credentials::Token(AppConfig::default().demo_token),
        http: reqwest::Client::new(),
    }
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

impl Git {
    /// The same sandbox and project, requests signed with the demo AK/SK.
    fn signed(&self) -> Git {
        let config = AppConfig::default();
        Git {
            endpoint: self.endpoint.clone(),
            project: self.project.clone(),
            credentials: Credentials::AkSk { ak: config.demo_ak, sk: config.demo_sk, security_token: None },
            http: self.http.clone(),
        }
    }

    fn build<O: Operation>(&self, params: &O::Params, body: Option<&O::Body>) -> HttpRequest {
        let target = Target {
            endpoint: self.endpoint.clone(),
            credentials: self.credentials.clone(),
            project_id: Some(self.project.clone()),
            domain_id: None,
            now: now(),
            signer: None,
        };
        build_typed::<O>(params, body, &target).unwrap()
    }

    async fn send(&self, req: HttpRequest) -> Answer {
        let mut out = self.http.request(reqwest::Method::from_bytes(req.method.as_bytes()).unwrap(), &req.url);
        for (name, value) in &req.headers {
            out = out.header(name, value);
        }
        if let Some(body) = req.body {
            out = out.body(body);
        }
        let res = out.send().await.unwrap();
        let status = res.status().as_u16();
        let bytes = res.bytes().await.unwrap();
        let body = if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{status}: {e}: {bytes:?}")) };
        Answer { status, body }
    }

    async fn call<O: Operation>(&self, params: &O::Params, body: Option<&O::Body>) -> Answer {
        self.send(self.build::<O>(params, body)).await
    }

    // Parameters, addressed as the console does: the ids the lists answered, `/` and all.

    fn path(&self) -> ProjectPath {
        ProjectPath { project_id: self.project.clone() }
    }

    fn auth(&self, auth: &str) -> RepoAuthParams {
        RepoAuthParams { project_id: self.project.clone(), repo_auth: auth.into() }
    }

    fn ns(&self, auth: &str, namespace: &str) -> NamespaceParams {
        NamespaceParams { project_id: self.project.clone(), repo_auth: auth.into(), namespace: namespace.into() }
    }

    fn repo(&self, auth: &str, namespace: &str, project: &str) -> ProjectParams {
        ProjectParams { project_id: self.project.clone(), repo_auth: auth.into(), namespace: namespace.into(), project: project.into() }
    }

    fn spring(&self) -> ProjectParams {
        self.repo("github-oauth", "tom-repo", SPRING)
    }

    fn commits_of(&self, git_ref: Option<&str>) -> CommitParams {
        let p = self.spring();
        CommitParams { project_id: p.project_id, repo_auth: p.repo_auth, namespace: p.namespace, project: p.project, git_ref: git_ref.map(str::to_string) }
    }

    fn tree_of(&self, git_ref: &str) -> TreeParams {
        let p = self.spring();
        TreeParams { project_id: p.project_id, repo_auth: p.repo_auth, namespace: p.namespace, project: p.project, git_ref: git_ref.into() }
    }

    fn read(&self, path: &str, git_ref: &str) -> FileReadParams {
        let p = self.spring();
        FileReadParams { project_id: p.project_id, repo_auth: p.repo_auth, namespace: p.namespace, project: p.project, path: path.into(), git_ref: git_ref.into() }
    }

    fn create(&self, path: &str, git_ref: &str) -> FileCreateParams {
        let p = self.spring();
        FileCreateParams { project_id: p.project_id, repo_auth: p.repo_auth, namespace: p.namespace, project: p.project, path: path.into(), git_ref: git_ref.into() }
    }

    fn update(&self, path: &str, git_ref: &str) -> FileUpdateParams {
        let p = self.spring();
        FileUpdateParams { project_id: p.project_id, repo_auth: p.repo_auth, namespace: p.namespace, project: p.project, path: path.into(), git_ref: git_ref.into() }
    }

    fn delete(&self, path: &str, git_ref: &str, message: &str, sha: &str) -> FileDeleteParams {
        let p = self.spring();
        FileDeleteParams {
            project_id: p.project_id,
            repo_auth: p.repo_auth,
            namespace: p.namespace,
            project: p.project,
            path: path.into(),
            git_ref: git_ref.into(),
            message: message.into(),
            sha: sha.into(),
        }
    }

    // Reads that several tests make.

    async fn authorizations(&self) -> Vec<Authorization> {
        let list: AuthorizationList = self.call::<ListAuthorizationsOp>(&self.path(), None).await.ok("5.1");
        let items = list.authorizations.unwrap_or_default();
        assert_eq!(list.count, Some(items.len() as i64), "count is the number of authorizations");
        items
    }

    async fn namespaces(&self, auth: &str) -> Vec<String> {
        let list: NamespaceList = self.call::<ListNamespacesOp>(&self.auth(auth), None).await.ok(&format!("5.7 with {auth}"));
        list.namespaces.unwrap_or_default().into_iter().map(|n| n.id.unwrap()).collect()
    }

    async fn projects(&self, auth: &str, namespace: &str) -> Vec<GitProject> {
        let list: GitProjectList = self.call::<ListProjectsOp>(&self.ns(auth, namespace), None).await.ok("5.9");
        list.projects.unwrap_or_default()
    }

    async fn commits(&self, git_ref: Option<&str>) -> Vec<Commit> {
        let list: CommitList = self.call::<ListCommitsOp>(&self.commits_of(git_ref), None).await.ok("5.15");
        list.commits.unwrap_or_default()
    }

    async fn messages(&self, git_ref: Option<&str>) -> Vec<String> {
        self.commits(git_ref).await.into_iter().map(|c| c.message.unwrap()).collect()
    }

    async fn tree(&self, git_ref: &str) -> Vec<String> {
        let tree: FileTree = self.call::<ListFilesOp>(&self.tree_of(git_ref), None).await.ok("5.19");
        tree.paths.unwrap_or_default()
    }

    async fn file(&self, path: &str, git_ref: &str) -> FileContent {
        self.call::<GetFileOp>(&self.read(path, git_ref), None).await.ok(&format!("5.20 {path}@{git_ref}"))
    }

    async fn tags(&self) -> Vec<String> {
        let list: TagList = self.call::<ListTagsOp>(&self.spring(), None).await.ok("5.12");
        list.tags.unwrap_or_default()
    }

    async fn hooks(&self) -> Vec<Hook> {
        let list: HookList = self.call::<ListHooksOp>(&self.spring(), None).await.ok("5.16");
        list.hooks.unwrap_or_default()
    }
}

/// The percent-decoded value of a query parameter of `url`.
fn query_value(url: &str, key: &str) -> String {
    let query = opsdeck_api::url::parse_query(url.split_once('?').map_or("", |(_, q)| q));
    query.into_iter().find(|(k, _)| k == key).map(|(_, v)| v).unwrap_or_else(|| panic!("{key} in {url}"))
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

// ---------------------------------------------------------------------------------------------
// Authorizations (5.1–5.6)

#[tokio::test]
async fn the_demo_has_an_authorization_of_each_kind_and_an_expired_one() {
    let git = start().await;
    let auths = git.authorizations().await;
    let kinds: Vec<(String, String, String, i64)> = auths
        .iter()
        .map(|a| (a.name.clone().unwrap(), a.repo_type.clone().unwrap(), a.token_type.clone().unwrap(), a.status.unwrap()))
        .collect();
    for expected in [
        ("github-oauth", "github", "oauth", 0),
        ("gitlab-token", "gitlab", "personal", 0),
        ("bitbucket-pass", "bitbucket", "password", 0),
        ("github-expired", "github", "personal", 1),
    ] {
        let expected = (expected.0.to_string(), expected.1.to_string(), expected.2.to_string(), expected.3);
        assert!(kinds.contains(&expected), "{expected:?} in {kinds:?}");
    }
    // The answer spells the avatar `avartar` (5.5's example); the model reads it.
    assert!(auths.iter().all(|a| a.avatar.as_deref().is_some_and(|u| u.starts_with("https://"))), "{auths:?}");
    assert!(auths.iter().filter(|a| a.is_valid()).count() == 3);

    // Each usable kind reaches its own site's namespaces.
    assert_eq!(sorted(git.namespaces("github-oauth").await), ["opsdeck-demo", "tom-repo"]);
    assert_eq!(git.namespaces("gitlab-token").await, ["zmg"]);
    assert_eq!(git.namespaces("bitbucket-pass").await, ["bucket-ljn"]);
}

#[tokio::test]
async fn oauth_is_a_redirect_url_then_a_code_and_state_exchange_the_state_used_once() {
    let git = start().await;
    let params = OAuthParams { project_id: git.project.clone(), repo_type: RepoType::Github, tag: None };

    // 5.2: the provider's authorize URL, coming back to the console, with a fresh state.
    let redirect: RedirectUrl = git.call::<GetRedirectUrlOp>(&params, None).await.ok("5.2");
    let url = redirect.url.unwrap();
    assert!(url.starts_with("https://github.com/login/oauth/authorize?"), "{url}");
    assert!(query_value(&url, "redirect_uri").starts_with("https://console.huaweicloud.com/"), "{url}");
    let state = query_value(&url, "state");
    assert!(!state.is_empty());
    let second: RedirectUrl = git.call::<GetRedirectUrlOp>(&params, None).await.ok("5.2 again");
    assert_ne!(query_value(&second.url.unwrap(), "state"), state, "each redirect URL has its own state");

    // The user authorizes and is sent back with `code` and the (URL-encoded) state; the console
    // takes both from the pasted address.
    let back = format!("https://console.huaweicloud.com/servicestage/oauth?code=4a1b2c3d&state={}", opsdeck_api::url::encode(&state));
    let body = OAuthCreate::from_redirect("my-github", &back).unwrap();
    assert_eq!(body.state, state, "the state is URL-decoded");

    // A state the sandbox did not issue, or an empty code, is the documented 0402.
    let forged = OAuthCreate { name: "my-github".into(), code: "4a1b2c3d".into(), state: "$2a$10$forged".into() };
    git.call::<CreateOAuthOp>(&params, Some(&forged)).await.refused("forged state", 400, "SVCSTG.REPO.0402", "oauth code or state invalid");
    let no_code = OAuthCreate { code: " ".into(), ..body.clone() };
    git.call::<CreateOAuthOp>(&params, Some(&no_code)).await.refused("empty code", 400, "SVCSTG.REPO.0402", "oauth code or state invalid");
    // Issued for GitHub, so not a GitLab state.
    let gitlab = OAuthParams { repo_type: RepoType::Gitlab, ..params.clone() };
    git.call::<CreateOAuthOp>(&gitlab, Some(&body)).await.refused("another site's state", 400, "SVCSTG.REPO.0402", "oauth code or state invalid");

    // 5.3: the exchange makes the authorization.
    let made: AuthorizationCreated = git.call::<CreateOAuthOp>(&params, Some(&body)).await.ok("5.3");
    let auth = made.authorization.unwrap();
    assert_eq!((auth.name.as_deref(), auth.repo_type.as_deref(), auth.token_type.as_deref(), auth.status), (Some("my-github"), Some("github"), Some("oauth"), Some(0)));

    // The state is single use.
    let again = OAuthCreate { name: "my-github-2".into(), ..body.clone() };
    git.call::<CreateOAuthOp>(&params, Some(&again)).await.refused("state used twice", 400, "SVCSTG.REPO.0402", "oauth code or state invalid");

    // Listed, and usable at once.
    assert!(git.authorizations().await.iter().any(|a| a.name.as_deref() == Some("my-github")));
    assert_eq!(sorted(git.namespaces("my-github").await), ["opsdeck-demo", "tom-repo"]);
}

#[tokio::test]
async fn a_personal_token_and_a_password_make_authorizations_that_never_show_their_secret() {
    let git = start().await;
    let token = PersonalCreate { name: "my-gitlab".into(), token: "glpat-SECRET-0123456789".into(), host: None };
    let personal = PersonalParams { project_id: git.project.clone(), repo_type: TokenRepoType::Gitlab };
    let answer = git.call::<CreatePersonalOp>(&personal, Some(&token)).await;
    let made: AuthorizationCreated = answer.ok("5.4");
    assert!(!answer.body.to_string().contains("SECRET"), "{}", answer.body);
    let auth = made.authorization.unwrap();
    assert_eq!((auth.repo_type.as_deref(), auth.token_type.as_deref()), (Some("gitlab"), Some("personal")));

    let password = PasswordCreate { name: "my-bitbucket".into(), user: "bucket-ljn".into(), password: "pw-SECRET".into() };
    let params = PasswordParams { project_id: git.project.clone(), repo_type: PasswordRepoType::Bitbucket };
    let answer = git.call::<CreatePasswordOp>(&params, Some(&password)).await;
    let made: AuthorizationCreated = answer.ok("5.5");
    assert!(!answer.body.to_string().contains("SECRET"), "{}", answer.body);
    let auth = made.authorization.unwrap();
    assert_eq!((auth.repo_type.as_deref(), auth.token_type.as_deref(), auth.repo_user.as_deref()), (Some("bitbucket"), Some("password"), Some("bucket-ljn")));

    let list = git.call::<ListAuthorizationsOp>(&git.path(), None).await;
    assert!(!list.body.to_string().contains("SECRET"), "{}", list.body);
    assert_eq!(git.namespaces("my-gitlab").await, ["zmg"]);
    assert_eq!(git.namespaces("my-bitbucket").await, ["bucket-ljn"]);

    // A name is taken once, whatever the kind.
    let twice = PersonalCreate { name: "my-bitbucket".into(), token: "t".into(), host: None };
    git.call::<CreatePersonalOp>(&personal, Some(&twice)).await.refused("name taken", 400, "SVCSTG.REPO.0403", "resource already exist");
}

#[tokio::test]
async fn unknown_expired_and_deleted_authorization_names_are_refused_as_documented() {
    let git = start().await;
    let unknown = "no-such-auth";
    git.call::<ListNamespacesOp>(&git.auth(unknown), None).await.refused("5.7 unknown", 400, "SVCSTG.REPO.0450", "no repository authorization");
    git.call::<ListProjectsOp>(&git.ns(unknown, "tom-repo"), None).await.refused("5.9 unknown", 400, "SVCSTG.REPO.0450", "no repository authorization");
    let mut tree = git.tree_of("main");
    tree.repo_auth = unknown.into();
    git.call::<ListFilesOp>(&tree, None).await.refused("5.19 unknown", 400, "SVCSTG.REPO.0450", "no repository authorization");

    let expired = "github-expired";
    git.call::<ListNamespacesOp>(&git.auth(expired), None).await.refused("5.7 expired", 400, "SVCSTG.REPO.0451", "repository authorization invalid");
    git.call::<ListBranchesOp>(&git.repo(expired, "tom-repo", SPRING), None).await.refused("5.11 expired", 400, "SVCSTG.REPO.0451", "repository authorization invalid");
    // A write through it is refused and changes nothing.
    let mut create = git.create("EXPIRED.md", "main");
    create.repo_auth = expired.into();
    let body = FileCreate::from_text("through an expired authorization", "x");
    git.call::<CreateFileOp>(&create, Some(&body)).await.refused("5.21 expired", 400, "SVCSTG.REPO.0451", "repository authorization invalid");
    assert!(!git.tree("main").await.contains(&"EXPIRED.md".to_string()));

    // 5.6 deletes one; its name is unknown from then on.
    let delete = AuthorizationPath { project_id: git.project.clone(), name: "gitlab-token".into() };
    git.call::<DeleteAuthorizationOp>(&delete, None).await.done("5.6");
    assert!(git.authorizations().await.iter().all(|a| a.name.as_deref() != Some("gitlab-token")));
    git.call::<ListNamespacesOp>(&git.auth("gitlab-token"), None).await.refused("5.7 deleted", 400, "SVCSTG.REPO.0450", "no repository authorization");
    assert_eq!(git.call::<DeleteAuthorizationOp>(&delete, None).await.status, 404, "deleted twice");
}

// ---------------------------------------------------------------------------------------------
// Namespaces, projects, refs, commits, hooks, files (5.7–5.20)

#[tokio::test]
async fn namespaces_projects_branches_tags_commits_hooks_and_files_are_listed() {
    let git = start().await;
    let projects = git.projects("github-oauth", "tom-repo").await;
    let names: Vec<&str> = projects.iter().map(|p| p.name.as_deref().unwrap()).collect();
    assert_eq!(sorted(names.iter().map(|n| n.to_string()).collect()), ["node-web", "spring-demo"]);
    let spring = projects.iter().find(|p| p.name.as_deref() == Some("spring-demo")).unwrap();
    assert_eq!(spring.id.as_deref(), Some(SPRING));
    assert_eq!(spring.clone_url.as_deref(), Some("https://github.com/tom-repo/spring-demo.git"));
    let gitlab: Vec<String> = git.projects("gitlab-token", "zmg").await.into_iter().map(|p| p.id.unwrap()).collect();
    assert_eq!(sorted(gitlab), ["79", "80"]);
    assert_eq!(git.projects("bitbucket-pass", "bucket-ljn").await.len(), 1);
    // Another site's namespace is not reached through this authorization.
    assert_eq!(git.call::<ListProjectsOp>(&git.ns("gitlab-token", "tom-repo"), None).await.status, 404);

    // 5.8: a clone URL names its repository (user info and `.git` or not).
    let resolve = CloneUrlParams { project_id: git.project.clone(), repo_auth: "github-oauth".into(), clone_url: "https://tom-repo@github.com/tom-repo/spring-demo.git".into() };
    let info: ProjectInfo = git.call::<ResolveCloneUrlOp>(&resolve, None).await.ok("5.8");
    assert_eq!((info.namespace.as_deref(), info.project_id.as_deref(), info.project.as_deref()), (Some("tom-repo"), Some(SPRING), Some("spring-demo")));
    let nowhere = CloneUrlParams { clone_url: "https://github.com/tom-repo/nothing.git".into(), ..resolve };
    git.call::<ResolveCloneUrlOp>(&nowhere, None).await.refused("5.8 unknown", 400, "SVCSTG.REPO.0452", "clone url invalid");

    // 5.11 and 5.12 address the project alike.
    let branches: BranchList = git.call::<ListBranchesOp>(&git.spring(), None).await.ok("5.11");
    assert_eq!(sorted(branches.branches.unwrap()), ["dev", "main"]);
    assert_eq!(git.tags().await, ["v1.0.0"]);

    // 5.15: newest first; `dev` branched off before the last commit; a tag is a ref too.
    let main = git.commits(None).await;
    let messages: Vec<&str> = main.iter().map(|c| c.message.as_deref().unwrap()).collect();
    assert_eq!(messages, ["Document how to build", "Configure the service port", "Add the application entry point", "Initial commit"]);
    assert!(main.iter().all(|c| c.sha.as_ref().is_some_and(|s| s.len() == 40) && c.authored_date.is_some()));
    assert_eq!(git.messages(Some("main")).await, messages);
    assert_eq!(git.messages(Some("dev")).await, &messages[1..]);
    assert_eq!(git.messages(Some("v1.0.0")).await, ["Initial commit"]);

    let hooks = git.hooks().await;
    assert_eq!(hooks.len(), 1);
    assert_eq!(hooks[0].callback_url.as_deref(), Some("https://example.com/webhook"));

    // 5.19: every path with its `/`; 5.20 reads one.
    let tree = git.tree("main").await;
    assert_eq!(tree, ["README.md", "pom.xml", "src/main/java/com/example/App.java", "src/main/resources/application.yml"]);
    assert_eq!(git.tree("v1.0.0").await, ["README.md", "pom.xml"]);
    let app = git.file("src/main/java/com/example/App.java", "main").await;
    assert_eq!(app.path.as_deref(), Some("src/main/java/com/example/App.java"));
    assert_eq!(app.encoding.as_deref(), Some("base64"));
    assert_eq!(app.sha.as_ref().map(String::len), Some(64), "a blob SHA as 5.20's example");
    assert!(app.text().unwrap().contains("public class App"), "{app:?}");
    // The README as each ref has it.
    assert!(git.file("README.md", "main").await.text().unwrap().contains("mvn package"));
    assert!(!git.file("README.md", "dev").await.text().unwrap().contains("mvn package"));
    // A file that is not there.
    assert_eq!(git.call::<GetFileOp>(&git.read("src/Nope.java", "main"), None).await.status, 404);
}

// ---------------------------------------------------------------------------------------------
// Writing files (5.21–5.23)

#[tokio::test]
async fn creating_updating_and_deleting_a_file_each_make_a_commit_that_changes_the_tree() {
    // Signed with AK/SK: the rewritten project and path segments are signed as received.
    let git = start().await.signed();
    let before = git.commits(Some("main")).await;

    // 5.21: a new file under a new directory (sent as `docs:guide.md`).
    let body = FileCreate::from_text("Add a guide", "# Guide\n\nFirst version.\n");
    let made: FileWritten = git.call::<CreateFileOp>(&git.create("docs/guide.md", "main"), Some(&body)).await.ok("5.21");
    assert_eq!(made.path.as_deref(), Some("docs/guide.md"));
    let after_create = git.commits(Some("main")).await;
    assert_eq!(after_create[0].message.as_deref(), Some("Add a guide"));
    assert_eq!(after_create[1].sha, before[0].sha, "the new commit's parent is the old head");
    assert!(git.tree("main").await.contains(&"docs/guide.md".to_string()));
    let read = git.file("docs/guide.md", "main").await;
    assert_eq!(read.text().as_deref(), Some("# Guide\n\nFirst version.\n"));
    // The branch moved, the older commit did not change.
    assert!(!git.tree(&before[0].sha.clone().unwrap()[..12]).await.contains(&"docs/guide.md".to_string()));
    // It exists now.
    git.call::<CreateFileOp>(&git.create("docs/guide.md", "main"), Some(&body)).await.refused("created twice", 400, "SVCSTG.REPO.0403", "resource already exist");

    // 5.22: over the SHA just read.
    let update = read.update("Expand the guide", "# Guide\n\nSecond version.\n");
    let written: FileWritten = git.call::<UpdateFileOp>(&git.update("docs/guide.md", "main"), Some(&update)).await.ok("5.22");
    assert_eq!(written.path.as_deref(), Some("docs/guide.md"));
    assert_eq!(git.messages(Some("main")).await[..2], ["Expand the guide", "Add a guide"]);
    let reread = git.file("docs/guide.md", "main").await;
    assert_eq!(reread.text().as_deref(), Some("# Guide\n\nSecond version.\n"));
    assert_ne!(reread.sha, read.sha, "the blob SHA follows the content");

    // 5.23: message and SHA in the query.
    let delete = git.delete("docs/guide.md", "main", "Remove the guide", reread.sha.as_deref().unwrap());
    git.call::<DeleteFileOp>(&delete, None).await.done("5.23");
    assert_eq!(git.messages(Some("main")).await[..3], ["Remove the guide", "Expand the guide", "Add a guide"]);
    assert!(!git.tree("main").await.contains(&"docs/guide.md".to_string()));
    assert_eq!(git.call::<GetFileOp>(&git.read("docs/guide.md", "main"), None).await.status, 404);
    // The other files are still there.
    assert_eq!(git.tree("main").await.len(), 4);
}

#[tokio::test]
async fn a_stale_sha_is_refused_with_the_remote_repository_error_and_changes_nothing() {
    let git = start().await;
    let first = git.file("README.md", "main").await;
    let mine = first.update("My change", "# mine\n");
    let theirs = first.update("Their change", "# theirs\n");

    let _: FileWritten = git.call::<UpdateFileOp>(&git.update("README.md", "main"), Some(&theirs)).await.ok("first writer");
    let head = git.commits(Some("main")).await[0].clone();

    // Mine was made over the version they replaced.
    git.call::<UpdateFileOp>(&git.update("README.md", "main"), Some(&mine)).await.refused("stale update", 500, "SVCSTG.REPO.0501", "remote repository error");
    let stale = first.sha.clone().unwrap();
    git.call::<DeleteFileOp>(&git.delete("README.md", "main", "Remove it", &stale), None).await.refused("stale delete", 500, "SVCSTG.REPO.0501", "remote repository error");
    let forged = FileUpdate { sha: "0".repeat(64), ..mine.clone() };
    git.call::<UpdateFileOp>(&git.update("README.md", "main"), Some(&forged)).await.refused("unknown sha", 500, "SVCSTG.REPO.0501", "remote repository error");

    assert_eq!(git.commits(Some("main")).await[0], head, "no commit was made");
    assert_eq!(git.file("README.md", "main").await.text().as_deref(), Some("# theirs\n"));

    // Read again, then it goes through.
    let fresh = git.file("README.md", "main").await;
    let _: FileWritten = git.call::<UpdateFileOp>(&git.update("README.md", "main"), Some(&fresh.update("My change", "# mine\n"))).await.ok("after reading again");
    assert_eq!(git.file("README.md", "main").await.text().as_deref(), Some("# mine\n"));
}

#[tokio::test]
async fn writes_go_to_the_branch_named_and_only_the_last_ten_commits_are_listed() {
    let git = start().await;
    let body = FileCreate::from_text("Try on dev", "dev only\n");
    let _: FileWritten = git.call::<CreateFileOp>(&git.create("notes/dev.txt", "dev"), Some(&body)).await.ok("5.21 on dev");
    assert!(git.tree("dev").await.contains(&"notes/dev.txt".to_string()));
    assert!(!git.tree("main").await.contains(&"notes/dev.txt".to_string()));
    assert_eq!(git.messages(Some("dev")).await[0], "Try on dev");
    assert_eq!(git.messages(Some("main")).await[0], "Document how to build");

    // A tag is not a branch: files change on branches.
    let on_tag = git.call::<CreateFileOp>(&git.create("notes/tag.txt", "v1.0.0"), Some(&body)).await;
    on_tag.refused("write on a tag", 400, "SVCSTG.REPO.0400", "parameter invalid");

    // 4 demo commits and 8 more: the newest 10.
    for n in 0..8 {
        let body = FileCreate::from_text(&format!("Note {n}"), "x\n");
        let _: FileWritten = git.call::<CreateFileOp>(&git.create(&format!("notes/{n}.txt"), "main"), Some(&body)).await.ok("5.21");
    }
    let listed = git.messages(Some("main")).await;
    assert_eq!(listed.len(), 10, "{listed:?}");
    assert_eq!(listed[0], "Note 7");
    // The two oldest of the twelve are left out.
    assert_eq!(listed[8..], ["Document how to build", "Configure the service port"]);
}

// ---------------------------------------------------------------------------------------------
// Projects, tags and hooks (5.10, 5.13, 5.14, 5.17, 5.18)

#[tokio::test]
async fn a_new_project_starts_with_one_commit_on_main() {
    let git = start().await;
    let made: GitProject = git.call::<CreateProjectOp>(&git.ns("github-oauth", "tom-repo"), Some(&GitProjectCreate { name: "billing".into() })).await.ok("5.10");
    assert_eq!(made.id.as_deref(), Some("tom-repo/billing"));
    assert_eq!(made.clone_url.as_deref(), Some("https://github.com/tom-repo/billing.git"));
    assert!(git.projects("github-oauth", "tom-repo").await.iter().any(|p| p.id == made.id));
    let branches: BranchList = git.call::<ListBranchesOp>(&git.repo("github-oauth", "tom-repo", "tom-repo/billing"), None).await.ok("5.11");
    assert_eq!(branches.branches.unwrap(), ["main"]);
    git.call::<CreateProjectOp>(&git.ns("github-oauth", "tom-repo"), Some(&GitProjectCreate { name: "billing".into() })).await.refused("taken", 400, "SVCSTG.REPO.0403", "resource already exist");
}

#[tokio::test]
async fn tags_are_created_from_a_ref_and_deleted() {
    let git = start().await;
    let p = git.spring();
    let params = TagCreateParams { project_id: p.project_id, repo_auth: p.repo_auth, namespace: p.namespace, project: p.project, git_ref: "dev".into() };
    let tag = TagCreate { name: "v2.0.0-rc".into(), description: "release candidate".into() };
    let made: TagCreated = git.call::<CreateTagOp>(&params, Some(&tag)).await.ok("5.13");
    assert_eq!(made.name.as_deref(), Some("v2.0.0-rc"));
    assert_eq!(sorted(git.tags().await), ["v1.0.0", "v2.0.0-rc"]);
    // It names the commit `dev` pointed at.
    assert_eq!(git.commits(Some("v2.0.0-rc")).await, git.commits(Some("dev")).await);
    git.call::<CreateTagOp>(&params, Some(&tag)).await.refused("tagged twice", 400, "SVCSTG.REPO.0403", "resource already exist");
    let from_nothing = TagCreateParams { git_ref: "no-such-branch".into(), ..params.clone() };
    assert_eq!(git.call::<CreateTagOp>(&from_nothing, Some(&TagCreate { name: "v9".into(), description: String::new() })).await.status, 404);

    let p = git.spring();
    let delete = TagPath { project_id: p.project_id, repo_auth: p.repo_auth, namespace: p.namespace, project: p.project, tag_name: "v2.0.0-rc".into() };
    git.call::<DeleteTagOp>(&delete, None).await.done("5.14");
    assert_eq!(git.tags().await, ["v1.0.0"]);
    assert_eq!(git.call::<DeleteTagOp>(&delete, None).await.status, 404, "deleted twice");
}

#[tokio::test]
async fn hooks_are_created_without_showing_their_secret_and_deleted() {
    let git = start().await;
    let body = HookCreate { secret: "hook-SECRET".into(), url: "https://ci.example.com/hooks/spring".into() };
    let answer = git.call::<CreateHookOp>(&git.spring(), Some(&body)).await;
    let hook: Hook = answer.ok("5.17");
    assert!(!answer.body.to_string().contains("SECRET"), "{}", answer.body);
    assert_eq!((hook.hook_type.as_deref(), hook.callback_url.as_deref()), (Some("github"), Some("https://ci.example.com/hooks/spring")));
    let id = hook.id.clone().unwrap();

    let listed = git.call::<ListHooksOp>(&git.spring(), None).await;
    assert!(!listed.body.to_string().contains("SECRET"), "{}", listed.body);
    let hooks = git.hooks().await;
    assert_eq!(hooks.len(), 2);
    assert!(hooks.contains(&hook));

    let p = git.spring();
    let delete = HookPath { project_id: p.project_id, repo_auth: p.repo_auth, namespace: p.namespace, project: p.project, hook_id: id };
    git.call::<DeleteHookOp>(&delete, None).await.done("5.18");
    let left = git.hooks().await;
    assert_eq!(left.len(), 1);
    assert!(!left.contains(&hook));
    assert_eq!(git.call::<DeleteHookOp>(&delete, None).await.status, 404, "deleted twice");

    // Not an address.
    let bad = HookCreate { secret: "s".into(), url: "ftp://example.com".into() };
    assert_eq!(git.call::<CreateHookOp>(&git.spring(), Some(&bad)).await.status, 400);
}

#[tokio::test]
async fn the_wire_carries_the_documented_separators_and_header() {
    // What the tests above send, seen once: the header, `:` before encoding.
    let git = start().await;
    let create = git.build::<CreateFileOp>(&git.create("docs/guide.md", "main"), Some(&FileCreate::from_text("m", "x")));
    assert!(create.path_and_query().ends_with("/git/files/tom-repo/tom-repo%3Aspring-demo/docs%3Aguide.md?ref=main"), "{}", create.path_and_query());
    assert_eq!(create.header("X-Repo-Auth"), Some("github-oauth"));
    let body: Value = serde_json::from_slice(create.body.as_ref().unwrap()).unwrap();
    assert_eq!(body, json!({"message": "m", "content": "eA=="}));
    let read = git.build::<GetFileOp>(&git.read("docs/guide.md", "main"), None);
    assert!(read.path_and_query().ends_with("/git/files/tom-repo/tom-repo%3Aspring-demo/docs%3Aguide.md?ref=main"), "{}", read.path_and_query());
    let delete = git.build::<DeleteFileOp>(&git.delete("docs/guide.md", "main", "bye now", "abc"), None);
    assert!(delete.path_and_query().ends_with("/docs%3Aguide.md?message=bye%20now&ref=main&sha=abc"), "{}", delete.path_and_query());
    assert!(delete.body.is_none());
}

#[tokio::test]
async fn the_documents_dot_still_reaches_the_project_and_file_where_it_writes_one() {
    // 5.12, 5.15 and 5.20: the document writes `/` as `.`, the SDK (and what is sent) `:`.
    let git = start().await;
    let dotted = |mut req: HttpRequest| {
        req.url = req.url.replace("%3A", ".");
        req
    };
    let tags = git.send(dotted(git.build::<ListTagsOp>(&git.spring(), None))).await;
    assert_eq!(tags.ok::<TagList>("5.12 with `.`").tags.unwrap(), ["v1.0.0"]);
    let commits = git.send(dotted(git.build::<ListCommitsOp>(&git.commits_of(Some("v1.0.0")), None))).await;
    assert_eq!(commits.ok::<CommitList>("5.15 with `.`").commits.unwrap().len(), 1);
    let file = git.send(dotted(git.build::<GetFileOp>(&git.read("src/main/resources/application.yml", "main"), None))).await;
    assert!(file.ok::<FileContent>("5.20 with `.`").text().unwrap().contains("port: 8080"));
    // Elsewhere the document and the SDK agree on `:`, and `.` names nothing.
    let branches = git.send(dotted(git.build::<ListBranchesOp>(&git.spring(), None))).await;
    assert_eq!(branches.status, 404, "{}", branches.body);
}

#[tokio::test]
async fn the_repository_kinds_the_sdk_adds_make_authorizations() {
    // Gitee for OAuth and tokens, CodeArts Repo (devcloud) and GitHub for passwords.
    let git = start().await;
    let gitee = PersonalParams { project_id: git.project.clone(), repo_type: TokenRepoType::Gitee };
    let made: AuthorizationCreated = git.call::<CreatePersonalOp>(&gitee, Some(&PersonalCreate { name: "my-gitee".into(), token: "t".into(), host: None })).await.ok("5.4 gitee");
    let auth = made.authorization.unwrap();
    assert_eq!((auth.repo_type.as_deref(), auth.repo_host.as_deref()), (Some("gitee"), Some("https://gitee.com/api/v5")));
    let devcloud = PasswordParams { project_id: git.project.clone(), repo_type: PasswordRepoType::Devcloud };
    let body = PasswordCreate { name: "my-codehub".into(), user: "dev-user".into(), password: "pw".into() };
    let made: AuthorizationCreated = git.call::<CreatePasswordOp>(&devcloud, Some(&body)).await.ok("5.5 devcloud");
    let auth = made.authorization.unwrap();
    assert_eq!((auth.repo_type.as_deref(), auth.token_type.as_deref(), auth.repo_user.as_deref()), (Some("devcloud"), Some("password"), Some("dev-user")));
    // No demo repositories there: an authorization with no namespaces.
    assert!(git.namespaces("my-gitee").await.is_empty());
    let oauth = OAuthParams { project_id: git.project.clone(), repo_type: RepoType::Gitee, tag: None };
    let redirect: RedirectUrl = git.call::<GetRedirectUrlOp>(&oauth, None).await.ok("5.2 gitee");
    assert!(redirect.url.unwrap().starts_with("https://gitee.com/oauth/authorize?"));
}

#[tokio::test]
async fn a_password_authorization_is_also_taken_in_terraforms_token_form() {
    // Terraform's provider sends 5.5 as `{"name", "token"}`, the token the base64 of
    // `user:password`; the service takes it beside the documented form (which is sent).
    let git = start().await;
    let params = PasswordParams { project_id: git.project.clone(), repo_type: PasswordRepoType::Bitbucket };
    let documented = PasswordCreate { name: "tf-bucket".into(), user: "u".into(), password: "p".into() };
    let with_body = |body: Value| {
        let mut req = git.build::<CreatePasswordOp>(&params, Some(&documented));
        req.body = Some(serde_json::to_vec(&body).unwrap());
        req
    };
    let token = opsdeck_api::multipart::base64_encode(b"tf-user:tf-SECRET");
    let made: AuthorizationCreated = git.send(with_body(json!({"name": "tf-bucket", "token": token}))).await.ok("5.5 token form");
    let auth = made.authorization.unwrap();
    assert_eq!((auth.token_type.as_deref(), auth.repo_user.as_deref()), (Some("password"), Some("tf-user")));
    assert!(!git.call::<ListAuthorizationsOp>(&git.path(), None).await.body.to_string().contains("SECRET"));
    // A token that is no `user:password` pair is an invalid body, as a body without user is.
    let plain = opsdeck_api::multipart::base64_encode(b"no-colon");
    let refused = git.send(with_body(json!({"name": "tf-2", "token": plain}))).await;
    assert_eq!(refused.status, 400, "{}", refused.body);
    assert_eq!(refused.body["error_code"], "SVCSTG.00100400");
}
