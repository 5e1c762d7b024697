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
    /// Operations on one item that take a body or change state (component actions, refresh,
    /// provisioning): buttons on the detail page.
    pub actions: &'static [&'static OperationDecl],
    /// Read-only operations about one item (records, configuration, histories): tabs on the
    /// detail page.
    pub views: &'static [&'static OperationDecl],
    /// Operations on the collection besides create (import, publish, built-in images).
    pub collection_actions: &'static [&'static OperationDecl],
    /// Resources listed inside an item's detail page.
    pub children: &'static [&'static ResourceDecl],
    /// An item field holding versioned text (a config's content): the list then offers to
    /// compare two items line by line.
    pub compare_field: Option<&'static str>,
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
    };

    /// The list the resource's own page shows: across parents when there is one.
    pub fn page_list(&self) -> Option<&'static OperationDecl> {
        self.list_all.or(self.list)
    }

    /// The schema of one list item.
    pub fn item_schema(&self) -> Option<&'static ObjectSchema> {
        let list = self.page_list()?.response_schema()?;
        match list.field(self.items_field)?.ty {
            Type::Array(Type::Object(item)) => Some(item),
            _ => None,
        }
    }

    /// All operations reachable from this resource's pages.
    pub fn operations(&self) -> impl Iterator<Item = &'static OperationDecl> {
        [self.list, self.list_all, self.create, self.get, self.update, self.delete]
            .into_iter()
            .flatten()
            .chain(self.actions.iter().copied())
            .chain(self.views.iter().copied())
            .chain(self.collection_actions.iter().copied())
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
