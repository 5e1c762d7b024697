//! Resource declarations: which operations list, create, read, change and remove one kind of
//! resource, and how its list is paged, sorted and filtered. The console's generic list,
//! detail and form pages and the sandbox's generic store are driven by these.

use crate::operation::{OperationDecl, Service};
use crate::schema::{ObjectSchema, Text, Type};

/// How a list operation pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// `limit`/`offset` query parameters and a total `count` in the answer.
    LimitOffset { limit: &'static str, offset: &'static str, max_limit: u32 },
    /// A page number (from 1) and a page size (ServiceStage's build jobs, `page`/`per_page`),
    /// and a total in the answer.
    Page { page: &'static str, per_page: &'static str, max_per_page: u32 },
    /// The whole list comes in one answer.
    None,
}

/// Server-side sorting through two query parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sorting {
    /// Query parameter naming the sort key (its enum lists the sortable fields).
    pub by: &'static str,
    /// Query parameter with `asc`/`desc`.
    pub order: &'static str,
    pub default_by: &'static str,
}

/// A list filter: a query parameter and the item field it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Filter {
    pub param: &'static str,
    /// A dotted path into the item; arrays on the way match when any element does
    /// (`components.component_id`).
    pub field: &'static str,
}

/// An operation under a short name: a tab of the detail page ("Deployment records") or a
/// button of a list ("Import"). The operation's own title stays in the explorer and in the
/// tooltip.
#[derive(Debug, Clone, Copy)]
pub struct NamedOp {
    pub label: Text,
    pub op: &'static OperationDecl,
}

impl NamedOp {
    pub const fn new(label: Text, op: &'static OperationDecl) -> NamedOp {
        NamedOp { label, op }
    }
}

/// How a nested resource hangs off its parent (components in applications, addons in
/// environments).
#[derive(Debug, Clone, Copy)]
pub struct ParentLink {
    pub resource: &'static ResourceDecl,
    /// The path parameter that carries the parent's id in this resource's operations.
    pub param: &'static str,
    /// The item field that holds the parent's id, for lists that span parents.
    pub item_field: &'static str,
}

#[derive(Debug)]
pub struct ResourceDecl {
    /// URL segment and store key, e.g. `environments`.
    pub key: &'static str,
    pub service: Service,
    pub title: Text,
    pub singular: Text,
    /// Field of an item holding its id, and the path parameter that carries it.
    pub id_field: &'static str,
    pub id_param: &'static str,
    pub name_field: &'static str,
    /// Field of the list answer holding the items, and the one with the total.
    pub items_field: &'static str,
    pub count_field: Option<&'static str>,
    /// Item fields shown as table columns by default (the column chooser offers all).
    pub columns: &'static [&'static str],
    pub filters: &'static [Filter],
    pub sorting: Option<Sorting>,
    pub paging: Paging,
    /// The list of one parent's items (or of all items for a top-level resource).
    pub list: Option<&'static OperationDecl>,
    /// A list across all parents (4.3.4 "all components"), for the resource's own page.
    pub list_all: Option<&'static OperationDecl>,
    pub create: Option<&'static OperationDecl>,
    pub get: Option<&'static OperationDecl>,
    pub update: Option<&'static OperationDecl>,
    pub delete: Option<&'static OperationDecl>,
    pub parent: Option<ParentLink>,
    /// What can be done to one item (scale, restart, provision, copy): buttons with short
    /// labels on the detail page, each opening a small form (see [`ActionDecl`]).
    pub actions: &'static [ActionDecl],
    /// Read-only operations about one item (records, configuration, histories): tabs on the
    /// detail page.
    pub views: &'static [NamedOp],
    /// Operations on the collection besides create (import, publish, built-in images).
    pub collection_actions: &'static [NamedOp],
    /// Resources listed inside an item's detail page.
    pub children: &'static [&'static ResourceDecl],
    /// An item field holding versioned text (a config's content): the list then offers to
    /// compare two items line by line.
    pub compare_field: Option<&'static str>,
    /// Where an item keeps its state, and what each state means: badges in lists and on the
    /// detail page, which refreshes while the state is a passing one.
    pub status: Option<StatusDecl>,
    /// A console page of its own that shows this resource better than the generic list (the
    /// repository browser at `/repos` for the Git resources): the side bar and the overview
    /// link there, once per page. The generic pages stay reachable by their URLs.
    pub console_page: Option<&'static str>,
}

impl ResourceDecl {
    /// The starting point of a declaration: every optional part empty. Use it as
    /// `ResourceDecl { key: …, …, ..ResourceDecl::BLANK }`.
    pub const BLANK: ResourceDecl = ResourceDecl {
        key: "",
        service: Service::ServiceStage,
        title: Text::EMPTY,
        singular: Text::EMPTY,
        id_field: "id",
        id_param: "",
        name_field: "name",
        items_field: "",
        count_field: None,
        columns: &[],
        filters: &[],
        sorting: None,
        paging: Paging::None,
        list: None,
        list_all: None,
        create: None,
        get: None,
        update: None,
        delete: None,
        parent: None,
        actions: &[],
        views: &[],
        collection_actions: &[],
        children: &[],
        compare_field: None,
        status: None,
        console_page: None,
    };

