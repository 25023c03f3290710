/**
 * What the issue of the rules at their edges is done by, on the file `kehu demo` writes: the counts
 * the demo prints (its --json `planted`, the same figures as its text) equal what `kehu audit` finds
 * in that file, rule by rule (src/demo/audited.ts says which planted kinds each rule finds), every
 * rule has at least one planted case, and `kehu routes` on it has no route wider than 设置's span.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { expectedFindings, generateDemoLog } from "../../src/demo";
import type { Customer, Staff } from "../../src/workbook";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { RULE_IDS, type RuleId } from "../../src/domain/audit";

async function run(args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  const out: string[] = [];
  const code = await main(args, { out: (s: string) => void out.push(s), err: () => undefined });
  return { code, json: JSON.parse(out.join("\n")) };
}

const dir = mkdtempSync(join(tmpdir(), "kehu-demo-audit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the demo's printed counts are what kehu audit finds, rule by rule, and kehu routes keeps every route within the span limit", async () => {
  const file = join(dir, "demo.xlsx");
  const demo = await run(["demo", "--out", file, "--today", "2026-11-23", "--json"]);
  expect(demo.code).toBe(0);
  const expected = expectedFindings(demo.json.planted as Record<string, number>);
  expect(RULE_IDS.filter((r) => expected[r] === 0)).toEqual([]);

  const audit = await run(["audit", file, "--today", "2026-11-23", "--json"]);
  expect(audit.code).toBe(1);
  const [book] = audit.json.workbooks as { findings: { rule: RuleId; customer?: string; rep: string; sheet: string; cell: string; message: string }[] }[];
  const found = Object.fromEntries(RULE_IDS.map((r) => [r, 0])) as Record<RuleId, number>;
  for (const f of book.findings) found[f.rule]++;
  expect(found).toEqual(expected);
  // the grade rule's three reasons each planted: below B while ordering monthly, ABC A graded D, E still ordering
  const grades = book.findings.filter((f) => f.rule === "sales.gradeMismatch").map((f) => f.message);
  for (const why of ["每月都有订单，等级应不低于B", "属A类客户，不应评为D", "以来仍有订单"]) expect(grades.filter((m) => m.includes(why))).not.toEqual([]);
  // every ABC duty planted: an A customer without its manager's visit, a B one without its letter or survey, a B one without its visit
  const duties = book.findings.filter((f) => f.rule === "abc.duty").map((f) => f.message);
  for (const why of [/^A类客户：每6个月应有一次主管拜访/, /^B类客户：.*每6个月应有一次信函或问卷/, /^B类客户：.*每12个月应有一次拜访/]) expect(duties.filter((m) => why.test(m))).not.toEqual([]);
  // the lapse that began before the handover is charged to the rep who left, not to the customer's rep now
  const same = generateDemoLog({ customers: demo.json.customers as number, seed: demo.json.seed as number, today: new Date(Date.UTC(2026, 10, 23)) });
  expect(same.planted).toEqual(demo.json.planted);
  const holder = new Map((same.records.customers as unknown as Customer[]).map((c) => [c.code, c.rep]));
  const left = new Set((same.records.staff as unknown as Staff[]).filter((s) => !s.active).map((s) => s.id));
  const across = same.plantedIn.lapseBeforeHandover;
  expect(across.length).toBe(1);
  for (const code of across) {
    const lapses = book.findings.filter((f) => f.rule === "cadence.lapse" && f.customer === code);
    expect(lapses.map((f) => left.has(f.rep) && f.rep !== holder.get(code))).toEqual([true]);
  }
  // each finding names its cell
  for (const f of book.findings) expect(`${f.sheet}!${f.cell}`).toMatch(/^[^!]+![A-Z]+\d+$/);

  const routes = await run(["routes", file, "--today", "2026-11-23", "--json"]);
  expect(routes.code).toBe(0);
  const { maxSpanKm, routes: list } = routes.json as { maxSpanKm: number; routes: { route: string; spanKm?: number }[] };
  expect(maxSpanKm).toBe(DEFAULT_SETTINGS.routes.maxSpanKm);
  const located = list.filter((r) => r.spanKm !== undefined);
  expect(located.length).toBeGreaterThan(10);
  expect(located.filter((r) => r.spanKm! > maxSpanKm).map((r) => `${r.route} ${r.spanKm} km`)).toEqual([]);
}, 300_000);
