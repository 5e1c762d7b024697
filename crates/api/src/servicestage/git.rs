//! Git repository access (document chapter 5, `servicestage:5.1`–`5.23`): repository
//! authorizations, and through one of them (`X-Repo-Auth`) namespaces, projects, branches,
//! tags, the last commits, hooks and files.
//!
//! Every model is checked against the official SDKs' model of the same operation
//! (huaweicloud-sdk-go-v3 / python-v3, package `servicestage/v2`: ListAuthorizations,
//! ShowRedirectUrl, CreateOAuth, CreatePersonalAuth, CreatePasswordAuth, DeleteAuthorize,
//! ListNamespaces, ShowProjectDetail, ListProjects, CreateProject, ListBranches, ListTags,
//! CreateTag, DeleteTag, ListCommits, ListHooks, CreateHook, DeleteHook, ListTrees,
//! ShowContent, CreateFile, UpdateFile, DeleteFile). Where they differ from the document the
//! comment at the model says what is sent and decoded; `crates/api/NOTES-sdk.md` has the
//! table.
//!
//! Two path parameters may hold a `/` (a project `group/app`, a file `src/main.rs`) and the
//! service wants it written as another character before the value is percent-encoded (`slash_as`
//! on the parameter; the request builder applies it, `request::build_raw`). It is `:`
//! everywhere.
// document: `:` for the project in 5.11, 5.13, 5.14, 5.16–5.19, 5.21–5.23 and for the file path
// in 5.21–5.23, but `.` for the project in 5.12, 5.15 and 5.20 and for the file path in 5.20;
// service (SDK parameter help of ListTags, ListCommits, ShowContent and of every other
// operation, and the current API reference of all three): `:`. Sent as `:` everywhere. The
// document's `.` is ambiguous anyway (`app.models.key.rb` could be `app/models/key.rb`); the
// sandbox still finds a project or file written with `.` in those three operations.

use serde::{Deserialize, Serialize};

use crate::schema::Schema;



// ---------------------------------------------------------------------------------------------
// Authorizations (5.1–5.6)

/// Repository kinds of 5.2 and 5.3. Table 5-5 capitalizes them (`GitHub`, `BitBucket`,
/// `GitLab`); table 5-14, the redirect URL of 5.2's example (`repo_type=github`) and the
/// answers spell them in lower case, which is what is sent.
// document (tables 5-5, 5-10): github, gitlab, bitbucket; service (SDK ShowRedirectUrlRequest
// and CreateOAuthRequest RepoType): github, gitlab, gitee, bitbucket. gitee added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库类型", en = "Repository type")]
pub enum RepoType {
    #[serde(rename = "github")]
    #[schema(zh = "GitHub", en = "GitHub")]
    Github,
    #[serde(rename = "gitlab")]
    #[schema(zh = "GitLab", en = "GitLab")]
    Gitlab,
    #[serde(rename = "gitee")]
    #[schema(zh = "Gitee", en = "Gitee")]
    Gitee,
    #[serde(rename = "bitbucket")]
    #[schema(zh = "BitBucket", en = "BitBucket")]
    Bitbucket,
}

/// Repository kinds a personal token authorizes (table 5-15).
// document (table 5-15): github, gitlab; service (SDK CreatePersonalAuthRequest RepoType, and
// Terraform's token authorization): github, gitlab, gitee. gitee added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库类型", en = "Repository type")]
pub enum TokenRepoType {
    #[serde(rename = "github")]
    #[schema(zh = "GitHub", en = "GitHub")]
    Github,
    #[serde(rename = "gitlab")]
    #[schema(zh = "GitLab", en = "GitLab")]
    Gitlab,
    #[serde(rename = "gitee")]
    #[schema(zh = "Gitee", en = "Gitee")]
    Gitee,
}

/// Repository kinds a user name and password authorize (table 5-20: BitBucket only).
// document (table 5-20): bitbucket; service (SDK CreatePasswordAuthRequest RepoType): github,
// devcloud, bitbucket (Terraform's password authorization: devcloud, bitbucket). devcloud
// (Huawei's own code hosting, CodeArts Repo) and github added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库类型", en = "Repository type")]
pub enum PasswordRepoType {
    #[serde(rename = "bitbucket")]
    #[schema(zh = "BitBucket", en = "BitBucket")]
    Bitbucket,
    #[serde(rename = "devcloud")]
    #[schema(zh = "CodeArts Repo（DevCloud）", en = "CodeArts Repo (DevCloud)")]
    Devcloud,
    #[serde(rename = "github")]
    #[schema(zh = "GitHub", en = "GitHub")]
    Github,
}

/// A repository authorization as answers carry it (tables 5-4, 5-14, 5-19, 5-24).
// Compared with the SDK's AuthorizationVO / AuthorizationVI (the same ten members): they
// agree but for the avatar's spelling (below) and `tag`, which only the document's 5.1 has.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库授权", en = "Repository authorization")]
pub struct Authorization {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    // document: github, gitlab, bitbucket; service (SDK AuthorizationVO): github, gitlab,
    // gitee, bitbucket, devcloud. A string, so every value decodes; the help lists the SDK's.
    #[schema(zh = "仓库类型", en = "Repository type", help_zh = "github、gitlab、gitee、bitbucket或devcloud。", help_en = "github, gitlab, gitee, bitbucket or devcloud.")]
    pub repo_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "仓库地址", en = "Repository API")]
    pub repo_host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "仓库主页", en = "Repository home")]
    pub repo_home: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "仓库用户名", en = "Repository user")]
    pub repo_user: Option<String>,
    /// The document's tables and three of its examples spell `avatar`; 5.5's example and the
    /// official SDKs' `AuthorizationVO` spell `avartar`. Both decode; `avartar` is what this
    /// model writes (the SDK's spelling, so what the service is taken to send).
    #[serde(default, rename = "avartar", alias = "avatar", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "头像", en = "Avatar")]
    pub avatar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权方式", en = "Authorized by", help_zh = "oauth、personal或password。", help_en = "oauth, personal (a token) or password.")]
    pub token_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "创建时间", en = "Created", help_zh = "毫秒时间戳。", help_en = "Milliseconds since the epoch.")]
    pub create_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "修改时间", en = "Updated", help_zh = "毫秒时间戳。", help_en = "Milliseconds since the epoch.")]
    pub update_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权状态", en = "Status", help_zh = "0：正常；1：过期；2：未认证。", help_en = "0: valid; 1: expired; 2: not authenticated.")]
    pub status: Option<i64>,
    /// Only in 5.1's answer (table 5-4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权环境类型", en = "Site", help_zh = "授权环境的类型，默认为null。", help_en = "The site the authorization was made on; null by default.")]
    pub tag: Option<String>,
}

