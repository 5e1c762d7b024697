//! The console's router: which page is shown, and the state a deep link carries (the page, the
//! selected resource in the path; the table's paging, sorting, filters and tab in the query).
//!
//! It is ours rather than `leptos_router`'s because the console needs little of it (nine
//! routes, path parameters, the query, history navigation, in-page link clicks) and the crate
//! cost about 10% of the wasm (see the README, "How the console is kept small"). The browser's
//! `URL` resolves links; path templates and query strings are read by `opsdeck_api::url`, the
//! code the request builder uses for the same text.
//!
//! - [`query`]: a decoded query string ([`Query`]).
//! - [`links`]: the console's URLs: its base path, internal links, resource pages' links.
//! - [`leave_guard`]: asking before a page with unsaved input is left.

pub mod leave_guard;
pub mod links;
pub mod query;

use leptos::prelude::*;
use opsdeck_api::url;
use wasm_bindgen::JsCast;

pub use query::Query;

/// Where the browser is: the full path (with the console's base) and the query string.
#[derive(Clone, Copy)]
pub struct Location {
    pub pathname: RwSignal<String>,
    pub search: RwSignal<String>,
    query: Memo<Query>,
}

impl Location {
    fn read() -> (String, String) {
        let loc = window().location();
        (loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default())
    }

    fn sync(&self) {
        let (path, search) = Location::read();
        self.pathname.set(path);
        self.search.set(search);
    }
}

thread_local! {
    /// The page has one URL, so one location (set by [`start`]).
    static LOCATION: std::cell::Cell<Option<Location>> = const { std::cell::Cell::new(None) };
}

pub fn use_location() -> Location {
    LOCATION.with(|l| l.get()).expect("router::start runs before any page")
}

/// The current URL's query, decoded.
pub fn use_query_map() -> Memo<Query> {
    use_location().query
}

/// The current route's path parameters (`:service`, `:id` …).
pub fn use_params_map() -> Memo<Query> {
    expect_context::<RouteParams>().0
}

#[derive(Clone, Copy)]
struct RouteParams(Memo<Query>);

/// The first of `routes` whose pattern matches `path` (below the console's base), with the
/// path parameters it read.
fn find_route(routes: &[Route], path: &str) -> Option<(usize, Query)> {
    routes.iter().enumerate().find_map(|(i, r)| match_route(r.path, path).map(|params| (i, params)))
}

/// The page `routes` show at `path`, built in the current owner with its path parameters as
/// [`Routes`] builds it, but for a path that is not the browser's (an off-screen rehearsal of
/// a page, see `views::warm_up`); `None` when no route matches.
pub fn page_at(routes: &'static [Route], path: &str) -> Option<AnyView> {
    let (i, params) = find_route(routes, path)?;
    provide_context(RouteParams(Memo::new(move |_| params.clone())));
    Some((routes[i].view)())
}

/// Goes to `to` (a path under the console's base, with its query): a new history entry and
/// the top of the page, like following a link.
pub fn navigate(to: &str) {
    go(to, false);
}

/// Changes the URL without a new history entry or scrolling (the table's paging, sorting,
/// filters and tab: the Back button leaves the page rather than stepping through them).
pub fn replace(to: &str) {
    go(to, true);
}

/// Replaces the current page's query (`?limit=20&offset=40`), as [`replace`] does.
pub fn replace_query(query: &Query) {
    let path = use_location().pathname.get_untracked();
    replace(&format!("{path}{}", query.to_query_string()));
}

fn go(to: &str, replace: bool) {
    let Ok(history) = window().history() else { return };
    let done = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
    };
    if done.is_err() {
        return;
    }
    if let Some(location) = LOCATION.with(|l| l.get()) {
        location.sync();
    }
    if !replace {
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// `path` below the console's `base` (`/ops/settings` below `/ops` is `/settings`, `/ops`
/// itself is `/`, the console's home), or `None` when it is outside it (`/opsx`, `/other`).
fn below_base<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(base)?;
    if rest.is_empty() {
        return Some("/");
    }
    rest.starts_with('/').then_some(rest)
}

