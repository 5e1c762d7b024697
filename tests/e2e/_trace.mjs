import { chromium } from "playwright-core";
const URL_ = process.env.OPSDECK_URL;
const href = process.argv[2] ?? "/explorer/servicestage.component.create";
const sel = process.argv[3] ?? "form #f-name";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-quic","--no-first-run","--disable-background-networking","--disable-component-update","--disable-sync"] });
const ctx = await browser.newContext();
for (let run = 0; run < 3; run++) {
  const page = await ctx.newPage();
  await page.goto(`${URL_}/settings`);
  await page.locator("main h1").first().waitFor();
  await page.waitForTimeout(3000);
  await browser.startTracing(page, { categories: ["devtools.timeline", "v8.wasm", "disabled-by-default-v8.wasm.detailed", "v8", "blink"] });
  const t = await page.evaluate(async ([href, sel]) => {
    const a = document.createElement("a"); a.href = href; document.body.appendChild(a);
    performance.mark("s"); const t0 = performance.now(); a.click();
    while (!document.querySelector(sel)) await new Promise(r => setTimeout(r, 0));
    const t1 = performance.now();
    await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
    return [Math.round(t1 - t0), Math.round(performance.now() - t0)];
  }, [href, sel]);
  const buf = await browser.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const agg = new Map();
  for (const e of ev) if (e.ph === "X" && e.dur) { agg.set(e.name, (agg.get(e.name) ?? [0,0])); const a = agg.get(e.name); a[0] += e.dur / 1000; a[1]++; }
  console.log("run", run, t);
  if (run > 0) for (const [n, [ms, c]] of [...agg].sort((a, b) => b[1][0] - a[1][0]).slice(0, 25)) console.log(ms.toFixed(1).padStart(8), String(c).padStart(5), n);
  await page.close();
}
await browser.close();
