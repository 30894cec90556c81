import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlReport } from "./html.js";
import { fixtureResult } from "./test-fixtures/result.js";

/** The fixture with a very long issuer name, and its reports in reverse file order. */
function printFixture(): typeof fixtureResult {
  const result = structuredClone(fixtureResult);
  result.reports.reverse();
  result.reports.find((r) => r.meta.issuer === "江州市东湖区人民政府")!.meta.issuer = "江州市东湖区人民政府（含东湖生态旅游风景区管理委员会、东湖新技术产业开发区管理委员会）";
  result.rankings[0]!.entries[0]!.issuer = result.reports.find((r) => r.file === result.rankings[0]!.entries[0]!.file)!.meta.issuer;
  return result;
}

/**
 * Opens the HTML report in headless Chromium (playwright-core + Debian's /usr/bin/chromium) and checks
 * what only a browser can: it renders, its script runs under the CSP, nothing is fetched, nothing
 * injected runs. Skipped, with the reason, where playwright-core or Chromium is not installed
 * (needs: npm devDependency `playwright-core`; apt `chromium` and `fonts-noto-cjk`).
 */

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

function missing(): string | null {
  const lacks: string[] = [];
  try {
    createRequire(import.meta.url).resolve("playwright-core");
  } catch {
    lacks.push("the npm package playwright-core (devDependency of @fazhi/reporters)");
  }
  if (!existsSync(CHROMIUM)) lacks.push(`${CHROMIUM} (apt install chromium fonts-noto-cjk)`);
  if (lacks.length === 0) return null;
  // .ci/run installs both: in CI a missing browser is a broken setup, never a quiet skip.
  if (process.env.CI) throw new Error(`browser test cannot run in CI: missing ${lacks.join(" and ")}`);
  return `browser test skipped: missing ${lacks.join(" and ")}`;
}

/** The slice of playwright-core's API this test uses (typed here so the package typechecks without it). */
interface Locator {
  count(): Promise<number>;
  first(): Locator;
  nth(i: number): Locator;
  textContent(): Promise<string | null>;
  innerText(): Promise<string>;
  isVisible(): Promise<boolean>;
  click(): Promise<void>;
  getAttribute(name: string): Promise<string | null>;
  boundingBox(): Promise<{ width: number; height: number } | null>;
  locator(selector: string, options?: { hasText?: string }): Locator;
}
interface Page {
  goto(url: string): Promise<unknown>;
  on(event: "console", fn: (m: { type(): string; text(): string }) => void): void;
  on(event: "pageerror", fn: (e: Error) => void): void;
  on(event: "request", fn: (r: { url(): string }) => void): void;
  on(event: "dialog", fn: (d: { message(): string; dismiss(): Promise<void> }) => void): void;
  locator(selector: string, options?: { hasText?: string }): Locator;
  evaluate<T>(fn: () => T): Promise<T>;
  emulateMedia(options: { media: "print" | "screen" }): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  pdf(options: { preferCSSPageSize: boolean; printBackground: boolean }): Promise<Buffer>;
}
interface Browser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface PlaywrightCore {
  chromium: { launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser> };
}

const reason = missing();

