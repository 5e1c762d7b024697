// The repository browser end to end: authorize with a personal token, browse to a file, edit it
// with a commit message and see the new commit and the changed content; create and delete a
// tag; connect with OAuth by pasting the address the repository sent you back to.
// SHOTS=dir saves a screenshot of each step worth looking at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, unique, freshProject, pick } from "./browser.mjs";

const shot = async (page, name) => {
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png`, fullPage: true });
};

test("authorize with a token, browse to a file, edit it, see the commit and the new content", async (t) => {
  const { page, errors } = await openPage(t, "/repos", { project: freshProject("repos") });
  await page.getByRole("heading", { name: "Repositories", level: 1 }).waitFor();
  const table = page.getByTestId("authorizations");
  await table.waitFor();
  // Each kind of authorization is listed with its state; an expired one cannot be opened.
  assert.match(await table.locator("tr", { hasText: "github-expired" }).textContent(), /Expired/);
  assert.equal(await table.getByRole("link", { name: "github-expired" }).count(), 0);
  assert.match(await table.locator("tr", { hasText: "gitlab-token" }).textContent(), /Valid/);
  await shot(page, "repos-authorizations");

  // A new authorization by personal token; the token is a password field, never shown.
  const name = unique("tok");
  await page.getByRole("button", { name: "Add authorization" }).click();
  const form = page.getByRole("form", { name: "Add authorization" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Repository", { exact: true }).selectOption("gitlab");
  await form.getByLabel("Token", { exact: true }).fill("glpat-e2e-secret-token");
  assert.equal(await form.getByLabel("Token", { exact: true }).getAttribute("type"), "password");
  await form.getByRole("button", { name: "Add authorization" }).click();
  await table.getByRole("link", { name }).waitFor();
  assert.match(await table.locator("tr", { hasText: name }).textContent(), /Valid/);

  // Authorization → namespace → project → file, each a deep link.
  await table.getByRole("link", { name }).click();
  await page.getByRole("heading", { name, level: 1 }).waitFor();
  await page.getByRole("link", { name: "zmg", exact: true }).click();
  await page.getByRole("link", { name: "python-api" }).click();
  await page.getByRole("tab", { name: "Files" }).waitFor();
  // GitLab numbers its projects.
  assert.match(page.url(), new RegExp(`/repos/${name}/zmg/80$`));
  await page.getByTestId("files").waitFor();
  await shot(page, "repos-files");
  const fileLinks = await page.getByTestId("files").getByRole("link").allTextContents();
  const file = fileLinks.find((f) => !f.endsWith("/"));
  assert.ok(file, `a file at the root among ${fileLinks}`);
  await page.getByTestId("files").getByRole("link", { name: file, exact: true }).click();
  const text = page.getByTestId("file-text");
  await text.waitFor();
  const before = await text.textContent();
  assert.ok(before.length > 0, "the file's text is shown, decoded");
  await page.waitForURL((u) => u.searchParams.get("path") === file);
  await shot(page, "repos-file");

  // Edit with a commit message: the new text is shown and the commit is the latest.
  await page.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("form", { name: "Edit" });
  await edit.getByLabel("Content").fill(before + "# edited end to end\n");
  const message = unique("Edit from the browser");
  await edit.getByLabel("Commit message").fill(message);
  await shot(page, "repos-file-edit");
  await edit.getByRole("button", { name: "Commit" }).click();
  await page.getByTestId("file-text").filter({ hasText: "# edited end to end" }).waitFor();
  await page.getByRole("tab", { name: "Commits" }).click();
  const commits = page.getByTestId("commits");
  await commits.waitFor();
  assert.match(await commits.locator("tbody tr").first().textContent(), new RegExp(message));
  await shot(page, "repos-commits");

  // A deep link to the file opens it again.
  await page.goto(page.url().replace(/\?.*$/, `?path=${encodeURIComponent(file)}`));
  await page.getByTestId("file-text").filter({ hasText: "# edited end to end" }).waitFor();
  assert.deepEqual(errors, []);
});

test("an edit refused by the service keeps its text and shows the code and message", async (t) => {
  // A GitHub project's id holds a `/`: the console's URL carries it encoded.
  const project = freshProject("repos-stale");
  const { page, context } = await openPage(t, "/repos/github-oauth/tom-repo/tom-repo%2Fspring-demo?path=pom.xml", { project });
  await page.getByTestId("file-text").waitFor();
  await page.getByRole("button", { name: "Edit" }).click();
  // Someone else commits to the same file meanwhile, in another tab: the SHA read is stale.
  const other = await context.newPage();
  await other.goto(page.url());
  await other.getByRole("button", { name: "Edit" }).click();
  const theirs = other.getByRole("form", { name: "Edit" });
  await theirs.getByLabel("Content").fill("<project>changed meanwhile</project>\n");
  await theirs.getByLabel("Commit message").fill("meanwhile");
  await theirs.getByRole("button", { name: "Commit" }).click();
  await other.getByTestId("file-text").filter({ hasText: "changed meanwhile" }).waitFor();
  await other.close();

  const edit = page.getByRole("form", { name: "Edit" });
  await edit.getByLabel("Content").fill("my careful change\n");
  await edit.getByLabel("Commit message").fill("stale edit");
  await edit.getByRole("button", { name: "Commit" }).click();
  const alert = edit.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /SVCSTG\.REPO\.0501/);
  assert.equal(await edit.getByLabel("Content").inputValue(), "my careful change\n", "the text typed is kept");
  await shot(page, "repos-stale-edit");
});

test("create a tag from a branch and delete it", async (t) => {
  const { page, errors } = await openPage(t, "/repos/gitlab-token/zmg/80?tab=tags", { project: freshProject("repos-tags") });
  const form = page.getByRole("form", { name: "New tag" });
  await form.waitFor();
  const tag = `v9.${Date.now() % 100000}.0`;
  await form.getByLabel("Tag name").fill(tag);
  await form.getByLabel("Description").fill("tagged end to end");
  await form.getByRole("button", { name: "Create" }).click();
  const tags = page.getByTestId("tags");
  await tags.getByText(tag, { exact: true }).waitFor();
  await shot(page, "repos-tags");
  await tags.getByRole("button", { name: `Delete ${tag}` }).click();
  const dialog = page.getByRole("dialog", { name: "Delete tag" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await tags.getByText(tag, { exact: true }).waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
});

test("connect with OAuth: open the sign-in page, paste the address you were sent back to", async (t) => {
  const { page, context, errors } = await openPage(t, "/repos", { project: freshProject("repos-oauth") });
  await page.getByRole("button", { name: "Add authorization" }).click();
  const form = page.getByRole("form", { name: "Add authorization" });
  await form.getByLabel("OAuth sign-in").check();
  const name = unique("oauth");
  await form.getByLabel("Name", { exact: true }).fill(name);
  // The repository's sign-in page is outside the sandbox: answered here.
  await context.route(/^https:\/\/(github\.com|gitlab\.com|bitbucket\.org)\//, (r) => r.fulfill({ contentType: "text/html", body: "<title>Sign in</title>" }));
  // The sign-in page opens in a new window; its address carries the state the service issued.
  const [popup] = await Promise.all([context.waitForEvent("page"), form.getByRole("button", { name: "Open the sign-in page" }).click()]);
  await popup.waitForLoadState();
  const signIn = new URL(popup.url());
  await popup.close();
  const state = signIn.searchParams.get("state");
  assert.ok(state, `the sign-in address ${signIn} carries a state`);
  // The repository sends the user back with a code and the state; the user pastes that address.
  await form.getByLabel("Address you were sent back to").fill(`https://console.example.com/callback?code=e2e-code-123&state=${encodeURIComponent(state)}`);
  await shot(page, "repos-oauth");
  await form.getByRole("button", { name: "Connect" }).click();
  await page.getByTestId("authorizations").getByRole("link", { name }).waitFor();
  assert.match(await page.getByTestId("authorizations").locator("tr", { hasText: name }).textContent(), /OAuth sign-in/);
  assert.deepEqual(errors, []);
});

