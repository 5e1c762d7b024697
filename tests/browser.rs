//! Browser tests (wasm-bindgen-test in headless Chromium): the generic form and table
//! mounted on their own, driven through DOM events as a user would.
//!
//! Run with `cargo xtask test-browser`, or as users do:
//! `wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver --mode no-install`.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use opsdeck::state::{sleep_ms, AppState};
use opsdeck::views::form::{FormState, SchemaForm};
use opsdeck::views::table::{Column, DataTable, SortState};
use opsdeck_api::schema::Text;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the document, in English.
fn container() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&el).unwrap();
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().set_item("opsdeck.settings", r#"{"lang":"en"}"#);
    el
}

fn input(root: &HtmlElement, selector: &str) -> HtmlInputElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

fn fire(el: &web_sys::EventTarget, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

fn type_into(el: &HtmlInputElement, text: &str) {
    el.set_value(text);
    fire(el, "input");
    fire(el, "blur");
    fire(el, "focusout");
}

fn text_of(root: &HtmlElement, selector: &str) -> Option<String> {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default())
}

/// The body type of the operation with `doc_ref`, as the console reaches it: through the
/// catalog.
fn body_of(doc_ref: &str) -> &'static opsdeck_api::schema::Type {
    opsdeck_api::catalog::operation_by_ref(doc_ref).and_then(|op| op.body()).expect("declared with a body")
}

/// The id of the operation with `doc_ref` (a form's fields' help is filed under it).
fn op_id(doc_ref: &str) -> &'static str {
    opsdeck_api::catalog::operation_by_ref(doc_ref).expect("declared").id
}

fn mount_form(root: &HtmlElement) -> FormState {
    let slot: Rc<RefCell<Option<FormState>>> = Rc::default();
    let s = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppState::load());
        let form = FormState::new(op_id("servicestage:4.1.1"), body_of("servicestage:4.1.1"), json!({}));
        *s.borrow_mut() = Some(form);
        view! { <SchemaForm state=form /> }
    });
    std::mem::forget(handle);
    let form = slot.borrow().expect("mounted");
    form
}

#[wasm_bindgen_test]
async fn form_renders_every_documented_field_with_labels() {
    let root = container();
    mount_form(&root);
    for (id, label) in [("f-name", "Name"), ("f-deploy_mode", "Environment type"), ("f-description", "Description"), ("f-vpc_id", "VPC ID")] {
        assert!(root.query_selector(&format!("#{id}")).unwrap().is_some(), "{id}");
        let text = text_of(&root, &format!("label[for={id}]")).unwrap();
        assert!(text.starts_with(label), "{id}: {text}");
    }
    // The enum is a select with the documented values and their meanings.
    let select: HtmlSelectElement = root.query_selector("#f-deploy_mode").unwrap().unwrap().unchecked_into();
    let options: Vec<String> = (0..select.length()).map(|i| select.item(i).unwrap().get_attribute("value").unwrap_or_default()).collect();
    assert_eq!(options, vec!["", "virtualmachine", "container", "mixed"]);
    assert!(text_of(&root, "#f-deploy_mode").unwrap().contains("Virtual machines and Kubernetes"));
}

/// The console's metadata has no help texts (they load with the form code): the form shows
/// the documented ones all the same, and the table build.rs wrote covers every field.
#[wasm_bindgen_test]
async fn help_texts_come_with_the_form() {
    let name = body_of("servicestage:4.1.1").as_object().unwrap().field("name").unwrap();
    assert!(name.help.is_empty(), "the console's metadata carries no help text");
    let (table, fields) = opsdeck::views::form::help::coverage();
    assert_eq!(table, fields, "the help table was written from these declarations");
    let root = container();
    mount_form(&root);
    let help = text_of(&root, "#f-description-help").expect("the description's help is shown");
    assert_eq!(help, "At most 128 characters.");
    assert!(text_of(&root, "#f-name-help").unwrap().starts_with("Letters, digits, hyphens"));
}