describe("html report in headless Chromium", () => {
  let browser: Browser | undefined;
  let page: Page;
  let dir = "";
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (reason) {
      console.warn(reason);
      return;
    }
    const moduleName = "playwright-core";
    const playwright = (await import(moduleName)) as PlaywrightCore & { default?: PlaywrightCore };
    const chromium = (playwright.chromium ?? playwright.default!.chromium)!;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    page = await browser.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("request", (r) => requests.push(r.url()));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    dir = await mkdtemp(join(tmpdir(), "fazhi-html-"));
    const file = join(dir, "report.html");
    await writeFile(file, htmlReport(fixtureResult), "utf8");
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("renders the ranking of each cohort", async (ctx) => {
    if (reason) ctx.skip(reason);
    const tables = page.locator("table.ranking");
    expect(await tables.count()).toBe(3);
    const county = tables.first();
    expect(await county.isVisible()).toBe(true);
    expect(await county.locator("tbody tr").count()).toBe(4);
    expect(await county.locator("tbody tr").first().innerText()).toContain("江州市东湖区人民政府");
    expect(await page.locator("svg.histogram").count()).toBe(2);
  });

  it("renders a scorecard with its total and category bars", async (ctx) => {
    if (reason) ctx.skip(reason);
    const card = page.locator("#r1");
    expect(await card.isVisible()).toBe(true);
    expect(await card.locator(".total").textContent()).toBe("90.0");
    const bar = card.locator(".bar > span").first();
    const box = await bar.boundingBox();
    expect(box && box.width > 0 && box.height > 0).toBe(true);
  });

  it("sorts a ranking by clicking a header (the hashed inline script runs under the CSP)", async (ctx) => {
    if (reason) ctx.skip(reason);
    const county = page.locator("table.ranking").first();
    const totalHeader = county.locator("thead th").nth(3);
    await totalHeader.click();
    expect(await totalHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(await county.locator("tbody tr").first().innerText()).toContain("潢川縣人民政府");
    await totalHeader.click();
    expect(await totalHeader.getAttribute("aria-sort")).toBe("descending");
    expect(await county.locator("tbody tr td").nth(3).textContent()).toBe("90.0");
  });

  it("shows <script> and <img onerror> evidence literally and runs none of it", async (ctx) => {
    if (reason) ctx.skip(reason);
    await page.locator("#r1 details.category > summary").first().click();
    await page.locator("#r1 details.check > summary", { hasText: "分析存在的不足及原因" }).click();
    expect(await page.locator("#r1 blockquote", { hasText: "<script>window.__xss=1" }).isVisible()).toBe(true);
    const quotes = page.locator("#r1 blockquote");
    const texts: string[] = [];
    for (let i = 0; i < (await quotes.count()); i++) texts.push((await quotes.nth(i).textContent()) ?? "");
    expect(texts).toContain("网页代码 <script>window.__xss=1;alert(1)</script> 不应执行");
    expect(texts).toContain(`图片 <img src=x onerror="window.__xss=2;alert(1)"> 也不应执行`);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it("prints to A4 pages, the scorecards in rank order, each from a new page, nothing wider than the page", async (ctx) => {
    if (reason) ctx.skip(reason);
    const printed = await browser!.newPage();
    const file = join(dir, "print.html");
    const result = printFixture();
    await writeFile(file, htmlReport(result), "utf8");
    await printed.goto(pathToFileURL(file).href);
    const pdf = (await printed.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
    // A4 is 595.28 × 841.89 pt (Chromium rounds it to its own units); US Letter would be 612 × 792.
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThanOrEqual(result.reports.length + 1);
    for (const [w, h] of boxes) expect([Math.round(w!), Math.round(h!)]).toEqual([595, 842]);
    // The page as printed: A4's width less the margins (186 mm at 96 px per inch).
    await printed.emulateMedia({ media: "print" });
    await printed.setViewportSize({ width: 703, height: 1000 });
    const layout = await printed.evaluate(() => {
      // Runs in the page (this package is typed without the DOM library: the slice used, typed here).
      type Box = { top: number };
      type El = { id: string; tagName: string; textContent: string | null; scrollWidth: number; clientWidth: number; querySelector(s: string): El | null; getBoundingClientRect(): Box };
      const page = globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<El> }; getComputedStyle(e: El): { breakBefore: string } };
      const document = page.document;
      const cards = [...document.querySelectorAll("article.card")];
      return {
        issuers: cards.map((c) => c.querySelector("h3")!.textContent),
        breaks: cards.map((c) => page.getComputedStyle(c).breakBefore),
        // The score block stands beside the issuer, not under it.
        headlineBeside: cards.map((c) => Math.abs(c.querySelector("h3")!.getBoundingClientRect().top - c.querySelector(".headline")!.getBoundingClientRect().top) < 8),
        overflowing: [...document.querySelectorAll("main, article.card, article.card > header, table, blockquote")]
          .filter((e) => e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.tagName + (e.id ? `#${e.id}` : "")),
      };
    });
    expect(layout.issuers).toEqual(result.rankings.flatMap((r) => r.entries.map((e) => e.issuer ?? e.file)));
    expect(layout.breaks).toEqual(["auto", ...layout.breaks.slice(1).map(() => "page")]);
    expect(layout.headlineBeside.every(Boolean)).toBe(true);
    expect(layout.overflowing).toEqual([]);
  });

  it("logs no errors and makes no network requests", async (ctx) => {
    if (reason) ctx.skip(reason);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests.filter((url) => !/^(file|data):/.test(url))).toEqual([]);
  });
});
