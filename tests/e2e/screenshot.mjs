// node screenshot.mjs URL FILE [--dark] [--lang zh|en]: saves a full-page screenshot.
import { launch } from "./browser.mjs";

const [url, file, ...rest] = process.argv.slice(2);
if (!url || !file) {
  console.error("usage: node screenshot.mjs URL FILE [--dark] [--lang zh|en]");
  process.exit(2);
}
const lang = rest.includes("--lang") ? rest[rest.indexOf("--lang") + 1] : "en";
const context = await launch();
const page = await context.newPage();
await page.addInitScript(([lang, dark]) => {
  localStorage.setItem("opsdeck.settings", JSON.stringify({ lang: lang === "zh" ? "zh-CN" : "en", theme: dark ? "dark" : "light" }));
}, [lang, rest.includes("--dark")]);
await page.goto(url);
await page.waitForLoadState("networkidle");
await page.waitForTimeout(300);
await page.screenshot({ path: file, fullPage: true });
await context.close();
console.log("saved", file);
