import fs from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = path.join(__dirname, "..", "..", "test-output", "screenshots");
const ORIGIN = "http://kh.test";

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM);
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

const ERRORS = new WeakMap<Page, string[]>();

/** Uncaught errors of the page so far. */
export function uncaughtErrors(page: Page): string[] {
  return ERRORS.get(page) ?? [];
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".xml": "text/xml", ".png": "image/png" };

/**
 * Opens the built task pane at a task-pane size, with office.js answered by the stub over the
 * strict fake, the add-in's files served from `addin`, and every other request refused.
 */
export async function openTaskpane(browser: Browser, files: { addin: string; stub: string }, query: Record<string, string>, viewport = { width: 360, height: 760 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: query.lang ?? "zh-CN" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  ERRORS.set(page, errors);
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "appsforoffice.microsoft.com") {
      return route.fulfill({ status: 200, contentType: TYPES[".js"], body: fs.readFileSync(files.stub) });
    }
    if (url.origin === ORIGIN) {
      const file = path.join(files.addin, decodeURIComponent(url.pathname));
      if (file.startsWith(files.addin) && fs.existsSync(file)) {
        return route.fulfill({ status: 200, contentType: TYPES[path.extname(file)] ?? "application/octet-stream", body: fs.readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: "" });
    }
    return route.abort();
  });
  // The stub fills the fake workbook first (a 1,200-customer demo takes a while on a busy machine).
  await page.goto(`${ORIGIN}/taskpane.html?${new URLSearchParams(query)}`, { timeout: 180_000 });
  await page.waitForFunction(() => (window as unknown as { __KH_APP__?: unknown }).__KH_APP__ !== undefined, undefined, { timeout: 180_000 });
  await idle(page);
  return page;
}

/** Waits until the panel on screen has rendered. */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __KH_APP__: { idle(): Promise<void> } }).__KH_APP__.idle());
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // A task pane as tall as its content (a full-page shot would paint the sticky tab bar mid-page).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize() ?? { width: 360, height: 760 };
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: file });
  await page.setViewportSize(viewport);
  return file;
}
