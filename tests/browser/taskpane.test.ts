/**
 * The built task pane in Debian's chromium (playwright-core), with office.js replaced by a stub
 * whose Excel is the strict fake (office-stub.ts). Each test saves a screenshot under
 * test-output/screenshots/. Without /usr/bin/chromium the tests say they skipped.
 */
import type { Browser, Page } from "playwright-core";
import { PLAN_SHEETS, plansInProgress } from "../../src/app/plans";
import { generateDemoLog } from "../../src/demo";
import type { PlanLog } from "../../src/domain/plans/tracking";
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

/** Opens a panel from its tab, or from the 更多 menu when the tab did not fit the row. */
async function openPanel(page: Page, panel: string): Promise<void> {
  if (await page.isVisible(`.kh-tab[data-panel="${panel}"]`)) await page.click(`.kh-tab[data-panel="${panel}"]`);
  else {
    await page.click(".kh-tab-more");
    await page.click(`.kh-tab-menu [data-panel="${panel}"]`);
  }
  await idle(page);
}

/** The element is drawn wholly inside the viewport (no scroll needed to see it). */
async function expectInViewport(page: Page, selector: string): Promise<void> {
  const box = await page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: innerWidth, height: innerHeight };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.height);
  expect(box.right).toBeLessThanOrEqual(box.width);
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
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.ok");
    const rows = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("complaints"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ customer: HUAXIN.code, rep: HUAXIN.rep, complaintKind: "产品质量", description: "=收到的货有三箱包装破损", object: "包装", status: "待处理" });
    expect(String(rows[0].id)).toMatch(/^TS\d{6}-[0-9A-Z]{8}$/);
    expect(await page.textContent(".kh-status .kh-msg.ok")).toContain(`第 ${rows[0].row} 行`);
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
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.bad");
    expect(await page.textContent(".kh-status")).toContain("请改正 2 个字段：事件描述、投诉类别");
    expect(await page.textContent('[data-field="description"] .kh-error')).toBe("必填，不能为空");
    expect(await page.textContent('[data-field="complaintKind"] .kh-error')).toBe("必填：请从列表中选择一项");
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
    await page.fill("#f-result", "下月订 200 箱");
    await page.selectOption("#f-gradeAfter", "A");
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-next-due");
    // a new workbook counts working days (设置 顺延节假日 是): Friday 03-06 + 1 day is Saturday, due on Monday
    expect(await page.textContent(".kh-next-due")).toBe("下次跟进：2026-03-09（A 级，每 1 天）");
    const customers = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"));
    const kh = customers.find((c) => c.code === "KH9002")!;
    expect(new Date(kh.nextDue as string).toISOString().slice(0, 10)).toBe("2026-03-09");
    expect(kh.grade).toBe("A");
    await screenshot(page, "register-follow-up-next-due");
  }, 60_000);

  it("a follow-up logged in the pane has one result field and leaves the audit nothing to find on its row", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" }, { width: 320, height: 700 });
    await openPanel(page, "register");
    // KH9003 (C) was called 2 days ago: calling again is on time, so only the row's own fields are judged
    await page.keyboard.type("cqcj");
    await page.keyboard.press("Enter");
    await page.waitForSelector('.kh-chip[data-customer="KH9003"]');
    // 跟进结果 is the one result; 处理结果 and 总结 are filled from it
    expect(await page.$$eval("#f-result, #f-resolution, #f-summary", (els) => els.map((e) => e.id))).toEqual(["f-result"]);
    await page.fill("#f-description", "电话确认下月订单");
    await page.fill("#f-result", "下月订 200 箱");
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.ok");
    const followUps = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("followUps"));
    const saved = followUps[followUps.length - 1];
    expect([saved.customer, saved.status, saved.result, saved.resolution, saved.summary]).toEqual(["KH9003", "已完成", "下月订 200 箱", "下月订 200 箱", "下月订 200 箱"]);
    await openPanel(page, "audit");
    await page.click("#kh-run-audit");
    await page.waitForSelector(".kh-findings");
    const total = Number((await page.textContent(".kh-audit-result .kh-msg.ok"))!.match(/\d+/)![0]);
    const findings = await page.$$eval(".kh-findings li", (els) => els.map((li) => ({ rule: li.getAttribute("data-rule"), at: li.querySelector(".kh-code")!.textContent! })));
    // every finding is listed, and the scenario's own finished rows without 处理结果/总结 are among them
    expect(findings).toHaveLength(total);
    const incomplete = findings.filter((f) => f.rule === "records.incomplete").map((f) => Number(f.at.replace(/^跟进记录![A-Z]+/, "")));
    expect(incomplete.sort()).toEqual(followUps.filter((f) => f.row !== saved.row).map((f) => f.row).sort());
    expect(findings.filter((f) => f.at.startsWith("跟进记录!") && Number(f.at.replace(/^跟进记录![A-Z]+/, "")) === saved.row)).toEqual([]);
    await screenshot(page, "follow-up-audit-clean");
    expect(uncaughtErrors(page)).toEqual([]);
  }, 90_000);

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

  it("shows on 首页 the plans in progress of the rep 今日跟进 is filtered to, with target, minimum, reached and completion", async () => {
    const today = floatingNow();
    const records = scenarioRecords("demo", today, (o) => generateDemoLog(o).records);
    const rowed = (list: readonly unknown[] = []) => list.map((record, i) => ({ row: i + 2, record }));
    const log = Object.fromEntries(PLAN_SHEETS.map((k) => [k, rowed(records[k])])) as unknown as PlanLog;
    const page = await openTaskpane(browser, files, { scenario: "demo", today: today.toISOString() }, { width: 320, height: 700 });
    await openPanel(page, "due");
    const reps = await page.$$eval("#kh-rep option", (els) => els.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const rep = reps.find((r) => plansInProgress(log, today, r).length > 0)!;
    const expected = plansInProgress(log, today, rep);
    expect(expected.length).toBeGreaterThan(0);
    await page.selectOption("#kh-rep", rep);
    await openPanel(page, "home");
    await page.waitForSelector(".kh-plans");
    const shown = await page.$$eval(".kh-plans li.kh-plan", (els) => els.map((li) => [li.getAttribute("data-plan"), li.querySelector(".kh-plan-figures")!.textContent]));
    expect(shown).toEqual(expected.map((t) => [t.plan.id, `实际 ${t.reached} / 目标 ${t.plan.target}（最低 ${t.plan.minimum}） · 完成 ${Math.round(t.targetRate * 100)}%`]));
    const clipped = await page.$$eval(".kh-plans *", (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== "hidden").map((e) => e.className));
    expect(clipped).toEqual([]);
    await screenshot(page, "home-plans");
    expect(uncaughtErrors(page)).toEqual([]);
  }, 120_000);

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
    // route rows are read, not clicked: nothing in them looks or acts like a control
    const routeRows = await page.$$eval(".kh-routes-result li", (els) => els.map((li) => ({ controls: li.querySelectorAll("button, a, [role=button], [tabindex]").length, cursor: getComputedStyle(li).cursor })));
    expect(routeRows.length).toBeGreaterThan(0);
    for (const row of routeRows) expect(row).toEqual({ controls: 0, cursor: "auto" });
    const sheets = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(["ABC分析", "路序"]));
    await screenshot(page, "analysis-demo");
  }, 90_000);

  it("makes a monthly report with its chart, ranks TopN with 环比, and shows a customer's balance and writes its 对账单", async () => {
    const page = await openTaskpane(browser, files, { scenario: "demo", today: floatingNow().toISOString() });
    await openPanel(page, "analysis");
    await page.selectOption("#kh-report-kind", "monthly");
    await page.click("#kh-run-report");
    await page.waitForSelector(".kh-report-result .kh-msg.ok", { timeout: 30_000 });
    const done = (await page.textContent(".kh-report-result .kh-msg.ok"))!;
    const sheet = /“(.+)”/.exec(done)![1];
    expect(sheet).toMatch(/^月报 \d{4}-\d{2}$/);
    const charts = await page.evaluate((name) => (window as unknown as { __KH_TEST__: { fake: { sheet(n: string): { charts: { title?: string }[] } } } }).__KH_TEST__.fake.sheet(name).charts.map((c) => c.title), sheet);
    expect(charts).toEqual(["月报：本期与上期"]);
    expect(await page.$$eval(".kh-report-figures tbody tr", (rows) => rows.length)).toBe(17);
    await page.selectOption("#kh-top-by", "payments");
    await page.selectOption("#kh-top-of", "reps");
    await page.selectOption("#kh-top-compare", "pop");
    await page.click("#kh-run-top");
    await page.waitForSelector(".kh-top-result .kh-msg.ok", { timeout: 30_000 });
    const ranked = await page.$$eval(".kh-top-table tbody tr", (rows) => rows.map((r) => r.children.length));
    expect(ranked.length).toBeGreaterThan(0);
    for (const cells of ranked) expect(cells).toBe(5);
    // payments by product category: each customer's under its main category
    await page.selectOption("#kh-top-of", "categories");
    await page.click("#kh-run-top");
    await page.waitForFunction(() => {
      const keys = [...document.querySelectorAll(".kh-top-table tbody tr")].map((r) => r.getAttribute("data-key") ?? "");
      return keys.length > 0 && keys.every((k) => !/^S\d+$/.test(k));
    });
    // 应收账款 as of today: the sheet with its aging chart, each rep's balance shown
    await page.click("#kh-run-receivables");
    await page.waitForSelector(".kh-receivables-result .kh-msg.ok", { timeout: 30_000 });
    expect(await page.textContent(".kh-receivables-result .kh-msg.ok")).toMatch(/^已生成“应收账款”工作表（含图表）：\d+ 位客户欠款 ¥[\d,]+\.\d{2}，其中逾期 ¥[\d,]+\.\d{2}。$/);
    expect(await page.$$eval(".kh-receivables-reps tbody tr", (rows) => rows.length)).toBeGreaterThan(0);
    const agingCharts = await page.evaluate(() => (window as unknown as { __KH_TEST__: { fake: { sheet(n: string): { charts: { title?: string }[] } } } }).__KH_TEST__.fake.sheet("应收账款").charts.map((c) => c.title));
    expect(agingCharts).toEqual(["账龄分布"]);
    await screenshot(page, "analysis-reports");
    expect(await page.$$eval(".kh-top-table tbody tr", (rows) => rows.map((r) => r.getAttribute("data-key")))).toEqual(expect.arrayContaining(["粮油"]));
    await openPanel(page, "customer");
    const transactions = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("transactions"));
    const code = String(transactions.find((t) => t.txType === "发货")!.customer);
    await pickCustomer(page, code, code);
    await page.waitForSelector(".kh-account .kh-balance");
    expect(await page.textContent(".kh-account .kh-balance")).toMatch(/^欠款 -?¥[\d,]+\.\d{2}$/);
    await page.click("#kh-run-statement");
    await page.waitForSelector(".kh-statement-result .kh-msg.ok", { timeout: 30_000 });
    const sheets = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.sheetNames());
    expect(sheets).toContain(`对账单 ${code}`);
    await screenshot(page, "customer-account");
    expect(uncaughtErrors(page)).toEqual([]);
  }, 120_000);

  it("hands one rep's customers to another after a confirmation that states the count; refuses an unknown rep", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" }, { width: 320, height: 700 });
    await openPanel(page, "handover");
    await page.selectOption("#kh-handover-from", "E001");
    // The source rep shows by name, and the customers to move are listed.
    expect(await page.$eval("#kh-handover-from", (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe("李娜（E001） · 2 个客户");
    expect(await page.$$eval(".kh-handover-customers input:checked", (els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(["KH9001", "KH9003"]);
    const customersBefore = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"));
    await page.fill("#kh-handover-to", "E009");
    await page.click("#kh-handover-move");
    expect(await page.textContent("#kh-handover-to-error")).toContain("员工表中没有工号“E009”");
    expect(await page.getAttribute("#kh-handover-to", "aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("kh-handover-to");
    expect(await page.$("#kh-handover-confirm")).toBeNull();
    await screenshot(page, "handover-unknown-rep");
    // one who has left is refused the same way, by name
    await page.fill("#kh-handover-to", "E003");
    await page.click("#kh-handover-move");
    expect(await page.textContent("#kh-handover-to-error")).toBe("王强（E003）已不在职，请填写在职员工的工号（如 E001、E002）");
    expect(await page.$("#kh-handover-confirm")).toBeNull();
    await page.fill("#kh-handover-to", "E002");
    expect(await page.textContent("#kh-handover-to-name")).toBe("→ 张伟");
    await page.click("#kh-handover-move");
    await page.waitForSelector("#kh-handover-confirm");
    expect(await page.textContent(".kh-handover-confirm")).toContain("将把 2 个客户从 李娜（E001） 交给 张伟（E002）");
    expect(await page.textContent("#kh-handover-confirm")).toBe("确认交接 2 个客户");
    // Nothing is written before the confirmation.
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"))).toEqual(customersBefore);
    await screenshot(page, "handover-confirm");
    await page.click("#kh-handover-confirm");
    await page.waitForSelector(".kh-status .kh-msg.ok");
    expect(await page.textContent(".kh-status")).toContain("2 个客户已从 李娜（E001） 交接给 张伟（E002）");
    const customers = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"));
    expect(customers.map((c) => [c.code, c.rep])).toEqual([["KH9001", "E002"], ["KH9002", "E002"], ["KH9003", "E002"]]);
    const followUps = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("followUps"));
    expect(followUps.filter((f) => f.serviceType === "交接").map((f) => [f.customer, f.rep])).toEqual([["KH9001", "E002"], ["KH9003", "E002"]]);
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.sheetNames())).toContain("交接");
    await expectInViewport(page, ".kh-status .kh-msg.ok");
    await screenshot(page, "handover-done");
  }, 60_000);

  it("opens the follow-up form for a due customer from 今日跟进's 记录跟进", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await openPanel(page, "due");
    await page.click('li.kh-due[data-code="KH9001"] .kh-btn');
    await page.waitForSelector('.kh-chip[data-customer="KH9001"]');
    expect(await page.$eval("#kh-kind", (s) => (s as HTMLSelectElement).value)).toBe("followUps");
    expect(await page.$eval("#f-gradeAfter", (s) => (s as HTMLSelectElement).value)).toBe("B");
    expect(await page.$eval("#f-rep", (s) => (s as HTMLInputElement).value)).toBe("E001");
    expect(await page.textContent(".kh-preview")).toMatch(/^下次跟进：\d{4}-\d{2}-\d{2}（B 级，每 7 天）$/);
  }, 60_000);

  it("says in words which sheet Excel refused and why (a protected 跟进记录, a filtered table), and writes nothing", async () => {
    for (const [lang, arrange, text] of [
      ["zh-CN", "protect", "工作表“跟进记录”受保护，无法写入。请先撤销工作表保护"],
      ["en-US", "filter", "The table on “跟进记录” is filtered"],
    ] as const) {
      const page = await openTaskpane(browser, files, { scenario: "small", lang });
      await page.evaluate((how) => {
        const fake = (window as unknown as { __KH_TEST__: { fake: { sheet(n: string): { isProtected: boolean }; table(n: string): { filtered: boolean } } } }).__KH_TEST__.fake;
        if (how === "protect") fake.sheet("跟进记录").isProtected = true;
        else fake.table("KH_FollowUps").filtered = true;
      }, arrange);
      await openPanel(page, "due");
      await page.click('li.kh-due[data-code="KH9001"] .kh-btn');
      await page.waitForSelector('.kh-chip[data-customer="KH9001"]');
      await page.fill("#f-description", "电话确认下月订单");
      await page.fill("#f-result", "下月订 200 箱");
      const before = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rowCount("KH_FollowUps"));
      await page.click("#kh-submit");
      await page.waitForSelector(".kh-status .kh-msg.bad");
      const status = await page.textContent(".kh-status");
      expect(status).toContain(text);
      expect(status).not.toMatch(/AccessDenied|FilteredRangeConflict|RichApi/);
      await expectInViewport(page, ".kh-status .kh-msg.bad");
      expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rowCount("KH_FollowUps"))).toBe(before);
      await screenshot(page, `refused-${arrange}-${lang}`);
      await page.context().close();
    }
  }, 90_000);

  it("speaks English when Office's display language is English", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small", lang: "en-US" });
    expect(await page.textContent('.kh-tab[data-panel="due"]')).toBe("Due today");
    await openPanel(page, "register");
    expect(await page.textContent('label[for="f-description"]')).toContain("Description");
    await screenshot(page, "register-english");
  }, 60_000);

  it("opens a blank workbook on 首页, sets it up with one button, then adds the first customers", async () => {
    const page = await openTaskpane(browser, files, { scenario: "blank" }, { width: 320, height: 700 });
    // No panel to pick: the pane opens on 首页 by itself, with one button.
    expect(await page.getAttribute('.kh-tab[aria-selected="true"]', "data-panel")).toBe("home");
    expect(await page.getAttribute(".kh-home", "data-state")).toBe("none");
    expect(await page.$$eval(".kh-main button", (els) => els.map((e) => e.id))).toEqual(["kh-setup"]);
    await screenshot(page, "first-run-blank");
    await page.click("#kh-setup");
    await page.waitForSelector('.kh-home[data-state="ready"]');
    expect(await page.textContent(".kh-setup-result")).toContain("新建工作表：客户档案、往来帐");
    // A workbook made a 客户日志 opens the task pane with it from now on (the switch can turn it off).
    expect(await page.isChecked("#kh-autoshow")).toBe(true);
    expect(await page.textContent(".kh-first-customer")).toContain("客户档案");
    await screenshot(page, "home-set-up");
    await page.click("#kh-new-customer");
    await page.waitForSelector("#kh-customer-form");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-code");
    expect(await page.textContent(".kh-where")).toContain("客户保存在“客户档案”工作表");
    // The profile's topics come folded, as 客户档案's spec groups them.
    expect(await page.$$eval("#kh-customer-form details.kh-group > summary", (els) => els.map((e) => e.textContent))).toEqual(["联系与位置 (8)", "成交前景 (4)", "企业情况 (12)", "信用与结算 (4)", "往来与备注 (4)"]);
    await page.fill("#f-code", "KH0001");
    await page.fill("#f-name", "深圳市鑫源五金制品有限公司");
    await page.selectOption("#f-grade", "B");
    await page.fill("#f-rep", "E001");
    await page.click("#kh-add-customer");
    await page.waitForSelector(".kh-status .kh-msg.ok");
    expect(await page.textContent(".kh-status")).toContain("已添加客户：深圳市鑫源五金制品有限公司（KH0001），客户档案 第 2 行");
    await expectInViewport(page, ".kh-status .kh-msg.ok");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-code");
    expect(await page.textContent(".kh-where")).toContain("现有 1 个");
    await screenshot(page, "new-customer-added");
    // The same code again is refused beside the code, with what to type.
    await page.fill("#f-code", "kh0001");
    await page.fill("#f-name", "另一家");
    await page.fill("#f-rep", "E001");
    await page.click("#kh-add-customer");
    await page.waitForSelector(".kh-status .kh-msg.bad");
    expect(await page.textContent('[data-field="code"] .kh-error')).toBe("客户编码“kh0001”已被使用，请换一个未用过的编码");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-code");
    const customers = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("customers"));
    expect(customers.map((c) => [c.code, c.name, c.grade, c.rep])).toEqual([["KH0001", "深圳市鑫源五金制品有限公司", "B", "E001"]]);
    await screenshot(page, "new-customer-code-taken");
    expect(uncaughtErrors(page)).toEqual([]);
  }, 60_000);

  /**
   * What a user would see clipped at a task pane's real sizes: every visible badge, tab, button,
   * code and chip name whose text overflows its box, and every placeholder wider than its input.
   */
  async function clipped(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const out: string[] = [];
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null && el.getClientRects().length > 0;
      for (const el of document.querySelectorAll(".kh-badge, .kh-tab, button, .kh-code, .kh-chip-name, .kh-option, summary, label")) {
        if (!visible(el)) continue;
        if (el.scrollWidth > el.clientWidth + 0.5) out.push(`${el.className || el.tagName}: "${el.textContent}" ${el.scrollWidth} > ${el.clientWidth}`);
      }
      const canvas = document.createElement("canvas").getContext("2d")!;
      for (const input of document.querySelectorAll<HTMLInputElement>("input[placeholder]")) {
        if (!visible(input)) continue;
        const style = getComputedStyle(input);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const text = canvas.measureText(input.placeholder).width;
        if (text > room) out.push(`placeholder "${input.placeholder}" ${Math.ceil(text)} > ${Math.floor(room)}`);
      }
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`);
      return out;
    });
  }

  /** The tab bar is one row: every tab shown sits on the first row's line. */
  async function tabRows(page: Page): Promise<number> {
    return page.$$eval(".kh-nav .kh-tab", (tabs) => new Set(tabs.filter((t) => (t as HTMLElement).offsetParent !== null).map((t) => Math.round(t.getBoundingClientRect().top))).size);
  }

  for (const [width, lang] of [[320, "zh-CN"], [320, "en-US"], [400, "zh-CN"], [400, "en-US"]] as const) {
    it(`holds its layout at ${width} × 700 in ${lang}: no clipped text, one row of tabs, 登记 and its status in view`, async () => {
      const page = await openTaskpane(browser, files, { scenario: "demo", today: floatingNow().toISOString(), lang }, { width, height: 700 });
      const name = `${width}-${lang}`;
      await openPanel(page, "due");
      expect(await tabRows(page)).toBe(1);
      expect(await page.$$eval(".kh-due .kh-badge", (els) => els.length)).toBeGreaterThan(0);
      expect(await clipped(page)).toEqual([]);
      // Lists are lists: grade groups of due customers.
      expect(await page.$eval(".kh-due-group ul", (ul) => ul.querySelectorAll(":scope > li").length)).toBeGreaterThan(0);
      await screenshot(page, `layout-${name}-due`);
      // The overflow menu reaches every panel that did not fit.
      const hidden = await page.$$eval(".kh-nav .kh-tab[data-panel]", (tabs) => tabs.filter((t) => (t as HTMLElement).hidden).map((t) => t.getAttribute("data-panel")));
      if (hidden.length) {
        await page.click(".kh-tab-more");
        expect(await page.$$eval(".kh-tab-menu [role=menuitem]", (els) => els.map((e) => e.getAttribute("data-panel")))).toEqual(hidden);
        expect(await clipped(page)).toEqual([]);
        await screenshot(page, `layout-${name}-more-menu`);
        await page.keyboard.press("Escape");
      }
      await page.click(`li.kh-due[data-code="${HUAXIN.code}"] .kh-log-follow-up`);
      await idle(page);
      expect(await tabRows(page)).toBe(1);
      expect(await clipped(page)).toEqual([]);
      await screenshot(page, `layout-${name}-register`);
      await page.fill("#f-description", lang === "en-US" ? "Called about next month's order" : "电话确认下月订单");
      await page.fill("#f-result", lang === "en-US" ? "200 cases in January" : "一月订 200 箱");
      await expectInViewport(page, "#kh-submit");
      await page.click("#kh-submit");
      await page.waitForSelector(".kh-status .kh-msg.ok");
      await expectInViewport(page, ".kh-status .kh-msg.ok");
      expect(await page.isVisible("#kh-next-customer")).toBe(true);
      expect(await clipped(page)).toEqual([]);
      await screenshot(page, `layout-${name}-saved`);
      await openPanel(page, "customer");
      await page.fill(".kh-customer-search", "bjhx");
      expect(await clipped(page)).toEqual([]);
      await page.keyboard.press("Enter");
      await page.waitForSelector(".kh-events .kh-event");
      expect(await clipped(page)).toEqual([]);
      await screenshot(page, `layout-${name}-customer`);
      await openPanel(page, "handover");
      expect(await clipped(page)).toEqual([]);
      await screenshot(page, `layout-${name}-handover`);
      // the longest form, every step open; the audit's findings; 首页
      await openPanel(page, "register");
      await page.selectOption("#kh-kind", "complaints");
      await page.$$eval("details.kh-group", (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await page.$$eval("details.kh-group[open]", (ds) => ds.length)).toBe(8);
      expect(await clipped(page)).toEqual([]);
      await screenshot(page, `layout-${name}-complaint`);
      await openPanel(page, "audit");
      await page.click("#kh-run-audit");
      await page.waitForSelector(".kh-findings li", { timeout: 60_000 });
      expect(await clipped(page)).toEqual([]);
      await screenshot(page, `layout-${name}-audit`);
      await openPanel(page, "home");
      expect(await clipped(page)).toEqual([]);
      await screenshot(page, `layout-${name}-home`);
      expect(uncaughtErrors(page)).toEqual([]);
    }, 180_000);
  }

  it("picks a customer like a combobox: typing filters, arrows move, Enter picks without submitting, Escape clears", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" }, { width: 320, height: 700 });
    await openPanel(page, "register");
    // The search box has focus when 登记 opens.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("kh-customer-search");
    expect(await page.getAttribute(".kh-customer-search", "role")).toBe("combobox");
    const rowsBefore = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rowCount("KH_FollowUps"));
    // 登记 with no customer: the error sits beside the search box, focus goes there.
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.bad");
    expect(await page.textContent(".kh-customer-picker .kh-error")).toContain("请先选择客户");
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("kh-customer-search");
    expect(await page.getAttribute(".kh-customer-search", "aria-invalid")).toBe("true");
    await screenshot(page, "picker-no-customer");
    // Typing filters; the first match is active; arrows move.
    await page.keyboard.type("kh900");
    expect(await page.$$eval(".kh-customer-results [role=option]", (els) => els.map((e) => e.getAttribute("data-code")))).toEqual(["KH9001", "KH9002", "KH9003"]);
    const active = () => page.$eval(".kh-customer-search", (i) => document.getElementById(i.getAttribute("aria-activedescendant") ?? "")?.getAttribute("data-code"));
    expect(await active()).toBe("KH9001");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await active()).toBe("KH9003");
    await page.keyboard.press("ArrowUp");
    expect(await active()).toBe("KH9002");
    await screenshot(page, "picker-arrows");
    // Escape closes the list, a second Escape clears the text.
    await page.keyboard.press("Escape");
    expect(await page.$$eval(".kh-customer-results [role=option]", (els) => els.length)).toBe(0);
    expect(await page.getAttribute(".kh-customer-search", "aria-expanded")).toBe("false");
    await page.keyboard.press("Escape");
    expect(await page.inputValue(".kh-customer-search")).toBe("");
    // Enter picks the first match and submits nothing; the stale error and banner go; focus moves on.
    await page.keyboard.type("bjhx");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`.kh-chip[data-customer="${HUAXIN.code}"]`);
    expect(await page.textContent(".kh-customer-picker .kh-error")).toBe("");
    expect(await page.isVisible(".kh-status")).toBe(false);
    expect(await page.$$eval(".kh-field.invalid", (els) => els.length)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-description");
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rowCount("KH_FollowUps"))).toBe(rowsBefore);
    // The chip's 更换 stays on one line beside a long name.
    const change = await page.$eval(".kh-chip .kh-btn", (b) => ({ h: b.getBoundingClientRect().height, line: parseFloat(getComputedStyle(b).lineHeight) || 16 }));
    expect(change.h).toBeLessThan(change.line * 2 + 8);
    await screenshot(page, "picker-picked");
  }, 60_000);

  it("puts focus on the first bad field and ties each message to its field", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" }, { width: 320, height: 700 });
    await openPanel(page, "register");
    await page.keyboard.type("bjhx");
    await page.keyboard.press("Enter");
    await page.fill("#f-occurredAt", "");
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.bad");
    await expectInViewport(page, ".kh-status .kh-msg.bad");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-occurredAt");
    for (const [key, message] of [["occurredAt", "必填：请按 2026-12-02 10:18 的格式填写日期和时间"], ["description", "必填，不能为空"]]) {
      expect(await page.getAttribute(`#f-${key}`, "aria-invalid")).toBe("true");
      const describedBy = (await page.getAttribute(`#f-${key}`, "aria-describedby")) ?? "";
      expect(describedBy.split(" ")).toContain(`e-${key}`);
      expect(await page.textContent(`#e-${key}`)).toBe(message);
    }
    expect(await page.getAttribute("#f-source", "aria-invalid")).toBeNull();
    expect(await page.textContent(".kh-status")).toContain("请改正 2 个字段：发生时间、事件描述");
    await screenshot(page, "register-first-bad-field");
  }, 60_000);

  it("refuses what the workbook contradicts: an unknown rep, a date years ahead, a promise before the event, 已完成 with no result", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" }, { width: 400, height: 700 });
    await openPanel(page, "register");
    await page.keyboard.type("shhx");
    await page.keyboard.press("Enter");
    // One tab stop, shown the Chinese way.
    expect(await page.getAttribute("#f-occurredAt", "type")).toBe("text");
    expect(await page.inputValue("#f-occurredAt")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await page.fill("#f-rep", "E999");
    await page.fill("#f-occurredAt", "2030-01-01 09:00");
    await page.fill("#f-description", "电话回访");
    await page.fill("#f-promise", "送样品");
    await page.fill("#f-promiseDue", "2020-01-01");
    const before = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("followUps"));
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.bad");
    expect(await page.textContent("#e-rep")).toContain("员工表中没有工号“E999”，请填写在职员工的工号（如 E001、E002）");
    expect(await page.textContent("#e-occurredAt")).toMatch(/^2030-01-01 太靠后：最晚只能填 \d{4}-\d{2}-\d{2}（今天之后 1 天，见“设置”）$/);
    expect(await page.textContent("#e-promiseDue")).toBe("承诺期限 2020-01-01 早于发生时间 2030-01-01，请填写 2030-01-01 或之后的日期");
    expect(await page.textContent("#e-result")).toContain("必须填写结果");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-rep");
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("followUps"))).toEqual(before);
    await screenshot(page, "register-rules-refused");
    // a rep who has left 员工 (在职 否) is refused by name
    await page.fill("#f-rep", "E003");
    await page.click("#kh-submit");
    await page.waitForFunction(() => document.getElementById("e-rep")?.textContent?.includes("E003"));
    expect(await page.textContent("#e-rep")).toBe("王强（E003）已不在职，请填写在职员工的工号（如 E001、E002）");
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("followUps"))).toEqual(before);
  }, 60_000);

  it("warns while an order would take the customer over its credit limit, and still saves it, saying so", async () => {
    const page = await openTaskpane(browser, files, { scenario: "credit" });
    await openPanel(page, "register");
    await pickCustomer(page, "KH9003", "KH9003");
    await page.selectOption("#kh-kind", "transactions");
    await page.selectOption("#f-txType", "订单");
    await page.fill("#f-description", "订购 10 箱");
    // 4,000 owed: 1,000 more is the limit itself, 1,000.01 is over it
    await page.fill("#f-amount", "1000");
    await page.waitForTimeout(200);
    expect(await page.textContent(".kh-credit-warning")).toBe("");
    await page.fill("#f-amount", "1000.01");
    await page.waitForFunction(() => document.querySelector(".kh-credit-warning")?.textContent !== "");
    expect(await page.textContent(".kh-credit-warning")).toBe("订单¥1,000.01使欠款达¥5,000.01，超出信用额度¥5,000.00（下单前欠款¥4,000.00）。");
    await screenshot(page, "register-credit-warning");
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.ok");
    expect(await page.textContent(".kh-status .kh-credit-saved")).toBe("已登记，但超出信用额度：订单¥1,000.01使欠款达¥5,000.01，超出信用额度¥5,000.00（下单前欠款¥4,000.00）。");
    const rows = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rows("transactions"));
    expect(rows.map((r) => [r.customer, r.txType, r.amount])).toEqual([["KH9003", "发货", 4000], ["KH9003", "订单", 1000.01]]);
    // another customer, without a limit: no warning
    await page.click(".kh-change");
    await pickCustomer(page, "KH9002", "KH9002");
    await page.selectOption("#f-txType", "订单");
    await page.fill("#f-amount", "999999");
    await page.waitForTimeout(200);
    expect(await page.textContent(".kh-credit-warning")).toBe("");
    expect(uncaughtErrors(page)).toEqual([]);
  }, 60_000);

  it("is usable from the keyboard: arrows move along the tabs, Enter opens one; the 投诉 steps fold", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" });
    await page.focus('.kh-tab[aria-selected="true"]');
    expect(await page.getAttribute(".kh-tabs", "role")).toBe("tablist");
    const before = await page.evaluate(() => document.activeElement?.getAttribute("data-panel"));
    await page.keyboard.press("ArrowRight");
    const next = await page.evaluate(() => document.activeElement?.getAttribute("data-panel"));
    expect(next).not.toBe(before);
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-panel"))).toBe("home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await idle(page);
    expect(await page.getAttribute('.kh-tab[aria-selected="true"]', "data-panel")).toBe("register");
    await page.selectOption("#kh-kind", "complaints");
    expect(await page.$$eval("details.kh-group", (els) => els.map((d) => [d.querySelector("summary")!.textContent, (d as HTMLDetailsElement).open]))).toEqual([
      ["1 记录 (3)", true],
      ["2 判定 (2)", false],
      ["3 分派 (2)", false],
      ["4 分析 (2)", false],
      ["5 方案 (3)", false],
      ["6 审批 (2)", false],
      ["7 实施与反馈 (6)", false],
      ["8 总结 (5)", false],
    ]);
    await screenshot(page, "register-complaint-steps");
  }, 60_000);
  it("speaks English with correct plurals, names reps the English way and places rows in words, at 320 px", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small", lang: "en-US" }, { width: 320, height: 700 });
    await openPanel(page, "home");
    expect(await page.textContent(".kh-home")).toContain("3 customers · 3 events · 2 due today");
    await openPanel(page, "due");
    // every 1 day, every 7 days; n day(s) overdue as n says
    expect(await page.$$eval(".kh-due-group h3", (els) => els.map((e) => e.textContent))).toEqual(["Grade A (every 1 day)", "Grade B (every 7 days)"]);
    const badges = await page.$$eval(".kh-due .kh-badge", (els) => els.map((e) => e.textContent ?? ""));
    expect(badges).toHaveLength(2);
    for (const badge of badges) {
      const n = /^(\d+) days? overdue$/.exec(badge)?.[1];
      if (n) expect(badge).toBe(`${n} ${n === "1" ? "day" : "days"} overdue`);
      else expect(badge).toBe("due today");
    }
    expect(await page.$$eval(".kh-log-follow-up", (els) => els.map((e) => e.textContent))).toEqual(["Log follow-up", "Log follow-up"]);
    expect(await clipped(page)).toEqual([]);
    await screenshot(page, "english-due");
    // one customer handed over: singular, and "Name (ID)" with ASCII brackets
    await openPanel(page, "handover");
    await page.selectOption("#kh-handover-from", "E001");
    expect(await page.$eval("#kh-handover-from", (s) => (s as HTMLSelectElement).selectedOptions[0].textContent)).toBe("李娜 (E001) · 2 customers");
    await page.uncheck('.kh-handover-customers input[value="KH9003"]');
    await page.fill("#kh-handover-to", "e002");
    await page.click("#kh-handover-move");
    await page.waitForSelector("#kh-handover-confirm");
    expect(await page.textContent("#kh-handover-confirm")).toBe("Hand over 1 customer");
    expect(await page.textContent(".kh-handover-confirm p")).toMatch(/^1 customer will move from 李娜 \(E001\) to 张伟 \(E002\):/);
    expect(await clipped(page)).toEqual([]);
    await screenshot(page, "english-handover-one");
    await page.click("#kh-handover-cancel");
    // an error says which field and what to type, and counts fields in English
    await openPanel(page, "register");
    await page.keyboard.type("bjhx");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`.kh-chip[data-customer="${HUAXIN.code}"]`);
    await page.fill("#f-occurredAt", "next Tuesday");
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.bad");
    expect(await page.textContent("#e-occurredAt")).toBe('"next Tuesday" cannot be read: type a date and time like 2026-12-02 10:18');
    expect(await page.textContent("#e-description")).toBe("required: type what applies");
    expect(await page.textContent(".kh-status")).toContain("Nothing written yet. Fix 2 fields: Occurred at, Description");
    await page.fill("#f-occurredAt", "2026-03-05 10:00");
    await page.click("#kh-submit");
    await page.waitForFunction(() => document.getElementById("e-occurredAt")?.textContent === "");
    expect(await page.textContent(".kh-status")).toContain("Fix 1 field: Description");
    expect(await clipped(page)).toEqual([]);
    await screenshot(page, "english-errors");
    // the timeline says where a row is in words
    await openPanel(page, "customer");
    await page.keyboard.type("bjhx");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".kh-events .kh-event");
    expect(await page.textContent(".kh-events .kh-row-link")).toBe("Follow-ups row 2");
    expect(await clipped(page)).toEqual([]);
    expect(uncaughtErrors(page)).toEqual([]);
  }, 60_000);
  it("draws a customer's timeline as a list with dates the Chinese way and rows in words; a click selects the row", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" }, { width: 320, height: 700 });
    await openPanel(page, "customer");
    await page.keyboard.type("bjhx");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".kh-events .kh-event");
    expect(await page.$eval(".kh-events", (el) => [el.tagName, el.getAttribute("aria-label"), [...el.children].every((c) => c.tagName === "LI")])).toEqual(["UL", "客户时间线", true]);
    const meta = await page.$$eval(".kh-events .kh-event .meta", (els) => els.map((e) => e.textContent));
    expect(meta).toHaveLength(1);
    expect(meta[0]).toMatch(/^\d{4}-\d{2}-\d{2} 10:00 · E001 · 已完成 · 跟进记录 第 2 行$/);
    await page.click(".kh-events .kh-row-link");
    await page.waitForFunction(() => (window as unknown as TestWindow).__KH_TEST__.selections.length > 0);
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.selections)).toEqual([{ sheet: "跟进记录", address: "2:2" }]);
    await screenshot(page, "customer-timeline-rows");
  }, 60_000);

  it("takes a date and time in one tab stop, and opens a folded 投诉 step to show its bad field", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" }, { width: 320, height: 700 });
    await openPanel(page, "register");
    await page.keyboard.type("bjhx");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`.kh-chip[data-customer="${HUAXIN.code}"]`);
    // the field after 发生时间 in the form, in the page's own tab order
    const after = await page.$eval("#f-occurredAt", (el) => {
      const input = el as HTMLInputElement;
      const all = [...input.form!.querySelectorAll<HTMLElement>("input, select, textarea, button")].filter((e) => e.tabIndex >= 0 && e.offsetParent !== null);
      return all[all.indexOf(input) + 1].id;
    });
    await page.focus("#f-occurredAt");
    const typed = await page.inputValue("#f-occurredAt");
    // ↑ moves the date a day and stays in the box; Tab leaves it at once
    await page.keyboard.press("ArrowUp");
    expect(await page.inputValue("#f-occurredAt")).not.toBe(typed);
    expect(await page.inputValue("#f-occurredAt")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(after);
    expect(after).not.toBe("f-occurredAt");
    await page.selectOption("#kh-kind", "complaints");
    expect(await page.isVisible("#f-approvedAt")).toBe(false);
    await page.click('details.kh-group[data-group="6 审批"] > summary');
    expect(await page.isVisible("#f-approvedAt")).toBe(true);
    await page.fill("#f-approvedAt", "明天下午");
    await page.click('details.kh-group[data-group="6 审批"] > summary');
    expect(await page.isVisible("#f-approvedAt")).toBe(false);
    await page.selectOption("#f-complaintKind", "服务");
    await page.fill("#f-description", "送货员态度差");
    const before = await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rowCount("KH_Complaints"));
    await page.click("#kh-submit");
    await page.waitForSelector(".kh-status .kh-msg.bad");
    expect(await page.$eval('details.kh-group[data-group="6 审批"]', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-approvedAt");
    expect(await page.textContent("#e-approvedAt")).toBe("“明天下午”无法识别：请按 2026-12-02 10:18 的格式填写日期和时间");
    expect(await page.textContent(".kh-status")).toContain("审批时间");
    expect(await page.evaluate(() => (window as unknown as TestWindow).__KH_TEST__.rowCount("KH_Complaints"))).toBe(before);
    expect(await clipped(page)).toEqual([]);
    await screenshot(page, "complaint-folded-step-error");
  }, 60_000);

  it("after a save offers the next customer due in one click; long work says so in view until it is done", async () => {
    const page = await openTaskpane(browser, files, { scenario: "small" }, { width: 320, height: 700 });
    await openPanel(page, "due");
    expect(await page.textContent('li.kh-due[data-code="KH9001"] .kh-log-follow-up')).toBe("记录跟进");
    await page.click('li.kh-due[data-code="KH9001"] .kh-log-follow-up');
    await page.waitForSelector('.kh-chip[data-customer="KH9001"]');
    await page.fill("#f-description", "电话确认下月订单");
    await page.fill("#f-result", "下月订 200 箱");
    await page.click("#kh-submit");
    await page.waitForSelector("#kh-next-customer");
    expect(await page.textContent("#kh-next-customer")).toContain("上海华新贸易");
    await expectInViewport(page, "#kh-next-customer");
    await page.click("#kh-next-customer");
    await page.waitForSelector('.kh-chip[data-customer="KH9002"]');
    await idle(page);
    expect(await page.$eval("#kh-kind", (s) => (s as HTMLSelectElement).value)).toBe("followUps");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-description");
    // hold Excel's answers so the running state can be seen, then let them through
    await page.evaluate(() => {
      const w = window as unknown as { __KH_TEST__: { fake: { run: (b: unknown) => Promise<unknown> } }; khRelease?: () => void };
      const fake = w.__KH_TEST__.fake;
      const run = fake.run;
      const gate = new Promise<void>((resolve) => (w.khRelease = resolve));
      fake.run = (batch) => gate.then(() => run(batch));
    });
    await openPanel(page, "audit");
    await page.click("#kh-run-audit");
    await page.waitForSelector('.kh-status[data-kind="busy"]');
    expect(await page.textContent(".kh-status")).toContain("运行审计");
    await expectInViewport(page, ".kh-status .kh-msg.info");
    expect(await page.isDisabled("#kh-run-audit")).toBe(true);
    await screenshot(page, "audit-running");
    await page.evaluate(() => (window as unknown as { khRelease: () => void }).khRelease());
    await page.waitForSelector(".kh-status .kh-msg.ok");
    await expectInViewport(page, ".kh-status .kh-msg.ok");
    expect(await page.isDisabled("#kh-run-audit")).toBe(false);
    expect(uncaughtErrors(page)).toEqual([]);
  }, 60_000);
});
