//! The file tree of a project, built from the flat path list the service answers (every file's
//! path with `/`, no directories): what one directory holds, and the crumbs of a path.

use std::collections::BTreeSet;

/// One entry of a directory: a sub-directory (by its name) or a file (by its name and path).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Entry {
    Dir { name: String, path: String },
    File { name: String, path: String },
}

/// What the directory `dir` holds (`""` is the root; no leading or trailing `/`): its
/// directories first, then its files, each by name.
pub fn entries(paths: &[String], dir: &str) -> Vec<Entry> {
    let prefix = if dir.is_empty() { String::new() } else { format!("{dir}/") };
    let mut dirs = BTreeSet::new();
    let mut files = BTreeSet::new();
    for path in paths {
        let Some(rest) = path.strip_prefix(&prefix) else { continue };
        match rest.split_once('/') {
            Some((name, _)) if !name.is_empty() => {
                dirs.insert(name.to_string());
            }
            None if !rest.is_empty() => {
                files.insert(rest.to_string());
            }
            _ => {}
        }
    }
    let join = |name: &str| format!("{prefix}{name}");
    dirs.into_iter()
        .map(|name| Entry::Dir { path: join(&name), name })
        .chain(files.into_iter().map(|name| Entry::File { path: join(&name), name }))
        .collect()
}

/// Whether `path` names a file of the list (else it is a directory, or nothing).
pub fn is_file(paths: &[String], path: &str) -> bool {
    paths.iter().any(|p| p == path)
}

/// The crumbs of a path: each ancestor directory's name and path, then the last part.
pub fn crumbs(path: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut at = String::new();
    for part in path.split('/').filter(|p| !p.is_empty()) {
        if !at.is_empty() {
            at.push('/');
        }
        at.push_str(part);
        out.push((part.to_string(), at.clone()));
    }
    out
}

/// The directory a path is in (`""` at the root).
pub fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths() -> Vec<String> {
        ["README.md", "src/main/App.java", "src/main/util/Io.java", "src/test/AppTest.java", "pom.xml", ".gitignore"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn the_root_lists_its_directories_then_its_files() {
        let names: Vec<String> = entries(&paths(), "")
            .into_iter()
            .map(|e| match e {
                Entry::Dir { name, .. } => format!("{name}/"),
                Entry::File { name, .. } => name,
            })
            .collect();
        assert_eq!(names, ["src/", ".gitignore", "README.md", "pom.xml"]);
    }

    #[test]
    fn a_directory_lists_only_what_is_directly_in_it() {
        assert_eq!(
            entries(&paths(), "src/main"),
            vec![
                Entry::Dir { name: "util".into(), path: "src/main/util".into() },
                Entry::File { name: "App.java".into(), path: "src/main/App.java".into() },
            ]
        );
        // A name that only starts like the directory is not in it.
        assert!(entries(&["srcx/a".to_string()], "src").is_empty());
    }

    #[test]
    fn crumbs_and_parents_follow_the_path() {
        assert_eq!(crumbs("src/main/App.java"), vec![
            ("src".to_string(), "src".to_string()),
            ("main".to_string(), "src/main".to_string()),
            ("App.java".to_string(), "src/main/App.java".to_string()),
        ]);
        assert!(crumbs("").is_empty());
        assert_eq!(parent("src/main/App.java"), "src/main");
        assert_eq!(parent("pom.xml"), "");
        assert!(is_file(&paths(), "pom.xml") && !is_file(&paths(), "src"));
    }
}
