//! `#[derive(Schema)]` turns a typed serde model into static field metadata
//! (`opsdeck_api::schema::Type`): wire name, type, required flag, constraints and the zh/en
//! label and help text. The metadata is plain `const` data, so the console carries no code per
//! model, and it cannot drift from the struct because it is generated from it.
//!
//! On a struct field:
//! ```ignore
//! #[schema(zh = "环境名称", en = "Name", help_zh = "…", help_en = "…",
//!          min_len = 2, max_len = 64, pattern = "^[A-Za-z].*$",
//!          min = 0, max = 100, min_items = 1, max_items = 20,
//!          required | optional, path | query | header, secret, read_only,
//!          required_if = "type=RollingRelease", example = "env-test",
//!          choices = "rainbond.team.list|tenants|tenant_name|tenant_alias", caution,
//!          slash_as = ":")]
//! ```
//! `required` defaults to "the Rust type is not `Option`". The wire name is the field name or
//! its `#[serde(rename = "…")]`.
//!
//! On an enum (unit variants only), each variant's `#[schema(zh, en)]` is the documented
//! meaning of that value, and its wire value is the `#[serde(rename)]` or the variant name.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;
use syn::{
    parse_macro_input, punctuated::Punctuated, Attribute, Data, DeriveInput, Expr, ExprLit,
    Fields, Lit, Meta, Token, Type,
};

#[proc_macro_derive(Schema, attributes(schema))]
pub fn derive_schema(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(tokens) => tokens.into(),
        Err(err) => err.to_compile_error().into(),
    }
}

/// Everything `#[schema(...)]` can say, on a container, field or variant.
#[derive(Default)]
struct Attrs {
    zh: Option<String>,
    en: Option<String>,
    help_zh: Option<String>,
    help_en: Option<String>,
    required: Option<bool>,
    location: Option<&'static str>,
    rename: Option<String>,
    /// `#[serde(alias = "…")]`: other spellings read as this one (enum variants keep them).
    aliases: Vec<String>,
    rules: RuleAttrs,
}

/// The field's constraints: they become one `opsdeck_api::schema::Rules`.
#[derive(Default, PartialEq)]
struct RuleAttrs {
    min_len: Option<u64>,
    max_len: Option<u64>,
    min: Option<f64>,
    max: Option<f64>,
    min_items: Option<u64>,
    max_items: Option<u64>,
    pattern: Option<String>,
    secret: bool,
    read_only: bool,
    required_if: Option<String>,
    example: Option<String>,
    choices: Option<String>,
    caution: bool,
    slash_as: Option<String>,
}

fn lit_str(expr: &Expr) -> syn::Result<String> {
    match expr {
        Expr::Lit(ExprLit { lit: Lit::Str(s), .. }) => Ok(s.value()),
        // A literal passed through a `macro_rules!` fragment arrives wrapped in a group.
        Expr::Group(g) => lit_str(&g.expr),
        other => Err(syn::Error::new_spanned(other, "expected a string literal")),
    }
}

fn lit_num(expr: &Expr) -> syn::Result<f64> {
    match expr {
        Expr::Lit(ExprLit { lit: Lit::Int(i), .. }) => i.base10_parse::<f64>(),
        Expr::Lit(ExprLit { lit: Lit::Float(f), .. }) => f.base10_parse::<f64>(),
        Expr::Unary(u) if matches!(u.op, syn::UnOp::Neg(_)) => Ok(-lit_num(&u.expr)?),
        other => Err(syn::Error::new_spanned(other, "expected a number")),
    }
}