#[wasm_bindgen_test]
async fn form_validates_inline_and_builds_the_body() {
    let root = container();
    let form = mount_form(&root);
    let name = input(&root, "#f-name");
    type_into(&name, "1-bad");
    sleep_ms(20).await;
    let error = text_of(&root, "#f-name-error").expect("an error under the name");
    assert!(error.starts_with("Not in the required form: "), "{error}");
    assert_eq!(name.get_attribute("aria-invalid").as_deref(), Some("true"));
    // Untouched required fields stay quiet until submit.
    assert!(text_of(&root, "#f-vpc_id-error").is_none());
    form.submitted.set(true);
    sleep_ms(20).await;
    assert_eq!(text_of(&root, "#f-vpc_id-error").as_deref(), Some("Required"));

    type_into(&name, "env-ok");
    type_into(&input(&root, "#f-vpc_id"), "vpc-1");
    let select: HtmlSelectElement = root.query_selector("#f-deploy_mode").unwrap().unwrap().unchecked_into();
    select.set_value("mixed");
    fire(&select, "change");
    sleep_ms(20).await;
    assert!(text_of(&root, "#f-name-error").is_none());
    assert!(form.is_valid());
    assert_eq!(form.body(), json!({"name": "env-ok", "vpc_id": "vpc-1", "deploy_mode": "mixed"}));
}

#[wasm_bindgen_test]
async fn labels_are_added_validated_reordered_and_capped() {
    let root = container();
    let form = mount_form(&root);
    let add = || -> HtmlElement {
        root.query_selector("#f-labels > button.secondary").unwrap().unwrap().unchecked_into()
    };
    add().click();
    add().click();
    sleep_ms(20).await;
    type_into(&input(&root, "#f-labels-0--key"), "team");
    type_into(&input(&root, "#f-labels-0--value"), "x");
    type_into(&input(&root, "#f-labels-1--key"), "stage");
    type_into(&input(&root, "#f-labels-1--value"), "prod");
    sleep_ms(20).await;
    // The documented minimum length of a label value is 2.
    assert_eq!(text_of(&root, "#f-labels-0--value-error").as_deref(), Some("At least 2 characters"));
    // Move the second label up.
    let up: HtmlElement = root.query_selector_all(".array-item")
        .unwrap().item(1).unwrap().unchecked_into::<HtmlElement>()
        .query_selector("button[aria-label^='Move up']").unwrap().unwrap().unchecked_into();
    up.click();
    sleep_ms(20).await;
    assert_eq!(form.value.get_untracked()["labels"][0]["key"], "stage");
    assert_eq!(input(&root, "#f-labels-0--key").value(), "stage");
    // At most 20 labels: the add button turns off at the limit.
    for _ in 2..20 {
        add().click();
    }
    sleep_ms(20).await;
    assert_eq!(root.query_selector_all(".array-item").unwrap().length(), 20);
    assert!(add().has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn table_shows_rows_and_sorts() {
    let root = container();
    // Callbacks must be Send + Sync: record into a signal (it lives in the arena).
    let sorted_by: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let seen = sorted_by;
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppState::load());
        let columns = vec![
            Column { field: "name", label: Text::new("名称", "Name"), sortable: true },
            Column { field: "deploy_mode", label: Text::new("类型", "Type"), sortable: false },
            Column { field: "create_time", label: Text::new("创建时间", "Created"), sortable: true },
        ];
        let rows: Vec<Value> = vec![
            json!({"id": "a", "name": "alpha", "deploy_mode": "container", "create_time": 1_700_000_000_000i64}),
            json!({"id": "b", "name": "beta", "deploy_mode": null, "create_time": 1_700_000_100_000i64}),
        ];
        let on_sort = Callback::new(move |f: String| seen.update(|v| v.push(f)));
        view! {
            <DataTable columns=columns rows=rows caption="Environments".to_string()
                sort=Some(SortState { field: "name".into(), ascending: true })
                on_sort=on_sort row_href=Callback::new(|row: Value| row["id"].as_str().map(|id| format!("/x/{id}"))) />
        }
    });
    std::mem::forget(handle);
    sleep_ms(20).await;
    let headers: Vec<String> = (0..3).map(|i| root.query_selector_all("th").unwrap().item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(headers[0], "Name ▲");
    assert_eq!(headers[1], "Type");
    let rows = root.query_selector_all("tbody tr").unwrap();
    assert_eq!(rows.length(), 2);
    assert_eq!(text_of(&root, "tbody tr:first-child a").as_deref(), Some("alpha"));
    assert_eq!(root.query_selector("tbody tr:first-child a").unwrap().unwrap().get_attribute("href").as_deref(), Some("/x/a"));
    // Empty values show a dash; times are formatted, not raw milliseconds.
    assert_eq!(text_of(&root, "tbody tr:nth-child(2) td:nth-child(2)").as_deref(), Some("—"));
    assert!(!text_of(&root, "tbody tr:first-child td:nth-child(3)").unwrap().contains("1700000000000"));
    assert_eq!(root.query_selector("th[aria-sort=ascending]").unwrap().map(|e| e.text_content().unwrap()).as_deref(), Some("Name ▲"));
    // Only sortable headers are buttons; activating one reports its field.
    let buttons = root.query_selector_all("th button.sort").unwrap();
    assert_eq!(buttons.length(), 2);
    buttons.item(1).unwrap().unchecked_into::<HtmlElement>().click();
    assert_eq!(sorted_by.get_untracked(), vec!["create_time".to_string()]);
}