    /// The list the resource's own page shows: across parents when there is one.
    pub fn page_list(&self) -> Option<&'static OperationDecl> {
        self.list_all.or(self.list)
    }

    /// The schema of one list item. An empty `items_field` means the list answer is itself
    /// the array (Rainbond's lists).
    pub fn item_schema(&self) -> Option<&'static ObjectSchema> {
        let response = self.page_list()?.list_response()?;
        let list = if self.items_field.is_empty() { response } else { response.as_object()?.field(self.items_field)?.ty };
        match list {
            Type::Array(Type::Object(item)) => Some(item),
            _ => None,
        }
    }

    /// The items of a list answer (`items_field`, or the answer itself when that is empty).
    pub fn items_in<'a>(&self, answer: &'a serde_json::Value) -> &'a [serde_json::Value] {
        let list = if self.items_field.is_empty() { Some(answer) } else { answer.get(self.items_field) };
        list.and_then(serde_json::Value::as_array).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The item in a `get` answer: the answer itself, or its only member when the service
    /// wraps the item (`{"vault": {…}}`, `{"backup": {…}}`).
    pub fn item_in<'a>(&self, answer: &'a serde_json::Value) -> &'a serde_json::Value {
        self.wrapper().and_then(|w| answer.get(w)).unwrap_or(answer)
    }

    /// The schema of a `get` answer's item (see [`ResourceDecl::item_in`]).
    pub fn get_item_schema(&self) -> Option<&'static ObjectSchema> {
        let schema = self.get?.response_schema()?;
        match self.wrapper().and_then(|w| schema.field(w)).map(|f| f.ty) {
            Some(Type::Object(inner)) => Some(inner),
            _ => Some(schema),
        }
    }

    /// The member a `get` answer wraps its item in, when it has exactly one object member
    /// and the item's id is not a member of the answer itself.
    pub fn wrapper(&self) -> Option<&'static str> {
        let schema = self.get?.response_schema()?;
        match schema.fields {
            [only] if matches!(only.ty, Type::Object(_)) && schema.field(self.id_field).is_none() => Some(only.name),
            _ => None,
        }
    }

    /// Path parameters of the list and get that are neither the item's id, nor its
    /// ancestors', nor the project: a scope the items live in (Rainbond's team and region).
    /// List pages ask for them; item links carry them.
    pub fn scope_params(&self) -> Vec<&'static str> {
        let parents = self.parent_params();
        let mut out: Vec<&'static str> = Vec::new();
        for op in [self.page_list(), self.get].into_iter().flatten() {
            for f in op.params_schema().in_location(crate::schema::Location::Path) {
                if f.name != self.id_param && f.name != "project_id" && !parents.contains(&f.name) && !out.contains(&f.name) {
                    out.push(f.name);
                }
            }
        }
        out
    }

    /// All operations reachable from this resource's pages.
    pub fn operations(&self) -> impl Iterator<Item = &'static OperationDecl> {
        [self.list, self.list_all, self.create, self.get, self.update, self.delete]
            .into_iter()
            .flatten()
            .chain(self.actions.iter().map(|a| a.op))
            .chain(self.views.iter().map(|v| v.op))
            .chain(self.collection_actions.iter().map(|a| a.op))
    }

    /// How a delete of one item asks: removing an item that holds others (an environment's
    /// addons, an application's components, a vault's backups) needs its name typed.
    pub fn delete_confirm(&self) -> Confirm {
        if self.children.is_empty() { Confirm::Danger } else { Confirm::TypeName }
    }

    /// Path parameters that name this item's ancestors, besides the project.
    pub fn parent_params(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut cur = self.parent;
        while let Some(link) = cur {
            out.push(link.param);
            cur = link.resource.parent;
        }
        out
    }
}

/// How strongly an action asks before it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// The small form's button runs it (refresh, scale).
    None,
    /// The form says what will happen and its button is marked as dangerous (stop, roll back).
    Danger,
    /// The item's name must be typed first (removing what other things depend on).
    TypeName,
}

/// One value an action asks for.
#[derive(Debug, Clone, Copy)]
pub struct Asked {
    /// Dotted path of the body member (`parameters.replica`); its label, help and rules are
    /// the body field's.
    pub path: &'static str,
    /// The action cannot run without it, even where the body's schema leaves it optional.
    pub required: bool,
    /// Dotted path of an item field that fills it in at first (the current replica count).
    pub initial_from: Option<&'static str>,
    /// Where its possible values come from, in the `choices` notation of field attributes
    /// (`op?param=source|items|value|label`); sources name the item's path parameters.
    pub choices: Option<&'static str>,
}

impl Asked {
    pub const fn path(path: &'static str) -> Asked {
        Asked { path, required: false, initial_from: None, choices: None }
    }
}

