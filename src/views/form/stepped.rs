//! A guided form: a body filled in steps (`opsdeck_api::steps`), ending with a review of what
//! was entered and what sending will do. One step's fields are shown at a time; the values
//! live in the one form state, so going back and forth loses nothing and the request preview
//! always shows the whole request. Required fields are never folded away: each is in its step.
//!
//! "Next" checks only the step's own fields; the Send button still checks everything, and a
//! refused send opens the step holding the first problem.

use leptos::prelude::*;
use opsdeck_api::json_path::Seg;
use opsdeck_api::schema::{Field, Lang, ObjectSchema, Text};
use opsdeck_api::steps::Guide;

use super::long_body::{has_content, top_key};
use super::{body_fields, field_view, FormState};
use crate::i18n::lang_now;

const BACK: Text = Text::new("上一步", "Back");
const NEXT: Text = Text::new("下一步", "Next");
const REVIEW: Text = Text::new("检查", "Review");
const STEPS: Text = Text::new("步骤", "Steps");
const STEP_OF: Text = Text::new("第 {n} 步，共 {total} 步", "Step {n} of {total}");
const FIX_FIRST: Text = Text::new("请先更正本步中标出的问题。", "Correct the problems marked in this step first.");
const WILL_HAPPEN: Text = Text::new("将会发生", "What will happen");
const ENTERED: Text = Text::new("已填写", "What you entered");
const NOTHING: Text = Text::new("（未填写）", "(not set)");
const PREVIEW_NOTE: Text = Text::new("请求预览中显示将发送的完整请求。", "The request preview shows the exact request that will be sent.");

/// The fields of each step, in the step's order (the rest step in the body's order).
fn fields_by_step(schema: &'static ObjectSchema, guide: &'static Guide) -> Vec<Vec<&'static Field>> {
    let mut out: Vec<Vec<&'static Field>> = vec![Vec::new(); guide.steps.len()];
    for (i, step) in guide.steps.iter().enumerate() {
        out[i] = step.fields.iter().filter_map(|n| schema.field(n)).filter(|f| super::is_body_field(f)).collect();
    }
    for f in body_fields(schema) {
        if !guide.steps.iter().any(|s| s.fields.contains(&f.name)) {
            if let Some(i) = guide.step_of(f.name) {
                out[i].push(f);
            }
        }
    }
    out
}

/// A view that helps fill a step beyond its fields, by the name the declaration gives.
fn step_helper(name: &'static str, state: FormState) -> Option<AnyView> {
    match name {
        "repository" => Some(repository_branches(state)),
        _ => None,
    }
}

const BRANCHES_OF: Text = Text::new("此仓库的分支：", "Branches of this repository:");

