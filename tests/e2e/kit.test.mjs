// End-to-end: the console kit — languages, IAM sign-in, the operation explorer, embedding.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, BASE_URL, unique, freshProject } from "./browser.mjs";


test("create an environment in Chinese, switch to English, and the labels change", async (t) => {
  const name = unique("zh-env");
  const { page, errors } = await openPage(t, "/servicestage/environments/new", { lang: "zh", project: freshProject("i18n") });
  await page.getByRole("heading", { name: "创建环境" }).waitFor();
  await page.getByRole("textbox", { name: "环境名称", exact: true }).fill(name);
  await page.getByRole("combobox", { name: "虚拟私有云ID", exact: true }).fill("vpc-zh");
  await page.getByLabel("环境类型").selectOption("mixed");
  await page.getByRole("button", { name: "创建", exact: true }).click();
  await page.getByRole("heading", { name: `环境${name}` }).waitFor();
  assert.equal(await page.locator('dd[data-field="deploy_mode"]').textContent(), "虚拟机和Kubernetes");
  assert.equal(await page.locator("html").getAttribute("lang"), "zh-CN");

  await page.getByRole("button", { name: "切换到英文" }).click();
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  assert.equal(await page.locator('dd[data-field="deploy_mode"]').textContent(), "Virtual machines and Kubernetes");
  assert.ok(await page.getByText("Created by").isVisible());
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  // The choice is remembered across a reload.
  await page.reload();
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).waitFor();
  assert.deepEqual(errors, []);
});

test("sign in to IAM with user name and password and use the token", async (t) => {
  const { page } = await openPage(t, "/settings");
  await page.getByRole("textbox", { name: "IAM user name" }).fill("demo");
  await page.getByLabel("Password", { exact: true }).fill("wrong-password");
  await page.getByRole("textbox", { name: "Account (domain) name" }).fill("demo-domain");
  await page.getByRole("button", { name: "Sign in and get a token" }).click();
  await page.getByRole("alert").filter({ hasText: "HTTP 401" }).waitFor();

  await page.getByLabel("Password", { exact: true }).fill("Sandbox-123");
  await page.getByRole("button", { name: "Sign in and get a token" }).click();
  await page.getByTestId("token-expiry").waitFor();
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem("opsdeck.secrets")).token);
  assert.ok(token && token !== "sandbox-demo-token", "a token from X-Subject-Token");
  const stored = await page.evaluate(() => JSON.stringify(Object.assign({}, localStorage, sessionStorage)));
  assert.ok(!stored.includes("Sandbox-123"), "the password is never stored");
  assert.equal(await page.getByLabel("Password", { exact: true }).inputValue(), "", "the password field is cleared");
  await page.goto(BASE_URL + "/servicestage/environments");
  await page.getByRole("table", { name: "Environments" }).waitFor();
});

test("the explorer finds an operation by its Chinese title and sends it", async (t) => {
  const { page, errors } = await openPage(t, "/explorer");
  await page.getByRole("searchbox", { name: "Search operations" }).fill("获取所有环境");
  // The v3 list and the legacy v2 one share the document's title; the v2 one says so.
  const link = page.locator('.op-link[href="/explorer/servicestage.environment.list"]');
  await link.waitFor();
  assert.equal(await page.locator(".op-link").count(), 2);
  assert.match(await page.locator('.op-link[href="/explorer/servicestage.v2_environment.list"]').textContent(), /\(v2\)/);
  await link.click();
  await page.getByRole("heading", { name: "List environments" }).waitFor();
  await page.getByRole("spinbutton", { name: "Limit" }).fill("2");
  const preview = await page.getByTestId("request-preview").textContent();
  assert.match(preview, /^GET \/v3\/[0-9a-f]+\/cas\/environments\?limit=2 HTTP\/1\.1/);
  await page.getByRole("button", { name: "Send request" }).click();
  await page.getByTestId("response-status").filter({ hasText: "200" }).waitFor();
  const body = JSON.parse(await page.getByTestId("response-body").textContent());
  assert.equal(body.environments.length, 2);
  assert.ok(body.count >= 2);
  // A deep link to the search keeps the query.
  await page.goto(BASE_URL + "/explorer?q=servicestage:4.1.3");
  await page.getByRole("link", { name: /Delete an environment/ }).waitFor();
  assert.deepEqual(errors, []);
});