/// What an action's small form shows.
#[derive(Debug, Clone, Copy)]
pub enum ActionForm {
    /// Only these members of the body (none: a confirmation).
    Fields(&'static [Asked]),
    /// The whole body form (copying an image: its many settings are the action).
    Body,
}

/// A named action on one item: a button labelled `label` that runs `op` with the item's ids,
/// the body members `fixed` sets and the values the form asks for.
#[derive(Debug, Clone, Copy)]
pub struct ActionDecl {
    /// Stable key (`scale`): the button's test id and the action's place in the URL.
    pub key: &'static str,
    /// A short verb ("Scale"); the operation's title is the button's tooltip.
    pub label: Text,
    pub op: &'static OperationDecl,
    /// Body members the action fixes, as JSON (`{"action":"scale"}`); empty for none.
    pub fixed: &'static str,
    /// Parameters of the call filled from the item, beyond its path parameters: (parameter,
    /// dotted path of the item field). CSE's configuration import and export name the engine
    /// in the `x-engine-id` header: `("x-engine-id", "id")`.
    pub item_params: &'static [(&'static str, &'static str)],
    pub form: ActionForm,
    pub confirm: Confirm,
    /// What the job it starts is called, with `{name}` for the item's name and `{a.b}` for a
    /// body value ("Scale {name} to {parameters.replica} replicas").
    pub job: Text,
}

impl ActionDecl {
    /// An action that asks nothing (only confirms).
    pub const fn new(key: &'static str, label: Text, op: &'static OperationDecl) -> ActionDecl {
        ActionDecl { key, label, op, fixed: "", item_params: &[], form: ActionForm::Fields(&[]), confirm: Confirm::None, job: label }
    }

    /// The fixed body members.
    pub fn fixed_body(&self) -> serde_json::Value {
        if self.fixed.is_empty() {
            return serde_json::Value::Object(Default::default());
        }
        serde_json::from_str(self.fixed).unwrap_or_else(|_| serde_json::Value::Object(Default::default()))
    }

    /// The parameters [`ActionDecl::item_params`] takes from `item` (those it has).
    pub fn params_from(&self, item: &serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
        self.item_params
            .iter()
            .filter_map(|(param, path)| {
                let v = path.split('.').try_fold(item, |v, k| v.get(k))?;
                (!v.is_null()).then(|| (param.to_string(), v.clone()))
            })
            .collect()
    }

    /// The job's name for an item called `name` and the body that was sent.
    pub fn job_name(&self, lang: crate::Lang, name: &str, body: &serde_json::Value) -> String {
        fill_template(self.job.get(lang), name, body)
    }
}

/// `template` with `{name}` replaced by `name` and `{a.b}` by the body's value at `a.b`
/// (an array's items joined with commas; a missing value left as `?`).
pub fn fill_template(template: &str, name: &str, body: &serde_json::Value) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let Some(len) = rest[start..].find('}') else { break };
        let key = &rest[start + 1..start + len];
        if key == "name" {
            out.push_str(name);
        } else {
            let value = key.split('.').try_fold(body, |v, k| v.get(k));
            out.push_str(&match value {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Array(items)) => items.iter().map(|i| i.as_str().map(str::to_string).unwrap_or_else(|| i.to_string())).collect::<Vec<_>>().join(", "),
                Some(serde_json::Value::Null) | None => "?".to_string(),
                Some(other) => other.to_string(),
            });
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The look of a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Running, available, succeeded.
    Healthy,
    /// Passing: starting, upgrading, deploying. The page refreshes until it settles.
    Progress,
    Failed,
    Stopped,
    /// Anything else, and values the declaration does not know.
    Neutral,
}

impl Tone {
    /// The CSS class suffix and test attribute.
    pub fn key(self) -> &'static str {
        match self {
            Tone::Healthy => "healthy",
            Tone::Progress => "progress",
            Tone::Failed => "failed",
            Tone::Stopped => "stopped",
            Tone::Neutral => "neutral",
        }
    }
}

/// Where an item keeps its state and the tone of each documented state.
#[derive(Debug, Clone, Copy)]
pub struct StatusDecl {
    /// Dotted path of the item field (`status.component_status`).
    pub field: &'static str,
    /// Each state's wire value (compared without regard to case), meaning and tone.
    pub states: &'static [(&'static str, Text, Tone)],
}

impl StatusDecl {
    /// The item's state: its wire value, what to show and its tone. An undeclared value is
    /// shown as it is, neutral.
    pub fn of(&self, item: &serde_json::Value) -> Option<(String, Option<Text>, Tone)> {
        let value = self.field.split('.').try_fold(item, |v, k| v.get(k))?;
        let raw = match value {
            serde_json::Value::String(s) if !s.is_empty() => s.clone(),
            serde_json::Value::Null | serde_json::Value::String(_) => return None,
            other => other.to_string(),
        };
        match self.states.iter().find(|(v, _, _)| v.eq_ignore_ascii_case(&raw)) {
            Some((_, text, tone)) => Some((raw, Some(*text), *tone)),
            None => Some((raw, None, Tone::Neutral)),
        }
    }
}
