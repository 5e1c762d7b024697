// End-to-end: a secrets audit. With every kind of credential set (an IAM token, an AK/SK, a
// ServiceComb engine token, a Rainbond key), the console is used for a while — lists, a signed
// create, a refused create, request previews, exports, the token mode too — and then every place
// a secret could leak is searched: localStorage (nothing is remembered), every URL requested or
// shown, the browser console, error texts, previews, exported files and the sandbox's own log.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage, unique, freshProject, BASE_URL, issuedToken } from "./browser.mjs";

async function save(page) {
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Settings saved" }).waitFor();
}

async function exported(page, label) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
  return readFileSync(await download.path(), "utf8");
}

test("no secret appears in storage, URLs, the console, errors, previews, exports or the sandbox's log", async (t) => {
  const project = freshProject("secrets");
  const token = await issuedToken();
  const config = await (await fetch(BASE_URL + "/config.json")).json();
  const secrets = {
    token,
    sk: config.sk,
    engineToken: `engine-${unique("secret")}-0f9e8d7c6b5a`,
    rainbondKey: config.rainbond_key,
  };
  const { page } = await openPage(t, "/settings", { project });
  const urls = new Set();
  const consoleLines = [];
  page.on("request", (r) => urls.add(r.url()));
  page.on("framenavigated", (f) => urls.add(f.url()));
  page.on("console", (m) => consoleLines.push(m.text()));
  page.on("pageerror", (e) => consoleLines.push(String(e)));
  const shown = [];

  // Every credential set; the signing mode first.
  await page.getByLabel("Authentication").selectOption("aksk");
  await page.getByLabel("Secret key (SK)").fill(secrets.sk);
  await page.getByLabel("ServiceComb engine token (security-enabled engines)").fill(secrets.engineToken);
  await save(page);
  await page.getByLabel("Authentication").selectOption("token");
  await page.getByLabel("Token (X-Auth-Token)").fill(secrets.token);
  await page.getByLabel("Authentication").selectOption("aksk");
  await save(page);

  // Signed: a list, its exports, a create with its previews, a refused create.
  await page.goto(BASE_URL + "/servicestage/environments");
  await page.getByRole("row", { name: /development-env/ }).waitFor();
  shown.push(await exported(page, "Export CSV"), await exported(page, "Raw CSV"), await exported(page, "Export JSON"));
  await page.goto(BASE_URL + "/servicestage/environments/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("development-env");
  await page.getByLabel("Environment type").selectOption("container");
  await page.getByRole("combobox", { name: "VPC ID", exact: true }).fill("0c72428b-cd6c-4283-a560-210d3edb49f7");
  shown.push(await page.getByTestId("request-preview").textContent());
  await page.getByRole("tab", { name: "curl command" }).click();
  shown.push(await page.getByTestId("request-preview").textContent());
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const refused = page.getByRole("alert").filter({ hasText: "SVCSTG.00100449" });
  await refused.waitFor();
  shown.push(await refused.textContent());
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(unique("audited-env"));
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("heading", { name: /^Environment audited-env/ }).waitFor();
  shown.push(await page.locator("main").innerText());

  // Rainbond, with its key.
  await page.goto(BASE_URL + "/rainbond/apps");
  await page.getByRole("table").first().waitFor();

  // A repository's personal token and a webhook's secret, through the repository browser.
  secrets.gitToken = `glpat-${unique("secret")}-9a8b7c`;
  secrets.hookSecret = `hook-${unique("secret")}-1d2e3f`;
  await page.goto(BASE_URL + "/repos");
  await page.getByRole("button", { name: "Add authorization" }).click();
  const add = page.getByRole("form", { name: "Add authorization" });
  const gitName = unique("audit-git");
  await add.getByLabel("Name", { exact: true }).fill(gitName);
  await add.getByLabel("Token", { exact: true }).fill(secrets.gitToken);
  await add.getByRole("button", { name: "Add authorization" }).click();
  await page.getByTestId("authorizations").getByRole("link", { name: gitName }).waitFor();
  shown.push(await page.locator("main").innerText());
  await page.goto(BASE_URL + "/repos/gitlab-token/zmg/80?tab=hooks");
  const hook = page.getByRole("form", { name: "New webhook" });
  await hook.getByLabel("Callback URL").fill("https://example.com/audit");
  await hook.getByLabel("Secret").fill(secrets.hookSecret);
  await hook.getByRole("button", { name: "Create" }).click();
  await page.getByTestId("hooks").getByText("https://example.com/audit").waitFor();
  shown.push(await page.locator("main").innerText());

  // The token mode: its previews too.
  await page.goto(BASE_URL + "/settings");
  await page.getByLabel("Authentication").selectOption("token");
  await save(page);
  await page.goto(BASE_URL + "/servicestage/applications/new");
  await page.getByTestId("request-preview").waitFor();
  shown.push(await page.getByTestId("request-preview").textContent());
  await page.getByRole("tab", { name: "curl command" }).click();
  shown.push(await page.getByTestId("request-preview").textContent());
  shown.push(await page.locator("body").innerText());

  const storage = await page.evaluate(() => ({
    local: JSON.stringify(Object.assign({}, localStorage)),
    session: JSON.stringify(Object.assign({}, sessionStorage)),
  }));
  const log = process.env.OPSDECK_SANDBOX_LOG ? readFileSync(process.env.OPSDECK_SANDBOX_LOG, "utf8") : null;
  if (log === null) t.diagnostic("OPSDECK_SANDBOX_LOG is not set: the sandbox's log is not audited");
  else assert.ok(log.includes("/cas/environments"), "the sandbox's log has the requests in it");

  for (const [name, secret] of Object.entries(secrets)) {
    assert.ok(!storage.local.includes(secret), `${name}: not in localStorage`);
    for (const url of urls) assert.ok(!url.includes(secret), `${name}: not in the URL ${url.slice(0, 80)}`);
    for (const line of consoleLines) assert.ok(!line.includes(secret), `${name}: not in the console: ${line.slice(0, 80)}`);
    for (const text of shown) assert.ok(!text.includes(secret), `${name}: not shown or exported`);
    if (log !== null) assert.ok(!log.includes(secret), `${name}: not in the sandbox's log`);
  }
  // Kept for the session, as the user chose not to remember them.
  assert.ok(storage.session.includes(secrets.token) && storage.session.includes(secrets.engineToken));
});
