// End-to-end: the built console served by the sandbox, driven in headless Chromium through
// ServiceStage environments the way a user works. Elements are found by role and label.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, unique, freshProject, issuedToken } from "./browser.mjs";


async function openCreateForm(page) {
  await page.getByRole("link", { name: "Create Environment" }).first().click();
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();
}

test("create an environment, see it listed, open it, edit it, delete it", async (t) => {
  const name = unique("e2e-env");
  const { page, errors } = await openPage(t, "/servicestage/environments");
  await page.getByRole("table", { name: "Environments" }).waitFor();
  await openCreateForm(page);

  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("combobox", { name: "VPC ID", exact: true }).fill("0c72428b-cd6c-4283-a560-210d3edb49f7");
  await page.getByLabel("Environment type").selectOption("container");
  await page.getByRole("button", { name: "+ Add Label" }).click();
  await page.getByLabel("Key").fill("team");
  await page.getByLabel("Value").fill("qa");
  // The preview shows the exact request before it is sent.
  const preview = await page.getByTestId("request-preview").textContent();
  assert.match(preview, /^POST \/v3\/[0-9a-f]+\/cas\/environments HTTP\/1\.1/);
  assert.match(preview, new RegExp(`"name": "${name}"`));
  await page.getByRole("button", { name: "Create", exact: true }).click();

  // Created: the console opens its detail page.
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  assert.equal(await page.locator('dd[data-field="deploy_mode"]').textContent(), "Kubernetes");
  assert.match(await page.locator('dd[data-field="labels"]').textContent(), /team.*qa/);

  // It is in the list.
  await page.getByRole("navigation", { name: "breadcrumbs" }).getByRole("link", { name: "Environments" }).click();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.waitFor();
  assert.match(await row.textContent(), /Kubernetes/);

  // Open it from the table and edit its description.
  await row.getByRole("link", { name }).click();
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("heading", { name: "Edit Environment" }).waitFor();
  assert.equal(await page.getByRole("textbox", { name: "Name", exact: true }).inputValue(), name, "the edit form is filled from the environment");
  await page.getByLabel("Description").fill("edited end to end");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  await page.locator('dd[data-field="description"]', { hasText: "edited end to end" }).waitFor();

  // Delete it: an environment holds addons and resources, so its name must be typed first.
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Confirm deletion" });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), new RegExp(name));
  const confirm = dialog.getByRole("button", { name: "Delete" });
  assert.equal(await confirm.isDisabled(), true, "Delete waits for the name");
  const typed = dialog.getByRole("textbox", { name: /Type the name to confirm/ });
  await typed.fill(name.slice(0, -1));
  assert.equal(await confirm.isDisabled(), true, "a partial name does not confirm");
  await typed.fill(` ${name} `);
  await confirm.click();
  await page.getByRole("heading", { name: "Environments", exact: true }).waitFor();
  await page.getByRole("table", { name: "Environments" }).waitFor();
  await page.getByRole("status").filter({ hasText: `Deleted: ${name}` }).waitFor();
  assert.equal(await page.getByRole("row", { name: new RegExp(name) }).count(), 0, "the environment is gone");

  // And the sandbox agrees.
  const token = "sandbox-demo-token";
  const res = await page.evaluate(async ([n, t]) => {
    const r = await fetch(`/v3/0605767e0f00d5762f5fc012cb2f4c97/cas/environments?name=${n}`, { headers: { "X-Auth-Token": t } });
    return r.json();
  }, [name, token]);
  assert.equal(res.count, 0);
  assert.deepEqual(errors, []);
});

test("an invalid name is refused before sending, with the documented rule", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments/new");
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();
  let posted = 0;
  page.on("request", (r) => { if (r.method() === "POST") posted += 1; });
  const nameInput = page.getByRole("textbox", { name: "Name", exact: true });
  await nameInput.fill("9-starts-with-a-digit");
  await nameInput.blur();
  const message = page.getByRole("alert").filter({ hasText: /^Not in the required form: .*letter/ });
  await message.waitFor();
  assert.equal(await nameInput.getAttribute("aria-invalid"), "true");

  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByText(/Fix the problems in the form first/).waitFor();
  // The environment type and the VPC are required; nothing else is.
  assert.equal(await page.getByRole("alert").filter({ hasText: /^Required$/ }).count(), 2, "environment type and VPC ID are required");
  assert.equal(posted, 0, "nothing was sent");
  // The focus went to the first invalid field, and what was typed is still there.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "f-name");
  assert.equal(await nameInput.inputValue(), "9-starts-with-a-digit");
  assert.deepEqual(errors, []);
});

