import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { loadConfig } from "../src/config";
import { startTestHub, type TestHub } from "./support/test-server";

/**
 * The offline explorer in a real browser (Debian's chromium driven by playwright-core, which
 * downloads nothing): every request to another origin is refused, and GraphiQL still renders the
 * schema's docs and runs the example operation against the seed data. The Sandbox page, with
 * Apollo's CDN unreachable, points to it.
 *
 * Which browser: TEST_BROWSER (CI sets it; if it is missing or cannot start, this test FAILS), else
 * /usr/bin/chromium when installed, else the test is skipped with a message saying so.
 */
const DEFAULT_BROWSER = "/usr/bin/chromium";
const requested = process.env.TEST_BROWSER?.trim();
const executablePath = requested || (fs.existsSync(DEFAULT_BROWSER) ? DEFAULT_BROWSER : undefined);
if (!executablePath) console.warn(`test/graphiql-browser.test.ts skipped: no browser. Install Debian's chromium (${DEFAULT_BROWSER}) or set TEST_BROWSER to a chromium binary.`);

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let hub: TestHub;
let browser: Browser;
let context: BrowserContext;
let launchError: Error | undefined;
/** Requests the page tried to send to any origin other than the hub's (all refused). */
const elsewhere: string[] = [];
const pageErrors: string[] = [];

const title = executablePath ? `GraphiQL offline, in ${executablePath}` : "GraphiQL offline (skipped: no browser; install chromium or set TEST_BROWSER)";

describe.skipIf(!executablePath)(title, () => {
  beforeAll(async () => {
    // CORS limited to a partner's origin: the explorer, same-origin, must not depend on CORS.
    const defaults = loadConfig({});
    // A browser that will not start fails each test below (counted as failures, never skipped).
    [hub, browser] = await Promise.all([
      startTestHub({ config: { http: { ...defaults.http, corsOrigins: ["https://partner.example"] } } }),
      chromium.launch({ executablePath, args: ARGS, timeout: 15_000 }).catch((error: Error) => {
        launchError = error;
        return undefined as unknown as Browser;
      }),
    ]);
    if (launchError) return;
    const origin = new URL(hub.url).origin;
    context = await browser.newContext();
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      elsewhere.push(url);
      return route.abort("internetdisconnected");
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  async function open(path: string): Promise<Page> {
    if (launchError) throw new Error(`the browser ${executablePath} did not start: ${launchError.message}`);
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("console", (m) => (m.type() === "error" ? pageErrors.push(m.text()) : undefined));
    await page.goto(new URL(path, hub.url).href);
    return page;
  }

  it("renders the schema's docs and runs the example operation, with nothing from the Internet", async () => {
    const page = await open("/graphiql");
    await expect.poll(() => page.title()).toContain("The partner graph for atrocity prevention");
    // The docs explorer, from introspection: Query, then its `state` field's type.
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Query", { exact: true }).click();
    await expect.poll(() => docs.locator(".graphiql-doc-explorer-field-name", { hasText: /^state$/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await docs.locator("a.graphiql-doc-explorer-type-name", { hasText: /^State$/ }).first().click();
    await expect.poll(() => docs.locator(".graphiql-doc-explorer-title").innerText()).toBe("State");
    // The editor opens on the example; Run sends it to the hub's /graphql.
    await expect.poll(() => page.locator(".graphiql-query-editor").innerText()).toContain("query StateProfile");
    await page.getByRole("button", { name: /execute query/i }).click();
    const result = page.locator(".result-window");
    await expect.poll(() => result.innerText(), { timeout: 10_000 }).toContain('"name": "Ghana"');
    expect(await result.innerText()).toContain("African Union");
    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 30_000);

  it("the Sandbox page, with Apollo's CDN unreachable, names the project and links the offline explorer", async () => {
    const page = await open("/graphql");
    await expect.poll(() => page.title()).toBe("The partner graph for atrocity prevention");
    const fallback = page.locator("#fallback");
    // The page's own script found no EmbeddedSandbox and showed the way out at once (no fade-in wait).
    await expect.poll(() => fallback.getAttribute("class")).toBe("fallback now");
    expect(await fallback.isVisible()).toBe(true);
    expect(await page.locator("#embeddableSandbox").isHidden()).toBe(true);
    expect(elsewhere.some((u) => u.startsWith("https://embeddable-sandbox.cdn.apollographql.com/"))).toBe(true);
    await fallback.getByRole("link", { name: /offline explorer/i }).click();
    await page.waitForURL(/\/graphiql$/);
    await expect.poll(() => page.locator(".graphiql-query-editor").count()).toBe(1);
    await page.close();
  }, 20_000);
});
