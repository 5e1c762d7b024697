//! The exported OpenAPI document is generated from the declarations and committed as
//! `www/openapi.json`; this fails when the committed file is stale.

use std::collections::BTreeSet;
use std::path::Path;

use opsdeck_api::{catalog, openapi};

fn committed_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www/openapi.json")
}

#[test]
fn committed_openapi_is_current() {
    let committed = std::fs::read_to_string(committed_path()).unwrap_or_default();
    let fresh = openapi::document_text();
    assert!(committed == fresh, "www/openapi.json is stale: run `cargo xtask export` and commit it");
}

#[test]
fn every_operation_carries_its_doc_ref() {
    let doc = openapi::document();
    assert_eq!(doc["openapi"], "3.1.0");
    let mut refs = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap().iter().filter(|(k, _)| *k != "servers") {
            let r = &op["x-doc-ref"];
            let list: Vec<String> = match r {
                serde_json::Value::String(s) => vec![s.clone()],
                serde_json::Value::Array(a) => a.iter().map(|v| v.as_str().unwrap().to_string()).collect(),
                _ => panic!("{method} {path} has no x-doc-ref"),
            };
            refs.extend(list);
        }
    }
    let declared: BTreeSet<String> = catalog::operations().map(|o| o.doc_ref.to_string()).collect();
    assert_eq!(refs, declared);
}


fn operation<'a>(doc: &'a serde_json::Value, method: &str, path: &str) -> &'a serde_json::Value {
    let op = &doc["paths"][path][method];
    assert!(op.is_object(), "{method} {path} is not exported");
    op
}

#[test]
fn every_path_names_the_servers_of_its_own_service() {
    let doc = openapi::document();
    assert!(doc.get("servers").is_none(), "no document-wide server: every path has its own");
    let mut hosts = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let url = item["servers"][0]["url"].as_str().unwrap_or_else(|| panic!("{path} has no servers"));
        let service = item.as_object().unwrap().values().find_map(|op| op["tags"][0].as_str()).unwrap();
        // Every operation of a path belongs to one service.
        assert!(item.as_object().unwrap().iter().filter(|(k, _)| *k != "servers").all(|(_, op)| op["tags"][0] == service), "{path}");
        let expected = match service {
            "rainbond" => "{rainbond_url}".to_string(),
            // Enterprise projects are a global service: one endpoint, no region.
            "eps" => "https://eps.myhuaweicloud.com".to_string(),
            // An engine's own registry and configuration center addresses.
            "servicecomb" => "{registry_url}".to_string(),
            "kie" => "{kie_url}".to_string(),
            key => format!("https://{key}.{{region}}.myhuaweicloud.com"),
        };
        assert_eq!(url, expected, "{path}");
        hosts.insert(url.to_string());
    }
    assert_eq!(doc["paths"]["/v1/cloudimages/{image_id}/copy"]["servers"][0]["url"], "https://ims.{region}.myhuaweicloud.com");
    assert_eq!(doc["paths"]["/api/v3/projects/{project_id}/clusters"]["servers"][0]["url"], "https://cce.{region}.myhuaweicloud.com");
    assert!(doc["paths"]["/v1.0/enterprise-projects"]["servers"][0].get("variables").is_none(), "a global endpoint has no region to choose");
    assert!(hosts.len() >= 4, "{hosts:?}");
}