/// Follows a click on an in-console link without a page load. Links that leave the console
/// (another origin or outside its base path), open elsewhere (`target`, `download`,
/// modifier keys) or only jump within the page (`#main`) are left to the browser.
fn on_click(ev: web_sys::MouseEvent, base: &str) {
    if ev.default_prevented() || ev.button() != 0 || ev.meta_key() || ev.alt_key() || ev.ctrl_key() || ev.shift_key() {
        return;
    }
    // The composed path reaches into the shadow root of `<opsdeck-console>`.
    let path = ev.composed_path();
    let Some(a) = path.iter().find_map(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else { return };
    let href = a.href();
    if href.is_empty() || !a.target().is_empty() || a.has_attribute("download") {
        return;
    }
    let Ok(url) = web_sys::Url::new(&href) else { return };
    let here = window().location();
    if Some(url.origin()) != here.origin().ok() || below_base(&url.pathname(), base).is_none() {
        return;
    }
    let same_page = Some(url.pathname()) == here.pathname().ok() && Some(url.search()) == here.search().ok();
    if same_page && !url.hash().is_empty() {
        return;
    }
    ev.prevent_default();
    let to = format!("{}{}{}", url.pathname(), url.search(), url.hash());
    if leave_guard::has_unsaved() {
        leave_guard::hold(to);
    } else {
        navigate(&to);
    }
}

/// Runs the code that following an in-console link runs, without going anywhere: the
/// browser compiles each wasm function on its first call, and the user's first click on a
/// link would otherwise wait for this code to compile (about 60 functions, 2 ms on a slow
/// machine; see `views::warm_up`). It clicks a link to a place in this page, which the
/// router leaves to the browser (the link is not in the document, so the browser does not
/// follow it either), then replaces the URL by itself: no history entry, and the page stays
/// as it is since neither the route nor the query changes.
pub fn rehearse_navigation(base: &str) {
    let (path, search) = Location::read();
    let hash = window().location().hash().unwrap_or_default();
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlElement = a.unchecked_into();
        // An absolute path: a relative link resolves against `<base href>`, another page.
        let _ = a.set_attribute("href", &format!("{path}{search}#rehearsal"));
        let base = base.to_string();
        let listener = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
            on_click(ev.clone(), &base);
            ev.prevent_default();
        });
        let _ = a.add_event_listener_with_callback("click", listener.as_ref().unchecked_ref());
        a.click();
    }
    replace(&format!("{path}{search}{hash}"));
}

/// One route: a path pattern (`/:service/:resource/new`) and the page it shows.
pub struct Route {
    pub path: &'static str,
    pub view: fn() -> AnyView,
}

/// The parameters of `path` (below the base) if it matches `pattern` (`/:service/:id`), each
/// percent-decoded.
pub fn match_route(pattern: &str, path: &str) -> Option<Query> {
    let params = url::match_template(pattern, path, url::colon)?;
    Some(Query::from_pairs(params.into_iter().map(|(name, value)| (name.to_string(), value)).collect()))
}

/// Starts following the browser's URL: reads it, and listens for Back/Forward and for clicks
/// on in-console links below `base`. Call once, before anything uses the location.
pub fn start(base: &str) {
    let (path, search) = Location::read();
    let pathname = RwSignal::new(path);
    let search = RwSignal::new(search);
    let query = Memo::new(move |_| search.with(|s| Query::parse(s)));
    let location = Location { pathname, search, query };
    LOCATION.with(|l| l.set(Some(location)));
    let base = base.to_string();
    let click = window_event_listener(leptos::ev::click, move |ev| on_click(ev, &base));
    let popstate = window_event_listener(leptos::ev::popstate, move |_| location.sync());
    let unload = window_event_listener(leptos::ev::beforeunload, leave_guard::on_before_unload);
    on_cleanup(move || {
        click.remove();
        popstate.remove();
        unload.remove();
    });
}

/// Shows the first of `routes` matching the URL below `base` (or `fallback`). The page is
/// built again only when another route matches; a change of parameters or query within the
/// same route reaches the page through [`use_params_map`] and [`use_query_map`].
#[component]
pub fn Routes(base: String, routes: &'static [Route], fallback: fn() -> AnyView) -> impl IntoView {
    let pathname = use_location().pathname;
    let matched = Memo::new(move |_| {
        pathname.with(|p| {
            let below = below_base(p, &base)?;
            find_route(routes, below)
        })
    });
    provide_context(RouteParams(Memo::new(move |_| matched.with(|m| m.as_ref().map(|(_, p)| p.clone()).unwrap_or_default()))));
    let index = Memo::new(move |_| matched.with(|m| m.as_ref().map(|(i, _)| *i)));
    move || match index.get() {
        Some(i) => (routes[i].view)(),
        None => fallback(),
    }
}

/// Sends the browser elsewhere without a history entry (the `/` route).
pub fn redirect(to: String) -> AnyView {
    request_animation_frame(move || replace(&to));
    ().into_any()
}
