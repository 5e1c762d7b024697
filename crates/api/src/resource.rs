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
    pub field: &'static str,
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
    pub list: &'static OperationDecl,
    pub create: Option<&'static OperationDecl>,
    pub get: Option<&'static OperationDecl>,
    pub update: Option<&'static OperationDecl>,
    pub delete: Option<&'static OperationDecl>,
}

impl ResourceDecl {
    /// The schema of one list item.
    pub fn item_schema(&self) -> Option<&'static ObjectSchema> {
        let list = self.list.response_schema()?;
        match list.field(self.items_field)?.ty {
            Type::Array(Type::Object(item)) => Some(item),
            _ => None,
        }
    }

    /// All operations of this resource, for "reachable from a page" checks.
    pub fn operations(&self) -> impl Iterator<Item = &'static OperationDecl> {
        [Some(self.list), self.create, self.get, self.update, self.delete].into_iter().flatten()
    }
}
