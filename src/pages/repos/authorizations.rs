//! `/repos`: the repository authorizations, with their state, and adding one by personal
//! token (GitHub, GitLab), by user name and password (BitBucket) or by OAuth: open the
//! repository's sign-in page, then paste the address it sends you back to (its `code` and
//! `state` are read from it).

use leptos::prelude::*;
use leptos::task::spawn_local;
use opsdeck_api::servicestage::git::resources::GIT_AUTHORIZATIONS;
use opsdeck_api::servicestage::git::OAuthCreate;
use opsdeck_api::Text;
use serde_json::{json, Value};

use super::{git_call, git_call_in, objects, repos_href, text, RepoCrumbs, RepoPath, REPOSITORIES};
use crate::client::CallError;
use crate::i18n::{self, tr, use_lang};
use crate::state::AppState;
use crate::views::feedback::{ConfirmDialog, ErrorBanner};

const INTRO: Text = Text::new(
    "授权后，ServiceStage 即可读取仓库中的代码，用于构建组件。选择一个授权以浏览其仓库。",
    "An authorization lets ServiceStage read a repository's code to build components. Choose one to browse its repositories.",
);
const ADD: Text = Text::new("添加授权", "Add authorization");
const BY_TOKEN: Text = Text::new("私人令牌", "Personal token");
const BY_PASSWORD: Text = Text::new("用户名和密码", "User and password");
const BY_OAUTH: Text = Text::new("OAuth 登录", "OAuth sign-in");
const NAME: Text = Text::new("授权名称", "Name");
const NAME_HELP: Text = Text::new("在 ServiceStage 中引用此授权时使用的名称。", "How components refer to this authorization.");
const REPO_TYPE: Text = Text::new("仓库类型", "Repository");
const TOKEN: Text = Text::new("令牌", "Token");
const TOKEN_HELP: Text = Text::new("在仓库的个人设置中创建的访问令牌。", "An access token created in the repository's personal settings.");
const HOST: Text = Text::new("仓库地址（自建时）", "Address (self-hosted only)");
const USER: Text = Text::new("用户名", "User");
const PASSWORD: Text = Text::new("密码", "Password");
const OPEN_SIGN_IN: Text = Text::new("打开登录页面", "Open the sign-in page");
const SIGN_IN_OPENED: Text = Text::new(
    "已在新窗口中打开登录页面。授权后，复制浏览器地址栏中的地址，粘贴到下面。",
    "The sign-in page opened in a new window. After you authorize, copy the address from the browser's address bar and paste it below.",
);
const SENT_BACK: Text = Text::new("返回的地址", "Address you were sent back to");
const NO_CODE: Text = Text::new("地址中没有 code 和 state 参数。", "The address has no code and state parameters.");
const CONNECT: Text = Text::new("连接", "Connect");
const ADDED: Text = Text::new("已添加授权", "Authorization added");
const EMPTY: Text = Text::new("还没有授权。添加一个以连接代码仓库。", "No authorization yet. Add one to connect a repository.");
const REQUIRED_FIELDS: Text = Text::new("请填写所有必填项。", "Fill in every required field.");
const TYPE_COL: Text = Text::new("仓库", "Repository");
const KIND_COL: Text = Text::new("方式", "By");
const STATUS_COL: Text = Text::new("状态", "Status");
const CREATED_COL: Text = Text::new("创建时间", "Created");
const DELETE_TITLE: Text = Text::new("删除授权", "Delete authorization");
const DELETE_BODY: Text = Text::new(
    "使用此授权的组件将无法再读取代码。此操作无法撤销。",
    "Components that use it can no longer read their code. This cannot be undone.",
);

/// A repository site as its owners write it (the service answers in lower case).
fn site_name(kind: &str) -> String {
    match kind {
        "github" => "GitHub".into(),
        "gitlab" => "GitLab".into(),
        "bitbucket" => "BitBucket".into(),
        "gitee" => "Gitee".into(),
        "devcloud" => "CodeArts Repo".into(),
        other => other.to_string(),
    }
}

