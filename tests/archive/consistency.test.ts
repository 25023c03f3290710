import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runAppraisal } from "../../src/app/appraisal";
import type { AppraisalRow } from "../../src/domain/appraisal";
import { runAudit } from "../../src/app/audit";
import { parsePeriod } from "../../src/domain/periods";
import { readLog } from "../../src/app/read-log";
import { ArchivePort } from "../../src/archive/archive-port";
import { monthReport, type MonthFigures } from "../../src/archive/report";
import { archivedStaff, resolveScope, type ScopeRequest } from "../../src/archive/scope";
import { archiveAppraisal, archiveAudit, archiveTop } from "../../src/archive/scoped-runs";
import { topN, type TopLog, type TopOptions, type TopResult } from "../../src/domain/top";
import { sameStaffId } from "../../src/domain/staff-roster";
import { syncFiles } from "../../src/archive/sync";
import type { Finding } from "../../src/domain/audit";
import { SALES_TX_TYPE } from "../../src/domain/vocabulary";
import { PAYMENT_TX_TYPE } from "../../src/domain/receivables/ledger";
import { XlsxReader } from "../../src/io/xlsx/fast-read";
import { writeDemoWorkbooks } from "../support/demo-workbooks";
import { BACKENDS, emptyArchive, MADE_AT } from "./support";

// PGlite starts in seconds, and CI machines are shared: these tests are slow, never timed.
jest.setTimeout(900_000);

const TODAY = new Date(Date.UTC(2026, 10, 23));
const dir = mkdtempSync(join(tmpdir(), "kehu-archive-consistency-"));
let files: string[];

/** A finding without the row it points at, in its cell or its text (archive rows have no Excel row numbers of their own). */
const key = (f: Finding) => `${f.rule}|${f.severity}|${f.customer}|${f.rep}|${f.message.zh.replace(/第\d+行/g, "第…行")}`;

/** The month figures computed from the workbooks themselves, record by record. */
async function workbookMonth(year: number, month: number): Promise<MonthFigures[]> {
  const byRep = new Map<string, MonthFigures>();
  const of = (rep: string) => byRep.get(rep) ?? byRep.set(rep, { rep, orders: 0, payments: 0, followUps: 0, complaints: 0 }).get(rep)!;
  const inMonth = (d: Date) => d.getUTCFullYear() === year && d.getUTCMonth() + 1 === month;
  for (const file of files) {
    const log = await readLog(await XlsxReader.open(file));
    for (const { record: t } of log.transactions) {
      if (!inMonth(t.occurredAt)) continue;
      if (t.txType === SALES_TX_TYPE) of(t.rep).orders += t.amount;
      else if (t.txType === PAYMENT_TX_TYPE) of(t.rep).payments += t.amount;
      else of(t.rep);
    }
    for (const { record: f } of log.followUps) if (inMonth(f.occurredAt)) of(f.rep).followUps++;
    for (const { record: c } of log.complaints) if (inMonth(c.occurredAt)) of(c.rep).complaints++;
  }
  return [...byRep.values()].sort((a, b) => (a.rep < b.rep ? -1 : 1));
}

const rounded = (rows: MonthFigures[]) => rows.map((r) => ({ ...r, orders: Math.round(r.orders * 100), payments: Math.round(r.payments * 100) }));

beforeAll(async () => {
  files = await writeDemoWorkbooks(dir, 10, 120, 21, MADE_AT);
});