#[test]
fn one_path_with_two_operations_offers_both_bodies_and_both_answers() {
    let doc = openapi::document();
    let op = operation(&doc, "post", "/v3/{project_id}/cas/applications/{application_id}/components");
    let body = &op["requestBody"]["content"][opsdeck_api::request::JSON_CONTENT_TYPE]["schema"]["oneOf"];
    assert_eq!(body.as_array().map(Vec::len), Some(2), "{op}");
    // 4.3.1 and 4.3.2 answer with different models; both are kept.
    let create = catalog::operation_by_ref("servicestage:4.3.1").unwrap();
    let import = catalog::operation_by_ref("servicestage:4.3.2").unwrap();
    let name = |ty: &opsdeck_api::schema::Type| format!("#/components/schemas/{}", ty.as_object().unwrap().name);
    let answers: Vec<String> = op["responses"][create.success_status.to_string()]["content"]["application/json"]["schema"]["oneOf"]
        .as_array()
        .unwrap_or_else(|| panic!("{}", op["responses"]))
        .iter()
        .map(|s| s["$ref"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(answers, vec![name(create.response().unwrap()), name(import.response().unwrap())]);
    let stacks = operation(&doc, "post", "/v3/{project_id}/cas/runtimestacks");
    assert_eq!(stacks["x-doc-ref"], serde_json::json!(["servicestage:4.4.3", "servicestage:4.4.7"]));
}

#[test]
fn bodies_are_declared_under_the_media_type_sent() {
    let doc = openapi::document();
    for op in catalog::operations().filter(|o| o.body().is_some()) {
        let exported = operation(&doc, &op.method.as_str().to_ascii_lowercase(), op.path);
        let media = op.content_type.unwrap_or(opsdeck_api::request::JSON_CONTENT_TYPE);
        assert!(exported["requestBody"]["content"][media].is_object(), "{}: {}", op.id, exported["requestBody"]);
    }
    let copy = operation(&doc, "post", "/v1/cloudimages/{image_id}/copy");
    assert!(copy["requestBody"]["content"]["application/json;charset=UTF-8"].is_object());
}

#[test]
fn required_flags_are_what_the_types_always_send() {
    let doc = openapi::document();
    let schemas = &doc["components"]["schemas"];
    let required = |schema: &str| -> Vec<String> {
        schemas[schema]["required"].as_array().map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect()).unwrap_or_default()
    };
    // runtime_stack.version: always sent, required by the SDK (it may be "").
    assert!(required("ComponentRuntimeStack").contains(&"version".to_string()));
    // tomcat_opts.server_xml: optional in the SDK, sent only when set.
    assert!(!required("ComponentTomcatOpts").contains(&"server_xml".to_string()));
    let opts = opsdeck_api::servicestage::v3::component::ComponentTomcatOpts::default();
    assert_eq!(serde_json::to_value(opts).unwrap(), serde_json::json!({}));
}

#[test]
fn enumerations_are_exact_in_requests_and_open_in_answers() {
    use opsdeck_api::schema::Type;
    let doc = openapi::document();
    let schemas = &doc["components"]["schemas"];
    // Every object a request body holds: its enum fields name the documented values only.
    fn objects(ty: &'static Type, out: &mut Vec<&'static opsdeck_api::schema::ObjectSchema>) {
        match ty {
            Type::Object(o) if !out.iter().any(|seen| std::ptr::eq(*seen, *o)) => {
                out.push(o);
                o.fields.iter().for_each(|f| objects(f.ty, out));
            }
            Type::Array(t) | Type::Map(t) => objects(t, out),
            _ => {}
        }
    }
    let mut in_bodies = Vec::new();
    catalog::operations().filter_map(|o| o.body()).for_each(|b| objects(b, &mut in_bodies));
    let mut checked = 0;
    for o in in_bodies {
        for f in o.fields.iter().filter(|f| matches!(f.ty, Type::Enum(_))) {
            let exported = &schemas[o.name]["properties"][f.name];
            assert!(exported.get("anyOf").is_none() && exported["$ref"].is_string(), "{}.{}: {exported}", o.name, f.name);
            checked += 1;
        }
    }
    assert!(checked > 10, "{checked}");
    // An answer's enumeration admits what the service adds (`nacos` among resource types).
    let answer_type = &schemas["EnvironmentResource"]["properties"]["type"];
    assert_eq!(answer_type["anyOf"][0]["$ref"], "#/components/schemas/ResourceType", "{answer_type}");
    assert_eq!(answer_type["anyOf"][1]["type"], "string");
}