/// The sites each way of authorizing takes (the SDK's repo_type values of 5.2–5.5).
const OAUTH_SITES: &[(&str, &str)] = &[("github", "GitHub"), ("gitlab", "GitLab"), ("gitee", "Gitee"), ("bitbucket", "BitBucket")];
const TOKEN_SITES: &[(&str, &str)] = &[("github", "GitHub"), ("gitlab", "GitLab"), ("gitee", "Gitee")];
const PASSWORD_SITES: &[(&str, &str)] = &[("bitbucket", "BitBucket"), ("devcloud", "CodeArts Repo"), ("github", "GitHub")];

fn sites_of(kind: &str) -> &'static [(&'static str, &'static str)] {
    match kind {
        "personal" => TOKEN_SITES,
        "password" => PASSWORD_SITES,
        _ => OAUTH_SITES,
    }
}

/// How an authorization was made, in words.
fn kind_word(kind: &str) -> Text {
    match kind {
        "oauth" => BY_OAUTH,
        "personal" => BY_TOKEN,
        "password" => BY_PASSWORD,
        _ => Text::EMPTY,
    }
}

#[component]
pub fn AuthorizationsPage() -> impl IntoView {
    let lang = use_lang();
    let list = LocalResource::new(|| git_call("servicestage.git_authorization.list", vec![], None));
    let adding = RwSignal::new(false);
    let deleting = RwSignal::new(None::<String>);
    let confirm_open = RwSignal::new(false);
    let delete_error = RwSignal::new(None::<CallError>);
    let busy = RwSignal::new(false);
    let state = expect_context::<AppState>();
    let confirm = Callback::new(move |_| {
        let Some(name) = deleting.get_untracked() else { return };
        busy.set(true);
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_authorization.delete", vec![("name", name.clone())], None).await;
            busy.set(false);
            confirm_open.set(false);
            match r {
                Ok(_) => {
                    delete_error.set(None);
                    state.toast(format!("{}: {name}", i18n::DELETED.get(state.settings.with_untracked(|s| s.lang))));
                    list.refetch();
                }
                Err(e) => delete_error.set(Some(e)),
            }
        });
    });
    let rows = move || match list.get() {
        None => view! { <p class="loading" role="status">{tr(i18n::LOADING)}</p> }.into_any(),
        Some(Err(e)) => view! { <ErrorBanner error=Signal::derive(move || Some(e.clone())) /> }.into_any(),
        Some(Ok(v)) => {
            let items = objects(&v, "authorizations");
            if items.is_empty() {
                return view! { <p class="empty muted">{tr(EMPTY)}</p> }.into_any();
            }
            view! {
                <div class="table-wrap">
                    <table class="data" data-testid="authorizations">
                        <caption class="visually-hidden">{tr(REPOSITORIES)}</caption>
                        <thead><tr>
                            <th scope="col">{tr(NAME)}</th><th scope="col">{tr(TYPE_COL)}</th><th scope="col">{tr(KIND_COL)}</th>
                            <th scope="col">{tr(USER)}</th><th scope="col">{tr(STATUS_COL)}</th><th scope="col">{tr(CREATED_COL)}</th>
                            <th scope="col" class="actions">{tr(i18n::ACTIONS)}</th>
                        </tr></thead>
                        <tbody>
                            {items.into_iter().map(|a| {
                                let name = text(&a, "name");
                                let usable = a.get("status").and_then(Value::as_i64) == Some(0);
                                let to = repos_href(Some(&name), None, None);
                                let created = a.get("create_time").and_then(Value::as_f64).map(|ms| crate::format::format_time(ms, lang.get_untracked())).unwrap_or_default();
                                let del = name.clone();
                                view! {
                                    <tr>
                                        <td>{if usable { view! { <a href=to>{name.clone()}</a> }.into_any() } else { view! { <span>{name.clone()}</span> }.into_any() }}</td>
                                        <td>{site_name(&text(&a, "repo_type"))}</td>
                                        <td>{let kind = kind_word(&text(&a, "token_type")); move || kind.get(lang.get())}</td>
                                        <td>{text(&a, "repo_user")}</td>
                                        <td>{GIT_AUTHORIZATIONS.status.and_then(|st| crate::views::status::status_badge(&st, &a, lang.get_untracked()))}</td>
                                        <td>{created}</td>
                                        <td class="actions">
                                            <button type="button" class="btn link danger" aria-label=format!("{} {del}", i18n::DELETE.get(lang.get_untracked()))
                                                on:click=move |_| { deleting.set(Some(del.clone())); confirm_open.set(true); }>{tr(i18n::DELETE)}</button>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <div class="page repos">
            <RepoCrumbs path=RepoPath::default() />
            <div class="page-head">
                <h1>{tr(REPOSITORIES)}</h1>
                <div class="page-actions">
                    <button type="button" class="btn secondary" on:click=move |_| list.refetch()>{tr(i18n::REFRESH)}</button>
                    <button type="button" class="btn primary" aria-expanded=move || adding.get().to_string() on:click=move |_| adding.update(|a| *a = !*a)>{tr(ADD)}</button>
                </div>
            </div>
            <p class="muted">{tr(INTRO)}</p>
            {move || adding.get().then(|| view! { <AddAuthorization on_added=Callback::new(move |_| { adding.set(false); list.refetch(); }) /> })}
            <ErrorBanner error=delete_error on_dismiss=Callback::new(move |_| delete_error.set(None)) />
            {rows}
            <ConfirmDialog open=confirm_open title=Signal::derive(move || DELETE_TITLE.get(lang.get()).to_string())
                message=Signal::derive(move || format!("{} — {}", deleting.get().unwrap_or_default(), DELETE_BODY.get(lang.get())))
                confirm_label=Signal::derive(move || i18n::DELETE.get(lang.get()).to_string()) on_confirm=confirm busy=busy />
        </div>
    }
}

/// One text input with its label and help.
fn text_field(id: &'static str, label: Text, help: Option<Text>, value: RwSignal<String>, secret: bool) -> impl IntoView {
    let help_id = format!("{id}-help");
    view! {
        <div class="field">
            <label class="field-label" for=id>{tr(label)}</label>
            <input id=id type=if secret { "password" } else { "text" } autocomplete="off" spellcheck="false"
                aria-describedby=help.map(|_| help_id.clone())
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{tr(h)}</p> })}
        </div>
    }
}

/// A select of fixed values.
fn select_field(id: &'static str, label: Text, options: &'static [(&'static str, &'static str)], value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label class="field-label" for=id>{tr(label)}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev)) prop:value=move || value.get()>
                {options.iter().map(|(v, l)| view! { <option value=*v>{*l}</option> }).collect_view()}
            </select>
        </div>
    }
}