fn parse_attrs(attrs: &[Attribute]) -> syn::Result<Attrs> {
    let mut out = Attrs::default();
    for attr in attrs {
        if attr.path().is_ident("serde") {
            // `rename = "…"` is the wire name; an enum variant's `alias = "…"` is a spelling
            // that is read as it.
            if let Ok(list) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated) {
                for meta in list {
                    if let Meta::NameValue(nv) = meta {
                        if nv.path.is_ident("rename") {
                            out.rename = Some(lit_str(&nv.value)?);
                        } else if nv.path.is_ident("alias") {
                            out.aliases.push(lit_str(&nv.value)?);
                        }
                    }
                }
            }
            continue;
        }
        if !attr.path().is_ident("schema") {
            continue;
        }
        let list = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)?;
        for meta in list {
            match meta {
                Meta::Path(p) => {
                    let key = p.get_ident().map(|i| i.to_string()).unwrap_or_default();
                    match key.as_str() {
                        "required" => out.required = Some(true),
                        "optional" => out.required = Some(false),
                        "path" => out.location = Some("Path"),
                        "query" => out.location = Some("Query"),
                        "header" => out.location = Some("Header"),
                        "secret" => out.rules.secret = true,
                        "read_only" => out.rules.read_only = true,
                        "caution" => out.rules.caution = true,
                        _ => return Err(syn::Error::new_spanned(p, "unknown schema flag")),
                    }
                }
                Meta::NameValue(nv) => {
                    let key = nv.path.get_ident().map(|i| i.to_string()).unwrap_or_default();
                    let v = &nv.value;
                    match key.as_str() {
                        "zh" => out.zh = Some(lit_str(v)?),
                        "en" => out.en = Some(lit_str(v)?),
                        "help_zh" => out.help_zh = Some(lit_str(v)?),
                        "help_en" => out.help_en = Some(lit_str(v)?),
                        "pattern" => out.rules.pattern = Some(lit_str(v)?),
                        "required_if" => out.rules.required_if = Some(lit_str(v)?),
                        "example" => out.rules.example = Some(lit_str(v)?),
                        "choices" => out.rules.choices = Some(lit_str(v)?),
                        "slash_as" => out.rules.slash_as = Some(lit_str(v)?),
                        "min_len" => out.rules.min_len = Some(lit_num(v)? as u64),
                        "max_len" => out.rules.max_len = Some(lit_num(v)? as u64),
                        "min_items" => out.rules.min_items = Some(lit_num(v)? as u64),
                        "max_items" => out.rules.max_items = Some(lit_num(v)? as u64),
                        "min" => out.rules.min = Some(lit_num(v)?),
                        "max" => out.rules.max = Some(lit_num(v)?),
                        _ => return Err(syn::Error::new_spanned(nv.path, "unknown schema key")),
                    }
                }
                Meta::List(l) => return Err(syn::Error::new_spanned(l, "unexpected list")),
            }
        }
    }
    Ok(out)
}