// ---- The form renderer on the hardest body of the documents: servicestage:4.3.1 ----

use opsdeck::views::form::{dom_id, Path, RawJsonEditor};
use opsdeck_api::json_path::Seg;
use opsdeck_api::schema::Type;
use std::future::Future;
use std::pin::Pin;

async fn mount_component_form(root: &HtmlElement, initial: Value, raw: bool) -> FormState {
    let slot: Rc<RefCell<Option<FormState>>> = Rc::default();
    let s = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppState::load());
        let form = FormState::new(op_id("servicestage:4.3.1"), body_of("servicestage:4.3.1"), initial.clone());
        *s.borrow_mut() = Some(form);
        if raw {
            view! { <RawJsonEditor state=form /> }.into_any()
        } else {
            view! { <SchemaForm state=form /> }.into_any()
        }
    });
    std::mem::forget(handle);
    let form = slot.borrow().expect("mounted");
    all_fields_on_one_page(root).await;
    form
}

/// A guided form (steps) switched to every field on one page, as a user can.
async fn all_fields_on_one_page(root: &HtmlElement) {
    if let Some(b) = root.query_selector(".form-mode button[aria-pressed=false]").unwrap() {
        b.unchecked_into::<HtmlElement>().click();
        sleep_ms(1).await;
    }
}

fn with_seg(path: &[Seg<'static>], seg: Seg<'static>) -> Path {
    let mut p = path.to_vec();
    p.push(seg);
    p
}

/// Unfolds a long body's optional fields, when they are folded.
async fn unfold_optional(root: &HtmlElement) {
    if let Some(b) = root.query_selector("fieldset.optional-group > button").unwrap() {
        b.unchecked_into::<HtmlElement>().click();
        sleep_ms(1).await;
    }
}

/// Clicks the "add" button of the fieldset at `path`, when it offers one.
async fn click_add(root: &HtmlElement, path: &[Seg<'_>]) -> bool {
    match root.query_selector(&format!("#{} > button.secondary", dom_id(path))).unwrap() {
        Some(b) => {
            b.unchecked_into::<HtmlElement>().click();
            sleep_ms(1).await;
            true
        }
        None => false,
    }
}

/// Types a JSON value into the form the way a user would: adding array items and optional
/// objects with their buttons, choosing options, ticking boxes, typing text.
fn fill<'a>(root: &'a HtmlElement, path: Path, ty: &'static Type, value: &'a Value) -> Pin<Box<dyn Future<Output = ()> + 'a>> {
    Box::pin(async move {
        match (ty, value) {
            (_, Value::Null) => {}
            (Type::Object(schema), Value::Object(map)) => {
                if !path.is_empty() && !matches!(path.last(), Some(Seg::Index(_))) {
                    click_add(root, &path).await;
                }
                for (k, v) in map {
                    let f = schema.field(k).unwrap_or_else(|| panic!("the form has no field {k}"));
                    fill(root, with_seg(&path, Seg::Key(f.name)), f.ty, v).await;
                }
            }
            (Type::Array(item), Value::Array(items)) => {
                for (i, v) in items.iter().enumerate() {
                    assert!(click_add(root, &path).await, "no add button for {}", dom_id(&path));
                    fill(root, with_seg(&path, Seg::Index(i)), item, v).await;
                }
            }
            (Type::Map(_) | Type::Any, v) => {
                let t: web_sys::HtmlTextAreaElement = root.query_selector(&format!("#{}", dom_id(&path))).unwrap().expect("json editor").unchecked_into();
                t.set_value(&v.to_string());
                fire(&t, "input");
            }
            (Type::Enum(_), Value::String(s)) => {
                let sel: HtmlSelectElement = root.query_selector(&format!("#{}", dom_id(&path))).unwrap().expect("select").unchecked_into();
                sel.set_value(s);
                assert_eq!(sel.value(), *s, "option {s} missing at {}", dom_id(&path));
                fire(&sel, "change");
            }
            (Type::Boolean, Value::Bool(b)) => {
                let cb = input(root, &format!("#{}", dom_id(&path)));
                cb.set_checked(*b);
                fire(&cb, "change");
            }
            (_, v) => {
                let text = match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let id = format!("#{}", dom_id(&path));
                match root.query_selector(&id).unwrap().expect("an input") {
                    el if el.tag_name() == "TEXTAREA" => {
                        let t: web_sys::HtmlTextAreaElement = el.unchecked_into();
                        t.set_value(&text);
                        fire(&t, "input");
                    }
                    el => type_into(&el.unchecked_into(), &text),
                }
            }
        }
        sleep_ms(0).await;
    })
}

