//! The demo data: the sites, their authorizations, and the repositories every authorization
//! of a site sees, with their commit histories.

use super::*;

struct Site {
    key: &'static str,
    api: &'static str,
    web: &'static str,
}

/// Every kind the SDK names (its repo_type enums); the demo has repositories on the first three.
const SITES: &[Site] = &[
    Site { key: "github", api: "https://api.github.com", web: "https://github.com" },
    Site { key: "gitlab", api: "https://gitlab.com/api/v4", web: "https://gitlab.com" },
    Site { key: "bitbucket", api: "https://api.bitbucket.org", web: "https://bitbucket.org" },
    Site { key: "gitee", api: "https://gitee.com/api/v5", web: "https://gitee.com" },
    Site { key: "devcloud", api: "https://codehub.devcloud.cn-north-4.huaweicloud.com", web: "https://codehub.devcloud.cn-north-4.huaweicloud.com" },
];

fn site(key: &str) -> &'static Site {
    SITES.iter().find(|s| s.key == key).unwrap_or(&SITES[0])
}

pub(super) fn authorization(name: &str, site_key: &str, user: &str, token_type: &str, status: i64, at: i64) -> Value {
    let s = site(site_key);
    json!({
        "name": name, "repo_type": site_key, "repo_host": s.api, "repo_home": format!("{}/{user}", s.web),
        "repo_user": user, "avartar": format!("https://avatars.example.com/{user}.png"), "token_type": token_type,
        "create_time": at, "update_time": at, "status": status, "tag": null,
    })
}

/// The demo authorizations: one of each kind, and an expired one.
pub fn authorizations(_project_id: &str, now: i64) -> Vec<Value> {
    let day = 86_400_000;
    vec![
        authorization("github-oauth", "github", "tom-repo", "oauth", 0, now - 30 * day),
        authorization("gitlab-token", "gitlab", "zmg", "personal", 0, now - 12 * day),
        authorization("bitbucket-pass", "bitbucket", "bucket-ljn", "password", 0, now - 5 * day),
        authorization("github-expired", "github", "tom-repo", "personal", 1, now - 400 * day),
    ]
}

/// One demo repository: its history is a list of (message, files changed), oldest first, on
/// the default branch `main`; `dev` (when asked) branches off before the last commit.
struct DemoRepo {
    site: &'static str,
    namespace: (&'static str, &'static str),
    id: &'static str,
    name: &'static str,
    history: &'static [(&'static str, &'static [(&'static str, &'static str)])],
    dev: bool,
    tag_first: bool,
}

const SPRING_POM: &str = "<project>\n  <groupId>com.example</groupId>\n  <artifactId>spring-demo</artifactId>\n  <version>1.0.0</version>\n</project>\n";
const SPRING_APP: &str = "package com.example;\n\npublic class App {\n    public static void main(String[] args) {\n        System.out.println(\"spring demo\");\n    }\n}\n";