fn opt_u32(v: Option<u64>) -> TokenStream2 {
    match v {
        Some(n) => {
            let n = n as u32;
            quote!(::core::option::Option::Some(#n))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn opt_f64(v: Option<f64>) -> TokenStream2 {
    match v {
        Some(n) => quote!(::core::option::Option::Some(#n)),
        None => quote!(::core::option::Option::None),
    }
}

fn opt_str(v: &Option<String>) -> TokenStream2 {
    match v {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

fn text(zh: &Option<String>, en: &Option<String>, fallback: &str) -> TokenStream2 {
    let zh = zh.clone().or_else(|| en.clone()).unwrap_or_else(|| fallback.to_string());
    let en = en.clone().unwrap_or_else(|| fallback.to_string());
    quote!(::opsdeck_api::schema::Text { zh: #zh, en: #en })
}

/// `Option<T>` → `Some(T)`; anything else → `None`. A type a `macro_rules!` passed on as
/// `$ty:ty` arrives wrapped in an invisible group, which is looked through.
fn option_inner(ty: &Type) -> Option<&Type> {
    let mut ty = ty;
    while let Type::Group(g) = ty {
        ty = &g.elem;
    }
    if let Type::Path(tp) = ty {
        let seg = tp.path.segments.last()?;
        if seg.ident == "Option" {
            if let syn::PathArguments::AngleBracketed(args) = &seg.arguments {
                if let Some(syn::GenericArgument::Type(inner)) = args.args.first() {
                    return Some(inner);
                }
            }
        }
    }
    None
}

fn expand(input: &DeriveInput) -> syn::Result<TokenStream2> {
    let ident = &input.ident;
    let name = ident.to_string();
    let container = parse_attrs(&input.attrs)?;
    let title = text(&container.zh, &container.en, &name);
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();

    let body = match &input.data {
        Data::Struct(data) => {
            let fields = match &data.fields {
                Fields::Named(named) => named.named.iter().collect::<Vec<_>>(),
                Fields::Unit => Vec::new(),
                Fields::Unnamed(_) => {
                    return Err(syn::Error::new_spanned(ident, "Schema needs named fields"))
                }
            };
            let mut field_tokens = Vec::new();
            for field in fields {
                let a = parse_attrs(&field.attrs)?;
                let rust_name = field.ident.as_ref().unwrap().to_string();
                let rust_name = rust_name.trim_start_matches("r#").to_string();
                let wire = a.rename.clone().unwrap_or(rust_name.clone());
                let (inner, is_option) = match option_inner(&field.ty) {
                    Some(inner) => (inner, true),
                    None => (&field.ty, false),
                };
                let required = a.required.unwrap_or(!is_option);
                let label = text(&a.zh, &a.en, &wire);
                // Without the crate's `help-texts` feature (the console) the help is left out of
                // the metadata; the console ships it in a lazily loaded chunk instead (see
                // `opsdeck_api::catalog::walk_fields`).
                let help = if a.help_zh.is_some() || a.help_en.is_some() {
                    let help = text(&a.help_zh, &a.help_en, "");
                    quote!(if cfg!(feature = "help-texts") { #help } else { ::opsdeck_api::schema::Text::EMPTY })
                } else {
                    quote!(::opsdeck_api::schema::Text::EMPTY)
                };
                let location = syn::Ident::new(a.location.unwrap_or("Body"), ident.span());
                // Most fields have no constraints: they all point at one shared `Rules::NONE`,
                // which keeps the metadata in the console's data section small.
                let r = &a.rules;
                let rules = if *r != RuleAttrs::default() {
                    let (min_len, max_len) = (opt_u32(r.min_len), opt_u32(r.max_len));
                    let (min_items, max_items) = (opt_u32(r.min_items), opt_u32(r.max_items));
                    let (min, max) = (opt_f64(r.min), opt_f64(r.max));
                    let pattern = opt_str(&r.pattern);
                    let required_if = opt_str(&r.required_if);
                    let example = opt_str(&r.example);
                    let choices = opt_str(&r.choices);
                    let slash_as = opt_str(&r.slash_as);
                    let (secret, read_only, caution) = (r.secret, r.read_only, r.caution);
                    quote! {
                        &::opsdeck_api::schema::Rules {
                            min_len: #min_len, max_len: #max_len,
                            min: #min, max: #max,
                            min_items: #min_items, max_items: #max_items,
                            pattern: #pattern,
                            required_if: #required_if,
                            secret: #secret,
                            read_only: #read_only,
                            example: #example,
                            choices: #choices,
                            caution: #caution,
                            slash_as: #slash_as,
                        }
                    }
                } else {
                    quote!(&::opsdeck_api::schema::Rules::NONE)
                };
                field_tokens.push(quote! {
                    ::opsdeck_api::schema::Field {
                        name: #wire,
                        ty: <#inner as ::opsdeck_api::schema::Schema>::TYPE,
                        required: #required,
                        label: #label,
                        help: #help,
                        location: ::opsdeck_api::schema::Location::#location,
                        rules: #rules,
                    }
                });
            }
            quote! {
                &::opsdeck_api::schema::Type::Object(&::opsdeck_api::schema::ObjectSchema {
                    name: #name,
                    title: #title,
                    fields: &[#(#field_tokens),*],
                })
            }
        }
        Data::Enum(data) => {
            let mut values = Vec::new();
            for variant in &data.variants {
                if !matches!(variant.fields, Fields::Unit) {
                    return Err(syn::Error::new_spanned(variant, "Schema enums have unit variants"));
                }
                let a = parse_attrs(&variant.attrs)?;
                let wire = a.rename.clone().unwrap_or_else(|| variant.ident.to_string());
                let meaning = text(&a.zh, &a.en, &wire);
                let aliases = &a.aliases;
                values.push(quote! {
                    ::opsdeck_api::schema::EnumValue { value: #wire, meaning: #meaning, aliases: &[#(#aliases),*] }
                });
            }
            quote! {
                &::opsdeck_api::schema::Type::Enum(&::opsdeck_api::schema::EnumSchema {
                    name: #name,
                    title: #title,
                    values: &[#(#values),*],
                })
            }
        }
        Data::Union(_) => return Err(syn::Error::new_spanned(ident, "unions are not supported")),
    };

    Ok(quote! {
        impl #impl_generics ::opsdeck_api::schema::Schema for #ident #ty_generics #where_clause {
            const TYPE: &'static ::opsdeck_api::schema::Type = #body;
        }
    })
}
