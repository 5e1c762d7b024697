// End-to-end: an accessibility checker (axe-core) runs on every kind of page the console has
// (lists, an item's page and its tabs, create and edit forms, a drawer and a dialog open,
// settings, the explorer and an operation, the console embedded in a portal), in both themes,
// and finds no serious or critical violation. Keyboard paths are checked on the way: the skip
// link, focus on the heading after navigation, drawers and dialogs that take focus and give
// it back.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { openPage, freshProject, visit } from "./browser.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The serious and critical violations axe finds on the page as it is now, described. */
async function violations(page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

test("axe finds no serious or critical violation on any kind of page, in either theme", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments", { project: freshProject("axe") });
  await page.getByRole("table", { name: "Environments" }).waitFor();
  await page.waitForLoadState("networkidle");
  const report = [];
  const check = async (what) => {
    for (const v of await violations(page)) report.push(`${what}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(" | ")}`);
  };
  const env = "/servicestage/environments/ea011e01-2eb5-453f-87bf-874e4a855abe";
  const pages = [
    "/servicestage/environments", "/servicestage/environments/new", env, `${env}/edit`,
    "/servicestage/components", "/servicestage/config-groups", "/ims/images", "/cbr/vaults",
    "/settings", "/explorer", "/explorer/servicestage.component.create",
  ];
  for (const theme of ["light", "dark"]) {
    if (theme === "dark") await page.getByRole("button", { name: "Dark theme" }).or(page.locator("button[aria-pressed]")).first().click();
    for (const path of pages) {
      await visit(page, path);
      await check(`${theme} ${path}`);
    }
  }
  // An item's tabs, a drawer and the delete dialog.
  await visit(page, env);
  const tabs = await page.getByRole("tab").all();
  for (const tab of tabs.slice(1)) {
    await tab.click();
    await page.waitForLoadState("networkidle");
    await check(`tab ${await tab.innerText()}`);
  }
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await check("delete dialog");
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  assert.deepEqual(report, [], report.join("\n"));
  assert.deepEqual(errors, []);
});

test("the embedded console passes axe too", async (t) => {
  const { page, errors } = await openPage(t, "/embed/servicestage/applications");
  await page.locator("opsdeck-console").getByRole("table", { name: "Applications" }).waitFor();
  await page.waitForLoadState("networkidle");
  // Errors before axe runs: axe itself sets inline styles, which the portal's CSP refuses.
  assert.deepEqual(errors, []);
  const found = await violations(page);
  assert.deepEqual(found, []);
});

test("keyboard: the skip link, focus on the heading after navigation, dialogs that take, keep and return focus", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/environments", { project: freshProject("keys") });
  await page.getByRole("table", { name: "Environments" }).waitFor();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true, "the skip link comes first");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  assert.ok(new URL(page.url()).pathname.endsWith("/servicestage/environments"), "the page stays");

  // After following a link, focus is on the new page's heading.
  await page.getByRole("table", { name: "Environments" }).getByRole("link", { name: "production-env" }).click();
  const heading = page.getByRole("heading", { name: "Environment production-env" });
  await heading.waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");

  // The delete confirmation takes focus on Cancel, keeps Tab inside, closes on Escape and
  // gives focus back to Delete.
  const del = page.getByRole("button", { name: "Delete", exact: true });
  await del.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Confirm deletion" });
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Cancel");
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest("[role=dialog]")), true, "focus stays in the dialog");
  }
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement?.textContent === "Delete");
  assert.deepEqual(errors, []);
});

test("a refused delete closes its confirmation and shows the service's error in the page", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/applications", { project: freshProject("refused") });
  await page.getByRole("table", { name: "Applications" }).getByRole("link", { name: "mall-demo" }).click();
  await page.getByRole("heading", { name: "Application mall-demo" }).waitFor();
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Confirm deletion" });
  await dialog.waitFor();
  await dialog.getByRole("textbox", { name: /Type the name to confirm/ }).fill("mall-demo");
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  // The application still has components: 409, and the dialog gives way to the page's error.
  await dialog.waitFor({ state: "detached" });
  await page.getByText("SVCSTG.00100401").waitFor();
  await page.getByRole("heading", { name: "Application mall-demo" }).waitFor();
  assert.deepEqual(errors.filter((e) => !/409/.test(e)), []);
});