test("the console embedded in a portal page keeps both pages' styles apart", async (t) => {
  const { page, errors } = await openPage(t, "/embed/servicestage/environments");
  const table = page.getByRole("table", { name: "Environments" });
  await table.waitFor({ timeout: 20000 });
  // The portal's loud button style stays in the portal and out of the console.
  const portalButton = await page.locator(".portal-header button").evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(portalButton, "rgb(255, 105, 180)");
  const consoleButton = await page.getByRole("button", { name: "Refresh" }).first().evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(consoleButton, "rgb(255, 105, 180)");
  // The console's navigation stays under the portal's path, and its token came from the portal.
  await table.getByRole("link", { name: "production-env" }).click();
  await page.waitForURL(/\/embed\/servicestage\/environments\/ea011e01/);
  await page.getByRole("heading", { name: "Environment production-env" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "Environment production-env" }).waitFor({ timeout: 20000 });
  assert.equal(await page.locator(".portal-header h1").textContent(), "Acme Portal");
  assert.deepEqual(errors, []);
});

test("a part of the console that cannot be fetched offers a retry, and the rest keeps working", async (t) => {
  const { page } = await openPage(t, "/servicestage/environments");
  // The wasm chunks (pages loaded on first use) fail as if the network were down.
  const chunk = /\/pkg\/(chunk|split)_[^/]*\.wasm$/;
  let refused = 0;
  await page.route(chunk, (route) => {
    refused += 1;
    return route.abort("internetdisconnected");
  });
  await page.goto(BASE_URL + "/servicestage/environments");
  await page.getByRole("table", { name: "Environments" }).waitFor();
  await page.getByRole("link", { name: "Settings" }).first().click();
  const failed = page.getByRole("alert").filter({ hasText: "could not be loaded" });
  await failed.waitFor();
  assert.ok(refused > 0, "the settings page's chunk was requested");
  // The console is still alive: its main module's pages work.
  await page.getByRole("link", { name: "Environments", exact: true }).click();
  await page.getByRole("table", { name: "Environments" }).waitFor();
  await page.getByRole("link", { name: "Settings" }).first().click();
  await failed.waitFor();
  // The network is back: Retry loads the page.
  await page.unroute(chunk);
  await page.getByRole("button", { name: "Retry" }).click();
  await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
  assert.equal(await failed.count(), 0);
});

test("the operations' titles and parameters that cannot be read at start offer a retry, and then the page opens", async (t) => {
  const { page } = await openPage(t, "/servicestage/environments");
  // The shipped console reads every operation's title and parameters from a data file
  // before its first page: here it fails as if the network were down.
  const operations = /\/pkg\/meta\/operations\.json$/;
  let refused = 0;
  await page.route(operations, (route) => {
    refused += 1;
    return route.abort("internetdisconnected");
  });
  await page.goto(BASE_URL + "/servicestage/environments");
  const failed = page.getByRole("alert").filter({ hasText: "could not be loaded" });
  await failed.waitFor();
  assert.ok(refused > 0, "the document was asked for");
  assert.equal(await page.getByRole("table", { name: "Environments" }).count(), 0);
  await page.unroute(operations);
  await page.getByRole("button", { name: "Retry" }).click();
  await page.getByRole("table", { name: "Environments" }).locator("tbody tr").first().waitFor();
  assert.equal(await failed.count(), 0);
});

test("once idle, the console has every list's metadata: another list asks only for its items", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments");
  await page.getByRole("table", { name: "Environments" }).waitFor();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, "opsdeck:warmed-up", { timeout: 30000 });
  const meta = [];
  page.on("request", (r) => { if (r.url().includes("/pkg/meta/")) meta.push(r.url()); });
  await page.getByRole("navigation", { name: "Services and resources" }).getByRole("link", { name: "Applications", exact: true }).click();
  await page.getByRole("table", { name: "Applications" }).waitFor();
  assert.deepEqual(meta, [], "no metadata file fetched on the way");
  assert.deepEqual(errors, []);
});