/// Drops what a form leaves out when empty: nulls, empty strings, empty lists and objects.
fn meaningful(v: &Value) -> Option<Value> {
    match v {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::Array(a) => {
            let items: Vec<Value> = a.iter().map(|x| meaningful(x).unwrap_or(json!({}))).collect();
            (!items.is_empty()).then_some(Value::Array(items))
        }
        Value::Object(m) => {
            let kept: serde_json::Map<String, Value> = m.iter().filter_map(|(k, x)| meaningful(x).map(|x| (k.clone(), x))).collect();
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        other => Some(other.clone()),
    }
}

const COMPONENT_EXAMPLES: [&str; 2] = [
    include_str!("../crates/api/tests/examples/servicestage/4.3.1.request.1.json"),
    include_str!("../crates/api/tests/examples/servicestage/4.3.1.request.2.json"),
];

#[wasm_bindgen_test]
async fn the_create_component_body_built_in_the_form_equals_the_documented_examples() {
    for example in COMPONENT_EXAMPLES {
        let expected: Value = serde_json::from_str(example).unwrap();
        let root = container();
        let form = mount_component_form(&root, json!({}), false).await;
        unfold_optional(&root).await;
        fill(&root, Vec::new(), body_of("servicestage:4.3.1"), &expected).await;
        sleep_ms(20).await;
        assert_eq!(meaningful(&form.body()), meaningful(&expected));
        // What was built is valid, as the document's example is.
        assert!(form.is_valid(), "{:?}", form.violations.get_untracked());
    }
}

/// Help texts are filed by operation, part and path: a nested field (and an item of an
/// array of objects) finds its own, and two operations' fields of the same name each theirs.
#[wasm_bindgen_test]
async fn nested_fields_find_their_help_by_path() {
    let root = container();
    mount_component_form(&root, json!({"labels": [{}]}), false).await;
    sleep_ms(20).await;
    let stack = text_of(&root, "#f-runtime_stack-name-help").expect("the stack name's help is shown");
    assert!(stack.contains("OpenJDK8"), "{stack}");
    assert!(text_of(&root, "#f-labels-0--key-help").is_some_and(|t| !t.is_empty()), "an array item's field has its help");
    let environment = text_of(&root, "#f-name-help").unwrap();
    assert_ne!(environment, "", "the component's name has help");
    let root = container();
    mount_form(&root);
    assert_ne!(text_of(&root, "#f-name-help").unwrap(), environment, "the environment's name has its own help");
}

#[wasm_bindgen_test]
async fn raw_json_round_trips_with_the_form_and_reports_syntax_errors() {
    let expected: Value = serde_json::from_str(COMPONENT_EXAMPLES[0]).unwrap();
    let root = container();
    let form = mount_component_form(&root, json!({}), true).await;
    let raw: web_sys::HtmlTextAreaElement = root.query_selector("#raw-json").unwrap().unwrap().unchecked_into();
    raw.set_value(&serde_json::to_string_pretty(&expected).unwrap());
    fire(&raw, "input");
    sleep_ms(10).await;
    assert_eq!(form.value.get_untracked(), expected);
    // A syntax error is shown and changes nothing.
    raw.set_value("{ \"name\": ");
    fire(&raw, "input");
    sleep_ms(10).await;
    assert!(text_of(&root, "[role=alert]").unwrap().starts_with("JSON:"));
    assert_eq!(form.value.get_untracked(), expected);

    // The same document shown as a form: every value is in its input.
    let root2 = container();
    let form2 = mount_component_form(&root2, expected.clone(), false).await;
    sleep_ms(10).await;
    assert_eq!(input(&root2, "#f-name").value(), expected["name"].as_str().unwrap());
    assert_eq!(input(&root2, "#f-runtime_stack-name").value(), expected["runtime_stack"]["name"].as_str().unwrap());
    assert_eq!(meaningful(&form2.body()), meaningful(&expected));
}

#[wasm_bindgen_test]
async fn switching_language_rebuilds_the_form_and_keeps_what_was_typed() {
    let root = container();
    let slot: Rc<RefCell<Option<(AppState, FormState)>>> = Rc::default();
    let s = slot.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        let app = AppState::load();
        provide_context(app);
        let form = FormState::new(op_id("servicestage:4.3.1"), body_of("servicestage:4.3.1"), json!({}));
        *s.borrow_mut() = Some((app, form));
        view! { <SchemaForm state=form /> }
    });
    std::mem::forget(handle);
    let (app, form) = slot.borrow().expect("mounted");
    all_fields_on_one_page(&root).await;
    let name_field = body_of("servicestage:4.3.1").as_object().and_then(|o| o.field("name")).unwrap();
    assert!(text_of(&root, "label[for=f-name]").unwrap().starts_with(name_field.label.en));

    type_into(&input(&root, "#f-name"), "kept-name");
    unfold_optional(&root).await;
    assert!(click_add(&root, &[Seg::Key("build")]).await, "the build settings can be added");
    // Their parameters hold a string map (the node label selector), edited as JSON.
    click_add(&root, &[Seg::Key("build"), Seg::Key("parameters")]).await;
    // A JSON editor holding text that does not parse yet.
    let editor: web_sys::HtmlTextAreaElement =
        root.query_selector("#f-build textarea.code").unwrap().expect("the build settings have a JSON editor").unchecked_into();
    let editor_id = editor.id();
    editor.set_value("{ \"half\": ");
    fire(&editor, "input");
    sleep_ms(10).await;
    assert!(text_of(&root, "#f-build [role=alert]").unwrap().starts_with("JSON:"));

    app.settings.update(|s| s.lang = opsdeck_api::schema::Lang::Zh);
    sleep_ms(10).await;
    assert!(text_of(&root, "label[for=f-name]").unwrap().starts_with(name_field.label.zh), "the labels are in Chinese");
    assert_eq!(input(&root, "#f-name").value(), "kept-name");
    let editor: web_sys::HtmlTextAreaElement = root.query_selector(&format!("#{editor_id}")).unwrap().unwrap().unchecked_into();
    assert_eq!(editor.value(), "{ \"half\": ", "the unparsed JSON is still there");
    assert!(text_of(&root, "#f-build [role=alert]").unwrap().starts_with("JSON:"));
    assert_eq!(form.value.with_untracked(|v| v["name"].clone()), json!("kept-name"));
}

