//! From a request to its operation declaration: the path matched against the declared
//! templates, two operations on one method and path told apart by the body, and the query
//! string typed by the parameters' schema.

use axum::http::{Method, Uri};
use opsdeck_api::operation::OperationDecl;
use opsdeck_api::schema::{Location, Type};
use opsdeck_api::url;
use serde_json::{Map, Value};

/// Every declaration whose method and path template match, with the path parameters of the
/// last one (the candidates share a template).
pub fn find_operations(method: &Method, path: &str) -> (Vec<&'static OperationDecl>, Map<String, Value>) {
    let mut found = Vec::new();
    let mut params = Map::new();
    for decl in opsdeck_api::catalog::operations() {
        if decl.method.as_str() != method.as_str() {
            continue;
        }
        if let Some(p) = url::match_template(decl.path, path, url::braces) {
            found.push(decl);
            params = p.into_iter().map(|(k, v)| (k.to_string(), Value::String(v))).collect();
        }
    }
    (found, params)
}

/// Picks between operations that share a method and path (ServiceStage's component creation
/// and import, runtime stack creation and publishing) by what the body carries: the one whose
/// body schema knows most of the body's members (the first on a tie, so an empty body is
/// judged against the first declared).
pub fn disambiguate(candidates: &[&'static OperationDecl], body: Option<&Value>) -> Option<&'static OperationDecl> {
    let keys: Vec<&String> = body.and_then(Value::as_object).map(|m| m.keys().collect()).unwrap_or_default();
    let score = |d: &OperationDecl| d.body_schema().map_or(0, |s| keys.iter().filter(|k| s.field(k).is_some()).count());
    let mut best: Option<&'static OperationDecl> = None;
    for &c in candidates {
        if best.is_none_or(|b| score(c) > score(b)) {
            best = Some(c);
        }
    }
    best
}

/// Converts the query string's text values to the types their schema declares; unknown
/// parameters are ignored, as the services do.
pub fn typed_query(decl: &OperationDecl, uri: &Uri) -> Result<Map<String, Value>, String> {
    let schema = decl.params_schema();
    let mut out = Map::new();
    for (key, val) in url::parse_query(uri.query().unwrap_or("")) {
        let Some(field) = schema.fields.iter().find(|f| f.name == key && f.location == Location::Query) else {
            continue;
        };
        let typed = match field.ty {
            Type::Array(_) => {
                if let Value::Array(items) = out.entry(key).or_insert_with(|| Value::Array(vec![])) {
                    items.push(Value::String(val));
                }
                continue;
            }
            ty => typed_value(ty, &key, val)?,
        };
        out.insert(key, typed);
    }
    Ok(out)
}

/// A parameter's text as the type its schema declares (numbers are numbers), for validation.
pub fn typed_value(ty: &Type, key: &str, val: String) -> Result<Value, String> {
    Ok(match ty {
        Type::Integer => match val.parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => return Err(format!("{key}: must be an integer")),
        },
        Type::Number => match val.parse::<f64>() {
            Ok(n) => Value::from(n),
            Err(_) => return Err(format!("{key}: must be a number")),
        },
        Type::Boolean => match val.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(format!("{key}: must be true or false")),
        },
        _ => Value::String(val),
    })
}

/// The path parameters typed by their schema, for validation (handlers read them as text).
pub fn typed_path(decl: &OperationDecl, params: &Map<String, Value>) -> Result<Map<String, Value>, String> {
    let schema = decl.params_schema();
    let mut out = Map::new();
    for (key, val) in params {
        let text = val.as_str().unwrap_or_default().to_string();
        let typed = match schema.fields.iter().find(|f| f.name == *key && f.location == Location::Path) {
            Some(field) => typed_value(field.ty, key, text)?,
            None => Value::String(text),
        };
        out.insert(key.clone(), typed);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_body_tells_two_operations_on_one_path_apart() {
        let (candidates, params) = find_operations(&Method::POST, "/v3/p1/cas/applications/a1/components");
        assert_eq!(candidates.len(), 2, "creation and import share the path");
        assert_eq!(params["application_id"], "a1");
        let example = |text: &str| serde_json::from_str::<Value>(text).unwrap();
        let create = example(include_str!("../../../../api/tests/examples/servicestage/4.3.1.request.1.json"));
        let import = example(include_str!("../../../../api/tests/examples/servicestage/4.3.2.request.json"));
        assert_eq!(disambiguate(&candidates, Some(&create)).unwrap().id, "servicestage.component.create");
        assert_eq!(disambiguate(&candidates, Some(&import)).unwrap().id, "servicestage.component.import_cce");
        assert_eq!(disambiguate(&candidates, None).unwrap().id, candidates[0].id);
    }
}
