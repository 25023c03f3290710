/**
 * The task pane as a rep uses it all day, in Debian's chromium over the strict Excel fake (the
 * production bundle, as tests/browser runs it):
 *  - the clicks, scrolls and keys (besides the text typed) to log a follow-up for `bjhx` starting
 *    from 今日跟进, driven like a person would, each action counted;
 *  - the time from Office ready (the stub's Office.onReady) to 今日跟进 drawn over the 1,200-customer
 *    demo, median of 5 page loads, against the 61-customer demo in the same run; with the syncs and
 *    the largest response of that start;
 *  - in Node over the same fake, the read behind 今日跟进 (app/due.ts's readDueLog: 跟进记录's four
 *    status columns) against the whole read it replaced, each with dueList, at 1,200 customers;
 *  - in Node, 登记's save of a follow-up (app/log-follow-up.ts's logEntry: checks, append,
 *    reschedule, next customer due) at 1,200 customers, against the same save over a port that
 *    ignores the column hint, so its reads of 跟进记录 are whole.
 * Without /usr/bin/chromium it prints that it skipped the browser figures.
 */
import type { Page } from "playwright-core";
import { buildForBrowser } from "../tests/browser/build";
import { hasChromium, idle, launch, openTaskpane } from "../tests/browser/page";
import { floatingNow } from "../src/taskpane/host";
import { dueList, readDueLog } from "../src/app/due";
import { logEntry } from "../src/app/log-follow-up";
import type { WorkbookPort } from "../src/io/port";
import { readLog } from "../src/app/read-log";
import { setupWorkbook } from "../src/app/setup";
import { appendRecords } from "../src/app/write-log";
import { generateDemoLog } from "../src/demo";
import { OfficeWorkbook } from "../src/io/office/office-workbook";
import { createExcelFake } from "../tests/support/excel-fake";
import { DEMO_OPTIONS } from "../tests/browser/scenarios";

type Files = Awaited<ReturnType<typeof buildForBrowser>>;
type StubWindow = Window & { __KH_TEST__: { fake: { stats: { syncs: number; maxResponseBytes: number } }; rows(key: string): Promise<Record<string, unknown>[]> } };

async function readyToDue(page: Page): Promise<{ ms: number; syncs: number; kb: number }> {
  return page.evaluate(() => {
    const ready = performance.getEntriesByName("kh:office-ready")[0];
    const drawn = performance.getEntriesByName("kh:drawn:due")[0];
    const stats = (window as unknown as StubWindow).__KH_TEST__.fake.stats;
    return { ms: drawn.startTime - ready.startTime, syncs: stats.syncs, kb: stats.maxResponseBytes / 1024 };
  });
}

async function startup(browser: Awaited<ReturnType<typeof launch>>, files: Files, customers: number, runs: number): Promise<{ ms: number; syncs: number; kb: number }> {
  const today = floatingNow().toISOString();
  const seen: { ms: number; syncs: number; kb: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await openTaskpane(browser, files, { scenario: "demo", customers: String(customers), today }, { width: 320, height: 700 });
    await page.waitForSelector("li.kh-due");
    seen.push(await readyToDue(page));
    await page.context().close();
  }
  seen.sort((a, b) => a.ms - b.ms);
  return seen[Math.floor(runs / 2)];
}

/** Logs a follow-up for bjhx from 今日跟进 the way a rep would, counting every action. */
async function logBjhx(browser: Awaited<ReturnType<typeof launch>>, files: Files): Promise<{ clicks: number; keys: number; scrolls: number; fields: number; saved: boolean }> {
  const page = await openTaskpane(browser, files, { scenario: "demo", customers: "1200", today: floatingNow().toISOString() }, { width: 320, height: 700 });
  let clicks = 0;
  let keys = 0;
  let fields = 0;
  const scrollTop = (): Promise<number> => page.evaluate(() => Math.round(document.scrollingElement?.scrollTop ?? 0));
  const startY = await scrollTop();
  const click = async (selector: string) => {
    clicks++;
    await page.click(selector, { noWaitAfter: true });
  };
  const press = async (key: string) => {
    keys++;
    await page.keyboard.press(key);
  };
  const typeText = async (text: string) => {
    fields++;
    await page.keyboard.type(text);
  };
  await idle(page);
  await click('.kh-tab[data-panel="register"]');
  await idle(page);
  for (const k of "bjhx") await press(k);
  await press("Enter");
  await typeText("电话回访，确认下月订单");
  await press("Tab");
  await typeText("一月订 200 箱");
  const inView = await page.$eval("#kh-submit", (b) => b.getBoundingClientRect().bottom <= innerHeight && b.getBoundingClientRect().top >= 0);
  const scrolls = inView && (await scrollTop()) === startY ? 0 : 1;
  await click("#kh-submit");
  await page.waitForSelector(".kh-status .kh-msg.ok, .kh-status .kh-msg.bad");
  const saved = (await page.$(".kh-status .kh-msg.ok")) !== null;
  await page.context().close();
  return { clicks, keys, scrolls, fields, saved };
}