test("the server's error is shown next to the form and the input is kept", async (t) => {
  const { page } = await openPage(t, "/servicestage/environments/new");
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("development-env");
  await page.getByLabel("Environment type").selectOption("container");
  await page.getByRole("combobox", { name: "VPC ID", exact: true }).fill("vpc-1");
  await page.getByLabel("Description").fill("my long description");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const banner = page.getByRole("alert").filter({ hasText: "SVCSTG.00100449" });
  await banner.waitFor();
  assert.match(await banner.textContent(), /environment name is already used/);
  assert.match(await banner.textContent(), /HTTP 400/);
  assert.equal(await page.getByRole("textbox", { name: "Name", exact: true }).inputValue(), "development-env");
  assert.equal(await page.getByLabel("Description").inputValue(), "my long description");
  assert.equal(await page.getByRole("combobox", { name: "VPC ID", exact: true }).inputValue(), "vpc-1");
});

test("leaving a form with unsaved input asks first; staying keeps the input", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments/new");
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();
  const nav = page.locator("nav.sidebar");
  // Nothing typed yet: a link just leaves.
  await nav.getByRole("link", { name: "Applications", exact: true }).click();
  await page.getByRole("heading", { name: "Applications", exact: true }).waitFor();
  await page.goBack();
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();

  await page.getByLabel("Description").fill("half-written");
  await nav.getByRole("link", { name: "Applications", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Leave this page?" });
  await dialog.waitFor();
  // Stay is the default: Enter right away keeps the page.
  await page.waitForFunction(() => document.activeElement?.textContent === "Stay");
  await page.keyboard.press("Enter");
  await dialog.waitFor({ state: "detached" });
  assert.ok(new URL(page.url()).pathname.endsWith("/servicestage/environments/new"));
  assert.equal(await page.getByLabel("Description").inputValue(), "half-written", "the input is kept");

  await nav.getByRole("link", { name: "Applications", exact: true }).click();
  await dialog.getByRole("button", { name: "Leave" }).click();
  await page.getByRole("heading", { name: "Applications", exact: true }).waitFor();
  assert.deepEqual(errors, []);
});

test("the list pages, sorts and filters through the URL, and deep links load", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments?limit=2&order_by=name&order=asc", { project: freshProject("paging") });
  const table = page.getByRole("table", { name: "Environments" });
  await table.waitFor();
  const names = async () => (await table.locator("tbody tr td:first-child").allTextContents());
  assert.deepEqual(await names(), ["development-env", "perf-env"]);
  assert.match(await page.getByTestId("page-status").textContent(), /Showing 1–2 of \d+/);

  await page.getByRole("button", { name: "Next page" }).click();
  await page.waitForURL(/offset=2/);
  await table.locator("tbody tr td:first-child", { hasText: "production-env" }).waitFor();
  assert.match(await page.getByTestId("page-status").textContent(), /Showing 3–4 of/);

  // Sorting by name the other way.
  await page.getByRole("button", { name: /^Name/ }).click();
  await page.waitForURL(/order=desc/);
  await table.locator("tbody tr:first-child td:first-child", { hasText: "test-env" }).waitFor();
  assert.equal(await page.locator("th[aria-sort=descending]").textContent(), "Name ▼");

  // Filter by name.
  await page.getByRole("searchbox", { name: "Name" }).fill("staging-env");
  await page.getByRole("searchbox", { name: "Name" }).press("Enter");
  await page.waitForURL(/name=staging-env/);
  // Until the filtered answer arrives, the previous rows stay, marked busy.
  await page.locator(".list-body[aria-busy=false]").waitFor();
  await table.locator("tbody tr", { hasText: "staging-env" }).waitFor();
  assert.equal(await table.locator("tbody tr").count(), 1);

  // A deep link to a detail page loads directly.
  await page.goto(page.url().split("/servicestage")[0] + "/servicestage/environments/ea011e01-2eb5-453f-87bf-874e4a855abe");
  await page.getByRole("heading", { name: "Environment production-env" }).waitFor();

  // In-console links change the page without a page load, and Back and Forward follow them.
  await page.evaluate(() => { window.__samePage = true; });
  await page.getByRole("navigation", { name: "Services and resources" }).getByRole("link", { name: "Environments", exact: true }).click();
  await table.waitFor();
  assert.ok(page.url().endsWith("/servicestage/environments"));
  await page.goBack();
  await page.getByRole("heading", { name: "Environment production-env" }).waitFor();
  await page.goForward();
  await table.waitFor();
  assert.equal(await page.evaluate(() => window.__samePage), true, "no page load in between");
  assert.deepEqual(errors, []);
});