impl Authorization {
    /// Whether the authorization can be used (status 0); 1 is expired, 2 not authenticated.
    pub fn is_valid(&self) -> bool {
        self.status == Some(0)
    }
}

/// Answer of 5.1 (table 5-3). The SDK's answer has no `count`; the document's has.
// document: authorizations, count; service (SDK ListAuthorizationsResponse): authorizations
// only. `count` stays (optional, as every answer member): a service without it decodes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库授权列表", en = "Repository authorizations")]
pub struct AuthorizationList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权列表", en = "Authorizations")]
    pub authorizations: Option<Vec<Authorization>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权数量", en = "Count")]
    pub count: Option<i64>,
}

/// Answer of 5.3–5.5.
// document and service (SDK CreateOAuthResponse, CreatePersonalAuthResponse,
// CreatePasswordAuthResponse: authorization) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库授权结果", en = "Repository authorization created")]
pub struct AuthorizationCreated {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权", en = "Authorization")]
    pub authorization: Option<Authorization>,
}

/// Answer of 5.2 (table 5-8).
// document and service (SDK ShowRedirectUrlResponse: url) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "授权重定向URL", en = "OAuth redirect URL")]
pub struct RedirectUrl {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "授权重定向URL", en = "Redirect URL", help_zh = "在浏览器中打开，授权后复制被重定向到的地址。", help_en = "Open it in a browser; after authorizing, copy the address you are sent back to.")]
    pub url: Option<String>,
}

/// Body of 5.3 (table 5-12).
// document and service (SDK OAuth: name, code, state, all required) agree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建OAuth授权", en = "Create OAuth authorization")]
pub struct OAuthCreate {
    #[schema(zh = "授权名称", en = "Name", min_len = 1, example = "auth1")]
    pub name: String,
    /// Secret: it lets anyone finish the authorization until the `state` is used.
    #[schema(zh = "code", en = "Code", secret,
        help_zh = "git仓库授权后，重定向返回的url里面的code参数（URL解码后）。",
        help_en = "The `code` parameter of the URL the repository sent you back to, URL-decoded.")]
    pub code: String,
    #[schema(zh = "state", en = "State", secret,
        help_zh = "重定向返回的url里面的state参数（URL解码后），一次性使用。",
        help_en = "The `state` parameter of that URL, URL-decoded. It can be used once only.")]
    pub state: String,
}

impl OAuthCreate {
    /// The `code` and `state` of the address the repository redirected to (5.3's note: copy
    /// the URL, URL-decode it, take the two parameters). `None` unless both are there.
    pub fn from_redirect(name: &str, redirected_to: &str) -> Option<OAuthCreate> {
        let query = redirected_to.split_once('?').map_or(redirected_to, |(_, q)| q);
        let query = query.split('#').next().unwrap_or_default();
        let pairs = crate::url::parse_query(query.trim());
        let get = |k: &str| pairs.iter().find(|(key, v)| key == k && !v.is_empty()).map(|(_, v)| v.clone());
        Some(OAuthCreate { name: name.to_string(), code: get("code")?, state: get("state")? })
    }
}

/// Body of 5.4 (table 5-17).
// document and service (SDK AccessToken: name and token required, host optional) agree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建私人令牌授权", en = "Create token authorization")]
pub struct PersonalCreate {
    #[schema(zh = "授权名称", en = "Name", min_len = 1, example = "token1")]
    pub name: String,
    #[schema(zh = "仓库Token", en = "Token", secret, help_zh = "代码仓库的私人访问令牌。", help_en = "A personal access token of the repository.")]
    pub token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "仓库地址", en = "Repository address", help_zh = "自建仓库的地址。", help_en = "Address of a self-hosted repository.", example = "https://github.com/tom-repo")]
    pub host: Option<String>,
}

/// Body of 5.5 (table 5-22).
// document and service (SDK AccessPassword: name, user, password, all required) agree, and
// that is what is sent. Terraform's password authorization sends `{"name", "token"}` with the
// token the base64 of `user:password`, so the service takes that too: the sandbox accepts it
// (`password_from_token` in its Git emulation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建口令授权", en = "Create password authorization")]
pub struct PasswordCreate {
    #[schema(zh = "授权名称", en = "Name", min_len = 1, example = "pass1")]
    pub name: String,
    #[schema(zh = "仓库用户名", en = "User", min_len = 1)]
    pub user: String,
    #[schema(zh = "仓库密码", en = "Password", secret)]
    pub password: String,
}

/// Path and query of 5.2 and 5.3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
pub struct OAuthParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "仓库类型", en = "Repository type")]
    pub repo_type: RepoType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "站点标签", en = "Site", help_zh = "站点标签，比如国际站的tag=intl。", help_en = "Site label, e.g. intl for the international site.")]
    pub tag: Option<String>,
}

/// Path of 5.4.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
pub struct PersonalParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "仓库类型", en = "Repository type")]
    pub repo_type: TokenRepoType,
}

/// Path of 5.5.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
pub struct PasswordParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[schema(path, zh = "仓库类型", en = "Repository type")]
    pub repo_type: PasswordRepoType,
}

/// Path of 5.6.
// document and service (SDK DeleteAuthorizeRequest: name; no answer body) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct AuthorizationPath {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    // No `choices` here: the resource page passes the item's name, and a chooser on a member
    // called `name` would be offered for every other `name` of the service.
    #[schema(path, zh = "授权名称", en = "Authorization")]
    pub name: String,
}