/// The source step's repository is picked by its fields' own choosers (authorization →
/// namespace → project, declared on the component's source); its branch has no chooser of its
/// own, because the branch list is addressed by the project, which the source does not keep
/// (only its clone URL). So once the three are picked, the project is found by its clone URL
/// and its branches are offered here; a click writes `repo_ref`.
fn repository_branches(state: FormState) -> AnyView {
    use opsdeck_api::json_path::get_at;
    use serde_json::Value;
    let app = expect_context::<crate::state::AppState>();
    let text_at = move |key: &'static str| {
        state.value.with(|v| get_at(v, &[Seg::Key("source"), Seg::Key(key)]).and_then(Value::as_str).map(str::to_string)).filter(|s| !s.is_empty())
    };
    let picked = Memo::new(move |_| {
        (text_at("kind").as_deref() == Some("code")).then(|| (text_at("repo_auth"), text_at("repo_namespace"), text_at("repo_url")))
    });
    let branches = LocalResource::new(move || {
        let picked = picked.get();
        async move {
            let Some((Some(auth), Some(ns), Some(url))) = picked else { return Vec::new() };
            let call = |op: &'static str, params: Vec<(&'static str, String)>| {
                let decl = opsdeck_api::catalog::operation(op).expect("declared");
                let params = params.into_iter().map(|(k, v)| (k.to_string(), Value::String(v))).collect();
                crate::client::call(app, decl, params, None)
            };
            let Ok(projects) = call("servicestage.git_project.list", vec![("X-Repo-Auth", auth.clone()), ("namespace", ns.clone())]).await else { return Vec::new() };
            let project = projects.value.get("projects").and_then(Value::as_array).and_then(|ps| {
                ps.iter().find(|p| p.get("clone_url").and_then(Value::as_str) == Some(url.as_str())).and_then(|p| p.get("id")).and_then(Value::as_str).map(str::to_string)
            });
            let Some(project) = project else { return Vec::new() };
            let Ok(answer) = call("servicestage.git_branch.list", vec![("X-Repo-Auth", auth), ("namespace", ns), ("project", project)]).await else { return Vec::new() };
            answer.value.get("branches").and_then(Value::as_array).map(|b| b.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
        }
    });
    let lang = lang_now();
    (move || {
        let list = branches.get().unwrap_or_default();
        (!list.is_empty()).then(|| {
            let current = text_at("repo_ref").unwrap_or_default();
            view! {
                <p class="branch-suggestions" data-testid="branch-suggestions">
                    <span class="muted small">{BRANCHES_OF.get(lang)}</span>
                    {list.into_iter().map(|b| {
                        let pressed = b == current;
                        let value = b.clone();
                        view! {
                            <button type="button" class="btn secondary small" aria-pressed=pressed.to_string()
                                on:click=move |_| state.value.update(|v| opsdeck_api::json_path::set_at(v, &[Seg::Key("source"), Seg::Key("repo_ref")], Value::String(value.clone())))>
                                {b}
                            </button>
                        }
                    }).collect_view()}
                </p>
            }
        })
    })
    .into_any()
}

