//! OpenAPI 3.1 export of every declaration (`www/openapi.json`).
//!
//! Each operation carries `x-doc-ref` with its ref in `operations.tsv`. Where the documents
//! give two operations the same method and path (4.3.1/4.3.2, 4.4.3/4.4.7), they become one
//! OpenAPI operation whose `x-doc-ref` lists both, whose body is `oneOf` the two, and whose
//! answer is `oneOf` the two where they differ.
//!
//! Enumerations in answers are open, as the response models decode them (`lenient::Open`):
//! `anyOf` the documented values and any other string.
//!
//! Every path names the servers of its own service (IMS paths are served by IMS, not by
//! ServiceStage), and every body is declared under the media type the builder sends
//! (`request::JSON_CONTENT_TYPE`, the IMS and CBR SDKs' `application/json;charset=UTF-8`, or
//! multipart).

use std::collections::BTreeMap;

use serde_json::{json, Map, Value};

use crate::operation::{OperationDecl, Service};
use crate::schema::{Field, Location, Rules, Type};

struct Components {
    /// name → (the schema, its JSON). Schemas are compared by content: a `const` may be
    /// placed at several addresses, so pointer identity says nothing.
    schemas: BTreeMap<String, (&'static Type, Value)>,
    /// Walking an answer: its enumerations are open (`lenient::Open`), so a field that holds
    /// one also admits any other string, which the models keep as sent.
    in_answer: bool,
}

impl Components {
    /// A `$ref` to `ty` when it is named (object or enum), the inline schema otherwise.
    fn schema_of(&mut self, ty: &'static Type) -> Value {
        match ty {
            Type::String => json!({"type": "string"}),
            Type::Integer => json!({"type": "integer", "format": "int64"}),
            Type::Number => json!({"type": "number"}),
            Type::Boolean => json!({"type": "boolean"}),
            Type::Any => json!({}),
            Type::Array(item) => json!({"type": "array", "items": self.schema_of(item)}),
            Type::Map(item) => json!({"type": "object", "additionalProperties": self.schema_of(item)}),
            Type::Enum(e) => {
                let id = ty;
                let name = self.reserve(e.name, id);
                if !self.schemas.contains_key(&name) || self.schemas[&name].1.is_null() {
                    let values: Vec<&str> = e.values.iter().map(|v| v.value).collect();
                    let meanings: Vec<Value> = e
                        .values
                        .iter()
                        .map(|v| json!({"value": v.value, "en": v.meaning.en, "zh": v.meaning.zh}))
                        .collect();
                    self.schemas.insert(
                        name.clone(),
                        (id, json!({"type": "string", "title": e.title.en, "enum": values, "x-enum-meanings": meanings})),
                    );
                }
                let reference = json!({"$ref": format!("#/components/schemas/{name}")});
                if self.in_answer {
                    json!({"anyOf": [reference, {"type": "string", "description": "A value the documents do not list, as the service sent it"}]})
                } else {
                    reference
                }
            }
            Type::Object(o) => {
                let id = ty;
                let name = self.reserve(o.name, id);
                if !self.schemas.contains_key(&name) {
                    // Placeholder first: recursive models terminate.
                    self.schemas.insert(name.clone(), (id, Value::Null));
                    let mut props = Map::new();
                    let mut required = Vec::new();
                    for f in o.fields.iter().filter(|f| f.location == Location::Body) {
                        props.insert(f.name.to_string(), self.field_schema(f));
                        if f.required {
                            required.push(f.name);
                        }
                    }
                    let mut s = json!({"type": "object", "title": o.title.en, "x-title-zh": o.title.zh, "properties": props});
                    if !required.is_empty() {
                        s["required"] = json!(required);
                    }
                    self.schemas.insert(name.clone(), (id, s));
                }
                json!({"$ref": format!("#/components/schemas/{name}")})
            }
        }
    }

    /// The component name for a schema: its own name unless another schema already took it.
    fn reserve(&self, base: &str, id: &'static Type) -> String {
        let mut name = base.to_string();
        let mut n = 2;
        while let Some((other, _)) = self.schemas.get(&name) {
            if std::ptr::eq(*other, id) || *other == id {
                break;
            }
            name = format!("{base}{n}");
            n += 1;
        }
        name
    }

