// End-to-end: ServiceStage daily work — an application's component deployed, scaled,
// stopped, started, its records read and it deleted; a config edited and its versions compared.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, unique, freshProject, pick } from "./browser.mjs";

const TEST_ENV = "4c1b7a3e-5a52-4b5e-9a0f-2f7f4f0c1a11"; // the demo "test-env" (with a CCE cluster)
const TEST_CCE = "523498f1-36c4-11eb-ae36-0255ac1000c2";

/** Runs a named action on the open detail page: its button opens a small dialog asking what
 * the action needs; the dialog's button of the same name runs it, and the dialog closes. */
async function runAction(page, label, fill) {
  await page.getByRole("button", { name: label, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: new RegExp(`^${label} · `) });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole("button", { name: label, exact: true }).click();
  await dialog.waitFor({ state: "detached" });
}

async function statusIs(page, status) {
  await page.locator('dd[data-field="component_status"]', { hasText: new RegExp(`^${status}$`) }).waitFor({ timeout: 30000 });
}

test("deploy a component with storages and a rolling release, follow its job, scale, stop, start, read its records, delete it", async (t) => {
  const app = unique("e2e-app");
  const comp = unique("e2e-comp");
  const { page, errors } = await openPage(t, "/servicestage/applications", { project: freshProject("ss") });

  await page.getByRole("link", { name: "Create Application" }).first().click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(app);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("heading", { name: `Application ${app}` }).waitFor();

  await page.getByRole("tab", { name: "Components" }).click();
  await page.getByRole("link", { name: "Create Component" }).first().click();
  await page.getByRole("heading", { name: "Create Component" }).waitFor();
  // The body in raw JSON mode, then back in the form: the two are one document.
  await page.getByRole("button", { name: "Raw JSON" }).click();
  await page.getByLabel("Raw JSON").fill(JSON.stringify({
    name: comp, version: "1.0.0", environment_id: TEST_ENV, replica: 2,
    runtime_stack: { name: "OpenJDK8", type: "Java", version: "1.2.0", deploy_mode: "container" },
    source: { kind: "image", url: "swr.cn-north-4.myhuaweicloud.com/demo/order:1.0.0", storage: "swr" },
    refer_resources: [{ id: TEST_CCE, type: "cce" }],
    storages: [{ type: "HostPath", name: "logs", parameters: { path: "/var/log/app" }, mounts: [{ path: "/logs", sub_path: "app", read_only: false }] }],
    deploy_strategy: { type: "RollingRelease", rolling_release: { batches: 1 } },
  }));
  await page.getByRole("button", { name: "Raw JSON" }).click();
  assert.equal(await page.locator("#f-name").inputValue(), comp);
  // The guided form shows one step at a time: storages and the strategy are deployment settings.
  await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Deployment/ }).click();
  assert.equal(await page.locator("#f-storages-0--parameters-path").inputValue(), "/var/log/app");
  assert.equal(await page.locator("#f-deploy_strategy-type").inputValue(), "RollingRelease");
  await page.getByRole("button", { name: "Create", exact: true }).click();

  // The deploy job is followed in the tray, even across a reload, until the component runs.
  await page.getByRole("heading", { name: `Component ${comp}` }).waitFor();
  await page.getByRole("button", { name: /^Jobs \(1\)$/ }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: `Component ${comp}` }).waitFor();
  await page.getByRole("button", { name: /^Jobs/ }).click();
  const tray = page.getByRole("region", { name: "Jobs" });
  const created = tray.locator('li.job[data-job-phase="succeeded"]').filter({ hasText: `Create Component ${comp}` });
  await created.waitFor({ timeout: 30000 });
  // One status word; the service's own word is its tooltip.
  assert.equal((await created.locator(".job-head .status").textContent()).trim(), "Succeeded");
  await tray.getByRole("button", { name: "Dismiss" }).click();
  await statusIs(page, "RUNNING");
  assert.equal(await page.getByTestId("item-status").locator(".tone").getAttribute("data-tone"), "healthy");

  // Scale to 3 with the Scale button: the dialog asks only the replica count, filled in with
  // the current one; the job is named after what it does and followed to success.
  await runAction(page, "Scale", async (dialog) => {
    const replicas = dialog.getByRole("spinbutton", { name: "Instances" });
    assert.equal(await replicas.inputValue(), "2");
    assert.equal(await dialog.getByRole("combobox").count(), 0, "the action itself is not asked");
    await replicas.fill("3");
    assert.match(await dialog.getByTestId("request-preview").textContent(), /"action":\s*"scale"[\s\S]*"replica":\s*3/);
  });
  await page.getByRole("button", { name: /^Jobs/ }).click();
  const scaled = tray.locator("li.job").filter({ hasText: `Scale ${comp} to 3 replicas` });
  await scaled.waitFor();
  await tray.locator('li.job[data-job-phase="succeeded"]').filter({ hasText: `Scale ${comp} to 3 replicas` }).waitFor({ timeout: 30000 });
  assert.ok(await scaled.getByRole("link", { name: "Open" }).count(), "the job links to the component");
  await page.locator('dd[data-field="replica"]', { hasText: /^3$/ }).first().waitFor({ timeout: 30000 });
  await statusIs(page, "RUNNING");
  // Stop, then start.
  await runAction(page, "Stop");
  await statusIs(page, "STOPPED");
  assert.equal(await page.getByTestId("item-status").locator(".tone").getAttribute("data-tone"), "stopped");
  await runAction(page, "Start");
  await statusIs(page, "RUNNING");

  // Its records list the runs.
  await page.getByRole("tab", { name: "Deployment records" }).click();
  const records = page.getByRole("tabpanel").locator("tbody tr");
  await records.first().waitFor();
  assert.ok((await records.count()) >= 4, "deploy, scale, stop and start are recorded");

  // Delete it.
  await page.getByRole("tab", { name: "Details" }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog", { name: "Confirm deletion" }).getByRole("button", { name: "Delete" }).click();
  await page.getByRole("heading", { name: "Components", exact: true }).waitFor();
  await page.getByRole("status").filter({ hasText: `Deleted: ${comp}` }).waitFor();
  assert.equal(await page.getByRole("row", { name: new RegExp(comp) }).count(), 0);
  assert.deepEqual(errors, []);
});

