// End-to-end: pickers for ids and the guided component creation — a component created
// through its steps with every id picked from a list, a picker's search, and a rule broken
// in a field explained in words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, unique, freshProject, pick } from "./browser.mjs";

const STAGING_ENV = "9a3f0d52-1e4b-4c8e-b5f1-7d2a6c9e8b30"; // the demo "staging-env"

test("create a component through the steps, every id picked from a list", async (t) => {
  const comp = unique("steps");
  const { page, errors } = await openPage(t, "/explorer/servicestage.component.create", { project: freshProject("steps") });
  const steps = page.getByRole("navigation", { name: "Steps" });
  await steps.waitFor();

  // Basics: the application (a path parameter) and the environment are picked by name.
  await pick(page.getByRole("group", { name: "Parameters" }), "Application ID", "mall", "mall-demo");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(comp);
  await pick(page, "Environment ID", "test", "test-env");
  await page.getByRole("textbox", { name: "Version", exact: true }).fill("1.0.0");
  await page.getByRole("button", { name: "Next" }).click();

  // Source: an image.
  await page.getByRole("heading", { name: /^Source/ }).waitFor();
  await page.getByRole("combobox", { name: "Source kind" }).selectOption("image");
  await page.getByRole("textbox", { name: "Package URL" }).fill("swr.cn-north-4.myhuaweicloud.com/demo/order:1.0.0");
  await page.getByRole("button", { name: "Next" }).click();

  // Runtime: picking the stack fills its type and version.
  await page.getByRole("heading", { name: /^Runtime and resources/ }).waitFor();
  await pick(page, "Stack name", "jdk8", "OpenJDK8");
  assert.equal(await page.getByRole("combobox", { name: "Stack type" }).inputValue(), "Java");
  assert.equal(await page.getByRole("textbox", { name: "Stack version" }).inputValue(), "1.2.0");
  await page.getByRole("combobox", { name: "Deploy mode" }).selectOption("container");
  await page.locator("#f-replica").fill("1");
  await page.getByRole("button", { name: "Next" }).click();

  // Deployment: the cluster is ticked from the chosen environment's managed resources.
  await page.getByRole("heading", { name: /^Deployment/ }).waitFor();
  await page.getByRole("checkbox", { name: /cce-test/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.locator(".step-actions").getByRole("button", { name: "Review", exact: true }).click();

  // Review: what will happen, what was entered, and the exact request in the preview.
  const review = page.locator(".review");
  await review.waitFor();
  assert.match(await review.textContent(), /starts a deployment job/);
  assert.match(await review.textContent(), new RegExp(comp));
  const preview = await page.getByTestId("request-preview").textContent();
  assert.match(preview, /"type": "Java"/);
  assert.match(preview, /"refer_resources": \[\s*\{\s*"id": "523498f1-36c4-11eb-ae36-0255ac1000c2",\s*"type": "cce"/);
  await page.getByRole("button", { name: "Send request" }).click();
  await page.getByTestId("response-status").filter({ hasText: "200" }).waitFor();

  // It is listed among the application's components.
  await page.goto(page.url().replace(/\/explorer\/.*/, "/servicestage/components"));
  await page.getByRole("table", { name: "Components" }).getByText(comp).waitFor();
  assert.deepEqual(errors, []);
});

test("a picker filters its options as you type, by name or id, and still takes typed text", async (t) => {
  const { page, errors } = await openPage(t, "/explorer/servicestage.component.create", { project: freshProject("pick") });
  const env = page.getByRole("combobox", { name: "Environment ID", exact: true });
  const list = page.getByRole("listbox", { name: "Environment ID", exact: true });
  await env.click();
  await list.getByRole("option", { name: /test-env/ }).waitFor();
  const all = await list.getByRole("option").count();
  assert.ok(all >= 5, `${all} environments offered`);
  await env.fill("stag");
  assert.deepEqual(await list.getByRole("option").allTextContents(), [`staging-env${STAGING_ENV.slice(0, 8)}…${STAGING_ENV.slice(-4)}`]);
  // Words in any order, and ids match too.
  await env.fill("ea011e01");
  assert.match(await list.getByRole("option").first().textContent(), /production-env/);
  // The keyboard picks: down to the first option, Enter writes its id.
  await env.fill("stag");
  await env.press("ArrowDown");
  assert.equal(await env.getAttribute("aria-activedescendant"), await list.getByRole("option").first().getAttribute("id"));
  await env.press("Enter");
  assert.equal(await env.inputValue(), STAGING_ENV);
  assert.equal(await env.getAttribute("aria-expanded"), "false");
  // The box shows the picked item's name next to its id.
  await page.locator(".picker-chosen", { hasText: "staging-env" }).waitFor();
  // An id the list does not offer can still be typed; the list says so.
  await env.fill("not-listed-env");
  await list.getByText(/No match/).waitFor();
  await env.press("Escape");
  assert.equal(await env.getAttribute("aria-expanded"), "false");
  await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Review/ }).click();
  assert.match(await page.locator(".review").textContent(), /not-listed-env/);
  assert.deepEqual(errors, []);
});

test("a broken naming rule is explained in words, not as a regular expression", async (t) => {
  const { page, errors } = await openPage(t, "/explorer/servicestage.component.create");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("1-bad-name-");
  await page.getByRole("textbox", { name: "Version", exact: true }).fill("1.0.0");
  await page.getByRole("button", { name: "Next" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Not in the required form" });
  await alert.waitFor();
  assert.match(await alert.textContent(), /starts with a letter and ends with a letter or digit/);
  assert.doesNotMatch(await alert.textContent(), /\[A-Za-z/);
  // Next stays on the step until it is corrected.
  await page.getByRole("heading", { name: /^Basics/ }).waitFor();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("good-name");
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("heading", { name: /^Source/ }).waitFor();
  assert.deepEqual(errors, []);
});