    fn field_schema(&mut self, f: &'static Field) -> Value {
        let mut s = self.schema_of(f.ty);
        let obj = s.as_object_mut().expect("schemas are objects");
        apply_rules(obj, f.rules);
        let description = if f.help.en.is_empty() { f.label.en } else { f.help.en };
        obj.insert("description".into(), json!(description));
        obj.insert("x-label".into(), json!({"zh": f.label.zh, "en": f.label.en}));
        if !f.help.zh.is_empty() {
            obj.insert("x-help-zh".into(), json!(f.help.zh));
        }
        s
    }
}

fn apply_rules(obj: &mut Map<String, Value>, r: &Rules) {
    let mut put = |k: &str, v: Value| {
        obj.insert(k.into(), v);
    };
    if let Some(v) = r.min_len { put("minLength", json!(v)) }
    if let Some(v) = r.max_len { put("maxLength", json!(v)) }
    if let Some(v) = r.min { put("minimum", json!(v)) }
    if let Some(v) = r.max { put("maximum", json!(v)) }
    if let Some(v) = r.min_items { put("minItems", json!(v)) }
    if let Some(v) = r.max_items { put("maxItems", json!(v)) }
    if let Some(v) = r.pattern { put("pattern", json!(v)) }
    if let Some(v) = r.example { put("examples", json!([v])) }
    if let Some(v) = r.required_if { put("x-required-if", json!(v)) }
    if r.read_only { put("readOnly", json!(true)) }
    if r.secret { put("writeOnly", json!(true)) }
    if let Some(v) = r.choices { put("x-choices-from", json!(v)) }
    if r.caution { put("x-caution", json!(true)) }
}

fn operation_object(c: &mut Components, ops: &[&'static OperationDecl]) -> Value {
    let first = ops[0];
    let mut params = Vec::new();
    for f in first.params_schema().fields.iter() {
        let location = match f.location {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Body => continue,
        };
        params.push(json!({
            "name": f.name,
            "in": location,
            "required": f.required || f.location == Location::Path,
            "description": if f.help.en.is_empty() { f.label.en } else { f.help.en },
            "schema": c.field_schema(f),
        }));
    }
    let refs: Vec<&str> = ops.iter().map(|o| o.doc_ref).collect();
    let ids: Vec<&str> = ops.iter().map(|o| o.id).collect();
    let mut op = json!({
        "operationId": ids.join("+"),
        "summary": ops.iter().map(|o| o.title().en).collect::<Vec<_>>().join(" / "),
        "description": ops.iter().map(|o| o.title().zh).collect::<Vec<_>>().join(" / "),
        "tags": [first.service.key()],
        "x-doc-ref": if refs.len() == 1 { json!(refs[0]) } else { json!(refs) },
        "parameters": params,
    });
    // Bodies by the media type each operation sends; two operations on one path with the same
    // media type give `oneOf` their schemas.
    let mut bodies: Vec<(&str, Vec<Value>)> = Vec::new();
    for o in ops {
        if let Some(b) = o.body() {
            let media = o.content_type.unwrap_or(crate::request::JSON_CONTENT_TYPE);
            let schema = c.schema_of(b);
            match bodies.iter_mut().find(|(m, _)| *m == media) {
                Some((_, list)) => push_distinct(list, schema),
                None => bodies.push((media, vec![schema])),
            }
        }
    }
    if !bodies.is_empty() {
        let content: Map<String, Value> =
            bodies.into_iter().map(|(media, schemas)| (media.to_string(), json!({"schema": one_of(schemas)}))).collect();
        op["requestBody"] = json!({"required": true, "content": content});
    }
    // Answers by status; operations sharing a path and a status answer `oneOf` their models.
    let mut answers: Vec<(u16, Vec<Value>)> = Vec::new();
    for o in ops {
        c.in_answer = true;
        let schema = o.response().map(|r| c.schema_of(r));
        c.in_answer = false;
        match answers.iter_mut().find(|(status, _)| *status == o.success_status) {
            Some((_, list)) => {
                if let Some(schema) = schema {
                    push_distinct(list, schema);
                }
            }
            None => answers.push((o.success_status, schema.into_iter().collect())),
        }
    }
    let mut responses = Map::new();
    for (status, schemas) in answers {
        let mut r = json!({"description": crate::error::status_text(status)});
        if !schemas.is_empty() {
            r["content"] = json!({"application/json": {"schema": one_of(schemas)}});
        }
        responses.insert(status.to_string(), r);
    }
    responses.insert(
        "default".into(),
        json!({"description": "Error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}),
    );
    op["responses"] = Value::Object(responses);
    // Rainbond takes its own API key; the Huawei services an IAM token or an AK/SK signature.
    op["security"] = match first.service {
        crate::operation::Service::Rainbond => json!([{"rainbondKey": []}]),
        // An engine with security authentication takes its own token (7.2.1); a professional
        // engine on the CSE endpoint an IAM token; an engine without authentication nothing.
        crate::operation::Service::ServiceComb | crate::operation::Service::Kie => json!([{"engineToken": []}, {"token": []}, {}]),
        _ => json!([{"token": []}, {"aksk": []}]),
    };
    op
}

fn push_distinct(list: &mut Vec<Value>, schema: Value) {
    if !list.contains(&schema) {
        list.push(schema);
    }
}

/// One schema as it is, several as `oneOf`.
fn one_of(mut schemas: Vec<Value>) -> Value {
    if schemas.len() == 1 {
        schemas.remove(0)
    } else {
        json!({"oneOf": schemas})
    }
}

/// The servers of a service: the regional endpoint of a Huawei Cloud service, the address of a
/// Rainbond console for Rainbond.
fn servers(service: Service) -> Value {
    // An exclusive engine's registry and configuration center are at the engine's own
    // addresses (its detail's entry points), VPC-internal and on their own ports.
    let engine = match service {
        Service::ServiceComb => Some(("registry_url", "https://192.168.0.169:30100", "The engine's service registry address (serviceCenter entry point)")),
        Service::Kie => Some(("kie_url", "https://192.168.0.169:30110", "The engine's configuration center address (kie entry point)")),
        _ => None,
    };
    if let Some((var, default, description)) = engine {
        return json!([{
            "url": format!("{{{var}}}"),
            "description": service.title().en,
            "variables": {var: {"default": default, "description": description}}
        }]);
    }
    match service.default_endpoint("{region}") {
        // A global service (enterprise projects) has one address and no region to choose.
        Some(url) if !url.contains("{region}") => json!([{"url": url, "description": service.title().en}]),
        Some(url) => json!([{
            "url": url,
            "description": service.title().en,
            "variables": {"region": {"default": "cn-north-4", "description": "Huawei Cloud region"}}
        }]),
        None => json!([{
            "url": "{rainbond_url}",
            "description": service.title().en,
            "variables": {"rainbond_url": {"default": "https://rainbond.example.com", "description": "Address of the Rainbond console (self-hosted)"}}
        }]),
    }
}

/// The whole document.
pub fn document() -> Value {
    let mut c = Components { schemas: BTreeMap::new(), in_answer: false };
    // Group operations sharing method + path, keeping document order.
    let mut groups: Vec<((&str, &str), Vec<&'static OperationDecl>)> = Vec::new();
    for op in crate::catalog::operations() {
        let key = (op.path, op.method.as_str());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(op),
            None => groups.push((key, vec![op])),
        }
    }
    let mut paths = Map::new();
    for ((path, method), ops) in &groups {
        let item = paths.entry(path.to_string()).or_insert_with(|| json!({"servers": servers(ops[0].service)}));
        debug_assert_eq!(item["servers"], servers(ops[0].service), "{path} is served by two services");
        item[method.to_ascii_lowercase()] = operation_object(&mut c, ops);
    }
    let mut schemas: Map<String, Value> = c.schemas.into_iter().map(|(k, (_, v))| (k, v)).collect();
    schemas.insert(
        "ErrorBody".into(),
        json!({
            "description": "Error answer. ServiceStage, IMS and CBR use error_code/error_msg; ServiceComb and CSE errorCode/errorMessage/detail; KIE and CSE's configuration import and export error_code/error_message; Rainbond code/msg/msg_show.",
            "type": "object",
            "properties": {
                "error_code": {"type": "string"}, "error_msg": {"type": "string"},
                "errorCode": {"type": "string"}, "errorMessage": {"type": "string"}, "detail": {"type": "string"},
                "error_message": {"type": "string"},
                "code": {}, "msg": {"type": "string"}, "msg_show": {"type": "string"}
            }
        }),
    );
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Opsdeck — ServiceStage, CSE, ServiceComb, IMS, CBR and Rainbond APIs",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Generated from Opsdeck's operation declarations (crates/api). Each operation's x-doc-ref names its section in the API documents."
        },
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "token": {"type": "apiKey", "in": "header", "name": "X-Auth-Token"},
                "aksk": {"type": "apiKey", "in": "header", "name": "Authorization", "description": "SDK-HMAC-SHA256 signature"},
                "rainbondKey": {"type": "apiKey", "in": "header", "name": "Authorization", "description": "Rainbond OpenAPI key"},
                "engineToken": {"type": "http", "scheme": "bearer", "description": "ServiceComb engine user token (7.2.1), for engines with security authentication"}
            }
        },
        "security": [{"token": []}, {"aksk": []}],
        "paths": paths,
    })
}

/// The document as committed: pretty JSON with a trailing newline.
pub fn document_text() -> String {
    let mut s = serde_json::to_string_pretty(&document()).expect("serializable");
    s.push('\n');
    s
}