// ---------------------------------------------------------------------------------------------
// Namespaces and projects (5.7–5.10)

/// Parameters of 5.7: the authorization only.
// document and service (SDK ListNamespacesRequest: the `X-Repo-Auth` header) agree; so do the
// SDK requests of 5.8–5.23, each with `X-Repo-Auth`, `namespace`, `project` as here.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct RepoAuthParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    /// The authorization's name (5.1), not a credential.
    #[serde(rename = "X-Repo-Auth")]
    #[schema(header, zh = "仓库授权", en = "Authorization", choices = "servicestage.git_authorization.list|authorizations|name|name",
        help_zh = "授权名称，通过获取仓库授权列表获取。", help_en = "Name of a repository authorization, from 'List repository authorizations'.")]
    pub repo_auth: String,
}

/// Parameters of 5.8.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct CloneUrlParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(rename = "X-Repo-Auth")]
    #[schema(header, zh = "仓库授权", en = "Authorization", choices = "servicestage.git_authorization.list|authorizations|name|name",
        help_zh = "授权名称，通过获取仓库授权列表获取。", help_en = "Name of a repository authorization, from 'List repository authorizations'.")]
    pub repo_auth: String,
    /// The example writes the URL unencoded in the query; it is sent encoded like every value.
    #[schema(query, zh = "克隆URL", en = "Clone URL", min_len = 1,
        help_zh = "仓库克隆URL，例如https://github.com/tom-repo/demo.git。", help_en = "The repository's clone URL, e.g. https://github.com/tom-repo/demo.git.")]
    pub clone_url: String,
}

/// One namespace (table 5-30).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "命名空间", en = "Namespace")]
pub struct Namespace {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命名空间ID", en = "ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命名空间名称", en = "Name")]
    pub name: Option<String>,
}

/// Answer of 5.7 (table 5-29).
// document and service (SDK ListNamespacesResponse, items NamespacesNamespaces: id, name) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "命名空间列表", en = "Namespaces")]
pub struct NamespaceList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命名空间", en = "Namespaces")]
    pub namespaces: Option<Vec<Namespace>>,
}

/// Answer of 5.8 (table 5-34). `project_id` is the repository's project, not the cloud
/// project of the path.
// document and service (SDK ShowProjectDetailResponse: namespace_id, namespace, project_id,
// project) agree; the SDK's request has `X-Repo-Auth` and the `clone_url` query, as here.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库信息", en = "Repository")]
pub struct ProjectInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命名空间ID", en = "Namespace ID")]
    pub namespace_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "命名空间", en = "Namespace")]
    pub namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "仓库项目ID", en = "Repository project ID")]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "仓库项目", en = "Repository project")]
    pub project: Option<String>,
}

/// Parameters of 5.9 and 5.10.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct NamespaceParams {
    #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
    pub project_id: String,
    #[serde(rename = "X-Repo-Auth")]
    #[schema(header, zh = "仓库授权", en = "Authorization", choices = "servicestage.git_authorization.list|authorizations|name|name",
        help_zh = "授权名称，通过获取仓库授权列表获取。", help_en = "Name of a repository authorization, from 'List repository authorizations'.")]
    pub repo_auth: String,
    #[schema(path, zh = "命名空间", en = "Namespace", choices = "servicestage.git_namespace.list?X-Repo-Auth=X-Repo-Auth|namespaces|id|name",
        help_zh = "命名空间ID，通过获取仓库namespaces获取。", help_en = "ID of a namespace, from 'List namespaces'.")]
    pub namespace: String,
}

/// A repository project (table 5-38; 5.10's answer, table 5-42).
// document and service (SDK Project and CreateProjectResponse: id, name, clone_url) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库项目", en = "Repository project")]
pub struct GitProject {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目ID", en = "ID")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "克隆URL", en = "Clone URL")]
    pub clone_url: Option<String>,
}

/// Answer of 5.9 (table 5-37).
// document and service (SDK ListProjectsResponse: projects) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库项目列表", en = "Repository projects")]
pub struct GitProjectList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "项目", en = "Projects")]
    pub projects: Option<Vec<GitProject>>,
}

/// Body of 5.10 (table 5-41).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建软件仓库项目", en = "Create repository project")]
pub struct GitProjectCreate {
    #[schema(zh = "项目名称", en = "Name", min_len = 1, example = "demo-app")]
    pub name: String,
}

// ---------------------------------------------------------------------------------------------
// Branches, tags, commits, hooks (5.11–5.18)

/// Writes the common head of the parameter structs of one project: the cloud project, the
/// authorization, the namespace and the repository project with its `/` rule, plus the
/// operation's own fields.
macro_rules! project_params {
    ($(#[$meta:meta])* $name:ident, project_slash = $sep:literal $(, $(#[$f:meta])* $field:ident : $ty:ty)* $(,)?) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
        pub struct $name {
            #[schema(path, zh = "项目ID", en = "Project ID", help_zh = "租户项目ID。", help_en = "The tenant's project ID.")]
            pub project_id: String,
            #[serde(rename = "X-Repo-Auth")]
            #[schema(header, zh = "仓库授权", en = "Authorization", choices = "servicestage.git_authorization.list|authorizations|name|name",
                help_zh = "授权名称，通过获取仓库授权列表获取。", help_en = "Name of a repository authorization, from 'List repository authorizations'.")]
            pub repo_auth: String,
            #[schema(path, zh = "命名空间", en = "Namespace", choices = "servicestage.git_namespace.list?X-Repo-Auth=X-Repo-Auth|namespaces|id|name",
                help_zh = "命名空间ID或者URL编码名称。", help_en = "The namespace's ID or name.")]
            pub namespace: String,
            #[schema(path, zh = "仓库项目", en = "Repository project", slash_as = $sep,
                choices = "servicestage.git_project.list?X-Repo-Auth=X-Repo-Auth&namespace=namespace|projects|id|name",
                help_zh = "仓库项目ID或者名称；其中的“/”在发送时写作“:”。", help_en = "The repository project's ID or name; a `/` in it is sent as `:`.")]
            pub project: String,
            $($(#[$f])* pub $field: $ty,)*
        }
    };
}

