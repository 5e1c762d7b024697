//! Errors: one type per layer. [`BuildError`] when a request cannot be built, [`ApiError`]
//! when the service answers with an error (or with something that does not decode).
//! Transport errors belong to the client that sends the request (the console), not here.

use serde_json::Value;

use crate::operation::{Operation, OperationDecl};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    #[error("missing required parameter `{0}`")]
    MissingParam(String),
    #[error("malformed path template `{0}`")]
    Template(&'static str),
    #[error("the body cannot be encoded: {0}")]
    Body(String),
    #[error("the value for the `{0}` header contains a line break or NUL")]
    HeaderValue(String),
    #[error("AK/SK signing needs an absolute endpoint (https://host); relative endpoints go through the sandbox proxy, which signs on the server")]
    SigningNeedsAbsoluteEndpoint,
    #[error("the AK/SK signer is still loading; try again in a moment")]
    SignerUnavailable,
}

impl BuildError {
    /// A sentence for the user in `lang` (`Display` is the English one, for logs and tests).
    pub fn message(&self, lang: crate::schema::Lang) -> String {
        if lang == crate::schema::Lang::En {
            return self.to_string();
        }
        match self {
            BuildError::MissingParam(name) => format!("缺少必填参数 `{name}`"),
            BuildError::Template(t) => format!("路径模板有误 `{t}`"),
            BuildError::Body(e) => format!("请求体无法编码：{e}"),
            BuildError::HeaderValue(name) => format!("`{name}` 请求头的值含有换行或 NUL 字符"),
            BuildError::SigningNeedsAbsoluteEndpoint => {
                "AK/SK 签名需要完整的终端节点地址（https://主机）；相对地址请经沙箱代理转发，由服务端签名".into()
            }
            BuildError::SignerUnavailable => "AK/SK 签名程序仍在加载，请稍后重试".into(),
        }
    }
}

/// An error answer, in whichever of the documented shapes it came:
/// `{"error_code","error_msg"}` (ServiceStage, IMS, CBR, IAM-style gateways),
/// `{"errorCode","errorMessage","detail"}` (ServiceComb, CSE engines),
/// `{"error_code","error_message","detail"}` (CSE configuration import and export, KIE),
/// `{"error":{"code","message"}}` (IAM, some gateways),
/// `{"code","msg","msg_show"}` (Rainbond).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("HTTP {status}{}: {message}", code.as_ref().map(|c| format!(" {c}")).unwrap_or_default())]
#[non_exhaustive]
pub struct ApiError {
    pub status: u16,
    pub code: Option<String>,
    pub message: String,
    /// `detail` (ServiceComb, CSE) or `msg_show` (Rainbond), when given.
    pub detail: Option<String>,
    /// From the `X-Request-Id` header, or the body's `request_id`.
    pub request_id: Option<String>,
    /// The body as received, kept for when decoding did not explain enough.
    pub raw: String,
}

fn str_field<'a>(v: &'a Value, names: &[&str]) -> Option<&'a str> {
    names.iter().find_map(|n| v.get(*n).and_then(Value::as_str)).filter(|s| !s.is_empty())
}

impl ApiError {
    /// Reads whichever documented error shape the body has.
    pub fn from_response(status: u16, headers: &[(String, String)], body: &[u8]) -> ApiError {
        let raw = String::from_utf8_lossy(body).into_owned();
        let json: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        let inner = json.get("error").filter(|e| e.is_object()).unwrap_or(&json);
        let code = str_field(inner, &["error_code", "errorCode", "code"])
            .map(str::to_string)
            .or_else(|| inner.get("code").and_then(Value::as_i64).map(|c| c.to_string()));
        let message = str_field(inner, &["error_msg", "errorMessage", "error_message", "message", "msg"])
            .map(str::to_string)
            .unwrap_or_else(|| {
                if raw.trim().is_empty() {
                    status_text(status).to_string()
                } else {
                    raw.chars().take(300).collect()
                }
            });
        let detail = str_field(inner, &["detail", "msg_show"]).map(str::to_string);
        let request_id = headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("x-request-id"))
            .map(|(_, v)| v.clone())
            .or_else(|| str_field(&json, &["request_id"]).map(str::to_string));
        ApiError { status, code, message, detail, request_id, raw }
    }

    /// A 2xx answer whose body does not decode into the declared response.
    pub fn undecodable(status: u16, headers: &[(String, String)], body: &[u8], why: String) -> ApiError {
        let mut e = ApiError::from_response(status, headers, body);
        e.code = None;
        e.message = format!("response does not match the documented model: {why}");
        e
    }
}

/// What an HTTP status means, in the words of the documents' status tables.
pub fn status_text(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// What an error status means to the user, in the words of the documents' return-value tables
/// (IMS 002 "返回值": 请求错误, 鉴权失败, 没有操作权限, 找不到资源, 服务内部错误, 服务不可用).
pub fn status_meaning(status: u16) -> Option<crate::schema::Text> {
    use crate::schema::Text;
    Some(match status {
        400 => Text::new("请求错误", "the request is invalid"),
        401 => Text::new("鉴权失败", "authentication failed"),
        403 => Text::new("没有操作权限", "no permission for this operation"),
        404 => Text::new("找不到资源", "the resource cannot be found"),
        409 => Text::new("资源冲突", "the request conflicts with the resource's state"),
        429 => Text::new("请求过于频繁", "too many requests"),
        500 => Text::new("服务内部错误", "internal server error"),
        502 => Text::new("网关错误", "bad gateway"),
        503 => Text::new("服务不可用", "the service is unavailable"),
        504 => Text::new("网关超时", "gateway timeout"),
        _ => return None,
    })
}

/// Decodes an answer generically: the JSON body (or `{}` when empty) for a success, the typed
/// error otherwise.
pub fn decode_value(
    _decl: &OperationDecl,
    status: u16,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<Value, ApiError> {
    // 304: the revision asked for is the current one (KIE's lists, 12.3); nothing changed and
    // there is no body.
    if status == 304 {
        return Ok(Value::Object(Default::default()));
    }
    if !(200..300).contains(&status) {
        return Err(ApiError::from_response(status, headers, body));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Default::default()));
    }
    serde_json::from_slice(body).map_err(|e| ApiError::undecodable(status, headers, body, e.to_string()))
}

/// Decodes an answer into the operation's typed response.
pub fn decode<O: Operation>(
    status: u16,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<O::Response, ApiError> {
    let value = decode_value(O::DECL, status, headers, body)?;
    serde_json::from_value(value).map_err(|e| ApiError::undecodable(status, headers, body, e.to_string()))
}
