//! Shared by the tests that compare what the typed models produce with the documents'
//! examples.

use serde_json::Value;

/// Members an example spells otherwise than the service does: the model decodes the example's
/// spelling and encodes the service's (each is commented where the model declares it).
const SERVICE_SPELLINGS: &[(&str, &str)] = &[
    // 4.4.2's example; runtime_stack.rs, RuntimeStackInnerImageList.
    ("runtimestacks", "runtime_stacks"),
    // 5.1, 5.3 and 5.4's examples; servicestage/git.rs, Authorization.
    ("avatar", "avartar"),
    // 6.3.4's example (a text-extraction slip); cse/engines.rs, EngineDetail.
    ("vmlDs", "vmIds"),
    // 7.3.3's, 7.5.9's, 7.6.1's and 12.4's examples (`Id` read as `ld`); servicecomb/registry.rs.
    ("appld", "appId"),
    ("serviceld", "serviceId"),
];

/// `null` and an absent member mean the same to every service here; a documented spelling
/// becomes the service's.
pub fn normalize(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| {
                    let k = SERVICE_SPELLINGS.iter().find(|(doc, _)| doc == k).map_or(k.as_str(), |(_, wire)| wire);
                    (k.to_string(), normalize(v))
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(normalize).collect()),
        other => other.clone(),
    }
}