project_params!(
    /// Parameters of 5.11, 5.12, 5.16 and 5.17: the project's `/` written as `:`.
    // 5.12 — document (table 5-46): `.`; service (SDK ListTagsRequest, current API
    // reference): `:`. Sent as `:` (see the module's comment).
    ProjectParams, project_slash = ":"
);
project_params!(
    /// Parameters of 5.13 (table 5-49, 5-50).
    TagCreateParams, project_slash = ":",
    #[serde(rename = "ref")]
    #[schema(query, zh = "来源", en = "From", min_len = 1,
        choices = "servicestage.git_branch.list?X-Repo-Auth=X-Repo-Auth&namespace=namespace&project=project|branches|.",
        help_zh = "分支名称或者tag名称或者commit sha。", help_en = "A branch, a tag or a commit SHA to tag.")]
    git_ref: String,
);
project_params!(
    /// Parameters of 5.14 (table 5-54). Nothing says how a tag name holding `/` is written; it
    /// is percent-encoded like any value.
    TagPath, project_slash = ":",
    #[schema(path, zh = "tag名称", en = "Tag",
        choices = "servicestage.git_tag.list?X-Repo-Auth=X-Repo-Auth&namespace=namespace&project=project|tags|.")]
    tag_name: String,
);
project_params!(
    /// Parameters of 5.15: the project's `/` written as `:`.
    // document (table 5-56): `.`; service (SDK ListCommitsRequest): `:`. Sent as `:`. `ref` is
    // optional in both (the default branch without it).
    CommitParams, project_slash = ":",
    #[serde(rename = "ref", default, skip_serializing_if = "Option::is_none")]
    #[schema(query, zh = "分支或tag", en = "Branch or tag",
        choices = "servicestage.git_branch.list?X-Repo-Auth=X-Repo-Auth&namespace=namespace&project=project|branches|.",
        help_zh = "分支名称或者tag名称，如果没有提供，使用默认分支。", help_en = "A branch or tag; the default branch when left empty.")]
    git_ref: Option<String>,
);
project_params!(
    /// Parameters of 5.18 (table 5-69).
    HookPath, project_slash = ":",
    #[schema(path, zh = "hook ID", en = "Hook",
        choices = "servicestage.git_hook.list?X-Repo-Auth=X-Repo-Auth&namespace=namespace&project=project|hooks|id|callback_url")]
    hook_id: String,
);

/// Answer of 5.11 (table 5-45).
// document and service (SDK ListBranchesResponse: branches, strings) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "项目分支", en = "Branches")]
pub struct BranchList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "分支", en = "Branches")]
    pub branches: Option<Vec<String>>,
}

/// Answer of 5.12 (table 5-48).
// document and service (SDK ListTagsResponse: tags, strings) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "项目tags", en = "Tags")]
pub struct TagList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "tags", en = "Tags")]
    pub tags: Option<Vec<String>>,
}

/// Body of 5.13 (table 5-52): both members are required.
// document and service (SDK TagCreate: name and description, both required) agree; `ref` is a
// required query parameter in both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建项目tag", en = "Create tag")]
pub struct TagCreate {
    #[schema(zh = "tag名称", en = "Name", min_len = 1, example = "v1.0.0")]
    pub name: String,
    #[schema(zh = "描述", en = "Description", min_len = 0)]
    pub description: String,
}

/// Answer of 5.13 (table 5-53).
// document and service (SDK CreateTagResponse: name) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建的tag", en = "Tag created")]
pub struct TagCreated {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "tag名称", en = "Name")]
    pub name: Option<String>,
}

/// One commit (table 5-60).
// document and service (SDK CommitsCommits: sha, message, authored_date, all strings) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "提交", en = "Commit")]
pub struct Commit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "commit哈希", en = "SHA")]
    pub sha: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "commit描述", en = "Message")]
    pub message: Option<String>,
    /// A string: the document types it so, and its example holds a message, not a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "合入时间", en = "Date")]
    pub authored_date: Option<String>,
}

/// Answer of 5.15 (table 5-59): the last 10 commits.
// document and service (SDK ListCommitsResponse: commits) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "最近的提交", en = "Recent commits")]
pub struct CommitList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "commits", en = "Commits")]
    pub commits: Option<Vec<Commit>>,
}

/// One hook (tables 5-64, 5-68).
// document and service (SDK Hook and CreateHookResponse: id, type, callback_url) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "项目hook", en = "Hook")]
pub struct Hook {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "hook ID", en = "ID")]
    pub id: Option<String>,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "hook类型", en = "Type")]
    pub hook_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "回调url", en = "Callback URL")]
    pub callback_url: Option<String>,
}

/// Answer of 5.16 (table 5-63).
// document and service (SDK ListHooksResponse: hooks) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "项目hooks", en = "Hooks")]
pub struct HookList {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "hooks", en = "Hooks")]
    pub hooks: Option<Vec<Hook>>,
}

/// Body of 5.17 (table 5-67). The request says `url`, the answer `callback_url`.
// document and service (SDK HookCreate: secret and url, both required) agree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建项目hook", en = "Create hook")]
pub struct HookCreate {
    #[schema(zh = "secret", en = "Secret", secret, min_len = 1,
        help_zh = "用于验证接收到的payloads的字符串。", help_en = "The text the receiver verifies the payloads with.")]
    pub secret: String,
    #[schema(zh = "回调url", en = "Callback URL", min_len = 1, example = "https://example.com/webhook",
        help_zh = "hook触发时回调的url。", help_en = "The URL called when the hook fires.")]
    pub url: String,
}

// ---------------------------------------------------------------------------------------------
// Files (5.19–5.23)

