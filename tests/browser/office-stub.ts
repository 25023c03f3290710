/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests:
 * `Office`, `Excel` and `CustomFunctions` globals where `Excel.run` is the strict Excel fake
 * (tests/support/excel-fake). The task pane's production bundle then runs unchanged: its Office
 * host builds the real Office adapter over this Excel. Before Office.onReady resolves, the fake
 * workbook is filled with the scenario named in the page's query string:
 *   ?scenario=small   set up, three known customers and a few follow-ups
 *   ?scenario=credit  the small one, with KH9003 owing 4,000 of its 5,000 信用额度
 *   ?scenario=demo    set up, the demo generator's log (seed, customers, today) plus 北京华信;
 *                     &customers=1200 sizes it
 *   ?scenario=blank   an empty workbook (Sheet1 only)
 */
import { createExcelFake } from "../support/excel-fake";
import { OfficeWorkbook } from "../../src/io/office/office-workbook";
import { setupWorkbook } from "../../src/app/setup";
import { appendRecords } from "../../src/app/write-log";
import { readLog } from "../../src/app/read-log";
import { generateDemoLog } from "../../src/demo";
import { scenarioRecords } from "./scenarios";

// The fake measures payloads with Node's Buffer.byteLength; the browser has TextEncoder.
const utf8 = new TextEncoder();
(globalThis as { Buffer?: unknown }).Buffer ??= { byteLength: (text: string) => utf8.encode(text).length };

const params = new URLSearchParams(location.search);
const fake = createExcelFake();
const port = new OfficeWorkbook((batch) => fake.run(batch));
const selections: { sheet: string; address: string }[] = [];

async function arrange(): Promise<void> {
  const scenario = params.get("scenario") ?? "small";
  if (scenario === "blank") return;
  await setupWorkbook(port);
  const today = new Date(params.get("today") ?? Date.now());
  const customers = Number(params.get("customers") ?? "") || undefined;
  const records = scenarioRecords(scenario, today, (options) => generateDemoLog(options).records, customers);
  await appendRecords(port, records);
  fake.stats.reset();
}

const ready = arrange();

// Document settings persist across reloads of the page (as they persist in the workbook file).
const SETTINGS_KEY = "kh-test-document-settings";
const documentSettings = new Map<string, unknown>(JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? "[]") as [string, unknown][]);

const officeStub = {
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return ready.then(() => {
      // Where "Office is ready" for the bench's ready-to-drawn figure (bench/taskpane-day.bench.ts).
      performance.mark("kh:office-ready");
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return info;
    });
  },
  context: {
    displayLanguage: params.get("lang") ?? "zh-CN",
    document: {
      settings: {
        get: (key: string) => (documentSettings.has(key) ? documentSettings.get(key) : null),
        set: (key: string, value: unknown) => void documentSettings.set(key, value),
        remove: (key: string) => void documentSettings.delete(key),
        saveAsync(callback?: (result: { status: string }) => void) {
          sessionStorage.setItem(SETTINGS_KEY, JSON.stringify([...documentSettings]));
          callback?.({ status: "succeeded" });
        },
      },
    },
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
};

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

// Selecting a range is recorded here too, so a test can see what the task pane selected.
const excelStub = {
  run(optionsOrBatch: unknown, maybeBatch?: unknown) {
    const batch = (typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch) as (ctx: Excel.RequestContext) => Promise<unknown>;
    return fake.run(async (ctx) => {
      const worksheets = ctx.workbook.worksheets;
      const getItem = worksheets.getItem.bind(worksheets);
      (worksheets as { getItem: typeof getItem }).getItem = (name: string) => {
        const sheet = getItem(name);
        const getRange = sheet.getRange.bind(sheet);
        (sheet as { getRange: typeof getRange }).getRange = (address?: string) => {
          const range = getRange(address);
          const select = range.select.bind(range);
          (range as { select: () => void }).select = () => {
            selections.push({ sheet: name, address: address ?? "" });
            select();
          };
          return range;
        };
        return sheet;
      };
      return batch(ctx);
    });
  },
};

Object.assign(globalThis, {
  Office: officeStub,
  Excel: excelStub,
  CustomFunctions: {
    associate: () => undefined,
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  },
  /** What the tests inspect: the fake workbook and the selections the task pane made. */
  __KH_TEST__: {
    ready,
    fake,
    selections,
    async rows(sheetKey: string) {
      const log = await readLog(port);
      return (log[sheetKey as keyof typeof log] as unknown as { row: number; record: Record<string, unknown> }[]).map((r) => ({ row: r.row, ...r.record }));
    },
    sheetNames: () => port.sheetNames(),
    /** Rows of a table's body in the fake, blank ones included (Excel keeps one in an empty table). */
    async rowCount(table: string) {
      return fake.table(table).rect.rows - 1;
    },
  },
});