/** Median ms of `runs` calls of `f`, with the fake's response bytes of the last one. */
async function timed(fake: ReturnType<typeof createExcelFake>, runs: number, f: () => Promise<unknown>): Promise<{ ms: number; kb: number; syncs: number }> {
  const seen: number[] = [];
  for (let i = 0; i < runs; i++) {
    fake.stats.reset();
    const t0 = performance.now();
    await f();
    seen.push(performance.now() - t0);
  }
  seen.sort((a, b) => a - b);
  return { ms: seen[Math.floor(runs / 2)], kb: fake.stats.records.reduce((n, r) => n + r.responseBytes, 0) / 1024, syncs: fake.stats.syncs };
}

async function demoFake(customers: number, today: Date): Promise<{ fake: ReturnType<typeof createExcelFake>; port: OfficeWorkbook; rows: number }> {
  const fake = createExcelFake();
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  await appendRecords(port, generateDemoLog({ ...DEMO_OPTIONS, customers, today }).records);
  return { fake, port, rows: fake.table("KH_FollowUps").rect.rows - 1 };
}

async function dueRead(print: (line: string) => void, customers: number): Promise<void> {
  const today = floatingNow();
  const { fake, port, rows } = await demoFake(customers, today);
  const narrow = await timed(fake, 5, async () => dueList(await readDueLog(port), today));
  const whole = await timed(fake, 5, async () => dueList(await readLog(port, { sheets: ["customers", "followUps", "staff"] }), today));
  print(
    `due read and list n=${rows} follow-ups (${customers} customers): ${narrow.ms.toFixed(0)} ms, ${narrow.syncs} sync, ${narrow.kb.toFixed(0)} KB answer (whole read ${whole.ms.toFixed(0)} ms, ${whole.kb.toFixed(0)} KB; ${(narrow.ms / whole.ms).toFixed(2)}x time, ${(narrow.kb / whole.kb).toFixed(2)}x bytes)`,
  );
}

/** logEntry of a follow-up for the first customer, 5 times (each appends a row), over `port`. */
async function saves(fake: ReturnType<typeof createExcelFake>, port: WorkbookPort, today: Date): Promise<{ ms: number; kb: number; syncs: number }> {
  const { code, rep } = (await readLog(port, { sheets: ["customers"] })).customers[0].record;
  const entry = { customer: code, rep, occurredAt: today, description: "电话回访", result: "确认下月订单", gradeAfter: "B", status: "已完成" };
  return timed(fake, 5, async () => {
    const r = await logEntry(port, "followUps", entry, { now: today, random: Math.random });
    if (!r.ok) throw new Error(r.problems.map((p) => p.detail).join("; "));
  });
}

async function followUpSave(print: (line: string) => void, customers: number): Promise<void> {
  const today = floatingNow();
  const narrow = await demoFake(customers, today);
  const whole = await demoFake(customers, today);
  // the same workbook behind a port that ignores the column hint (an adapter may): every read is whole
  const ignoring = new Proxy(whole.port, {
    get: (target, key) => (key === "readTables" ? (sheets: readonly string[]) => target.readTables(sheets) : (target as unknown as Record<string | symbol, unknown>)[key]),
  }) as WorkbookPort;
  const a = await saves(narrow.fake, narrow.port, today);
  const b = await saves(whole.fake, ignoring, today);
  print(
    `登记 save of a follow-up n=${narrow.rows} follow-ups (${customers} customers): ${a.ms.toFixed(0)} ms, ${a.syncs} syncs, ${a.kb.toFixed(0)} KB answered (whole reads of 跟进记录 ${b.ms.toFixed(0)} ms, ${b.syncs} syncs, ${b.kb.toFixed(0)} KB; ${(a.ms / b.ms).toFixed(2)}x time, ${(a.kb / b.kb).toFixed(2)}x bytes)`,
  );
}

export async function run(print: (line: string) => void): Promise<void> {
  await dueRead(print, 1200);
  await followUpSave(print, 1200);
  if (!hasChromium()) {
    print("taskpane day n=0: skipped (/usr/bin/chromium is missing)");
    return;
  }
  const [files, browser] = await Promise.all([buildForBrowser(), launch()]);
  try {
    const flow = await logBjhx(browser, files);
    print(
      `log a follow-up for bjhx from 今日跟进 n=1 follow-up: ${flow.clicks} clicks, ${flow.scrolls} scrolls, ${flow.keys} keys besides ${flow.fields} text fields typed (${flow.saved ? "saved" : "NOT saved"}; before this pane: 5 clicks + 1 scroll, target 3 clicks, no scroll)`,
    );
    const small = await startup(browser, files, 60, 5);
    const big = await startup(browser, files, 1200, 5);
    print(`office ready to 今日跟进 drawn n=1201 customers: ${big.ms.toFixed(0)} ms median of 5 (${big.syncs} syncs, largest response ${big.kb.toFixed(0)} KB; same run, 61 customers ${small.ms.toFixed(0)} ms, ${(big.ms / small.ms).toFixed(2)}x)`);
  } finally {
    await browser.close();
  }
}