/// The form that adds an authorization, by the way the user chooses.
#[component]
fn AddAuthorization(on_added: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = use_lang();
    let kind = RwSignal::new("personal".to_string());
    let name = RwSignal::new(String::new());
    let repo_type = RwSignal::new("github".to_string());
    let token = RwSignal::new(String::new());
    let host = RwSignal::new(String::new());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let sent_back = RwSignal::new(String::new());
    let oauth_opened = RwSignal::new(false);
    let error = RwSignal::new(None::<CallError>);
    let problem = RwSignal::new(None::<Text>);
    let sending = RwSignal::new(false);
    // The OAuth redirect URL is asked for, then opened for the user to sign in.
    let open_sign_in = move |_| {
        sending.set(true);
        let rt = repo_type.get_untracked();
        spawn_local(async move {
            let r = git_call_in(state, "servicestage.git_authorization.redirect", vec![("repo_type", rt)], None).await;
            sending.set(false);
            match r {
                Ok(v) => {
                    error.set(None);
                    let url = text(&v, "url");
                    if let Some(w) = web_sys::window() {
                        let _ = w.open_with_url_and_target(&url, "_blank");
                    }
                    oauth_opened.set(true);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        problem.set(None);
        let n = name.get_untracked().trim().to_string();
        let k = kind.get_untracked();
        let (op, params, body) = match k.as_str() {
            "personal" => {
                let mut body = json!({"name": n, "token": token.get_untracked()});
                if !host.get_untracked().trim().is_empty() {
                    body["host"] = json!(host.get_untracked().trim());
                }
                let ok = !n.is_empty() && !token.get_untracked().is_empty();
                (ok.then_some("servicestage.git_authorization.create_personal"), vec![("repo_type", repo_type.get_untracked())], body)
            }
            "password" => {
                let ok = !n.is_empty() && !user.get_untracked().trim().is_empty() && !password.get_untracked().is_empty();
                let body = json!({"name": n, "user": user.get_untracked().trim(), "password": password.get_untracked()});
                (ok.then_some("servicestage.git_authorization.create_password"), vec![("repo_type", repo_type.get_untracked())], body)
            }
            _ => match OAuthCreate::from_redirect(&n, &sent_back.get_untracked()) {
                Some(c) if !n.is_empty() => (Some("servicestage.git_authorization.create_oauth"), vec![("repo_type", repo_type.get_untracked())], serde_json::to_value(c).unwrap_or_default()),
                Some(_) => (None, vec![], Value::Null),
                None => {
                    problem.set(Some(NO_CODE));
                    return;
                }
            },
        };
        let Some(op) = op else {
            problem.set(Some(REQUIRED_FIELDS));
            return;
        };
        sending.set(true);
        spawn_local(async move {
            let r = git_call_in(state, op, params, Some(body)).await;
            sending.set(false);
            match r {
                Ok(_) => {
                    // The secrets leave the page's memory with the form; what was typed stays
                    // when the service refuses it.
                    state.toast(format!("{}: {n}", ADDED.get(state.settings.with_untracked(|s| s.lang))));
                    on_added.run(());
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let kinds: &'static [(&'static str, &'static str)] = &[("personal", "personal"), ("password", "password"), ("oauth", "oauth")];
    view! {
        <form class="op-form repo-add" on:submit=submit aria-label=move || ADD.get(lang.get())>
            <fieldset>
                <legend>{tr(KIND_COL)}</legend>
                {kinds.iter().map(|(k, _)| {
                    let k = *k;
                    view! {
                        <label class="radio">
                            <input type="radio" name="auth-kind" value=k prop:checked=move || kind.get() == k
                                on:change=move |_| { kind.set(k.to_string()); problem.set(None); error.set(None);
                                    // Keep the site when this way takes it, else its first.
                                    let sites = sites_of(k);
                                    if !sites.iter().any(|(v, _)| *v == repo_type.get_untracked()) { repo_type.set(sites[0].0.into()) } } />
                            {move || kind_word(k).get(lang.get())}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            {text_field("auth-name", NAME, Some(NAME_HELP), name, false)}
            {move || match kind.get().as_str() {
                "personal" => view! {
                    {select_field("auth-repo-type", REPO_TYPE, TOKEN_SITES, repo_type)}
                    {text_field("auth-token", TOKEN, Some(TOKEN_HELP), token, true)}
                    {text_field("auth-host", HOST, None, host, false)}
                }.into_any(),
                "password" => view! {
                    {select_field("auth-repo-type", REPO_TYPE, PASSWORD_SITES, repo_type)}
                    {text_field("auth-user", USER, None, user, false)}
                    {text_field("auth-password", PASSWORD, None, password, true)}
                }.into_any(),
                _ => view! {
                    {select_field("auth-repo-type", REPO_TYPE, OAUTH_SITES, repo_type)}
                    <p><button type="button" class="btn secondary" disabled=move || sending.get() on:click=open_sign_in>{tr(OPEN_SIGN_IN)}</button></p>
                    {move || oauth_opened.get().then(|| view! { <p class="help" role="status">{tr(SIGN_IN_OPENED)}</p> })}
                    {text_field("auth-sent-back", SENT_BACK, None, sent_back, false)}
                }.into_any(),
            }}
            {move || problem.get().map(|p| view! { <p class="field-error" role="alert">{tr(p)}</p> })}
            <ErrorBanner error=error />
            <div class="form-actions">
                <button type="submit" class="btn primary" disabled=move || sending.get()>
                    {move || if sending.get() { i18n::SENDING.get(lang.get()) } else if kind.get() == "oauth" { CONNECT.get(lang.get()) } else { ADD.get(lang.get()) }}
                </button>
            </div>
        </form>
    }
}

crate::chunks::split_view!(repos,
    /// The authorizations page, from a chunk.
    fn authorizations_page() => view! { <AuthorizationsPage /> });
