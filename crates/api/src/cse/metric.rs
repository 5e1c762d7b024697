//! Reporting a microservice instance's metrics to CSE's monitor (document section 12.5), on
//! CSE's regional endpoint with an IAM token and the account's name in `x-domain-name`.
//!
//! Neither SDK models this operation; the wire names are the example's (`appId`, where the
//! table prints `appld`, a capital I read as a lower-case l).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::schema::Schema;

/// Parameters of 12.5 (tables 12-224, 12-225).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
pub struct ReportMetricParams {
    #[schema(path, zh = "项目ID", en = "Project ID", min_len = 1, max_len = 64, help_zh = "租户子项目的唯一标识，长度为1~64。", help_en = "The tenant's project ID, 1 to 64 characters.")]
    pub project_id: String,
    #[serde(rename = "x-domain-name")]
    #[schema(header, zh = "租户账号名称", en = "Account name", min_len = 1, help_zh = "租户账号名称（不是账号ID）。", help_en = "The name of the account (not its ID).")]
    pub x_domain_name: String,
}

/// One metric of an interface (table 12-227, plus the members the example sends: `name`,
/// `total`, `failure`, `isCircuitBreakerOpen`, which are CSE's aggregate metric's).
/// Numbers the document types Double keep the sender's spelling (`0` stays `0`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "监控项", en = "Interface metric")]
pub struct FunctionMetric {
    #[serde(rename = "functionName", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "监控项名称", en = "Function name")]
    pub function_name: Option<String>,
    #[serde(rename = "functionType", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "监控项类型", en = "Function type")]
    pub function_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "监控项描述", en = "Description")]
    pub desc: Option<String>,
    /// Not in table 12-227; the example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Name")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "时间", en = "Time", help_zh = "毫秒时间戳。", help_en = "Milliseconds since the Unix epoch.")]
    pub time: Option<i64>,
    // document: appId here (table 12-227), appld at the root (table 12-226).
    #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID")]
    pub app_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "吞吐量", en = "QPS")]
    pub qps: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "时延", en = "Latency")]
    pub latency: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "占比", en = "Rate")]
    pub rate: Option<serde_json::Number>,
    /// Not in table 12-227; the example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "总数", en = "Total")]
    pub total: Option<i64>,
    /// Not in table 12-227; the example sends it.
    #[serde(rename = "isCircuitBreakerOpen", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "熔断是否打开", en = "Circuit breaker open")]
    pub is_circuit_breaker_open: Option<bool>,
    /// Not in table 12-227; the example sends it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败次数", en = "Failures")]
    pub failure: Option<i64>,
    #[serde(rename = "failureRate", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "失败占比", en = "Failure rate")]
    pub failure_rate: Option<serde_json::Number>,
    #[serde(rename = "shortCircuited", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "熔断次数", en = "Short-circuited")]
    pub short_circuited: Option<i64>,
    #[serde(rename = "semaphoreRejected", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "信号量拒绝次数", en = "Semaphore rejections")]
    pub semaphore_rejected: Option<i64>,
    #[serde(rename = "threadPoolRejected", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "线程池拒绝次数", en = "Thread pool rejections")]
    pub thread_pool_rejected: Option<i64>,
    #[serde(rename = "countTimeout", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "超时次数", en = "Timeouts")]
    pub count_timeout: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "99.5%时延", en = "99.5th percentile", help_zh = "99.5%的请求低于此值。", help_en = "99.5% of requests are below this.")]
    pub l995: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "99%时延", en = "99th percentile")]
    pub l99: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "90%时延", en = "90th percentile")]
    pub l90: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "75%时延", en = "75th percentile")]
    pub l75: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "50%时延", en = "Median")]
    pub l50: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "25%时延", en = "25th percentile")]
    pub l25: Option<serde_json::Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "5%时延", en = "5th percentile")]
    pub l5: Option<serde_json::Number>,
}

/// Body of 12.5 (table 12-226). Every member is optional in the table; the registry's own
/// rule (section 9.1.6) wants `name`, `appId`, `version` and `instance`, and `serviceId` with
/// `instanceId` or neither.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Schema)]
#[schema(zh = "上报服务指标", en = "Report service metrics")]
pub struct ReportMetric {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "名称", en = "Service name", help_zh = "微服务名称。", help_en = "The microservice's name.", example = "test")]
    pub name: Option<String>,
    // document: appld (table 12-226); the example and the service: appId. Both read, appId sent.
    #[serde(rename = "appId", alias = "appld", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "应用ID", en = "Application ID", help_zh = "微服务所属应用。", help_en = "The application the microservice belongs to.", example = "default")]
    pub app_id: Option<String>,
    #[serde(rename = "serviceId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "服务ID", en = "Service ID", help_zh = "与实例ID同时填写或同时不填。", help_en = "Give it together with the instance ID, or neither.")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "版本", en = "Version", example = "1.0.0")]
    pub version: Option<String>,
    #[serde(rename = "instanceId", default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例ID", en = "Instance ID", help_zh = "与服务ID同时填写或同时不填。", help_en = "Give it together with the service ID, or neither.")]
    pub instance_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "实例信息", en = "Instance", help_zh = "实例的主机名等信息。", help_en = "The instance, e.g. its host name.", example = "hostNameTest")]
    pub instance: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "线程数", en = "Threads")]
    pub thread: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "CPU信息", en = "CPU")]
    pub cpu: Option<serde_json::Number>,
    // document: Map<String, Long> (table 12-226); the example sends {"1": "1"} (fixed in the example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "内存信息", en = "Memory")]
    pub memory: Option<BTreeMap<String, i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(zh = "监控项", en = "Interfaces")]
    pub interfaces: Option<Vec<FunctionMetric>>,
}

crate::operations! {
    service: Cse;

    /// 12.5 创建上报服务指标: 200 without a body.
    ReportMetricOp {
        doc_ref: "servicestage:12.5",
        id: "cse.metric.report",
        title: ("创建上报服务指标", "Report service metrics"),
        Post "/v2/{project_id}/csemonitor/metric",
        kind: Action,
        params: ReportMetricParams,
        body: ReportMetric,
        status: 200,
    }
}
