// End-to-end: the four long-running tasks, from the form to their final state, the way a user
// works — IMS image copy, CBR checkpoint replication, Rainbond app copy and market install —
// each followed in the job tray, and failures shown with their code and message.
// SHOTS=dir saves a screenshot of each step worth looking at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, unique, freshProject, pick } from "./browser.mjs";

const shot = async (page, name) => {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
};

/** The job tray, opened (after closing the drawer the task was started from). */
async function openTray(page) {
  const drawer = page.getByRole("dialog").filter({ has: page.locator("#drawer-title") });
  if (await drawer.count()) await drawer.getByRole("button", { name: "Dismiss" }).first().click();
  const tray = page.getByRole("region", { name: "Jobs" });
  if (!(await tray.isVisible())) await page.getByRole("button", { name: /^Jobs/ }).click();
  await tray.waitFor();
  return tray;
}

/** A tray entry of a task, once it has ended (jobs poll at 1, 2, 4 … seconds). */
async function endedJob(tray, title, phase, nth = 0) {
  const job = tray.locator(`li.job[data-job-phase="${phase}"]`).filter({ hasText: title }).nth(nth);
  await job.waitFor({ timeout: 30_000 });
  return job;
}

test("copy an IMS image: the job is followed to success and leads to the new image", async (t) => {
  const name = unique("golden-copy");
  const { page, errors } = await openPage(t, "/ims/images");
  await page.getByRole("table", { name: "Images" }).waitFor();
  await page.getByRole("link", { name: "web-server-golden" }).click();
  await page.getByRole("heading", { name: "Image web-server-golden" }).waitFor();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  const drawer = page.getByRole("dialog", { name: /^Copy · / });
  await drawer.waitFor();
  // The documented constraints are in the form's help, and the image is filled in.
  assert.equal(await drawer.getByRole("combobox", { name: "Image ID" }).inputValue(), "465076de-dc36-4aec-80f5-ef9d8009428f");
  assert.match(await drawer.textContent(), /Only private images in the normal state can be copied; whole-machine images and private images created from ISO files cannot be copied/);
  await drawer.getByRole("textbox", { name: "Image name" }).fill(name);
  await drawer.getByLabel("Description").fill("copied end to end");
  assert.match(await drawer.getByTestId("request-preview").textContent(), /^POST \/v1\/cloudimages\/465076de-dc36-4aec-80f5-ef9d8009428f\/copy HTTP\/1\.1/);
  await drawer.getByRole("button", { name: "Send request" }).click();
  assert.match(await drawer.getByTestId("response-body").textContent(), /"job_id": "[0-9a-f]{32}"/);
  await shot(page, "ims-copy-sent");

  const tray = await openTray(page);
  await tray.locator("li.job").filter({ hasText: "Copy image web-server-golden" }).first().waitFor();
  const job = await endedJob(tray, "Copy image web-server-golden", "succeeded");
  assert.match(await job.textContent(), /Succeeded/);
  const result = job.locator(".job-result a");
  const newId = (await result.textContent()).trim();
  assert.match(newId, /^[0-9a-f-]{36}$/);
  await shot(page, "ims-copy-done");
  await result.click();
  await page.getByRole("heading", { name: `Image ${name}` }).waitFor();
  assert.equal(await page.locator('dd[data-field="id"] .long-id-text').textContent(), newId);
  assert.equal(await page.locator('dd[data-field="__description"]').textContent(), "copied end to end");
  assert.deepEqual(errors, []);
});

test("IMS refuses a whole-machine image with its code and message, and a damaged copy fails in the tray", async (t) => {
  const { page } = await openPage(t, "/ims/images");
  await page.getByRole("link", { name: "db-whole-machine" }).click();
  await page.getByRole("heading", { name: "Image db-whole-machine" }).waitFor();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  const drawer = page.getByRole("dialog", { name: /^Copy · / });
  await drawer.getByRole("textbox", { name: "Image name" }).fill("whole-copy");
  await drawer.getByRole("button", { name: "Send request" }).click();
  const banner = drawer.getByRole("alert").filter({ hasText: "IMS.0103" });
  await banner.waitFor();
  const text = await banner.textContent();
  assert.match(text, /HTTP 400 Bad Request: the request is invalid/);
  assert.match(text, /Error code: IMS\.0103/);
  assert.match(text, /Whole-machine images cannot be copied within a region/);
  await shot(page, "ims-refused");
  await drawer.getByRole("button", { name: "Dismiss" }).first().click();

  // The copy of a damaged image is accepted, then its job fails: code and reason in the tray.
  await page.getByRole("navigation", { name: "breadcrumbs" }).getByRole("link", { name: "Images" }).click();
  await page.getByRole("link", { name: "legacy-app-corrupted" }).click();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await drawer.getByRole("textbox", { name: "Image name" }).fill("corrupted-copy");
  await drawer.getByRole("button", { name: "Send request" }).click();
  await drawer.getByTestId("response-body").waitFor();
  const tray = await openTray(page);
  const job = await endedJob(tray, "Copy image legacy-app-corrupted", "failed");
  assert.match(await job.textContent(), /Failed/);
  assert.match(await job.textContent(), /Error code: IMS\.0213/);
  assert.match(await job.textContent(), /source image file is damaged/);
  await shot(page, "ims-job-failed");
});

