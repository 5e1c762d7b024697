//! The supplementary lists the forms' pickers read (VPCs and subnets, CCE clusters, enterprise
//! projects): answered in each service's own shape, paged its way, and holding the ids the
//! demo ServiceStage environments use, so that what a picker offers is what the data refers to.

use serde_json::Value;

mod common;
use common::{Answer, Sandbox};

const PROJECT: &str = "0605767e0f00d5762f5fc012cb2f4c97";

fn get(s: &Sandbox, path: &str) -> Answer {
    s.send("GET", path, &[("x-auth-token", "sandbox-demo-token")], b"")
}

fn ids<'a>(items: &'a Value, at: &str) -> Vec<&'a str> {
    let path: Vec<&str> = at.split('.').collect();
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| path.iter().fold(i, |v, k| &v[*k]).as_str().unwrap())
        .collect()
}

#[test]
fn vpcs_and_subnets_answer_vpc_shape_and_page_by_marker() {
    let s = Sandbox::new();
    let all = get(&s, &format!("/v1/{PROJECT}/vpcs"));
    assert_eq!(all.status, 200);
    // VPC's v1 answer: the items alone, no total and no links.
    assert_eq!(all.body.as_object().unwrap().keys().collect::<Vec<_>>(), vec!["vpcs"]);
    let vpcs = ids(&all.body["vpcs"], "id");
    assert_eq!(vpcs.len(), 2);
    let first = &all.body["vpcs"][0];
    for member in ["id", "name", "cidr", "status", "enterprise_project_id"] {
        assert!(first.get(member).is_some(), "a VPC has {member}: {first}");
    }

    // Every demo environment's VPC is one the picker offers.
    let envs = get(&s, &format!("/v3/{PROJECT}/cas/environments"));
    for env in envs.body["environments"].as_array().unwrap() {
        assert!(vpcs.contains(&env["vpc_id"].as_str().unwrap()), "{}", env["name"]);
    }

    // Marker paging: `limit` items after the one named by `marker`.
    let page1 = get(&s, &format!("/v1/{PROJECT}/vpcs?limit=1"));
    assert_eq!(ids(&page1.body["vpcs"], "id"), vec![vpcs[0]]);
    assert!(page1.body.get("next").is_none());
    let page2 = get(&s, &format!("/v1/{PROJECT}/vpcs?limit=1&marker={}", vpcs[0]));
    assert_eq!(ids(&page2.body["vpcs"], "id"), vec![vpcs[1]]);
    let past = get(&s, &format!("/v1/{PROJECT}/vpcs?limit=1&marker={}", vpcs[1]));
    assert_eq!(past.body["vpcs"], serde_json::json!([]));
    // An unknown marker is refused in VPC's own error shape.
    let bad = get(&s, &format!("/v1/{PROJECT}/vpcs?marker=0b0b0b0b-0000-4000-8000-000000000000"));
    assert_eq!(bad.status, 400);
    assert_eq!(bad.body["code"], "VPC.0101");
    assert!(bad.body["message"].is_string());

    // Subnets: 2–3 per VPC, filtered by `vpc_id`, each naming its VPC.
    for vpc in &vpcs {
        let subnets = get(&s, &format!("/v1/{PROJECT}/subnets?vpc_id={vpc}"));
        assert_eq!(subnets.status, 200);
        let items = subnets.body["subnets"].as_array().unwrap();
        assert!((2..=3).contains(&items.len()), "{vpc}: {}", items.len());
        assert!(items.iter().all(|i| i["vpc_id"] == *vpc && i["cidr"].is_string() && i["status"] == "ACTIVE"));
    }
    let all_subnets = get(&s, &format!("/v1/{PROJECT}/subnets"));
    let subnet_ids = ids(&all_subnets.body["subnets"], "id");
    assert_eq!(subnet_ids.len(), 5);
    let second = get(&s, &format!("/v1/{PROJECT}/subnets?limit=2&marker={}", subnet_ids[1]));
    assert_eq!(ids(&second.body["subnets"], "id"), subnet_ids[2..4].to_vec());
}

