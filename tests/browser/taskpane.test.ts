/**
 * The built task pane in Debian's chromium (playwright-core), with office.js replaced by a stub
 * whose Excel is the strict fake (office-stub.ts). Each test saves a screenshot under
 * test-output/screenshots/. Without /usr/bin/chromium the tests say they skipped.
 */
import type { Browser, Page } from "playwright-core";
import { generateDemoLog } from "../../src/demo";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { floatingNow } from "../../src/taskpane/host";
import { GRADES } from "../../src/workbook/column";
import { buildForBrowser } from "./build";
import { hasChromium, idle, launch, openTaskpane, screenshot, uncaughtErrors } from "./page";
import { HUAXIN, scenarioRecords, type Records } from "./scenarios";

const available = hasChromium();
if (!available) console.log("browser tests skipped: /usr/bin/chromium is missing (apt-get install -y chromium fonts-wqy-microhei)");
const describeBrowser = available ? describe : describe.skip;

type TestWindow = Window & {
  __KH_TEST__: { sheetNames(): Promise<string[]>; rows(sheetKey: string): Promise<Record<string, unknown>[]>; rowCount(table: string): Promise<number>; selections: { sheet: string; address: string }[] };
};

const MS_PER_DAY = 86_400_000;
const dayOf = (d: Date) => Math.floor(d.getTime() / MS_PER_DAY);

/**
 * Who the 今日跟进 list must show, worked out here on its own from the records written into the
 * workbook: the last contact is the latest follow-up (not 交接) with its 跟进后等级, unless
 * 客户档案's 最近跟进 is later (then 客户等级 holds); never contacted: the filing date, else due
 * now. Due when last contact + the grade's default cadence is today or past. Order: grade, never
 * followed up first, then most days overdue, then code.
 */
function expectedDue(records: Records, today: Date): [string, string][] {
  const last = new Map<string, { day: number; at: number; grade: string }>();
  for (const f of records.followUps ?? []) {
    if (f.serviceType === "交接") continue;
    const at = (f.occurredAt as Date).getTime();
    const seen = last.get(f.customer as string);
    if (!seen || at >= seen.at) last.set(f.customer as string, { at, day: dayOf(f.occurredAt as Date), grade: f.gradeAfter as string });
  }
  const rows: { grade: string; code: string; overdue: number }[] = [];
  for (const c of records.customers) {
    const code = c.code as string;
    const logged = last.get(code);
    const archived = c.lastFollowUp ? dayOf(c.lastFollowUp as Date) : undefined;
    const fromLog = logged !== undefined && (archived === undefined || logged.day >= archived);
    const grade = (fromLog ? logged.grade : c.grade) as keyof typeof DEFAULT_SETTINGS.cadenceDays;
    const base = fromLog ? logged.day : archived ?? (c.createdAt ? dayOf(c.createdAt as Date) : undefined);
    if (base === undefined) {
      rows.push({ grade, code, overdue: Infinity });
      continue;
    }
    const due = base + DEFAULT_SETTINGS.cadenceDays[grade];
    if (due <= dayOf(today)) rows.push({ grade, code, overdue: dayOf(today) - due });
  }
  rows.sort((a, b) => GRADES.indexOf(a.grade as never) - GRADES.indexOf(b.grade as never) || b.overdue - a.overdue || (a.code < b.code ? -1 : 1));
  return rows.map((r) => [r.grade, r.code]);
}

async function pickCustomer(page: Page, query: string, code: string): Promise<void> {
  await page.fill(".kh-customer-search", query);
  await page.click(`.kh-customer-results [data-code="${code}"]`);
  await page.waitForSelector(`.kh-chip[data-customer="${code}"]`);
}

async function openPanel(page: Page, panel: string): Promise<void> {
  await page.click(`.kh-tab[data-panel="${panel}"]`);
  await idle(page);
}