test("the idle warm-up of the forms sends nothing and leaves nothing behind", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments");
  await page.getByRole("table", { name: "Environments" }).waitFor();
  // From now on the console is idle: it fetches its chunks and warms the form code up (two
  // operation pages and a field of every kind, some of whose values come from lists) without
  // calling any service.
  const calls = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith("/pkg/")) calls.push(`${r.method()} ${path}`);
  });
  // It also rehearses a click on a link (see router::rehearse_navigation): the page stays where it is.
  const before = await page.evaluate(() => [location.href, history.length]);
  await page.waitForFunction(() => performance.getEntriesByName("opsdeck:warmed-up").length > 0, null, { timeout: 20000 });
  assert.deepEqual(calls, []);
  assert.equal(await page.locator("fieldset, .schema-form, .field").count(), 0, "no form field left in the page");
  assert.deepEqual(await page.evaluate(() => [location.href, history.length]), before, "same URL, no history entry");
  await page.getByRole("table", { name: "Environments" }).waitFor();
  // The code it warmed up serves the real form.
  await page.getByRole("link", { name: "API explorer" }).click();
  await page.getByRole("searchbox", { name: "Search operations" }).fill("servicestage:4.3.1");
  await page.getByRole("link", { name: /Create a component/ }).click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("warm-component");
  assert.match(await page.getByTestId("request-preview").textContent(), /missing required parameter `application_id`/);
  assert.deepEqual(errors, []);
});

test("one click on Send after leaving a field with a problem shows every problem and goes to the first", async (t) => {
  const { page, errors } = await openPage(t, "/explorer/servicestage.component.create");
  const name = page.getByRole("textbox", { name: "Name", exact: true });
  await name.fill("x");
  let sent = 0;
  page.on("request", (r) => { if (r.url().includes("/components")) sent += 1; });
  // Leaving the name shows its problem above the button: the click must not be lost for it.
  await page.getByRole("button", { name: "Send request" }).click();
  await page.getByRole("alert").filter({ hasText: "At least 2 characters" }).waitFor();
  // The guided form shows the step of the first problem: the application (a parameter) and
  // the version there are flagged too.
  assert.ok((await page.getByRole("alert").filter({ hasText: /^Required$/ }).count()) >= 2, "the untouched required fields are flagged too");
  assert.equal(sent, 0, "nothing was sent");
  // The first problem is the application in the path: the focus is there, and the name is kept.
  await page.waitForFunction(() => document.activeElement?.id === "p-application_id");
  assert.equal(await name.inputValue(), "x");
  assert.deepEqual(errors, []);
});

test("the guided component form keeps its values across steps and languages", async (t) => {
  const { page, errors } = await openPage(t, "/explorer/servicestage.component.create");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("steps-demo");
  await page.getByRole("textbox", { name: "Description" }).fill("kept across languages");
  const steps = page.getByRole("navigation", { name: "Steps" });
  await steps.getByRole("button", { name: /Runtime and resources/ }).click();
  // Required fields are never folded away: the step shows them at once.
  await page.locator("#f-replica").fill("2");
  assert.equal(await page.getByRole("textbox", { name: "Name", exact: true }).count(), 0, "one step at a time");
  await page.getByRole("button", { name: "Switch to Chinese" }).click();
  const zhSteps = page.getByRole("navigation", { name: "步骤" });
  await zhSteps.getByRole("button", { name: /基本信息/ }).click();
  assert.equal(await page.locator("#f-description").inputValue(), "kept across languages");
  assert.equal(await page.locator("#f-name").inputValue(), "steps-demo");
  await zhSteps.getByRole("button", { name: /检查/ }).click();
  const review = page.locator(".review");
  assert.match(await review.textContent(), /steps-demo/);
  assert.match(await review.textContent(), /实例数2/);
  assert.deepEqual(errors, []);
});