test("roll a component back to a version picked from its records; the job's steps show in the tray, which closes on navigation unless pinned", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/components", { project: freshProject("rollback") });
  await page.getByRole("table", { name: "Components" }).getByRole("link", { name: "order-service" }).click();
  await page.getByRole("heading", { name: "Component order-service" }).waitFor();
  await page.locator('dd[data-field="version"]', { hasText: /^1\.0\.2$/ }).first().waitFor();

  // The version is picked from the deployment records, not typed.
  await runAction(page, "Roll back", async (dialog) => {
    const version = dialog.getByLabel("Version");
    await version.locator("option", { hasText: "1.0.1" }).waitFor({ state: "attached" });
    const offered = await version.locator("option").allTextContents();
    assert.ok(offered.includes("1.0.1") && offered.includes("1.0.2"), `the records' versions are offered: ${offered}`);
    await version.selectOption("1.0.1");
    assert.match(await dialog.getByTestId("request-preview").textContent(), /"action":\s*"rollback"[\s\S]*"version":\s*"1\.0\.1"/);
  });

  // The job is named after what it does; its steps are listed with their states.
  await page.getByRole("button", { name: /^Jobs/ }).click();
  const tray = page.getByRole("region", { name: "Jobs" });
  const job = tray.locator('li.job[data-job-phase="succeeded"]').filter({ hasText: "Roll order-service back to 1.0.1" });
  await job.waitFor({ timeout: 30000 });
  const steps = job.locator(".job-step");
  assert.ok((await steps.count()) >= 2, "the deploy's steps are listed");
  assert.deepEqual([...new Set(await steps.evaluateAll((l) => l.map((s) => s.dataset.tone)))], ["healthy"], "every step succeeded");
  await page.locator('dd[data-field="version"]', { hasText: /^1\.0\.1$/ }).first().waitFor({ timeout: 30000 });

  // Following a link closes the tray; pinned, it stays open across pages.
  await page.getByRole("link", { name: "Components", exact: true }).first().click();
  await page.getByRole("heading", { name: "Components", exact: true }).waitFor();
  assert.equal(await tray.isVisible(), false, "the tray closed on navigation");
  await page.getByRole("button", { name: /^Jobs/ }).click();
  await tray.getByRole("button", { name: "Pin" }).click();
  assert.equal(await tray.getByRole("button", { name: "Unpin" }).getAttribute("aria-pressed"), "true");
  await page.getByRole("table", { name: "Components" }).getByRole("link", { name: "order-service" }).click();
  await page.getByRole("heading", { name: "Component order-service" }).waitFor();
  assert.equal(await tray.isVisible(), true, "a pinned tray stays open");
  assert.deepEqual(errors, []);
});