#[wasm_bindgen_test]
async fn a_long_body_folds_its_optional_fields_until_asked_values_or_problems_need_them() {
    let has = |root: &HtmlElement, selector: &str| root.query_selector(selector).unwrap().is_some();
    // Folded: the required fields are built, the optional ones are only named.
    let root = container();
    let form = mount_component_form(&root, json!({}), false).await;
    sleep_ms(5).await;
    assert!(has(&root, "#f-name"));
    assert!(!has(&root, "#f-description"), "optional fields are folded");
    let folded = text_of(&root, "fieldset.optional-group").unwrap();
    assert!(folded.contains("Description") && folded.contains("Deploy strategy"), "{folded}");
    // Unfolded by the user, and remembered by the form (it is built again in another language).
    unfold_optional(&root).await;
    assert!(has(&root, "#f-description"));
    assert!(!has(&root, "fieldset.optional-group > button"));
    assert!(form.optional_shown.get_untracked());

    // Unfolded by a value in an optional field (raw JSON, an edit form).
    let root = container();
    mount_component_form(&root, json!({"description": "kept"}), false).await;
    sleep_ms(5).await;
    assert_eq!(input(&root, "#f-description").value(), "kept");

    // Unfolded by a problem in an optional field when the form is sent.
    let root = container();
    let form = mount_component_form(&root, json!({}), false).await;
    sleep_ms(5).await;
    form.value.update(|v| v["description"] = json!("d".repeat(300)));
    sleep_ms(5).await;
    assert!(has(&root, "#f-description"), "a value unfolds them");
    let root = container();
    let form = mount_component_form(&root, json!({}), false).await;
    sleep_ms(5).await;
    form.submitted.set(true);
    sleep_ms(5).await;
    assert!(!has(&root, "#f-description"), "required fields missing do not unfold the optional ones");
    form.value.update(|v| v["description"] = json!(""));
    sleep_ms(5).await;
    assert!(!has(&root, "#f-description"), "an empty value is no value");
}