test("replicate a vault's checkpoints to another region: one record per backup, each followed to the end", async (t) => {
  const { page, errors } = await openPage(t, "/cbr/vaults", { project: freshProject("cbr") });
  await page.getByRole("table", { name: "Vaults" }).waitFor();
  await page.getByRole("link", { name: "vault-prod-servers" }).click();
  await page.getByRole("heading", { name: "Vault vault-prod-servers" }).waitFor();
  // Coded values in the answer are shown with their meaning, nested ones too.
  assert.equal((await page.locator('dd[data-field="charging_mode"]').textContent()).trim(), "Pay-per-use");
  assert.equal((await page.locator('dd[data-field="protect_type"]').textContent()).trim(), "Backup");
  // The vault's backups are a tab of its page.
  await page.getByRole("tab", { name: "Backups" }).click();
  await page.getByRole("table", { name: "Backups" }).waitFor();
  assert.equal(await page.getByRole("table", { name: "Backups" }).locator("tbody tr").count(), 3);

  await page.getByRole("button", { name: "Replicate", exact: true }).click();
  const drawer = page.getByRole("dialog", { name: /^Replicate · / });
  await drawer.waitFor();
  // The source vault is chosen already; the destination vault waits for its region and project.
  const source = drawer.getByRole("combobox", { name: "Vault ID", exact: true });
  await drawer.locator(".picker-chosen", { hasText: "vault-prod-servers" }).waitFor();
  assert.ok((await source.inputValue()).length > 0, "the source vault is filled in");
  assert.match(await drawer.textContent(), /Fill in first: Destination project ID, Destination region/);
  await drawer.getByRole("textbox", { name: "Destination region" }).fill("cn-south-1");
  await drawer.getByRole("textbox", { name: "Destination project ID" }).fill("68589cac08274b82b4e254268a3862d8");
  const dest = await pick(drawer, "Destination vault ID", "guangzhou", /dr-vault-guangzhou/);
  assert.equal(await dest.inputValue(), "0ca3eb86-8800-46da-9c37-9d657a825274");
  // Acceleration costs extra: the documented warning shows when it is ticked.
  await drawer.getByRole("checkbox", { name: "Enable acceleration" }).check();
  await drawer.getByRole("note").filter({ hasText: "acceleration is billed as an extra charge" }).waitFor();
  await shot(page, "cbr-form");
  await drawer.getByRole("button", { name: "Send request" }).click();

  // The replication record of each backup, as a table linked to the backups.
  const records = drawer.getByRole("table", { name: "Backups" });
  await records.waitFor();
  assert.equal(await records.locator("tbody tr").count(), 3);
  assert.match(await records.textContent(), /Replication record ID/);
  const firstBackup = records.locator("tbody tr").first().getByRole("link");
  const backupId = (await firstBackup.textContent()).trim();
  await shot(page, "cbr-sent");

  const tray = await openTray(page);
  for (let i = 0; i < 3; i++) await endedJob(tray, "Replicate the backups of vault", "succeeded", i);
  assert.match(await tray.textContent(), new RegExp(`${backupId} →`));
  assert.match(await tray.textContent(), /Succeeded/);
  await shot(page, "cbr-done");
  await tray.getByRole("button", { name: "Dismiss" }).click();
  // The backup's page shows its replication record, finished.
  await page.goto(page.url().replace(/\/cbr\/vaults\/.*/, `/cbr/backups/${backupId}`));
  await page.locator('dd[data-field="replication_records"]').filter({ hasText: "available" }).waitFor();
  assert.match(await page.locator('dd[data-field="replication_records"]').textContent(), /cn-south-1/);
  assert.deepEqual(errors, []);
});

