// End-to-end: the console under network faults. The sandbox (started with `--faults`) fails
// chosen requests on demand (`/_sandbox/faults`, see crates/sandbox/src/faults.rs); each test
// arms rules for a project of its own, so tests do not disturb each other.
import { test } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, openPage, unique, freshProject } from "./browser.mjs";

/** Arms a fault rule; `times: 0` only counts the matching requests. */
async function arm(rule) {
  const res = await fetch(BASE_URL + "/_sandbox/faults", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(rule) });
  assert.equal(res.status, 201, await res.text());
}

/** How many requests the first rule matching `pathContains` and `method` has seen and faulted. */
async function counts(method, pathContains) {
  const { rules } = await (await fetch(BASE_URL + "/_sandbox/faults")).json();
  const rule = rules.find((r) => r.method === method && r.path_contains === pathContains);
  return { seen: rule.seen, faulted: rule.faulted };
}

async function fillEnvironmentForm(page, name) {
  await page.getByRole("heading", { name: "Create Environment" }).waitFor();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByLabel("Environment type").selectOption("container");
  await page.getByRole("combobox", { name: "VPC ID", exact: true }).fill("0c72428b-cd6c-4283-a560-210d3edb49f7");
  await page.getByLabel("Description").fill("kept across failures");
}

async function assertFormKept(page, name) {
  assert.equal(await page.getByRole("textbox", { name: "Name", exact: true }).inputValue(), name);
  assert.equal(await page.getByLabel("Description").inputValue(), "kept across failures");
}

test("a list answered 503 twice is read again and shown", async (t) => {
  const project = freshProject("f503");
  const path = `${project}/cas/environments`;
  await arm({ method: "GET", path_contains: path, fault: { kind: "status", status: 503 }, times: 2 });
  const { page } = await openPage(t, "/servicestage/environments", { project });
  await page.getByRole("row", { name: /development-env/ }).waitFor();
  assert.equal(await page.getByRole("alert").count(), 0, "no error is left on the page");
  assert.deepEqual(await counts("GET", path), { seen: 3, faulted: 2 });
});

test("a create answered 503 shows the error, is sent once, keeps the input, and works when sent again", async (t) => {
  const project = freshProject("fpost");
  const path = `${project}/cas/environments`;
  const name = unique("retry-env");
  const { page } = await openPage(t, "/servicestage/environments/new", { project });
  await fillEnvironmentForm(page, name);
  await arm({ method: "POST", path_contains: path, fault: { kind: "status", status: 503 } });
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const banner = page.getByRole("alert").filter({ hasText: "SANDBOX.FAULT.503" });
  await banner.waitFor();
  assert.match(await banner.textContent(), /HTTP 503/);
  await assertFormKept(page, name);
  // Never resent by itself: the service may have applied it.
  await page.waitForTimeout(2500);
  assert.deepEqual(await counts("POST", path), { seen: 1, faulted: 1 });

  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  assert.equal((await counts("POST", path)).seen, 2);
});

test("throttled: a read waits for Retry-After by itself; a create says when to come back", async (t) => {
  const project = freshProject("f429");
  const list = `${project}/cas/environments`;
  await arm({ method: "GET", path_contains: list, fault: { kind: "status", status: 429, retry_after: 1 } });
  const { page } = await openPage(t, "/servicestage/environments", { project });
  await page.getByRole("row", { name: /development-env/ }).waitFor();
  assert.deepEqual(await counts("GET", list), { seen: 2, faulted: 1 });

  const name = unique("throttled-env");
  await page.goto(page.url().replace(/\/servicestage\/.*/, "/servicestage/environments/new"));
  await fillEnvironmentForm(page, name);
  await arm({ method: "POST", path_contains: list, fault: { kind: "status", status: 429, retry_after: 7 } });
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const banner = page.getByRole("alert").filter({ hasText: "APIGW.0308" });
  await banner.waitFor();
  assert.match(await banner.textContent(), /try again in 7 s/);
  await assertFormKept(page, name);
  assert.equal((await counts("POST", list)).seen, 1);
});

test("a dropped connection: a read is retried, a create is not and says to check first", async (t) => {
  const project = freshProject("fabort");
  const path = `${project}/cas/environments`;
  await arm({ method: "GET", path_contains: path, fault: { kind: "abort" } });
  const { page } = await openPage(t, "/servicestage/environments", { project });
  await page.getByRole("row", { name: /development-env/ }).waitFor();
  assert.deepEqual(await counts("GET", path), { seen: 2, faulted: 1 });

  const name = unique("dropped-env");
  await page.goto(page.url().replace(/\/servicestage\/.*/, "/servicestage/environments/new"));
  await fillEnvironmentForm(page, name);
  await arm({ method: "POST", path_contains: path, fault: { kind: "abort" } });
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const banner = page.getByRole("alert").filter({ hasText: "Network error" });
  await banner.waitFor();
  assert.match(await banner.textContent(), /may have been applied: check before sending it again/);
  await assertFormKept(page, name);
  await page.waitForTimeout(2500);
  assert.equal((await counts("POST", path)).seen, 1);
});

test("a service slower than the time limit is reported, not waited for", async (t) => {
  const project = freshProject("fslow");
  const path = `${project}/cas/environments`;
  await arm({ method: "GET", path_contains: path, fault: { kind: "delay", ms: 6000 } });
  // A deployment may set the time limit; this one waits 2 s.
  const setup = (page) => page.route("**/config.json", async (route) => {
    const answer = await route.fetch();
    await route.fulfill({ response: answer, json: { ...(await answer.json()), request_timeout_secs: 2 } });
  });
  const { page } = await openPage(t, "/servicestage/environments", { project, setup });
  const banner = page.getByRole("alert").filter({ hasText: "No answer within 2 s" });
  await banner.waitFor({ timeout: 8000 });
});

test("offline: nothing is sent, the input is kept, and it works once back online", async (t) => {
  const project = freshProject("foff");
  const path = `${project}/cas/environments`;
  const name = unique("offline-env");
  const { page, context } = await openPage(t, "/servicestage/environments/new", { project });
  await fillEnvironmentForm(page, name);
  await arm({ method: "POST", path_contains: path, fault: { kind: "status", status: 500 }, times: 0 });
  await context.setOffline(true);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("alert").filter({ hasText: "You are offline" }).waitFor();
  await assertFormKept(page, name);
  assert.equal((await counts("POST", path)).seen, 0, "nothing reached the sandbox");

  await context.setOffline(false);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("heading", { name: `Environment ${name}` }).waitFor();
  assert.equal((await counts("POST", path)).seen, 1);
});