#[wasm_bindgen_test]
async fn conditional_requirements_are_shown_and_checked() {
    let root = container();
    let form = mount_component_form(&root, json!({"deploy_strategy": {"type": "RollingRelease"}}), false).await;
    form.submitted.set(true);
    sleep_ms(10).await;
    let msg = text_of(&root, "#f-deploy_strategy-rolling_release-error").expect("a message under the rolling release settings");
    assert_eq!(msg, "Required when type is RollingRelease");
    assert!(!form.is_valid());
}

#[wasm_bindgen_test]
async fn ten_thousand_rows_render_only_what_is_in_view() {
    let root = container();
    let rows: Vec<Value> = (0..10_000).map(|i| json!({"name": format!("row-{i:05}"), "n": i})).collect();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(AppState::load());
        let columns = vec![Column { field: "name", label: Text::new("名称", "Name"), sortable: false }];
        view! { <DataTable columns=columns rows=rows.clone() caption="big".to_string() testid="big-table" /> }
    });
    std::mem::forget(handle);
    sleep_ms(20).await;
    let rendered = || root.query_selector_all("tbody tr:not(.spacer)").unwrap().length();
    assert!(rendered() < 100, "rendered {} rows", rendered());
    assert_eq!(root.query_selector("table").unwrap().unwrap().get_attribute("aria-rowcount").as_deref(), Some("10000"));
    assert_eq!(text_of(&root, "tbody tr:not(.spacer) td").as_deref(), Some("row-00000"));
    // Scrolling far down brings those rows in.
    let scroller: HtmlElement = root.query_selector("[data-testid=big-table]").unwrap().unwrap().unchecked_into();
    scroller.set_scroll_top(40 * 5000);
    fire(&scroller, "scroll");
    sleep_ms(30).await;
    let first = text_of(&root, "tbody tr:not(.spacer) td").unwrap();
    let n: usize = first.trim_start_matches("row-").parse().unwrap();
    assert!((4900..5000).contains(&n), "first rendered row after scrolling: {first}");
    assert!(rendered() < 100);
}

/// The router's parsing: queries decoded by the browser, written back in order, and path
/// parameters matched segment by segment (decoded, so an id with a `/` survives).
#[wasm_bindgen_test]
fn router_decodes_queries_and_matches_path_parameters() {
    use opsdeck::router::{match_route, Query};
    let mut q = Query::parse("?limit=2&name=a%20b&plus=x+y");
    assert_eq!(q.get("name").as_deref(), Some("a b"));
    assert_eq!(q.get("plus").as_deref(), Some("x y"));
    assert_eq!(q.get("missing"), None);
    q.replace("limit", "5".into());
    q.remove("plus");
    q.replace("tab", "c&d".into());
    assert_eq!(q.to_query_string(), "?limit=5&name=a%20b&tab=c%26d");
    assert_eq!(Query::default().to_query_string(), "");

    let p = match_route("/:service/:resource/:id", "/servicestage/environments/a%2Fb").expect("matches");
    assert_eq!(p.get("service").as_deref(), Some("servicestage"));
    assert_eq!(p.get("id").as_deref(), Some("a/b"));
    assert!(match_route("/:service/:resource/new", "/servicestage/environments/x").is_none());
    assert!(match_route("/:service/:resource", "/servicestage/environments/x").is_none());
    assert!(match_route("/", "").is_some());
    assert!(match_route("/settings", "/explorer").is_none());
}