/// The file chooser of the operations that read or change an existing file.
macro_rules! file_params {
    ($(#[$meta:meta])* $name:ident, slash = $sep:literal $(, $(#[$f:meta])* $field:ident : $ty:ty)* $(,)?) => {
        project_params!(
            $(#[$meta])* $name, project_slash = $sep,
            #[schema(path, zh = "文件路径", en = "File", slash_as = $sep,
                help_zh = "文件路径，例如src/main.rs；其中的“/”在发送时写作“:”。",
                help_en = "The file's path, e.g. src/main.rs; its `/` are sent as `:`.",
                choices = "servicestage.git_file.tree?X-Repo-Auth=X-Repo-Auth&namespace=namespace&project=project&ref=ref|paths|.")]
            path: String,
            #[serde(rename = "ref")]
            #[schema(query, zh = "分支", en = "Branch", min_len = 1,
                choices = "servicestage.git_branch.list?X-Repo-Auth=X-Repo-Auth&namespace=namespace&project=project|branches|.",
                help_zh = "分支名称或者tag名称或者commit sha。", help_en = "A branch, a tag or a commit SHA.")]
            git_ref: String,
            $($(#[$f])* $field: $ty,)*
        );
    };
}

project_params!(
    /// Parameters of 5.19 (tables 5-71, 5-72). Its literal segment `trees` is also a file
    /// name 5.20 could be asked for: a root file called `trees` cannot be read.
    TreeParams, project_slash = ":",
    #[serde(rename = "ref")]
    #[schema(query, zh = "分支", en = "Branch", min_len = 1,
        choices = "servicestage.git_branch.list?X-Repo-Auth=X-Repo-Auth&namespace=namespace&project=project|branches|.",
        help_zh = "分支名称或者tag名称或者commit sha。", help_en = "A branch, a tag or a commit SHA.")]
    git_ref: String,
);
file_params!(
    /// Parameters of 5.20: project and path with `/` written as `:`.
    // document (table 5-75): `.` for both; service (SDK ShowContentRequest, current API
    // reference): `:` for both. Sent as `:`.
    FileReadParams, slash = ":"
);
project_params!(
    /// Parameters of 5.21 (table 5-79): project and path with `/` written as `:`; the path is
    /// a new file's, so no chooser.
    FileCreateParams, project_slash = ":",
    #[schema(path, zh = "文件路径", en = "File", slash_as = ":", example = "src/main.rs",
        help_zh = "新文件的路径，例如src/main.rs。", help_en = "The new file's path, e.g. src/main.rs.")]
    path: String,
    #[serde(rename = "ref")]
    #[schema(query, zh = "分支", en = "Branch", min_len = 1,
        choices = "servicestage.git_branch.list?X-Repo-Auth=X-Repo-Auth&namespace=namespace&project=project|branches|.",
        help_zh = "分支名称。", help_en = "The branch to commit to.")]
    git_ref: String,
);
file_params!(
    /// Parameters of 5.22: project and path with `/` written as `:` (table 5-84).
    FileUpdateParams, slash = ":"
);
file_params!(
    /// Parameters of 5.23 (tables 5-89, 5-90): the commit message and the blob SHA travel in
    /// the query; there is no body.
    // document and service (SDK DeleteFileRequest: ref, message, sha in the query, all
    // required) agree. The SDK calls `sha` the last commit's SHA, table 5-78 and the SDK call
    // 5.20's `sha` a commit hash too: whatever 5.20 answered is what goes back.
    FileDeleteParams, slash = ":",
    #[schema(query, zh = "提交信息", en = "Commit message", min_len = 1)]
    message: String,
    #[schema(query, zh = "文件SHA", en = "File SHA", min_len = 1,
        help_zh = "文件的Blob SHA，通过获取仓库文件内容获取。", help_en = "The file's blob SHA, as 'Get file content' answers it.")]
    sha: String,
);

/// Answer of 5.19 (table 5-74): every file's path, with `/`, not a tree.
// document and service (SDK ListTreesResponse: paths, strings; `ref` required) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库文件目录", en = "Files")]
pub struct FileTree {
    #[serde(default, deserialize_with = "crate::lenient::vec", skip_serializing_if = "Option::is_none")]
    #[schema(zh = "文件路径", en = "Paths")]
    pub paths: Option<Vec<String>>,
}

/// Answer of 5.20 (table 5-78).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "仓库文件内容", en = "File content")]
pub struct FileContent {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "文件路径", en = "Path")]
    pub path: Option<String>,
    /// Table 5-78 calls it the commit hash; 5.22 and 5.23 want it back as the file's blob SHA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "文件SHA", en = "SHA")]
    pub sha: Option<String>,
    // document: a string, base64 or text/plain; service (SDK ShowContentResponse): an enum of
    // the same two values. Kept a string (an answer member), so another value decodes too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "编码方式", en = "Encoding", help_zh = "base64或者text/plain。", help_en = "base64 or text/plain.")]
    pub encoding: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "文件内容", en = "Content")]
    pub content: Option<String>,
}

impl FileContent {
    /// The file's bytes: `content` base64-decoded when `encoding` says `base64`, else as it
    /// is (`text/plain`). `None` when base64 content does not decode.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        let content = self.content.as_deref().unwrap_or_default();
        match self.encoding.as_deref().map(str::trim) {
            Some(e) if e.eq_ignore_ascii_case("base64") => crate::multipart::base64_decode(content),
            _ => Some(content.as_bytes().to_vec()),
        }
    }

    /// The file as text (invalid UTF-8 shown as U+FFFD).
    pub fn text(&self) -> Option<String> {
        self.bytes().map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    /// The body that replaces this file's text (5.22), carrying the SHA this read answered so
    /// that a change made meanwhile is refused rather than overwritten.
    pub fn update(&self, message: &str, text: &str) -> FileUpdate {
        FileUpdate { message: message.to_string(), content: crate::multipart::base64_encode(text.as_bytes()), sha: self.sha.clone().unwrap_or_default() }
    }
}

/// Body of 5.21 (table 5-82).
// document and service (SDK FileCreate: message and content, the content base64) agree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "创建仓库文件", en = "Create file")]
pub struct FileCreate {
    #[schema(zh = "提交信息", en = "Commit message", min_len = 1)]
    pub message: String,
    #[schema(zh = "文件内容", en = "Content (base64)", help_zh = "base64编码后的文件内容。", help_en = "The file's content, base64-encoded.")]
    pub content: String,
}

