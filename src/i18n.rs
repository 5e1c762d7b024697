//! The interface's own texts in both languages. Field labels and help come from the
//! operation declarations; everything else the console says is here.

use leptos::prelude::*;
use opsdeck_api::schema::{Lang, Text};

use crate::state::AppState;

/// The current interface language, reactive.
pub fn use_lang() -> Signal<Lang> {
    let state = expect_context::<AppState>();
    Signal::derive(move || state.settings.with(|s| s.lang))
}

/// The interface language at this moment, for views that are built again when it changes
/// (forms: see `views::form::per_language`) rather than binding each text to it.
pub fn lang_now() -> Lang {
    expect_context::<AppState>().settings.with_untracked(|s| s.lang)
}

/// A reactive string for a text.
pub fn tr(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || text.get(lang.get())
}

macro_rules! texts {
    ($($name:ident = ($zh:literal, $en:literal);)*) => {
        $(pub const $name: Text = Text::new($zh, $en);)*
    };
}

texts! {
    APP_NAME = ("Opsdeck 云运维控制台", "Opsdeck");
    NAV_LABEL = ("服务与资源", "Services and resources");
    SETTINGS = ("设置", "Settings");
    LANGUAGE_SWITCH = ("English", "中文");
    LANGUAGE_SWITCH_LABEL = ("切换到英文", "Switch to Chinese");
    THEME_DARK = ("深色主题", "Dark theme");
    THEME_LIGHT = ("浅色主题", "Light theme");
    CREATE = ("创建", "Create");
    SAVE = ("保存", "Save");
    CANCEL = ("取消", "Cancel");
    EDIT = ("编辑", "Edit");
    DELETE = ("删除", "Delete");
    VIEW = ("查看", "View");
    REFRESH = ("刷新", "Refresh");
    RETRY = ("重试", "Retry");
    ACTIONS = ("操作", "Actions");
    LOADING = ("加载中…", "Loading…");
    CHUNK_FAILED = ("无法加载控制台的这一部分（网络错误）。", "This part of the console could not be loaded (network error).");
    SENDING = ("提交中…", "Sending…");
    EMPTY_LIST = ("暂无数据", "Nothing here yet");
    NO_MATCH = ("没有符合筛选条件的结果", "No results match the filters");
    PREVIOUS_PAGE = ("上一页", "Previous page");
    NEXT_PAGE = ("下一页", "Next page");
    PAGE_SIZE = ("每页条数", "Rows per page");
    SHOWING = ("显示", "Showing");
    OF = ("共", "of");
    FILTER = ("筛选", "Filter");
    CLEAR_FILTERS = ("清除筛选", "Clear filters");
    RESPONSE_SCHEMA = ("响应结构", "Response schema");
    FIELD = ("字段", "Field");
    TYPE = ("类型", "Type");
    MEANING = ("含义", "Meaning");
    EXAMPLE_PREFIX = ("例如", "e.g.");
    INCLUDE_TOKEN = ("复制时包含我的 Token", "Include my token when copying");
    CURL_SIGNED_NOTE = ("此请求用 AK/SK 签名：签名包含时间和请求体，用 curl 发送前需重新签名（如用 SDK）。", "Signed with AK/SK: the signature covers the time and the body, so sign it again (with an SDK, for example) before sending it with curl.");
    SKIP_TO_CONTENT = ("跳到主要内容", "Skip to content");
    SORT_ASC = ("升序", "ascending");
    SORT_DESC = ("降序", "descending");
    REQUIRED = ("必填", "required");
    ADD = ("添加", "Add");
    REMOVE = ("移除", "Remove");
    MOVE_UP = ("上移", "Move up");
    MOVE_DOWN = ("下移", "Move down");
    ITEM = ("项", "Item");
    NOT_SET = ("未选择", "Not set");
    FIX_ERRORS = ("请先修正表单中的错误", "Fix the problems in the form first");
    REQUEST_PREVIEW = ("请求预览", "Request preview");
    HTTP_TAB = ("HTTP 请求", "HTTP request");
    CURL_TAB = ("curl 命令", "curl command");
    COPY = ("复制", "Copy");
    COPIED = ("已复制", "Copied");
    PREVIEW_UNAVAILABLE = ("无法构建请求", "The request cannot be built");
    ERROR_TITLE = ("请求失败", "The request failed");
    ERROR_CODE = ("错误码", "Error code");
    REQUEST_ID = ("请求ID", "Request ID");
    NETWORK_ERROR = ("网络错误", "Network error");
    OFFLINE = ("当前处于离线状态，请求未发送，已填写的内容仍保留。联网后请重试。", "You are offline. Nothing was sent and what you entered is kept; try again when the connection is back.");
    TIMED_OUT = ("{n} 秒内未收到应答。", "No answer within {n} s.");
    CONNECTION_FAILED = ("无法连接到服务端点，或连接在应答前中断。", "The endpoint could not be reached, or the connection broke before the answer.");
    MAY_HAVE_APPLIED = ("该变更可能已经生效：请先查看结果，再决定是否重新发送。", "The change may have been applied: check before sending it again.");
    RETRY_AFTER = ("请求过于频繁，请在 {n} 秒后重试。", "Too many requests: try again in {n} s.");
    RETRY_LATER = ("请求过于频繁，请稍后重试。", "Too many requests: try again later.");
    DISMISS = ("关闭", "Dismiss");
    CONFIRM_DELETE_TITLE = ("确认删除", "Confirm deletion");
    CONFIRM_DELETE_BODY = ("删除后无法恢复。确定要删除", "This cannot be undone. Delete");
    TYPE_TO_CONFIRM = ("输入名称以确认：", "Type the name to confirm:");
    LEAVE_TITLE = ("离开此页？", "Leave this page?");
    LEAVE_BODY = ("此页填写的内容尚未保存，离开后将丢失。", "What you entered here has not been saved and will be lost.");
    STAY = ("留在此页", "Stay");
    LEAVE = ("离开", "Leave");
    CREATED = ("创建成功", "Created");
    UPDATED = ("修改成功", "Saved");
    DELETED = ("删除成功", "Deleted");
    NOT_FOUND_PAGE = ("页面不存在", "Page not found");
    BACK_TO_LIST = ("返回列表", "Back to the list");
    DETAILS = ("详情", "Details");
    RAW_JSON = ("原始 JSON", "Raw JSON");
    OPTIONAL_FIELDS = ("可选设置", "Optional settings");
    SHOW_OPTIONAL = ("显示可选设置", "Show optional settings");
    SETTINGS_INTRO = ("配置各服务的端点、区域、项目和凭证。密钥默认只保存在当前浏览器会话中。", "Endpoints, region, project and credentials for each service. Secrets stay in this browser session unless you ask to remember them.");
    REGION = ("区域", "Region");
    PROJECT_ID = ("项目ID", "Project ID");
    ENDPOINTS = ("服务端点", "Endpoints");
    ENDPOINT_HELP = ("留空使用区域默认端点；填写 / 开头的路径表示同源（沙箱或代理）。", "Empty uses the region's default endpoint; a path starting with / means same origin (the sandbox or its proxy).");
    SAME_ORIGIN = ("同源（沙箱）", "same origin (sandbox)");
    CREDENTIALS = ("凭证", "Credentials");
    AUTH_MODE = ("认证方式", "Authentication");
    AUTH_TOKEN = ("IAM Token", "IAM token");
    AUTH_AKSK = ("AK/SK 签名", "AK/SK signing");
    TOKEN = ("Token（X-Auth-Token）", "Token (X-Auth-Token)");
    ACCESS_KEY = ("访问密钥 AK", "Access key (AK)");
    SECRET_KEY = ("私有访问密钥 SK", "Secret key (SK)");
    SECURITY_TOKEN = ("临时安全令牌（可选）", "Security token (temporary credentials, optional)");
    RAINBOND_KEY = ("Rainbond API 密钥", "Rainbond API key");
    REMEMBER = ("在此设备上记住凭证", "Remember credentials on this device");
    REMEMBER_HELP = ("不勾选时凭证仅保存在当前会话，关闭浏览器后清除。", "Unchecked, credentials live in this session only and are gone when the browser closes.");
    CLEAR_CREDENTIALS = ("清除凭证", "Clear credentials");
    SAVED = ("设置已保存", "Settings saved");
    LANGUAGE = ("界面语言", "Language");
    THEME = ("主题", "Theme");
    SANDBOX_BADGE = ("沙箱", "Sandbox");
    RESPONSE = ("响应", "Response");
    PARAMETERS = ("请求参数", "Parameters");
    REQUEST_BODY = ("请求体", "Request body");
    SEND = ("发送请求", "Send request");
    EXPLORER = ("API 浏览器", "API explorer");
    SEARCH_OPERATIONS = ("搜索接口", "Search operations");
    SEARCH_HINT = ("按中文或英文标题、路径或编号搜索", "Title (zh or en), path or ref");
    OPERATIONS_FOUND = ("个接口", "operations");
    JOBS = ("任务", "Jobs");
    NO_JOBS = ("暂无任务", "No jobs yet");
    JOB_RUNNING = ("进行中", "Running");
    JOB_SUCCEEDED = ("成功", "Succeeded");
    JOB_FAILED = ("失败", "Failed");
    CLEAR_FINISHED = ("清除已结束的任务", "Clear finished jobs");
    OPEN = ("打开", "Open");
    SERVICECOMB_TOKEN = ("ServiceComb 引擎 Token（开启安全认证的引擎）", "ServiceComb engine token (security-enabled engines)");
    SIGN_IN_TITLE = ("使用 IAM 用户名密码获取 Token", "Get a token by signing in to IAM");
    SIGN_IN_HELP = ("获取项目级 Token（从响应头 X-Subject-Token 读取），到期前自动续期。密码只在本页内存中保留，用于续期。", "Gets a project-scoped token (from the X-Subject-Token response header) and renews it before it expires. The password stays in this page's memory for the renewal only.");
    IAM_ENDPOINT = ("IAM 端点", "IAM endpoint");
    IAM_USER = ("IAM 用户名", "IAM user name");
    IAM_PASSWORD = ("密码", "Password");
    IAM_DOMAIN = ("账号名", "Account (domain) name");
    IAM_PROJECT = ("项目名称", "Project name");
    SIGN_IN = ("登录并获取 Token", "Sign in and get a token");
    SIGNED_IN = ("已获取 Token", "Signed in: token received");
    TOKEN_EXPIRES = ("Token 到期时间", "Token expires");
    COLUMNS = ("列设置", "Columns");
    EXPORT_CSV = ("导出 CSV", "Export CSV");
    EXPORT_JSON = ("导出 JSON", "Export JSON");
    EXPORT_RAW_CSV = ("原始值 CSV", "Raw CSV");
    EXPORT_RAW_CSV_HELP = ("按字段名导出服务返回的原始值", "The values as the service sent them, under the fields' names");
    COMPARE_VERSIONS = ("版本对比", "Compare versions");
    COMPARE_FROM = ("从", "From");
    COMPARE_TO = ("到", "To");
    ALL = ("全部", "All");
    NO_CREDENTIALS = ("尚未配置凭证：请在设置中填写 Token 或 AK/SK。", "No credentials yet: add a token or AK/SK in Settings.");
}

/// Two texts as one phrase: Chinese joins words without a space ("创建环境"), English with one
/// ("Create Environment").
pub fn phrase(lang: Lang, first: Text, second: Text) -> String {
    match lang {
        Lang::Zh => format!("{}{}", first.zh, second.zh),
        Lang::En => format!("{} {}", first.en, second.en),
    }
}