describe.each(BACKENDS)("archive figures equal workbook figures on a 10-workbook demo, on %s", (_label, backend) => {
  test("the company audit, rep and supervisor scopes, and every month's report", async () => {
    const db = await emptyArchive(await backend("kh_test_consistency"));
    try {
      // One workbook archived: the archive's audit is that workbook's audit, every rule.
      await syncFiles(db, files.slice(0, 1), { now: new Date(Date.UTC(2026, 10, 22, 18)) });
      const alone = (await runAudit(await XlsxReader.open(files[0]), TODAY)).result.findings;
      expect((await runAudit(new ArchivePort(db), TODAY)).result.findings.map(key).sort()).toEqual(alone.map(key).sort());

      const synced = await syncFiles(db, files, { now: new Date(Date.UTC(2026, 10, 23, 18)) });
      expect(synced.map((s) => s.status)).toEqual(["unchanged", ...files.slice(1).map(() => "new")]);

      // The company: every rule judged per customer gives the same findings as the workbooks one by
      // one. ABC classes are relative to the customers judged together (a customer is A among its
      // rep's 12 but B among the company's 120), so sales.abcMismatch is compared above, per workbook;
      // a grade finding's words may name the class too ("属A类客户"), so of sales.gradeMismatch the
      // customers are compared (every grade the demo plants also has a reason of its own: its orders).
      const absolute = (f: Finding) => f.rule !== "sales.abcMismatch";
      const keyOf = (f: Finding) => (f.rule === "sales.gradeMismatch" ? `${f.rule}|${f.customer}|${f.rep}` : key(f));
      const perWorkbook: Finding[] = [];
      for (const file of files) perWorkbook.push(...(await runAudit(await XlsxReader.open(file), TODAY)).result.findings);
      const company = await runAudit(new ArchivePort(db), TODAY);
      expect(company.log.problems).toEqual([]);
      expect(company.result.findings.filter(absolute).map(keyOf).sort()).toEqual(perWorkbook.filter(absolute).map(keyOf).sort());
      expect(company.result.findings.length).toBeGreaterThan(0);

      // A rep's scope holds that rep's customers and events: their customer findings are the rep's own.
      const rep = company.result.findings[0].rep;
      const scoped = await archiveAudit(db, await resolveScope(db, { rep }), TODAY);
      expect(scoped.result.findings.length).toBeGreaterThan(0);
      expect(new Set(scoped.result.findings.map((f) => f.rep))).toEqual(new Set([rep]));

      // The manager at the top of 员工 sees everyone; a rep sees only themselves.
      const top = await resolveScope(db, { as: "S001" });
      expect(top.reps?.size).toBeGreaterThan(8);
      expect((await resolveScope(db, { as: rep })).reps).toEqual(new Set([rep]));
      expect((await resolveScope(db, { rep: "S001", as: rep })).reps).toEqual(new Set());

      // Departments from the archived 部门 tree: 客服部 alone holds its 经理; with the groups below it, everyone.
      const everyone = (await archivedStaff(db)).map((s) => s.id).sort();
      const sorted = (s: Set<string> | undefined) => [...(s ?? [])].sort();
      expect(sorted((await resolveScope(db, { department: "客服部" })).reps)).toEqual(["S001"]);
      expect(sorted((await resolveScope(db, { department: "D01", withSub: true })).reps)).toEqual(everyone);
      const group = await resolveScope(db, { department: "华东客服组", withSub: true });
      expect(group.label).toBe("部门 华东客服组（含下级部门）");
      expect(group.reps?.size).toBeGreaterThan(0);
      expect(group.reps?.has("S001")).toBe(false);
      expect(sorted((await resolveScope(db, { department: "D02" })).reps)).toEqual(sorted(group.reps));
      // The 经理 at the top sees the whole group; a rep of another group sees none of it.
      expect(sorted((await resolveScope(db, { department: "D02", as: "S001" })).reps)).toEqual(sorted(group.reps));
      const outsider = everyone.find((id) => id !== "S001" && !group.reps!.has(id))!;
      expect((await resolveScope(db, { department: "D02", withSub: true, as: outsider })).reps).toEqual(new Set());
      const groupAudit = await archiveAudit(db, group, TODAY);
      expect(groupAudit.result.findings.length).toBeGreaterThan(0);
      for (const f of groupAudit.result.findings) expect(group.reps!.has(f.rep!)).toBe(true);

      // 业绩考核 through the same app code: the archive's rows equal the workbooks' rows, figure by figure.
      const quarter = parsePeriod("2026-Q4")!;
      const fromBooks = await runAppraisal(files.map((f) => () => XlsxReader.open(f)), quarter, TODAY);
      const fromArchive = await runAppraisal([async () => new ArchivePort(db)], quarter, TODAY);
      const byRep = <T extends { rep: string }>(rows: T[]) => [...rows].sort((a, b) => (a.rep < b.rep ? -1 : 1));
      // Money to the cent (sums in another order differ in the last bits). The sales family's findings
      // include ABC classes, relative to the customers judged together (see above), so they and the
      // score they cost are compared apart: every other family and figure must be equal.
      const cents = (x: number) => Math.round(x * 100);
      const fixed = (x: number | undefined) => x?.toFixed(9);
      const comparable = (r: AppraisalRow) => ({
        ...r,
        sales: cents(r.sales),
        collections: cents(r.collections),
        salesScore: fixed(r.salesScore),
        collectionRate: fixed(r.collectionRate),
        findings: r.findings - r.byFamily.sales,
        byFamily: { ...r.byFamily, sales: undefined },
        score: undefined,
        rank: undefined,
      });
      expect(fromArchive.rows.length).toBeGreaterThan(5);
      expect(fromArchive.rows.some((r) => r.followUpGaps > 0 && r.feedbackJudged > 0 && r.sales > 0)).toBe(true);
      expect(byRep(fromArchive.rows).map(comparable)).toEqual(byRep(fromBooks.rows).map(comparable));
      expect(fromArchive.departments).toEqual(fromBooks.departments);
      expect(fromArchive.weights).toEqual(fromBooks.weights);
      // A department with its groups: its reps' rows as the company's, ABC classes included (the evidence is the company's).
      const scopedRun = await archiveAppraisal(db, group, quarter, TODAY);
      expect(scopedRun.rows.length).toBe(group.reps!.size);
      const unranked = (r: AppraisalRow) => ({ ...r, score: undefined, rank: undefined, ranked: undefined });
      expect(byRep(scopedRun.rows).map(unranked)).toEqual(byRep(fromArchive.rows.filter((r) => group.reps!.has(r.rep))).map(unranked));

      // Every scope: its reps' figures (appraisal, findings, month report, TopN) are those the workbooks give for them. A scope chooses whose
      // figures are shown, not which rows are evidence: a customer's follow-ups logged by a rep
      // outside the scope (a handover, the 经理's visit) still close that customer's gaps.
      const scopes: ScopeRequest[] = [
        { department: "D02" },
        { department: "华北客服组", withSub: true },
        { department: "客服部" },
        { department: "D01", withSub: true },
        { as: "S002" },
        { department: "D04", as: "S001" },
        { rep: "S005" },
      ];
      const october = await workbookMonth(2026, 10);
      // TopN over the workbooks together: every workbook's rows in one log (each customer lives in one).
      const logs = await Promise.all(files.map(async (f) => readLog(await XlsxReader.open(f))));
      const together: TopLog = {
        ...logs[0],
        customers: logs.flatMap((l) => l.customers),
        transactions: logs.flatMap((l) => l.transactions),
        invoices: logs.flatMap((l) => l.invoices),
        returns: logs.flatMap((l) => l.returns),
        complaints: logs.flatMap((l) => l.complaints),
        followUps: logs.flatMap((l) => l.followUps),
      };
      const tops: Omit<TopOptions, "reps">[] = [
        { by: "balance", of: "customers", n: 15, period: quarter },
        { by: "follow-ups", of: "categories", n: 15, period: quarter, compare: "yoy" },
        { by: "sales", of: "reps", n: 15, period: quarter, compare: "pop" },
        { by: "complaints", of: "customers", n: 15, period: parsePeriod("2026")! },
      ];
      const ranking = (r: TopResult) => ({ entries: r.entries, total: r.total, ranked: r.ranked, base: r.base });
      let ranked = 0;
      for (const request of scopes) {
        const scope = await resolveScope(db, request);
        const inScope = (rep: string | undefined) => rep !== undefined && [...scope.reps!].some((r) => sameStaffId(r, rep));
        const books = await runAppraisal(files.map((f) => () => XlsxReader.open(f)), quarter, TODAY, { reps: scope.reps });
        const archived = await archiveAppraisal(db, scope, quarter, TODAY);
        expect(books.rows.length).toBeGreaterThan(0);
        expect({ request, rows: byRep(archived.rows).map(comparable) }).toEqual({ request, rows: byRep(books.rows).map(comparable) });
        expect({ request, departments: archived.departments }).toEqual({ request, departments: books.departments });
        const audited = (await archiveAudit(db, scope, TODAY)).result.findings;
        expect(audited.every((f) => inScope(f.rep))).toBe(true);
        const expected = perWorkbook.filter((f) => absolute(f) && inScope(f.rep)).map(keyOf).sort();
        expect({ request, findings: audited.filter(absolute).map(keyOf).sort() }).toEqual({ request, findings: expected });
        expect({ request, month: rounded(await monthReport(db, 2026, 10, scope.reps)) }).toEqual({ request, month: rounded(october.filter((r) => inScope(r.rep))) });
        for (const top of tops) {
          const expected = topN(together, { ...top, reps: scope.reps });
          if (expected.ranked > 0) ranked++;
          expect({ request, top, ranking: ranking(await archiveTop(db, scope, top)) }).toEqual({ request, top, ranking: ranking(expected) });
        }
      }
      expect(ranked).toBeGreaterThan(scopes.length * 2);

      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2025, 11 + m, 1));
        const [y, mo] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
        expect(rounded(await monthReport(db, y, mo))).toEqual(rounded(await workbookMonth(y, mo)));
      }
    } finally {
      await db.close();
    }
  });
});