#[test]
fn cce_clusters_answer_the_kubernetes_shaped_list() {
    let s = Sandbox::new();
    let list = get(&s, &format!("/api/v3/projects/{PROJECT}/clusters"));
    assert_eq!(list.status, 200, "{}", list.body);
    assert_eq!(list.body["kind"], "ClusterList");
    assert_eq!(list.body["apiVersion"], "v3");
    let uids = ids(&list.body["items"], "metadata.uid");
    assert_eq!(ids(&list.body["items"], "metadata.name"), vec!["cce-test", "cce-staging", "cce-prod"]);
    let cluster = &list.body["items"][0];
    assert_eq!(cluster["status"]["phase"], "Available");
    assert!(cluster["spec"]["hostNetwork"]["vpc"].is_string() && cluster["spec"]["type"] == "VirtualMachine");

    // Every CCE cluster a demo environment manages, and every build cluster, is offered.
    let envs = get(&s, &format!("/v3/{PROJECT}/cas/environments"));
    for env in envs.body["environments"].as_array().unwrap() {
        for r in env["resources"].as_array().into_iter().flatten().filter(|r| r["type"] == "cce") {
            assert!(uids.contains(&r["id"].as_str().unwrap()), "{}: {}", env["name"], r["id"]);
        }
    }
    // The nodes live in a VPC the VPC list has.
    let vpcs = get(&s, &format!("/v1/{PROJECT}/vpcs"));
    assert!(ids(&vpcs.body["vpcs"], "id").contains(&cluster["spec"]["hostNetwork"]["vpc"].as_str().unwrap()));

    // Filters: phase, version.
    let v127 = get(&s, &format!("/api/v3/projects/{PROJECT}/clusters?version=v1.27"));
    assert_eq!(ids(&v127.body["items"], "metadata.name"), vec!["cce-prod"]);
    let creating = get(&s, &format!("/api/v3/projects/{PROJECT}/clusters?status=Creating"));
    assert_eq!(creating.body["items"], serde_json::json!([]));
    let bad = get(&s, &format!("/api/v3/projects/{PROJECT}/clusters?status=Sleeping"));
    assert_eq!((bad.status, bad.code()), (400, "CCE.01400001"));
}

#[test]
fn enterprise_projects_page_by_offset_with_a_total() {
    let s = Sandbox::new();
    let all = get(&s, "/v1.0/enterprise-projects");
    assert_eq!(all.status, 200);
    assert_eq!(all.body["total_count"], 2);
    let projects = all.body["enterprise_projects"].as_array().unwrap();
    let default = projects.iter().find(|p| p["id"] == "0").expect("the default project, id 0");
    assert_eq!((default["name"].as_str(), default["status"].as_i64()), (Some("default"), Some(1)));

    // The demo environments' and VPCs' enterprise projects are offered.
    let eps = ids(&all.body["enterprise_projects"], "id");
    let envs = get(&s, &format!("/v3/{PROJECT}/cas/environments"));
    let vpcs = get(&s, &format!("/v1/{PROJECT}/vpcs"));
    for item in envs.body["environments"].as_array().unwrap().iter().chain(vpcs.body["vpcs"].as_array().unwrap()) {
        assert!(eps.contains(&item["enterprise_project_id"].as_str().unwrap()), "{}", item["name"]);
    }

    let page = get(&s, "/v1.0/enterprise-projects?limit=1&offset=1&sort_key=created_at&sort_dir=asc");
    assert_eq!(page.body["total_count"], 2, "the total counts every match, not the page");
    assert_eq!(ids(&page.body["enterprise_projects"], "name"), vec!["mall-lab"]);
    let named = get(&s, "/v1.0/enterprise-projects?name=LAB");
    assert_eq!(ids(&named.body["enterprise_projects"], "name"), vec!["mall-lab"]);
    let bad = get(&s, "/v1.0/enterprise-projects?limit=5000");
    assert_eq!((bad.status, bad.code()), (400, "EPS.0004"));
    // No credentials: the gateway refuses.
    let anonymous = s.send("GET", "/v1.0/enterprise-projects", &[], b"");
    assert_eq!((anonymous.status, anonymous.code()), (401, "APIGW.0301"));
}