pub(crate) fn stepped_fields(schema: &'static ObjectSchema, guide: &'static Guide, state: FormState) -> AnyView {
    let lang = lang_now();
    let groups = StoredValue::new(fields_by_step(schema, guide));
    let total = guide.steps.len() + 1;
    let review = guide.steps.len();
    let current = RwSignal::new(0usize);
    let blocked = RwSignal::new(false);
    // The top-level fields with a problem, and the step of the first one.
    let problem_step = Memo::new(move |_| {
        state.violations.with(|vs| vs.iter().filter_map(|v| guide.step_of(top_key(&v.path))).min())
    });
    // A send refused for problems opens the step of the first one.
    Effect::new(move |was: Option<bool>| {
        let now = state.submitted.get();
        if now && was != Some(true) {
            if let Some(i) = problem_step.get_untracked() {
                current.set(i);
            }
        }
        now
    });
    let go = move |to: usize| {
        super::commit_focused_picker();
        blocked.set(false);
        current.set(to);
        focus_step_heading();
    };
    let next = move |_| {
        super::commit_focused_picker();
        let i = current.get_untracked();
        let names: Vec<&'static str> = groups.with_value(|g| g[i].iter().map(|f| f.name).collect());
        let problems: Vec<String> = state
            .violations
            .with_untracked(|vs| vs.iter().filter(|v| names.contains(&top_key(&v.path))).map(|v| v.path.clone()).collect());
        if problems.is_empty() {
            go(i + 1);
        } else {
            for p in &problems {
                state.touch(p);
            }
            blocked.set(true);
            super::reveal_first_problem(document().query_selector(".stepped-form").ok().flatten().map(Into::into));
        }
    };
    let nav = move || {
        let cur = current.get();
        let titles = guide.steps.iter().map(|s| s.title.get(lang)).chain(std::iter::once(REVIEW.get(lang)));
        titles
            .enumerate()
            .map(|(i, title)| {
                let state_class = if i == cur { "current" } else if i < cur { "done" } else { "" };
                view! {
                    <li class=state_class>
                        <button type="button" class="step-link" aria-current=(i == cur).then_some("step") on:click=move |_| go(i)>
                            <span class="step-number" aria-hidden="true">{i + 1}</span>
                            <span>{title}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let body = move || {
        let i = current.get();
        let counter = STEP_OF.get(lang).replace("{n}", &(i + 1).to_string()).replace("{total}", &total.to_string());
        let title = if i == review { REVIEW.get(lang) } else { guide.steps[i].title.get(lang) };
        let content = if i == review {
            review_view(guide, groups, state, lang)
        } else {
            let helper = guide.steps[i].helper.and_then(|h| step_helper(h, state));
            // What the fields read while they are built must not build them again.
            let fields = untrack(|| groups.with_value(|g| g[i].iter().map(|f| field_view(f, vec![Seg::Key(f.name)], state)).collect_view()));
            view! { {fields}{helper} }.into_any()
        };
        view! {
            <section class="step" aria-labelledby="step-heading">
                <h3 id="step-heading" tabindex="-1">{title}" "<span class="muted small">{counter}</span></h3>
                {content}
            </section>
        }
    };
    view! {
        <div class="stepped-form">
            <nav aria-label=STEPS.get(lang)><ol class="steps">{nav}</ol></nav>
            {body}
            {move || blocked.get().then(|| view! { <p class="field-error" role="alert">{FIX_FIRST.get(lang)}</p> })}
            <div class="step-actions">
                {move || (current.get() > 0).then(|| view! {
                    <button type="button" class="btn secondary" on:click=move |_| go(current.get_untracked() - 1)>{BACK.get(lang)}</button>
                })}
                {move || (current.get() < review).then(|| view! {
                    <button type="button" class="btn primary step-next" on:click=next>
                        {if current.get() + 1 == review { REVIEW.get(lang) } else { NEXT.get(lang) }}
                    </button>
                })}
            </div>
        </div>
    }
    .into_any()
}

/// The review: what each step holds, and what sending will do.
fn review_view(guide: &'static Guide, groups: StoredValue<Vec<Vec<&'static Field>>>, state: FormState, lang: Lang) -> AnyView {
    let sections = guide
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let rows = groups.with_value(|g| g[i].clone());
            let rows = move || {
                state.value.with(|v| {
                    rows.iter()
                        .filter_map(|f| v.get(f.name).filter(|x| has_content(x)).map(|x| (f, summary(x))))
                        .map(|(f, text)| view! { <dt>{f.label.get(lang)}</dt><dd><code>{text}</code></dd> })
                        .collect_view()
                })
            };
            let empty = {
                let names: Vec<&'static str> = groups.with_value(|g| g[i].iter().map(|f| f.name).collect());
                move || !state.value.with(|v| names.iter().any(|n| v.get(*n).is_some_and(has_content)))
            };
            view! {
                <div class="review-step">
                    <h4>{step.title.get(lang)}</h4>
                    {move || if empty() { view! { <p class="muted small">{NOTHING.get(lang)}</p> }.into_any() } else { view! { <dl class="review-values">{rows.clone()}</dl> }.into_any() }}
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="review">
            <h4>{WILL_HAPPEN.get(lang)}</h4>
            <p class="review-outcome">{guide.outcome.get(lang)}</p>
            <p class="muted small">{PREVIEW_NOTE.get(lang)}</p>
            <h4>{ENTERED.get(lang)}</h4>
            {sections}
        </div>
    }
    .into_any()
}

/// A value in one line: text as it is, anything else as compact JSON, cut when long.
fn summary(v: &serde_json::Value) -> String {
    let text = match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if text.chars().count() > 120 {
        format!("{}…", text.chars().take(119).collect::<String>())
    } else {
        text
    }
}

/// Moves the focus to the new step's heading, so keyboard and screen-reader users land on it.
fn focus_step_heading() {
    request_animation_frame(|| {
        use wasm_bindgen::JsCast;
        if let Some(h) = document().get_element_by_id("step-heading").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = h.focus();
        }
    });
}
