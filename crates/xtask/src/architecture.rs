//! The console's module graph (`src/**/*.rs`), for a test that keeps it free of import cycles.
//!
//! A module depends on another when its file names it through a `crate::…`, `super::…` or
//! `self::…` path (in a `use` or in code; comments and string literals do not count). A path
//! names the longest module prefix it has (`crate::views::form::FormState` is `views::form`).
//! A parent naming one of its own descendants is not a dependency for this check: a parent
//! owns its children, and children may use what their parent shares.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`views::form`, `""` for the crate root) → the modules its file names.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// The module path of a file below `src/`: `views/form.rs` is `views::form`, `pages/mod.rs`
/// is `pages`, `lib.rs` is the root.
fn module_of(relative: &Path) -> String {
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let file = parts.pop().unwrap_or_default();
    let stem = file.strip_suffix(".rs").unwrap_or(&file);
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_string());
    }
    parts.join("::")
}

/// The graph of the crate whose sources are below `src`.
pub fn module_graph(src: &Path) -> std::io::Result<Graph> {
    let mut files = Vec::new();
    collect_rs(src, &mut files)?;
    let mut sources = BTreeMap::new();
    for file in files {
        let module = module_of(file.strip_prefix(src).expect("below src"));
        sources.insert(module, std::fs::read_to_string(&file)?);
    }
    let modules: BTreeSet<String> = sources.keys().cloned().collect();
    let mut graph = Graph::new();
    for (module, text) in &sources {
        let mut deps = BTreeSet::new();
        for path in referenced_paths(&code_only(text)) {
            let Some(absolute) = absolute(module, &path) else { continue };
            let Some(target) = longest_module(&modules, &absolute) else { continue };
            let owns = target == *module || module.is_empty() || target.starts_with(&format!("{module}::"));
            if !owns {
                deps.insert(target);
            }
        }
        graph.insert(module.clone(), deps);
    }
    Ok(graph)
}