test("a component's source repository is picked: authorization, then namespace, then repository, then branch", async (t) => {
  const { page, errors } = await openPage(t, "/explorer/servicestage.component.create", { project: freshProject("repos-source") });
  await pick(page.getByRole("group", { name: "Parameters" }), "Application ID", "mall", "mall-demo");
  await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Source/ }).click();
  await page.getByRole("heading", { name: /^Source/ }).waitFor();
  await page.getByRole("combobox", { name: "Source kind" }).selectOption("code");
  await pick(page, "Repository authorization", "gitlab", "gitlab-token");
  await pick(page, "Repository namespace", "zmg");
  await pick(page, "Repository URL", "python", "python-api");
  // The picked repository's branches are offered; one click sets the branch.
  await page.getByTestId("branch-suggestions").getByRole("button", { name: "main" }).click();
  assert.equal(await page.getByRole("textbox", { name: "Branch or tag" }).inputValue(), "main");
  const preview = await page.getByTestId("request-preview").textContent();
  assert.match(preview, /"repo_auth": "gitlab-token"/);
  assert.match(preview, /"repo_namespace": "zmg"/);
  assert.match(preview, /"repo_url": "https:\/\/gitlab\.com\/zmg\/python-api\.git"/);
  assert.match(preview, /"repo_ref": "main"/);
  await shot(page, "repos-component-source");
  assert.deepEqual(errors, []);
});