test("a replication into a full vault fails per record with its code and reason", async (t) => {
  const { page } = await openPage(t, "/cbr/vaults", { project: freshProject("cbr-full") });
  await page.getByRole("link", { name: "vault-prod-servers" }).click();
  await page.getByRole("button", { name: "Replicate", exact: true }).click();
  const drawer = page.getByRole("dialog", { name: /^Replicate · / });
  await drawer.getByRole("textbox", { name: "Destination region" }).fill("cn-south-1");
  await drawer.getByRole("textbox", { name: "Destination project ID" }).fill("68589cac08274b82b4e254268a3862d8");
  await pick(drawer, "Destination vault ID", "dr-vault-full");
  await drawer.getByRole("button", { name: "Send request" }).click();
  await drawer.getByRole("table", { name: "Backups" }).waitFor();
  const tray = await openTray(page);
  const job = await endedJob(tray, "Replicate the backups of vault", "failed");
  assert.match(await job.textContent(), /Error code: BackupService\.6604/);
  assert.match(await job.textContent(), /does not have enough capacity/);

  // Into the vault's own region: refused before anything starts.
  await tray.getByRole("button", { name: "Dismiss" }).click();
  await page.getByRole("button", { name: "Replicate", exact: true }).click();
  await drawer.getByRole("textbox", { name: "Destination region" }).fill("cn-north-4");
  await drawer.getByRole("textbox", { name: "Destination project ID" }).fill("68589cac08274b82b4e254268a3862d8");
  // No replication vault of that project lives in the source's region: type the id as raw JSON.
  await drawer.getByText("Nothing to choose from").waitFor();
  await drawer.getByRole("button", { name: "Raw JSON" }).click();
  const raw = drawer.getByRole("textbox", { name: "Raw JSON" });
  const body = JSON.parse(await raw.inputValue());
  body.replicate.destination_vault_id = "0ca3eb86-8800-46da-9c37-9d657a825274";
  await raw.fill(JSON.stringify(body, null, 2));
  await drawer.getByRole("button", { name: "Send request" }).click();
  const banner = drawer.getByRole("alert").filter({ hasText: "BackupService.66" });
  await banner.waitFor();
  assert.match(await banner.textContent(), /HTTP 4\d\d/);
});

test("copy a Rainbond app's components to another app: checklist, choosers, linked results, job to running", async (t) => {
  const { page, errors } = await openPage(t, "/rainbond/apps");
  // The list asks for its team and region and starts with the first of each.
  const scope = page.getByRole("group", { name: "Scope" });
  await scope.waitFor();
  await page.getByRole("table", { name: "Apps" }).waitFor();
  // The team picker names the team it chose next to its id.
  await scope.locator(".picker-chosen", { hasText: "Developers" }).waitFor();
  await page.waitForURL(/team_id=o19p6wen/);
  await page.waitForURL(/region_name=rainbond/);
  await shot(page, "rainbond-apps");
  await page.getByRole("link", { name: "mall", exact: true }).click();
  await page.getByRole("heading", { name: "App mall" }).waitFor();
  await page.getByRole("tab", { name: "Components" }).click();
  await page.getByRole("table", { name: "Components" }).waitFor();

  await page.getByRole("button", { name: "Copy", exact: true }).click();
  const drawer = page.getByRole("dialog", { name: /^Copy · / });
  await drawer.waitFor();
  // The source app's components, to tick; each ticked one can carry a change.
  await drawer.getByRole("checkbox", { name: /mall-web/ }).check();
  await drawer.getByRole("checkbox", { name: /mall-api/ }).check();
  const web = drawer.getByRole("group", { name: "mall-web" });
  await web.getByLabel("Change").fill('{"build_source": {"version": "v2"}}');
  await pick(drawer, "Target team name", "Developers");
  await pick(drawer, "Target region name", "Default cluster");
  await pick(drawer, "Target app id", "staging");
  const preview = await drawer.getByTestId("request-preview").textContent();
  assert.match(preview, /"target_app_id": 3/);
  assert.match(preview, /"version": "v2"/);
  await shot(page, "rainbond-copy-form");
  await drawer.getByRole("button", { name: "Send request" }).click();

  // The copied components, linked to their pages in the target app.
  const copied = drawer.getByRole("table", { name: "Components" });
  await copied.waitFor();
  assert.equal(await copied.locator("tbody tr").count(), 2);
  const href = await copied.getByRole("link", { name: "mall-web" }).getAttribute("href");
  assert.match(href, /\/rainbond\/components\/[0-9a-f]{32}\?team_id=o19p6wen&region_name=rainbond&app_id=3$/);
  await shot(page, "rainbond-copy-sent");

  const tray = await openTray(page);
  const job = await endedJob(tray, "Copy app", "succeeded");
  assert.match(await job.textContent(), /Succeeded · 2\/2/);
  await shot(page, "rainbond-copy-done");
  await tray.getByRole("button", { name: "Dismiss" }).click();
  await page.goto(new URL(href, page.url()).href);
  await page.getByRole("heading", { name: "Component mall-web" }).waitFor();
  assert.equal(await page.locator('dd[data-field="status"]').textContent(), "running");
  assert.equal(await page.locator('dd[data-field="version"]').textContent(), "v2");
  assert.deepEqual(errors, []);
});