impl FileCreate {
    /// A new file with this text (encoded as the service wants).
    pub fn from_text(message: &str, text: &str) -> FileCreate {
        FileCreate { message: message.to_string(), content: crate::multipart::base64_encode(text.as_bytes()) }
    }
}

/// Body of 5.22 (table 5-87).
// document and service (SDK FileUpdate: message, content in base64, sha; all required) agree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "修改仓库文件", en = "Update file")]
pub struct FileUpdate {
    #[schema(zh = "提交信息", en = "Commit message", min_len = 1)]
    pub message: String,
    #[schema(zh = "文件内容", en = "Content (base64)", help_zh = "base64编码后的文件内容。", help_en = "The file's new content, base64-encoded.")]
    pub content: String,
    #[schema(zh = "文件SHA", en = "File SHA", min_len = 1,
        help_zh = "文件的Blob SHA，通过获取仓库文件内容获取。", help_en = "The file's blob SHA, as 'Get file content' answered it.")]
    pub sha: String,
}

/// Answer of 5.21 and 5.22 (tables 5-83, 5-88).
// document and service (SDK CreateFileResponse, UpdateFileResponse: path) agree.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "文件路径", en = "File written")]
pub struct FileWritten {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "文件路径", en = "Path")]
    pub path: Option<String>,
}

