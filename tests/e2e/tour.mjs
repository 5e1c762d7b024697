// node tour.mjs DIR [--only en-light,zh-dark,…]: a screenshot of every page of the console in
// both languages and both themes, for looking at (`cargo xtask screenshot --tour DIR`).
//
// The pages are found as a user finds them: the side bar's links, on each list the first item
// and its Create page, the explorer and one operation in it, the repository browser followed
// one level at a time. Each page is saved as `<page>.<lang>-<theme>.png`; the list of pages
// with any error the browser reported is printed at the end.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch, BASE_URL } from "./browser.mjs";

const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node tour.mjs DIR [--only en-light,zh-dark]");
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
const only = rest.includes("--only") ? rest[rest.indexOf("--only") + 1].split(",") : null;
const variants = [["en", "light"], ["en", "dark"], ["zh", "light"], ["zh", "dark"]]
  .filter(([l, t]) => !only || only.includes(`${l}-${t}`));

/** A file name for a path: `/servicestage/environments/new` → `servicestage_environments_new`. */
const fileOf = (path) => (path.split("?")[0].replace(/^\/+|\/+$/g, "").replace(/[^A-Za-z0-9._-]+/g, "_") || "overview");

const settle = async (page) => {
  await page.waitForLoadState("networkidle");
  // Lists and details show a loading line first; give them the time a user waits.
  await page.waitForFunction(() => !document.querySelector("[aria-busy=true], .loading"), null, { timeout: 5000 }).catch(() => {});
  await page.waitForTimeout(250);
};

/** The pages to visit, found by following the console's own links (in English, light). */
async function discover(context) {
  const page = await context.newPage();
  await page.goto(BASE_URL + "/");
  await settle(page);
  // Path and query: an item's link carries its context (a component's application).
  const hrefs = async (selector) => page.$$eval(selector, (links) => links.map((a) => { const u = new URL(a.href); return u.pathname + u.search; }));
  const pathOf = (href) => href.split("?")[0];
  const nav = [...new Set(await hrefs("nav a[href]"))];
  const pages = [...new Set(["/", ...nav, "/settings", "/explorer"])];
  for (const list of nav) {
    if (list === "/" || list === "/settings" || list === "/explorer") continue;
    await page.goto(BASE_URL + list);
    await settle(page);
    const firstItem = (await hrefs("main table tbody tr a[href]")).find((h) => h.startsWith(list + "/") && !pathOf(h).endsWith("/new"));
    const create = (await hrefs("main a[href]")).find((h) => pathOf(h) === list + "/new");
    for (const h of [firstItem, create]) if (h && !pages.includes(h)) pages.push(h);
    // The repository browser goes one level deeper at a time.
    if (list === "/repos") {
      let level = firstItem;
      for (let depth = 0; level && depth < 3; depth++) {
        await page.goto(BASE_URL + level);
        await settle(page);
        const prefix = pathOf(level) + "/";
        level = (await hrefs("main a[href]")).find((h) => h.startsWith(prefix));
        if (level && !pages.includes(level)) pages.push(level);
      }
    }
  }
  await page.goto(BASE_URL + "/explorer");
  await settle(page);
  const op = (await hrefs("main a[href]")).find((h) => h.startsWith("/explorer/"));
  if (op) pages.push(op);
  await page.close();
  return pages;
}

const context = await launch();
const pages = await discover(context);
console.log(`${pages.length} pages × ${variants.length} variants`);
const problems = [];
for (const [lang, theme] of variants) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.addInitScript(([lang, theme]) => {
    const settings = JSON.parse(localStorage.getItem("opsdeck.settings") ?? "{}");
    localStorage.setItem("opsdeck.settings", JSON.stringify({ ...settings, lang: lang === "zh" ? "zh-CN" : "en", theme }));
  }, [lang, theme]);
  for (const path of pages) {
    errors.length = 0;
    await page.goto(BASE_URL + path);
    await settle(page);
    const file = join(dir, `${fileOf(path)}.${lang}-${theme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    if (errors.length) problems.push(`${path} (${lang}, ${theme}): ${errors.join(" | ")}`);
  }
  await page.close();
}
await context.close();
console.log(`saved ${pages.length * variants.length} screenshots in ${dir}`);
for (const p of problems) console.log("error:", p);