fn collect_rs(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_rs(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// The source with comments and string and character literals blanked out.
fn code_only(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !chars.get(i.wrapping_sub(1)).is_some_and(|p| p.is_alphanumeric() || *p == '_') {
            // A raw string: r"…" or r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < chars.len() && !(chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#'))) {
                j += 1;
            }
            i = j + 1 + hashes;
            out.push_str("\"\"");
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && (chars.get(i + 2) == Some(&'\'') || next == Some('\\')) {
            // A character literal ('"', '\n'); a lifetime ('a) is left alone.
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// Every path starting with `crate`, `super` or `self` followed by `::`, with `use` trees
/// (`crate::views::{form::X, table}`) expanded into one path each.
fn referenced_paths(code: &str) -> Vec<Vec<String>> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let word_start = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b'$');
        let head = ["crate::", "super::", "self::"].into_iter().find(|h| code[i..].starts_with(h));
        match head {
            Some(_) if word_start => {
                let (paths, end) = parse_tree(code, i);
                out.extend(paths);
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

/// Parses a path or `use` tree starting at `start`; returns its paths and where it ends.
fn parse_tree(code: &str, start: usize) -> (Vec<Vec<String>>, usize) {
    let bytes = code.as_bytes();
    let mut prefix = Vec::new();
    let mut i = start;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < bytes.len() && bytes[i] == b'{' {
            // A group: each comma-separated item is a tree below the prefix.
            let mut paths = Vec::new();
            i += 1;
            loop {
                while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b',') {
                    i += 1;
                }
                if i >= bytes.len() || bytes[i] == b'}' {
                    return (paths, i + 1);
                }
                let (inner, end) = parse_tree(code, i);
                for p in inner {
                    paths.push(prefix.iter().cloned().chain(p).collect());
                }
                // Skip what follows the item (`as name`) up to the next comma or brace.
                i = end;
                while i < bytes.len() && bytes[i] != b',' && bytes[i] != b'}' {
                    i += 1;
                }
            }
        }
        let word_end = code[i..].find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '*')).map_or(code.len(), |n| i + n);
        if word_end == i {
            return (vec![prefix], i);
        }
        prefix.push(code[i..word_end].to_string());
        i = word_end;
        if code[i..].starts_with("::") {
            i += 2;
        } else {
            return (vec![prefix], i);
        }
    }
}

/// A path as segments from the crate root, seen from `module`.
fn absolute(module: &str, path: &[String]) -> Option<Vec<String>> {
    let mut current: Vec<String> = if module.is_empty() { Vec::new() } else { module.split("::").map(String::from).collect() };
    let mut segments = path.iter();
    match segments.next()?.as_str() {
        "crate" => current.clear(),
        "self" => {}
        "super" => {
            current.pop()?;
        }
        _ => return None,
    }
    let mut rest = segments.peekable();
    while rest.peek().is_some_and(|s| *s == "super") {
        rest.next();
        current.pop()?;
    }
    current.extend(rest.filter(|s| *s != "self" && *s != "*").cloned());
    Some(current)
}

/// The longest prefix of `path` that is a module of the crate (not the root).
fn longest_module(modules: &BTreeSet<String>, path: &[String]) -> Option<String> {
    (1..=path.len()).rev().map(|n| path[..n].join("::")).find(|m| modules.contains(m))
}

/// The graph's cycles: each strongly connected component of more than one module (every
/// module in it reaches every other), with one shortest cycle through its first module
/// (`a → b → a`).
pub fn cycles(graph: &Graph) -> Vec<(BTreeSet<String>, Vec<String>)> {
    let mut found = Vec::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for start in graph.keys() {
        if seen.contains(start) {
            continue;
        }
        // The modules that can reach `start` and that `start` reaches: its component.
        let forward = reachable(graph, start);
        let component: BTreeSet<String> = forward.iter().filter(|m| reachable(graph, m).contains(start)).cloned().collect();
        seen.extend(component.iter().cloned());
        if component.len() > 1 {
            let cycle = shortest_cycle(graph, start, &component);
            found.push((component, cycle));
        }
    }
    found
}

fn reachable(graph: &Graph, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::from([from.to_string()]);
    let mut stack = vec![from.to_string()];
    while let Some(m) = stack.pop() {
        for d in graph.get(&m).into_iter().flatten() {
            if seen.insert(d.clone()) {
                stack.push(d.clone());
            }
        }
    }
    seen
}

/// A shortest path from `start` back to itself inside `component` (breadth first).
fn shortest_cycle(graph: &Graph, start: &str, component: &BTreeSet<String>) -> Vec<String> {
    let mut previous: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = std::collections::VecDeque::from([start.to_string()]);
    while let Some(m) = queue.pop_front() {
        for d in graph.get(&m).into_iter().flatten().filter(|d| component.contains(*d)) {
            if d == start {
                let mut path = vec![start.to_string()];
                let mut at = m.clone();
                while at != start {
                    path.push(at.clone());
                    at = previous[&at].clone();
                }
                path.push(start.to_string());
                let last = path.len() - 1;
                path[1..last].reverse();
                return path;
            }
            if !previous.contains_key(d) {
                previous.insert(d.clone(), m.clone());
                queue.push_back(d.clone());
            }
        }
    }
    vec![start.to_string()]
}

/// The split points declared in the console's sources (`split_view!(chunk, fn name …)` and
/// `split_point!(chunk, fn name …)`), by name, with the module declaring each.
pub fn split_points(src: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut files = Vec::new();
    collect_rs(src, &mut files)?;
    let mut found = Vec::new();
    for file in files {
        let module = module_of(file.strip_prefix(src).expect("below src"));
        let code = code_only(&std::fs::read_to_string(&file)?);
        for macro_call in ["split_view!(", "split_point!("] {
            for (at, _) in code.match_indices(macro_call) {
                let Some(fn_at) = code[at..].find("fn ") else { continue };
                let rest = &code[at + fn_at + 3..];
                let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                // The macros' own definitions say `fn $name`.
                if !name.is_empty() {
                    found.push((module.clone(), name));
                }
            }
        }
    }
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_console_has_no_import_cycles() {
        let graph = module_graph(&crate::tools::root().join("src")).unwrap();
        assert!(graph.len() > 10, "the console's modules were found");
        let cycles = cycles(&graph);
        let listed: Vec<String> = cycles
            .iter()
            .map(|(members, cycle)| format!("{} (for example {})", members.iter().cloned().collect::<Vec<_>>().join(", "), cycle.join(" → ")))
            .collect();
        assert!(cycles.is_empty(), "import cycles among the console's modules:\n  {}", listed.join("\n  "));
    }

    /// The shell prefetches every split point once it is idle, so that a view opened later
    /// builds in the render that shows it; a split point missing from its list would show
    /// "Loading…" first.
    #[test]
    fn every_split_point_is_prefetched() {
        let src = crate::tools::root().join("src");
        let list = code_only(&std::fs::read_to_string(src.join("app/idle.rs")).unwrap());
        let points = split_points(&src).unwrap();
        assert!(points.len() >= 10, "split points found: {points:?}");
        for (module, name) in points {
            let entry = format!("{}::{name}::PREFETCH", module);
            assert!(list.contains(&entry), "{entry} is not in app/idle.rs's SPLIT_POINTS");
        }
    }

    #[test]
    fn paths_use_trees_and_comments_are_read_as_the_compiler_would() {
        let code = code_only(
            "use crate::views::{form::{self, Seg}, table};\n// crate::app::x\nlet s = \"crate::state\"; let c = '\"';\nsuper::super::router::go(); crate::jobs::track(); $crate::x;",
        );
        let paths: Vec<String> = referenced_paths(&code).iter().map(|p| p.join("::")).collect();
        assert_eq!(paths, ["crate::views::form::self", "crate::views::form::Seg", "crate::views::table", "super::super::router::go", "crate::jobs::track"]);
        assert_eq!(absolute("pages::resource::list", &["super".into(), "super".into(), "app".into()]), Some(vec!["pages".to_string(), "app".to_string()]));
        assert_eq!(module_of(Path::new("views/mod.rs")), "views");
        assert_eq!(module_of(Path::new("lib.rs")), "");
    }

    #[test]
    fn a_cycle_is_found_and_a_parent_using_its_child_is_not_one() {
        let graph: Graph = [
            ("app", vec!["pages::list"]),
            ("pages::list", vec!["app"]),
            ("pages", vec![]),
            ("views", vec![]),
            ("views::form", vec!["views"]),
        ]
        .into_iter()
        .map(|(m, d)| (m.to_string(), d.into_iter().map(String::from).collect()))
        .collect();
        let found = cycles(&graph);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, ["app", "pages::list", "app"]);
    }
}