test("secrets stay in the session and out of every preview", async (t) => {
  const { page } = await openPage(t, "/settings");
  // A token of the sandbox's IAM (the emulated services accept only the demo token and the
  // tokens their IAM issued), as a user would paste one.
  const secret = await issuedToken();
  assert.ok(secret && secret.length > 20, "the sandbox's IAM issued a token");
  await page.getByLabel("Token (X-Auth-Token)").fill(secret);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Settings saved" }).waitFor();
  const stored = await page.evaluate(() => ({
    local: JSON.stringify(Object.assign({}, localStorage)),
    session: JSON.stringify(Object.assign({}, sessionStorage)),
  }));
  assert.ok(!stored.local.includes(secret), "not in localStorage");
  assert.ok(stored.session.includes(secret), "kept for this session");

  await page.goto(page.url().replace("/settings", "/servicestage/environments/new"));
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();
  const http = await page.getByTestId("request-preview").textContent();
  assert.match(http, /X-Auth-Token: \*\*\*\*/);
  assert.ok(!http.includes(secret));
  await page.getByRole("tab", { name: "curl command" }).click();
  const curl = await page.getByTestId("request-preview").textContent();
  assert.match(curl, /^curl -X POST 'http:\/\/127\.0\.0\.1:\d+\/v3\//);
  assert.ok(!curl.includes(secret));
  assert.ok(!page.url().includes(secret));
  // The list still works with the new token.
  await page.goto(page.url().replace("/new", ""));
  await page.getByRole("table", { name: "Environments" }).waitFor();
  await page.getByRole("row", { name: /development-env/ }).waitFor();
});

test("with the sandbox's AK/SK, requests are signed and the sandbox checks the signature", async (t) => {
  const { page, errors } = await openPage(t, "/settings", { project: freshProject("aksk") });
  await page.getByLabel("Authentication").selectOption("aksk");
  // The sandbox's config.json presets its demo AK/SK, as it presets its demo token.
  assert.equal(await page.getByLabel("Access key (AK)").inputValue(), "SANDBOXDEMOAK0000001");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Settings saved" }).waitFor();

  const sent = [];
  page.on("request", (r) => { if (r.url().includes("/cas/environments")) sent.push(r.headers()); });
  const name = unique("signed-env");
  await page.goto(page.url().replace("/settings", "/servicestage/environments/new"));
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByLabel("Environment type").selectOption("virtualmachine");
  await page.getByRole("combobox", { name: "VPC ID", exact: true }).fill("0c72428b-cd6c-4283-a560-210d3edb49f7");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  assert.ok(sent.length > 0);
  for (const headers of sent) {
    assert.match(headers["authorization"], /^SDK-HMAC-SHA256 Access=SANDBOXDEMOAK0000001, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$/);
    assert.equal(headers["x-auth-token"], undefined, "no token beside the signature");
  }
  assert.deepEqual(errors, []);

  // A wrong secret key: the gateway's 401 and its code are shown, nothing is listed.
  await page.goto(page.url().replace(/\/servicestage\/.*/, "/settings"));
  await page.getByLabel("Secret key (SK)").fill("not-the-secret-key");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Settings saved" }).waitFor();
  await page.goto(page.url().replace("/settings", "/servicestage/environments"));
  await page.getByRole("alert").filter({ hasText: "APIGW.0301" }).waitFor();
});