describeBrowser("the task pane in a real browser over the strict Excel fake", () => {
  let browser: Browser;
  let files: { addin: string; stub: string };

  beforeAll(async () => {
    [files, browser] = await Promise.all([buildForBrowser(), launch()]);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("logs a complaint: the row lands in the fake workbook's 投诉 table", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await openPanel(page, "register");
    await pickCustomer(page, "bjhx", HUAXIN.code);
    await page.selectOption("#kh-kind", "complaints");
    await page.selectOption("#f-complaintKind", "产品质量");
    await page.fill("#f-description", "=收到的货有三箱包装破损");
    await page.fill("#f-object", "包装");
    await page.click("button[type=submit]");
    await page.waitForSelector(".kh-msg.ok");
    const rows = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("complaints"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ customer: HUAXIN.code, rep: HUAXIN.rep, complaintKind: "产品质量", description: "=收到的货有三箱包装破损", object: "包装", status: "待处理" });
    expect(String(rows[0].id)).toMatch(/^TS\d{6}-[0-9A-Z]{8}$/);
    expect(await page.textContent(".kh-msg.ok")).toContain(`第 ${rows[0].row} 行`);
    await screenshot(page, "register-complaint-saved");
    expect(uncaughtErrors(page)).toEqual([]);
  }, 60_000);

  it("refuses an invalid record: errors beside the fields, no row written", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await openPanel(page, "register");
    await pickCustomer(page, "KH9003", "KH9003");
    await page.selectOption("#kh-kind", "complaints");
    await page.fill("#f-description", "");
    const tableRows = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rowCount("KH_Complaints"));
    await page.click("button[type=submit]");
    await page.waitForSelector(".kh-msg.bad");
    expect(await page.textContent('[data-field="description"] .kh-error')).toBe("必填，不能为空");
    expect(await page.textContent('[data-field="complaintKind"] .kh-error')).toBe("必填，不能为空");
    expect(await page.textContent('[data-field="object"] .kh-error')).toBe("");
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rowCount("KH_Complaints"))).toBe(tableRows);
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("complaints"))).toEqual([]);
    await screenshot(page, "register-invalid");
  }, 60_000);

  it("after a 跟进, shows the next due date and re-grades the customer in 客户档案", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await openPanel(page, "register");
    await pickCustomer(page, "shhx", "KH9002");
    await page.selectOption("#kh-kind", "followUps");
    await page.fill("#f-occurredAt", "2026-03-06T09:30");
    await page.fill("#f-description", "电话确认下月订单");
    await page.selectOption("#f-gradeAfter", "A");
    await page.click("button[type=submit]");
    await page.waitForSelector(".kh-next-due");
    expect(await page.textContent(".kh-next-due")).toBe("下次跟进：2026-03-07（A 级，每 1 天）");
    const customers = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"));
    const kh = customers.find((c) => c.code === "KH9002")!;
    expect(new Date(kh.nextDue as string).toISOString().slice(0, 10)).toBe("2026-03-07");
    expect(kh.grade).toBe("A");
    await screenshot(page, "register-follow-up-next-due");
  }, 60_000);

  it("lists a demo workbook's due customers by grade, most overdue first, and selects the row", async () => {
    const today = floatingNow();
    const page = await openTaskpane(browser, files, { scenario: "demo", today: today.toISOString() });
    await openPanel(page, "due");
    const shown = await page.$$eval(".kh-due-group", (groups) =>
      groups.flatMap((g) => [...g.querySelectorAll("li.kh-due")].map((li) => [g.getAttribute("data-grade") ?? "", li.getAttribute("data-code") ?? ""])),
    );
    const expected = expectedDue(scenarioRecords("demo", today, (o) => generateDemoLog(o).records), today);
    expect(expected.length).toBeGreaterThan(5);
    expect(shown).toEqual(expected);
    await screenshot(page, "due-demo");
    await page.click(`li.kh-due[data-code="${expected[0][1]}"] .kh-pick`);
    await page.waitForFunction(() => (window as unknown as TestWindow).__KH_TEST__.selections.length > 0);
    const selection = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.selections[0]);
    const customers = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"));
    const row = customers.find((c) => c.code === expected[0][1])!.row;
    expect(selection).toEqual({ sheet: "客户档案", address: `${row}:${row}` });
  }, 90_000);

  it("finds a customer by pinyin initials", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await openPanel(page, "customer");
    await page.fill(".kh-customer-search", "bjhx");
    const found = await page.$$eval(".kh-customer-results [data-code]", (els) => els.map((e) => e.getAttribute("data-code")));
    expect(found).toEqual([HUAXIN.code]);
    await page.fill(".kh-customer-search", "cqcj");
    expect(await page.$$eval(".kh-customer-results [data-code]", (els) => els.map((e) => e.getAttribute("data-code")))).toEqual(["KH9003"]);
    await page.fill(".kh-customer-search", "bjhx");
    await screenshot(page, "pinyin-search");
    await page.click(`.kh-customer-results [data-code="${HUAXIN.code}"]`);
    await page.waitForSelector(".kh-events .kh-event");
    await screenshot(page, "customer-timeline");
  }, 60_000);

  it("comes back to the last panel and rep filter after a reload", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await openPanel(page, "due");
    await page.selectOption("#kh-rep", "E001");
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __KH_APP__?: unknown }).__KH_APP__ !== undefined);
    await idle(page);
    expect(await page.getAttribute('.kh-tab[aria-selected="true"]', "data-panel")).toBe("due");
    expect(await page.$eval("#kh-rep", (s) => (s as HTMLSelectElement).value)).toBe("E001");
    expect(await page.$$eval("li.kh-due", (els) => els.map((e) => e.getAttribute("data-code")))).toEqual(["KH9001"]);
    await screenshot(page, "due-after-reload");
  }, 60_000);

  it("audits the demo workbook: findings listed, 审计 sheet written, a click goes to the cell", async () => {
    const page = await openTaskpane(browser, files, { scenario: "demo", today: floatingNow().toISOString() });
    await openPanel(page, "audit");
    await page.click("#kh-run-audit");
    await page.waitForSelector(".kh-findings li", { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.sheetNames())).toContain("审计");
    const first = await page.textContent(".kh-findings li .kh-code");
    await page.click(".kh-findings li .kh-pick");
    await page.waitForFunction(() => (window as unknown as TestWindow).__KH_TEST__.selections.length > 0);
    const selection = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.selections[0]);
    expect(`${selection.sheet}!${selection.address}`).toBe(first);
    await screenshot(page, "audit-demo");
  }, 90_000);

  it("runs ABC (class into 客户档案, summary sheet) and builds 路序 on the demo", async () => {
    const page = await openTaskpane(browser, files, { scenario: "demo", today: floatingNow().toISOString() });
    await openPanel(page, "analysis");
    await page.click("#kh-run-abc");
    await page.waitForSelector(".kh-abc-result .kh-msg.ok", { timeout: 30_000 });
    const counts = await page.$$eval(".kh-abc-summary tbody tr", (rows) => rows.map((r) => [r.getAttribute("data-class"), Number(r.children[1].textContent)]));
    const customers = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"));
    expect(counts.map((c) => c[0])).toEqual(["A", "B", "C"]);
    expect(counts.reduce((n, c) => n + (c[1] as number), 0)).toBe(customers.length);
    for (const cls of ["A", "B", "C"]) expect(customers.filter((c) => c.abc === cls).length).toBe(counts.find((c) => c[0] === cls)![1]);
    await page.click("#kh-run-routes");
    await page.waitForSelector(".kh-routes-result .kh-msg.ok", { timeout: 30_000 });
    const sheets = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(["ABC分析", "路序"]));
    await screenshot(page, "analysis-demo");
  }, 90_000);

  it("hands one rep's customers to a new rep and writes their 交接 dossiers", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await openPanel(page, "audit");
    await page.selectOption("#kh-handover-from", "E001");
    await page.fill("#kh-handover-to", "E009");
    await page.click("#kh-handover-move");
    await page.waitForSelector(".kh-handover-result .kh-msg.ok");
    const customers = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"));
    expect(customers.map((c) => [c.code, c.rep])).toEqual([["KH9001", "E009"], ["KH9002", "E002"], ["KH9003", "E009"]]);
    const followUps = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("followUps"));
    expect(followUps.filter((f) => f.serviceType === "交接").map((f) => [f.customer, f.rep])).toEqual([["KH9001", "E009"], ["KH9003", "E009"]]);
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.sheetNames())).toContain("交接");
    await screenshot(page, "audit-handover");
  }, 60_000);

  it("opens the follow-up form for a due customer from 今日跟进's 已跟进", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await openPanel(page, "due");
    await page.click('li.kh-due[data-code="KH9001"] .kh-btn');
    await page.waitForSelector('.kh-chip[data-customer="KH9001"]');
    expect(await page.$eval("#kh-kind", (s) => (s as HTMLSelectElement).value)).toBe("followUps");
    expect(await page.$eval("#f-gradeAfter", (s) => (s as HTMLSelectElement).value)).toBe("B");
    expect(await page.$eval("#f-rep", (s) => (s as HTMLInputElement).value)).toBe("E001");
    expect(await page.textContent(".kh-preview")).toMatch(/^下次跟进：\d{4}-\d{2}-\d{2}（B 级，每 7 天）$/);
  }, 60_000);

  it("speaks English when Office's display language is English", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small", lang: "en-US" });
    expect(await page.textContent('.kh-tab[data-panel="due"]')).toBe("Due today");
    await openPanel(page, "register");
    expect(await page.textContent('label[for="f-description"]')).toContain("Description");
    await screenshot(page, "register-english");
  }, 60_000);

  it("sets up a blank workbook from 首页", async () => {
    const page = await openTaskpane(browser, files, { scenario: "blank" });
    await openPanel(page, "home");
    expect(await page.getAttribute(".kh-home", "data-state")).toBe("none");
    await page.click("#kh-setup");
    await page.waitForSelector('.kh-home[data-state="ready"]');
    expect(await page.textContent(".kh-setup-result")).toContain("新建工作表：客户档案、往来帐");
    // A workbook made a 客户日志 opens the task pane with it from now on (the switch can turn it off).
    expect(await page.isChecked("#kh-autoshow")).toBe(true);
    await screenshot(page, "home-set-up");
  }, 60_000);
});