crate::operations! {
    service: ServiceStage;

    /// 5.1 获取仓库授权列表.
    ListAuthorizationsOp {
        doc_ref: "servicestage:5.1",
        id: "servicestage.git_authorization.list",
        title: ("获取仓库授权列表", "List repository authorizations"),
        Get "/v1/{project_id}/git/auths",
        kind: List,
        params: super::common::ProjectPath,
        response: AuthorizationList,
        status: 200,
    }

    /// 5.2 获取授权重定向 URL: step one of an OAuth authorization.
    GetRedirectUrlOp {
        doc_ref: "servicestage:5.2",
        id: "servicestage.git_authorization.redirect",
        title: ("获取授权重定向URL", "Get the OAuth redirect URL"),
        Get "/v1/{project_id}/git/auths/{repo_type}/redirect",
        kind: Action,
        params: OAuthParams,
        response: RedirectUrl,
        status: 200,
    }

    /// 5.3 创建 OAuth 授权: step two, with the `code` and `state` the redirect carried.
    CreateOAuthOp {
        doc_ref: "servicestage:5.3",
        id: "servicestage.git_authorization.create_oauth",
        title: ("创建OAuth授权", "Authorize with OAuth"),
        Post "/v1/{project_id}/git/auths/{repo_type}/oauth",
        kind: Action,
        params: OAuthParams,
        body: OAuthCreate,
        response: AuthorizationCreated,
        status: 200,
    }

    /// 5.4 创建私人令牌授权.
    CreatePersonalOp {
        doc_ref: "servicestage:5.4",
        id: "servicestage.git_authorization.create_personal",
        title: ("创建私人令牌授权", "Authorize with a token"),
        Post "/v1/{project_id}/git/auths/{repo_type}/personal",
        kind: Create,
        params: PersonalParams,
        body: PersonalCreate,
        response: AuthorizationCreated,
        status: 200,
    }

    /// 5.5 创建口令授权.
    CreatePasswordOp {
        doc_ref: "servicestage:5.5",
        id: "servicestage.git_authorization.create_password",
        title: ("创建口令授权", "Authorize with a password"),
        Post "/v1/{project_id}/git/auths/{repo_type}/password",
        kind: Action,
        params: PasswordParams,
        body: PasswordCreate,
        response: AuthorizationCreated,
        status: 200,
    }

    /// 5.6 删除仓库授权.
    DeleteAuthorizationOp {
        doc_ref: "servicestage:5.6",
        id: "servicestage.git_authorization.delete",
        title: ("删除仓库授权", "Delete a repository authorization"),
        Delete "/v1/{project_id}/git/auths/{name}",
        kind: Delete,
        params: AuthorizationPath,
        status: 204,
    }

    /// 5.7 获取仓库 namespaces.
    ListNamespacesOp {
        doc_ref: "servicestage:5.7",
        id: "servicestage.git_namespace.list",
        title: ("获取仓库namespaces", "List namespaces"),
        Get "/v1/{project_id}/git/repos/namespaces",
        kind: List,
        params: RepoAuthParams,
        response: NamespaceList,
        status: 200,
    }

    /// 5.8 通过 clone url 获取仓库信息.
    ResolveCloneUrlOp {
        doc_ref: "servicestage:5.8",
        id: "servicestage.git_project.resolve",
        title: ("通过clone url获取仓库信息", "Find a repository by clone URL"),
        Get "/v1/{project_id}/git/repos/project-info",
        kind: Action,
        params: CloneUrlParams,
        response: ProjectInfo,
        status: 200,
    }

    /// 5.9 获取命名空间下所有项目.
    ListProjectsOp {
        doc_ref: "servicestage:5.9",
        id: "servicestage.git_project.list",
        title: ("获取命名空间下所有项目", "List repository projects"),
        Get "/v1/{project_id}/git/repos/{namespace}/projects",
        kind: List,
        params: NamespaceParams,
        response: GitProjectList,
        status: 200,
    }

    /// 5.10 创建软件仓库项目.
    CreateProjectOp {
        doc_ref: "servicestage:5.10",
        id: "servicestage.git_project.create",
        title: ("创建软件仓库项目", "Create a repository project"),
        Post "/v1/{project_id}/git/repos/{namespace}/projects",
        kind: Create,
        params: NamespaceParams,
        body: GitProjectCreate,
        response: GitProject,
        status: 200,
    }

    /// 5.11 获取项目分支.
    ListBranchesOp {
        doc_ref: "servicestage:5.11",
        id: "servicestage.git_branch.list",
        title: ("获取项目分支", "List branches"),
        Get "/v1/{project_id}/git/repos/{namespace}/{project}/branches",
        kind: List,
        params: ProjectParams,
        response: BranchList,
        status: 200,
    }

    /// 5.12 获取项目 tags.
    ListTagsOp {
        doc_ref: "servicestage:5.12",
        id: "servicestage.git_tag.list",
        title: ("获取项目tags", "List tags"),
        Get "/v1/{project_id}/git/repos/{namespace}/{project}/tags",
        kind: List,
        params: ProjectParams,
        response: TagList,
        status: 200,
    }

    /// 5.13 创建项目 tags.
    CreateTagOp {
        doc_ref: "servicestage:5.13",
        id: "servicestage.git_tag.create",
        title: ("创建项目tag", "Create a tag"),
        Post "/v1/{project_id}/git/repos/{namespace}/{project}/tags",
        kind: Action,
        params: TagCreateParams,
        body: TagCreate,
        response: TagCreated,
        status: 200,
    }

    /// 5.14 删除项目 tags.
    DeleteTagOp {
        doc_ref: "servicestage:5.14",
        id: "servicestage.git_tag.delete",
        title: ("删除项目tag", "Delete a tag"),
        Delete "/v1/{project_id}/git/repos/{namespace}/{project}/tags/{tag_name}",
        kind: Action,
        params: TagPath,
        status: 204,
    }

    /// 5.15 获取项目 commits: the last 10.
    ListCommitsOp {
        doc_ref: "servicestage:5.15",
        id: "servicestage.git_commit.list",
        title: ("获取项目最近commits", "List recent commits"),
        Get "/v1/{project_id}/git/repos/{namespace}/{project}/commits",
        kind: List,
        params: CommitParams,
        response: CommitList,
        status: 200,
    }

    /// 5.16 获取项目 hooks.
    ListHooksOp {
        doc_ref: "servicestage:5.16",
        id: "servicestage.git_hook.list",
        title: ("获取项目hooks", "List hooks"),
        Get "/v1/{project_id}/git/repos/{namespace}/{project}/hooks",
        kind: List,
        params: ProjectParams,
        response: HookList,
        status: 200,
    }

    /// 5.17 创建项目 hook.
    CreateHookOp {
        doc_ref: "servicestage:5.17",
        id: "servicestage.git_hook.create",
        title: ("创建项目hook", "Create a hook"),
        Post "/v1/{project_id}/git/repos/{namespace}/{project}/hooks",
        kind: Create,
        params: ProjectParams,
        body: HookCreate,
        response: Hook,
        status: 200,
    }

    /// 5.18 删除项目 hook.
    DeleteHookOp {
        doc_ref: "servicestage:5.18",
        id: "servicestage.git_hook.delete",
        title: ("删除项目hook", "Delete a hook"),
        Delete "/v1/{project_id}/git/repos/{namespace}/{project}/hooks/{hook_id}",
        kind: Delete,
        params: HookPath,
        status: 204,
    }

    /// 5.19 获取仓库文件目录.
    ListFilesOp {
        doc_ref: "servicestage:5.19",
        id: "servicestage.git_file.tree",
        title: ("获取仓库文件目录", "List files"),
        Get "/v1/{project_id}/git/files/{namespace}/{project}/trees",
        kind: Action,
        params: TreeParams,
        response: FileTree,
        status: 200,
    }

    /// 5.20 获取仓库文件内容.
    GetFileOp {
        doc_ref: "servicestage:5.20",
        id: "servicestage.git_file.get",
        title: ("获取仓库文件内容", "Get file content"),
        Get "/v1/{project_id}/git/files/{namespace}/{project}/{path}",
        kind: Action,
        params: FileReadParams,
        response: FileContent,
        status: 200,
    }

    /// 5.21 创建仓库文件.
    CreateFileOp {
        doc_ref: "servicestage:5.21",
        id: "servicestage.git_file.create",
        title: ("创建仓库文件", "Create a file"),
        Post "/v1/{project_id}/git/files/{namespace}/{project}/{path}",
        kind: Action,
        params: FileCreateParams,
        body: FileCreate,
        response: FileWritten,
        status: 200,
    }

    /// 5.22 修改仓库文件内容.
    UpdateFileOp {
        doc_ref: "servicestage:5.22",
        id: "servicestage.git_file.update",
        title: ("修改仓库文件内容", "Update a file"),
        Put "/v1/{project_id}/git/files/{namespace}/{project}/{path}",
        kind: Action,
        params: FileUpdateParams,
        body: FileUpdate,
        response: FileWritten,
        status: 200,
    }

    /// 5.23 删除仓库文件.
    DeleteFileOp {
        doc_ref: "servicestage:5.23",
        id: "servicestage.git_file.delete",
        title: ("删除仓库文件", "Delete a file"),
        Delete "/v1/{project_id}/git/files/{namespace}/{project}/{path}",
        kind: Action,
        params: FileDeleteParams,
        status: 204,
    }
}

// ---------------------------------------------------------------------------------------------
// Resources: what the console's generic pages list and offer.
//
// Branches (5.11), tags (5.12) and the file list (5.19) answer plain strings, not objects, so
// they are no resource of their own: they feed the pickers of `ref`, `tag_name` and `path`
// (`choices` with `.`), and the operations on tags and files are actions and views of a
// repository project.

pub mod resources {
    use super::*;
    use crate::operation::{Operation, OperationDecl, Service};
    use crate::resource::{ActionDecl, ActionForm, Confirm, NamedOp, ParentLink, ResourceDecl};
    use crate::schema::Text;