test("a failed component shows a failed badge in its list, on its page and on the overview", async (t) => {
  const { page, errors } = await openPage(t, "/", { project: freshProject("ov") });
  await page.getByRole("heading", { name: "Overview", exact: true }).waitFor();
  // Counts per service, from the lists.
  const components = page.locator('li.overview-card[data-resource="components"]').first();
  await components.getByTestId("count").waitFor();
  assert.match(await components.getByTestId("count").textContent(), /^\d+$/);
  assert.ok(Number(await components.getByTestId("count").textContent()) >= 3);
  // What needs attention: the failed component, with its badge, linked to its page.
  const attention = page.getByRole("region", { name: "Needs attention" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Needs attention" }) }));
  const failed = attention.getByRole("listitem").filter({ hasText: "report-worker" });
  await failed.waitFor();
  assert.equal(await failed.locator(".tone").getAttribute("data-tone"), "failed");
  assert.equal((await failed.locator(".tone").textContent()).trim(), "Failed");
  await failed.getByRole("link", { name: "report-worker" }).click();
  await page.getByRole("heading", { name: "Component report-worker" }).waitFor();
  const badge = page.getByTestId("item-status").locator(".tone");
  await badge.waitFor();
  assert.equal(await badge.getAttribute("data-tone"), "failed");
  // The list shows the states as badges too: failed, stopped and running ones.
  await page.goto(page.url().replace(/\/servicestage\/.*/, "/servicestage/components"));
  const row = page.getByRole("row").filter({ hasText: "report-worker" });
  assert.equal(await row.locator(".tone").getAttribute("data-tone"), "failed");
  assert.equal(await page.getByRole("row").filter({ hasText: "web-portal" }).locator(".tone").getAttribute("data-tone"), "stopped");
  assert.deepEqual(errors, []);
});

test("create a config, edit it, and compare its two versions", async (t) => {
  const name = unique("e2e-conf");
  const { page, errors } = await openPage(t, "/servicestage/config-groups", { project: freshProject("cfg") });
  await page.getByRole("table", { name: "Config groups" }).getByRole("link", { name: "mall-config" }).click();
  await page.getByRole("tab", { name: "Configs" }).click();
  await page.getByRole("link", { name: "Create Config" }).click();
  await page.getByRole("heading", { name: "Create Config" }).waitFor();
  assert.ok((await page.locator("#f-config_group_id").inputValue()).length > 0, "the group comes from the page it was opened on");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.locator("#f-type").selectOption("properties");
  await page.locator("#f-content").fill("timeout=30\nretries=3\nregion=cn-north-4");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await page.getByRole("heading", { name: `Config ${name}` }).waitFor();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.locator("#f-content").fill("timeout=60\nretries=3\nregion=cn-north-4\nlog=debug");
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("heading", { name: `Config ${name}` }).waitFor();

  await page.getByRole("tab", { name: "Config history" }).click();
  const versions = page.getByRole("tabpanel").locator("tbody tr");
  await versions.nth(1).waitFor();
  assert.equal(await versions.count(), 2);
  const diff = page.getByTestId("diff");
  await diff.waitFor();
  assert.match(await diff.locator(".removed").allTextContents().then((l) => l.join("")), /timeout=30/);
  assert.match(await diff.locator(".added").allTextContents().then((l) => l.join("")), /timeout=60[\s\S]*log=debug/);
  assert.equal(await page.getByTestId("diff-counts").textContent(), "+2 −1");
  assert.deepEqual(errors, []);
});

/** A zip archive with stored (uncompressed) entries, as a Buffer. */
function storedZip(files) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBuf = Buffer.from(name);
    const data = Buffer.from(text);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const count = Object.keys(files).length;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(count, 8); end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dir.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

test("import configs from a zip archive", async (t) => {
  const group = unique("imported");
  const { page, errors } = await openPage(t, "/servicestage/configs", { project: freshProject("imp") });
  await page.getByRole("table", { name: "Configs" }).waitFor();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const drawer = page.getByRole("dialog");
  await drawer.locator('input[type="file"]').setInputFiles({
    name: "configs.zip",
    mimeType: "application/zip",
    buffer: storedZip({ [`${group}/app-settings.properties`]: "a=1\nb=2\n", [`${group}/routes.yaml`]: "routes:\n  - /api\n" }),
  });
  await drawer.getByTestId("chosen-file").filter({ hasText: "configs.zip" }).waitFor();
  assert.match(await drawer.getByTestId("request-preview").textContent(), /multipart\/form-data; boundary=/);
  await drawer.getByRole("button", { name: "Send request" }).click();
  await drawer.getByTestId("response-status").filter({ hasText: "200" }).waitFor();
  assert.match(await drawer.getByTestId("response-body").textContent(), /"success_num": 2|"imported_num": 2|: 2/);
  await drawer.getByRole("button", { name: "Dismiss" }).click();
  // The list shows them.
  await page.getByRole("row", { name: /app-settings/ }).waitFor();
  await page.getByRole("row", { name: /^routes / }).waitFor();
  assert.deepEqual(errors, []);
});

test("the all-components table filters by the applications its filter options list", async (t) => {
  const { page, errors } = await openPage(t, "/servicestage/components", { project: freshProject("flt") });
  const table = page.getByRole("table", { name: "Components" });
  await table.waitFor();
  const all = await table.locator("tbody tr").count();
  const select = page.getByRole("combobox", { name: "Application name" });
  await select.locator("option", { hasText: "mall-demo" }).waitFor({ state: "attached" });
  await select.selectOption("mall-demo");
  await page.waitForURL(/application_name=mall-demo/);
  await table.locator("tbody tr").first().waitFor();
  const rows = await table.locator("tbody tr td:nth-child(2)").allTextContents();
  assert.ok(rows.length > 0 && rows.length <= all);
  assert.ok(rows.every((r) => r === "mall-demo"), rows.join(","));
  assert.deepEqual(errors, []);
});