test("install a market app with is_deploy: market fields, version chooser, components built", async (t) => {
  const { page, errors } = await openPage(t, "/rainbond/apps?team_id=o19p6wen&region_name=rainbond");
  await page.getByRole("link", { name: "blog", exact: true }).click();
  await page.getByRole("heading", { name: "App blog" }).waitFor();
  await page.getByRole("button", { name: "Install", exact: true }).click();
  const drawer = page.getByRole("dialog", { name: /^Install · / });
  await drawer.waitFor();
  assert.equal(await drawer.getByRole("spinbutton", { name: "App ID" }).inputValue(), "2");
  await drawer.getByRole("combobox", { name: "Whether to build" }).selectOption("true");
  await drawer.getByRole("textbox", { name: "Market url" }).fill("https://store.goodrain.com");
  await drawer.getByRole("textbox", { name: "Market domain" }).fill("rainbond");
  await drawer.getByRole("textbox", { name: "Market type" }).fill("rainstore");
  await drawer.getByLabel("Market access key").fill("123456789012340af5dff63cb740788e");
  await pick(drawer, "App model id", "Redis");
  await pick(drawer, "App model version", "7.2", "7.2.4");
  const preview = await drawer.getByTestId("request-preview").textContent();
  assert.match(preview, /\/apps\/2\/install\?is_deploy=true HTTP\/1\.1/);
  assert.ok(!preview.includes("123456789012340af5dff63cb740788e"), "the market key is masked in the preview");
  await shot(page, "rainbond-install-form");
  await drawer.getByRole("button", { name: "Send request" }).click();
  const installed = drawer.getByRole("table", { name: "Components" });
  await installed.waitFor();
  assert.equal(await installed.locator("tbody tr").count(), 1);
  assert.match(await installed.textContent(), /redis/);
  assert.match(await drawer.getByTestId("response-body").textContent(), /"ID": 2/);

  const tray = await openTray(page);
  const job = await endedJob(tray, "Install an app into", "succeeded");
  assert.match(await job.textContent(), /Succeeded · 1\/1/);
  await shot(page, "rainbond-install-done");
  assert.deepEqual(errors, []);
});

test("a market install with a wrong access key is refused with Rainbond's code and message", async (t) => {
  const { page } = await openPage(t, "/rainbond/apps?team_id=o19p6wen&region_name=rainbond");
  await page.getByRole("link", { name: "staging", exact: true }).click();
  await page.getByRole("button", { name: "Install", exact: true }).click();
  const drawer = page.getByRole("dialog", { name: /^Install · / });
  await drawer.getByRole("textbox", { name: "Market url" }).fill("https://store.goodrain.com");
  await drawer.getByRole("textbox", { name: "Market domain" }).fill("rainbond");
  await drawer.getByRole("textbox", { name: "Market type" }).fill("rainstore");
  await drawer.getByLabel("Market access key").fill("not-the-key");
  await pick(drawer, "App model id", "WordPress");
  await pick(drawer, "App model version", "6.4", "6.4.2");
  await drawer.getByRole("button", { name: "Send request" }).click();
  const banner = drawer.getByRole("alert").filter({ hasText: "HTTP 403" });
  await banner.waitFor();
  const text = await banner.textContent();
  assert.match(text, /HTTP 403 Forbidden: no permission for this operation/);
  assert.match(text, /Error code: 403/);
  assert.match(text, /market access key is invalid/);
  assert.match(text, /应用市场令牌无效/);
  await shot(page, "rainbond-install-refused");
});
