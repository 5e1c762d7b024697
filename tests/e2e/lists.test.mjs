// End-to-end: lists and detail pages show data faithfully: filters that apply while typing
// (and find part of a name on the loaded page where the service matches whole names), text
// that keeps its lines, invisible characters made visible, and the demo portal opening the
// console on its chosen page with its own credentials.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, unique, freshProject, BASE_URL, launch, visit } from "./browser.mjs";

test("a filter applies while typing, and part of a name finds the item on the loaded page", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments", { project: freshProject("typing") });
  const table = page.getByRole("table", { name: "Environments" });
  await table.waitFor();
  const filter = page.getByRole("searchbox", { name: "Name" });
  assert.match(await filter.getAttribute("placeholder"), /exact/i, "the placeholder says the service matches whole values");
  // Typed key by key, no Enter and no leaving the field.
  await filter.pressSequentially("stag", { delay: 40 });
  await page.waitForURL(/name=stag/);
  // The page of all environments gives way to the one match.
  await table.locator("tbody tr").nth(1).waitFor({ state: "detached" });
  assert.deepEqual(await table.locator("tbody tr td:first-child").allInnerTexts(), ["staging-env"]);
  await page.getByRole("status").filter({ hasText: "loaded page" }).waitFor();
  // A whole name is matched by the service itself.
  await filter.fill("production-env");
  await page.waitForURL(/name=production-env/);
  await page.getByRole("status").filter({ hasText: "loaded page" }).waitFor({ state: "detached" });
  assert.deepEqual(await table.locator("tbody tr td:first-child").allInnerTexts(), ["production-env"]);
  assert.deepEqual(errors, []);
});

test("a list whose scope the console chooses shows no error on the way to its items", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments");
  await page.getByRole("table", { name: "Environments" }).waitFor();
  // Every alert the page shows from now on, however briefly.
  await page.evaluate(() => {
    window.__alerts = [];
    new MutationObserver(() => {
      for (const a of document.querySelectorAll("main [role=alert]")) window.__alerts.push(a.textContent);
    }).observe(document.querySelector("main"), { subtree: true, childList: true, characterData: true });
  });
  // Rainbond's apps need a team and a region: the list waits while the scope bar picks the
  // first of each, then asks for the items.
  await page.getByRole("navigation", { name: "Services and resources" }).getByRole("link", { name: "Apps", exact: true }).click();
  await page.getByRole("table", { name: "Apps" }).locator("tbody tr").first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__alerts), []);
  assert.deepEqual(errors, []);
});

test("a multi-line config is shown with its lines on its page", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/config-groups", { project: freshProject("lines") });
  await page.getByRole("table", { name: "Config groups" }).getByRole("link", { name: "mall-config" }).click();
  await page.getByRole("tab", { name: "Configs" }).click();
  await page.getByRole("link", { name: "gateway-routes" }).click();
  await page.getByRole("heading", { name: "Config gateway-routes" }).waitFor();
  const content = page.locator('dd[data-field="content"] pre');
  await content.waitFor();
  const lines = (await content.innerText()).split("\n");
  assert.deepEqual(lines.slice(0, 3), ["routes:", "  - path: /orders", "    service: order-service"]);
  assert.equal(await content.evaluate((el) => getComputedStyle(el).fontFamily.includes("mono")), true, "in a monospace font");
  assert.deepEqual(errors, []);
});

test("a bidi override in a description is shown as a visible marker, in the list and on the page", async (t) => {
  const name = unique("bidi-env");
  const { page, errors } = await openPage(t, "/servicestage/environments/new", { project: freshProject("bidi") });
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("combobox", { name: "VPC ID", exact: true }).fill("0c72428b-cd6c-4283-a560-210d3edb49f7");
  await page.getByLabel("Environment type").selectOption("container");
  await page.getByLabel("Description").fill("report\u202Eexe.txt");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  const shown = await page.locator('dd[data-field="description"]').innerText();
  assert.equal(shown, "report⟦U+202E⟧exe.txt");
  assert.ok(!shown.includes("\u202E"), "the override itself is not in the page's text");

  await page.getByRole("navigation", { name: "breadcrumbs" }).getByRole("link", { name: "Environments" }).click();
  await page.getByRole("button", { name: "Columns" }).or(page.locator("summary", { hasText: "Columns" })).first().click();
  await page.getByRole("checkbox", { name: "Description" }).check();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.waitFor();
  assert.match(await row.innerText(), /report⟦U\+202E⟧exe\.txt/);
  assert.deepEqual(errors, []);
});

test("the demo portal opens the console on its chosen page with the portal's token, no banner", async (t) => {
  const context = await launch();
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(BASE_URL + "/embed");
  const host = page.locator("opsdeck-console");
  await host.getByRole("heading", { name: "Applications", exact: true }).waitFor();
  await host.getByRole("table", { name: "Applications" }).getByRole("link", { name: "mall-demo" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/embed/servicestage/applications");
  assert.equal(await host.getByText("Page not found").count(), 0);
  assert.equal(await host.getByText("No credentials yet").count(), 0, "the portal supplies the credentials");
  assert.deepEqual(errors, []);
});

test("every list in the side bar loads from its service: rows or the empty message, never an error", async (t) => {
  // Grows with the catalogue: a list whose path the sandbox does not route, or whose answer
  // does not decode, shows an error banner here.
  const { page, errors } = await openPage(t, "/", { project: freshProject("sidebar") });
  const nav = page.getByRole("navigation", { name: "Services and resources" });
  await nav.getByRole("link").first().waitFor();
  const paths = await nav.getByRole("link").evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
  assert.ok(paths.length >= 15, `the side bar lists ${paths.length} pages`);
  for (const path of paths) {
    await visit(page, path);
    // Rows or the empty message, once the list has settled (a list scoped by a team and
    // region first picks them); then no error banner is left.
    const loaded = await page.locator("main table tbody tr, main .empty").first().waitFor({ timeout: 15000 }).then(() => true, () => false);
    await page.waitForLoadState("networkidle");
    const alerts = (await page.getByRole("alert").allInnerTexts()).filter((a) => a.trim());
    assert.deepEqual(alerts, [], `${path} shows an error`);
    assert.ok(loaded, `${path} shows neither rows nor the empty message`);
  }
  assert.deepEqual(errors, []);
});