/// The idle rehearsal of a link click (which compiles the router's code before the user's
/// first click) goes nowhere: the URL, its fragment and the history stay as they were, also
/// under the `<base href>` of a console served below a path (a relative link resolves
/// against it, to another page of the console).
#[wasm_bindgen_test]
async fn rehearsing_a_navigation_leaves_the_url_and_the_history_as_they_were() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let history = window.history().unwrap();
    let location = window.location();
    let original = location.href().unwrap();
    let base = document.create_element("base").unwrap();
    base.set_attribute("href", "/ops/").unwrap();
    document.head().unwrap().append_child(&base).unwrap();
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/ops/settings?tab=a#frag")).unwrap();
    let owner = Owner::new();
    owner.with(|| opsdeck::router::start("/ops"));
    let entries = history.length().unwrap();

    opsdeck::router::rehearse_navigation("/ops");
    sleep_ms(50).await;

    assert_eq!(location.pathname().unwrap(), "/ops/settings");
    assert_eq!(location.search().unwrap(), "?tab=a");
    assert_eq!(location.hash().unwrap(), "#frag");
    assert_eq!(history.length().unwrap(), entries, "no history entry");
    assert_eq!(opsdeck::router::use_location().pathname.get_untracked(), "/ops/settings");
    drop(owner);
    base.remove();
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&original)).unwrap();
}

/// Numbers typed into fields are read by the browser's parser, strictly: the whole text must
/// be a finite decimal number, or it stays text for validation to report.
#[wasm_bindgen_test]
fn typed_numbers_are_read_strictly() {
    use opsdeck::format::{parse_decimal, typed_value};
    use opsdeck_api::schema::Type;
    assert_eq!(parse_decimal("-1.5e3"), Some(-1500.0));
    assert_eq!(parse_decimal(".5"), Some(0.5));
    assert_eq!(parse_decimal("007"), Some(7.0));
    for bad in ["", "1-2", "0x10", "Infinity", "1e999", "12abc", "1e"] {
        assert_eq!(parse_decimal(bad), None, "{bad:?}");
    }
    assert_eq!(typed_value(&Type::Number, " 2.5 "), json!(2.5));
    assert_eq!(typed_value(&Type::Number, "abc"), json!("abc"));
    assert_eq!(typed_value(&Type::Integer, "42"), json!(42));
    assert_eq!(typed_value(&Type::Integer, "4.2"), json!("4.2"));
    assert_eq!(typed_value(&Type::String, " 42"), json!(" 42"));
}

/// A number typed key by key stays as typed: "3" is not written back as "3.0" (which made
/// "3.5" come out as "3.05"), and the body holds the number.
#[wasm_bindgen_test]
async fn numbers_typed_key_by_key_stay_as_typed() {
    let root = container();
    let form = mount_component_form(&root, json!({}), false).await;
    unfold_optional(&root).await;
    sleep_ms(20).await;
    let cpu = input(&root, "#f-limit_cpu");
    for text in ["3", "3.5"] {
        type_into(&cpu, text);
        sleep_ms(20).await;
        assert_eq!(cpu.value(), text);
    }
    assert_eq!(form.value.with_untracked(|v| v["limit_cpu"].clone()), json!(3.5));
    // A value set elsewhere (the raw JSON editor) still shows.
    form.value.update(|v| v["limit_cpu"] = json!(2));
    sleep_ms(20).await;
    assert_eq!(cpu.value(), "2");
}

#[wasm_bindgen_test]
fn times_read_as_the_browser_writes_them_in_each_language() {
    use opsdeck_api::schema::Lang;
    let options = js_sys::Object::new();
    for (k, v) in [("year", "numeric"), ("month", "2-digit"), ("day", "2-digit"), ("hour", "2-digit"), ("minute", "2-digit"), ("second", "2-digit")] {
        js_sys::Reflect::set(&options, &k.into(), &v.into()).unwrap();
    }
    js_sys::Reflect::set(&options, &"hour12".into(), &false.into()).unwrap();
    let mut seen = Vec::new();
    for lang in [Lang::En, Lang::Zh, Lang::En] {
        for ms in [1_700_000_000_000.0, 1_700_000_061_000.0] {
            let expected: String = js_sys::Date::new(&ms.into()).to_locale_string(lang.tag(), &options).into();
            let shown = opsdeck::format::format_time(ms, lang);
            assert_eq!(shown, expected, "{lang:?} {ms}");
            seen.push(shown);
        }
    }
    // The two times differ by a minute and a second, and the languages write them differently.
    assert_ne!(seen[0], seen[1]);
    assert_ne!(seen[0], seen[2]);
}