    const fn op<O: Operation>() -> &'static OperationDecl {
        O::DECL
    }

    pub static GIT_AUTHORIZATIONS: ResourceDecl = ResourceDecl {
        key: "git-authorizations",
        service: Service::ServiceStage,
        title: Text::new("仓库授权", "Repository authorizations"),
        singular: Text::new("仓库授权", "Repository authorization"),
        id_field: "name",
        id_param: "name",
        items_field: "authorizations",
        count_field: Some("count"),
        columns: &["name", "repo_type", "token_type", "repo_user", "status", "create_time"],
        list: Some(op::<ListAuthorizationsOp>()),
        // A personal token is the plain way in; OAuth (redirect, then code and state) and
        // BitBucket's password are the collection's other actions.
        create: Some(op::<CreatePersonalOp>()),
        delete: Some(op::<DeleteAuthorizationOp>()),
        collection_actions: &[
            NamedOp::new(Text::new("获取 OAuth 地址", "Get OAuth URL"), op::<GetRedirectUrlOp>()),
            NamedOp::new(Text::new("OAuth 授权", "Authorize with OAuth"), op::<CreateOAuthOp>()),
            NamedOp::new(Text::new("口令授权", "Authorize with password"), op::<CreatePasswordOp>()),
        ],
        // 0 valid, 1 expired, 2 not authenticated (table 5-4): the overview lists the expired.
        status: Some(crate::resource::StatusDecl {
            field: "status",
            states: &[
                ("0", Text::new("有效", "Valid"), crate::resource::Tone::Healthy),
                ("1", Text::new("已过期", "Expired"), crate::resource::Tone::Failed),
                ("2", Text::new("未认证", "Not authenticated"), crate::resource::Tone::Stopped),
            ],
        }),
        // The console shows them in its repository browser.
        console_page: Some("/repos"),
        ..ResourceDecl::BLANK
    };

    /// The namespaces one authorization reaches (it travels in `X-Repo-Auth`, not the path).
    pub static GIT_NAMESPACES: ResourceDecl = ResourceDecl {
        key: "git-namespaces",
        service: Service::ServiceStage,
        title: Text::new("仓库命名空间", "Repository namespaces"),
        singular: Text::new("仓库命名空间", "Repository namespace"),
        id_param: "namespace",
        items_field: "namespaces",
        columns: &["name", "id"],
        list: Some(op::<ListNamespacesOp>()),
        collection_actions: &[NamedOp::new(Text::new("按 clone URL 查找", "Find by clone URL"), op::<ResolveCloneUrlOp>())],
        children: &[&GIT_PROJECTS],
        // The console shows them in its repository browser.
        console_page: Some("/repos"),
        ..ResourceDecl::BLANK
    };

    pub static GIT_PROJECTS: ResourceDecl = ResourceDecl {
        key: "git-projects",
        service: Service::ServiceStage,
        title: Text::new("仓库项目", "Repository projects"),
        singular: Text::new("仓库项目", "Repository project"),
        id_param: "project",
        items_field: "projects",
        columns: &["name", "id", "clone_url"],
        list: Some(op::<ListProjectsOp>()),
        create: Some(op::<CreateProjectOp>()),
        parent: Some(ParentLink { resource: &GIT_NAMESPACES, param: "namespace", item_field: "namespace" }),
        // Each asks for a ref, a tag name or a file path besides the body, so each opens the
        // operation's whole form with the project's ids filled in.
        actions: &[
            ActionDecl {
                form: ActionForm::Body,
                job: Text::new("在{name}创建标签", "Create a tag in {name}"),
                ..ActionDecl::new("create-tag", Text::new("创建标签", "Create tag"), op::<CreateTagOp>())
            },
            ActionDecl {
                form: ActionForm::Body,
                confirm: Confirm::Danger,
                job: Text::new("删除{name}的标签", "Delete a tag of {name}"),
                ..ActionDecl::new("delete-tag", Text::new("删除标签", "Delete tag"), op::<DeleteTagOp>())
            },
            ActionDecl {
                form: ActionForm::Body,
                job: Text::new("在{name}创建文件：{message}", "Create a file in {name}: {message}"),
                ..ActionDecl::new("create-file", Text::new("创建文件", "Create file"), op::<CreateFileOp>())
            },
            ActionDecl {
                form: ActionForm::Body,
                job: Text::new("修改{name}的文件：{message}", "Update a file in {name}: {message}"),
                ..ActionDecl::new("update-file", Text::new("修改文件", "Update file"), op::<UpdateFileOp>())
            },
            ActionDecl {
                form: ActionForm::Body,
                confirm: Confirm::Danger,
                job: Text::new("删除{name}的文件", "Delete a file of {name}"),
                ..ActionDecl::new("delete-file", Text::new("删除文件", "Delete file"), op::<DeleteFileOp>())
            },
        ],
        views: &[
            NamedOp::new(Text::new("文件", "Files"), op::<ListFilesOp>()),
            NamedOp::new(Text::new("文件内容", "File content"), op::<GetFileOp>()),
        ],
        children: &[&GIT_COMMITS, &GIT_HOOKS],
        ..ResourceDecl::BLANK
    };

    /// The last 10 commits of a branch or tag.
    pub static GIT_COMMITS: ResourceDecl = ResourceDecl {
        key: "git-commits",
        service: Service::ServiceStage,
        title: Text::new("最近提交", "Recent commits"),
        singular: Text::new("提交", "Commit"),
        id_field: "sha",
        // No operation addresses one commit; `sha` is the blob SHA that 5.22 and 5.23 take,
        // so a commit's id does not go by that name.
        id_param: "commit_sha",
        name_field: "message",
        items_field: "commits",
        columns: &["message", "authored_date", "sha"],
        list: Some(op::<ListCommitsOp>()),
        parent: Some(ParentLink { resource: &GIT_PROJECTS, param: "project", item_field: "project" }),
        ..ResourceDecl::BLANK
    };

    pub static GIT_HOOKS: ResourceDecl = ResourceDecl {
        key: "git-hooks",
        service: Service::ServiceStage,
        title: Text::new("项目hooks", "Hooks"),
        singular: Text::new("hook", "Hook"),
        id_param: "hook_id",
        name_field: "callback_url",
        items_field: "hooks",
        columns: &["callback_url", "type", "id"],
        list: Some(op::<ListHooksOp>()),
        create: Some(op::<CreateHookOp>()),
        delete: Some(op::<DeleteHookOp>()),
        parent: Some(ParentLink { resource: &GIT_PROJECTS, param: "project", item_field: "project" }),
        ..ResourceDecl::BLANK
    };
}
