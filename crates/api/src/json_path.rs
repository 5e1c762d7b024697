//! Paths into JSON documents: reading, setting and removing the value at a path. The console's
//! forms keep their state as one JSON document and address fields this way; the sandbox stores
//! items as JSON and reads nested members (`status.create_time`) the same way.

use serde_json::{Map, Value};

/// One step into a JSON document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

/// `labels[0].key`: the notation validation reports problems in.
pub fn path_string(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => {
                s.push('[');
                s.push_str(&i.to_string());
                s.push(']');
            }
        }
    }
    s
}

/// The segments of a dotted path (`status.create_time`): keys only.
pub fn dotted(path: &str) -> Vec<Seg<'_>> {
    path.split('.').filter(|s| !s.is_empty()).map(Seg::Key).collect()
}

/// The value at a path, if every step exists.
pub fn get_at<'v>(v: &'v Value, path: &[Seg]) -> Option<&'v Value> {
    path.iter().try_fold(v, |cur, seg| match seg {
        Seg::Key(k) => cur.get(*k),
        Seg::Index(i) => cur.get(*i),
    })
}

/// The value at a path, mutably, if every step exists.
pub fn get_mut_at<'v>(v: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    path.iter().try_fold(v, |cur, seg| match seg {
        Seg::Key(k) => cur.get_mut(*k),
        Seg::Index(i) => cur.get_mut(*i),
    })
}

/// Sets the value at a path, creating the objects on the way (a key step turns a non-object
/// into an object). An index step past the end of an array changes nothing.
pub fn set_at(v: &mut Value, path: &[Seg], new: Value) {
    let Some((last, parents)) = path.split_last() else {
        *v = new;
        return;
    };
    let mut cur = v;
    for seg in parents {
        cur = match seg {
            Seg::Key(k) => object(cur).entry(k.to_string()).or_insert(Value::Null),
            Seg::Index(i) => match cur.get_mut(*i) {
                Some(item) => item,
                None => return,
            },
        };
        if cur.is_null() {
            *cur = Value::Object(Map::new());
        }
    }
    match last {
        Seg::Key(k) => {
            object(cur).insert(k.to_string(), new);
        }
        Seg::Index(i) => {
            if let Some(slot) = cur.get_mut(*i) {
                *slot = new;
            }
        }
    }
}

/// Removes the value at a path (an array element shifts the rest down); a path that does not
/// exist changes nothing.
pub fn remove_at(v: &mut Value, path: &[Seg]) -> Option<Value> {
    let (last, parents) = path.split_last()?;
    match (last, get_mut_at(v, parents)?) {
        (Seg::Key(k), Value::Object(m)) => m.remove(*k),
        (Seg::Index(i), Value::Array(a)) if *i < a.len() => Some(a.remove(*i)),
        _ => None,
    }
}

fn object(v: &mut Value) -> &mut Map<String, Value> {
    if !v.is_object() {
        *v = Value::Object(Map::new());
    }
    match v {
        Value::Object(m) => m,
        _ => unreachable!("made an object above"),
    }
}

/// Every value at a dotted path where arrays on the way fan out (`components.component_id`
/// reads the id of every component), and so does an array at the end.
pub fn values_at<'v>(item: &'v Value, path: &str) -> Vec<&'v Value> {
    let mut current = vec![item];
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        current = current
            .into_iter()
            .flat_map(|v| match v {
                Value::Array(items) => items.iter().filter_map(|i| i.get(segment)).collect::<Vec<_>>(),
                _ => v.get(segment).into_iter().collect(),
            })
            .collect();
    }
    current
        .into_iter()
        .flat_map(|v| match v {
            Value::Array(items) => items.iter().collect::<Vec<_>>(),
            other => vec![other],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_creates_objects_and_get_reads_back() {
        let mut v = Value::Null;
        let path = [Seg::Key("spec"), Seg::Key("limits"), Seg::Key("cpu")];
        set_at(&mut v, &path, json!(2));
        assert_eq!(v, json!({"spec": {"limits": {"cpu": 2}}}));
        assert_eq!(get_at(&v, &path), Some(&json!(2)));
        assert_eq!(get_at(&v, &dotted("spec.limits")), Some(&json!({"cpu": 2})));
        assert_eq!(path_string(&[Seg::Key("labels"), Seg::Index(0), Seg::Key("key")]), "labels[0].key");
    }

    #[test]
    fn index_steps_never_grow_arrays() {
        let mut v = json!({"labels": [{"key": "a"}]});
        set_at(&mut v, &[Seg::Key("labels"), Seg::Index(3), Seg::Key("key")], json!("x"));
        assert_eq!(v, json!({"labels": [{"key": "a"}]}));
        set_at(&mut v, &[Seg::Key("labels"), Seg::Index(0), Seg::Key("value")], json!("b"));
        assert_eq!(v, json!({"labels": [{"key": "a", "value": "b"}]}));
    }

    #[test]
    fn remove_takes_members_and_elements() {
        let mut v = json!({"a": [1, 2, 3], "b": {"c": true}});
        assert_eq!(remove_at(&mut v, &[Seg::Key("a"), Seg::Index(1)]), Some(json!(2)));
        assert_eq!(remove_at(&mut v, &dotted("b.c")), Some(json!(true)));
        assert_eq!(remove_at(&mut v, &dotted("b.missing")), None);
        assert_eq!(remove_at(&mut v, &[Seg::Key("a"), Seg::Index(9)]), None);
        assert_eq!(v, json!({"a": [1, 3], "b": {}}));
    }

    #[test]
    fn values_at_fans_out_over_arrays() {
        let v = json!({"components": [{"id": "a"}, {"id": "b"}, {"other": 1}], "tags": ["x", "y"]});
        assert_eq!(values_at(&v, "components.id"), vec![&json!("a"), &json!("b")]);
        assert_eq!(values_at(&v, "tags"), vec![&json!("x"), &json!("y")]);
        assert!(values_at(&v, "missing.id").is_empty());
    }
}