const DEMO: &[DemoRepo] = &[
    DemoRepo {
        site: "github",
        namespace: ("tom-repo", "tom-repo"),
        id: "tom-repo/spring-demo",
        name: "spring-demo",
        history: &[
            ("Initial commit", &[("README.md", "# spring-demo\n\nA Spring Boot service deployed with ServiceStage.\n"), ("pom.xml", SPRING_POM)]),
            ("Add the application entry point", &[("src/main/java/com/example/App.java", SPRING_APP)]),
            ("Configure the service port", &[("src/main/resources/application.yml", "server:\n  port: 8080\n")]),
            ("Document how to build", &[("README.md", "# spring-demo\n\nA Spring Boot service deployed with ServiceStage.\n\nBuild: `mvn package`.\n")]),
        ],
        dev: true,
        tag_first: true,
    },
    DemoRepo {
        site: "github",
        namespace: ("tom-repo", "tom-repo"),
        id: "tom-repo/node-web",
        name: "node-web",
        history: &[
            ("Initial commit", &[("package.json", "{\n  \"name\": \"node-web\",\n  \"version\": \"0.1.0\"\n}\n"), ("index.js", "console.log('node web');\n")]),
            ("Serve static files", &[("public/index.html", "<!doctype html>\n<title>node-web</title>\n")]),
        ],
        dev: false,
        tag_first: false,
    },
    DemoRepo {
        site: "github",
        namespace: ("opsdeck-demo", "opsdeck-demo"),
        id: "opsdeck-demo/gateway",
        name: "gateway",
        history: &[
            ("Initial commit", &[("go.mod", "module example.com/gateway\n\ngo 1.22\n"), ("main.go", "package main\n\nfunc main() {}\n")]),
            ("Add a route table", &[("config/routes.yaml", "routes:\n  - path: /orders\n    service: order\n")]),
        ],
        dev: false,
        tag_first: true,
    },
    DemoRepo {
        site: "gitlab",
        namespace: ("zmg", "zmg"),
        id: "79",
        name: "gradle_custom_gradle_dir",
        history: &[
            ("Initial commit", &[("build.gradle", "plugins { id 'java' }\n"), ("settings.gradle", "rootProject.name = 'gradle_custom_gradle_dir'\n")]),
            ("Add sources", &[("src/main/java/Main.java", "public class Main { public static void main(String[] a) {} }\n")]),
        ],
        dev: true,
        tag_first: true,
    },
    DemoRepo {
        site: "gitlab",
        namespace: ("zmg", "zmg"),
        id: "80",
        name: "python-api",
        history: &[("Initial commit", &[("app.py", "print('python api')\n"), ("requirements.txt", "flask==3.0.0\n")])],
        dev: false,
        tag_first: false,
    },
    DemoRepo {
        site: "bitbucket",
        namespace: ("bucket-ljn", "bucket-ljn"),
        id: "bucket-ljn/infra",
        name: "infra",
        history: &[("Initial commit", &[("README.md", "# infra\n"), ("terraform/main.tf", "terraform {}\n")])],
        dev: false,
        tag_first: true,
    },
];

pub(super) fn clone_url(site_key: &str, namespace: &str, name: &str) -> String {
    format!("{}/{namespace}/{name}.git", site(site_key).web)
}

/// Adds a commit on top of `parent` with `files` changed (`None` removes a file); returns its SHA.
pub(super) fn commit(repo: &mut Value, parent: Option<&str>, message: &str, at: i64, files: &[(&str, Option<&str>)]) -> String {
    let mut tree: Map<String, Value> = parent
        .and_then(|p| repo["commits"].get(p))
        .and_then(|c| c["files"].as_object().cloned())
        .unwrap_or_default();
    for (path, content) in files {
        match content {
            Some(text) => tree.insert(path.to_string(), json!(text)),
            None => tree.remove(*path),
        };
    }
    let sha = commit_sha(parent.unwrap_or_default(), message, at, &hex_id());
    repo["commits"][&sha] = json!({"message": message, "authored_date": iso(at), "at": at, "parent": parent, "files": tree});
    sha
}

/// The demo repositories, for a new project.
pub fn seed(store: &mut Store, now: i64) {
    let hour = 3_600_000;
    for (i, d) in DEMO.iter().enumerate() {
        let mut repo = json!({
            "_site": d.site, "namespace_id": d.namespace.0, "namespace": d.namespace.1,
            "id": d.id, "name": d.name, "clone_url": clone_url(d.site, d.namespace.0, d.name),
            "default_branch": "main", "branches": {}, "tags": {}, "commits": {},
            "hooks": [{"id": format!("{}", 1700 + i), "type": d.site, "callback_url": "https://example.com/webhook"}],
        });
        let mut head: Option<String> = None;
        let start = now - (d.history.len() as i64 + 2) * 24 * hour;
        for (n, (message, files)) in d.history.iter().enumerate() {
            let files: Vec<(&str, Option<&str>)> = files.iter().map(|(p, c)| (*p, Some(*c))).collect();
            let at = start + n as i64 * 24 * hour + i as i64 * hour;
            if d.dev && n + 1 == d.history.len() {
                if let Some(h) = &head {
                    repo["branches"]["dev"] = json!(h);
                }
            }
            let sha = commit(&mut repo, head.as_deref(), message, at, &files);
            if n == 0 && d.tag_first {
                repo["tags"]["v1.0.0"] = json!(sha);
            }
            head = Some(sha);
        }
        repo["branches"]["main"] = json!(head);
        store.items_mut(REPOS).push(repo);
    }
}
