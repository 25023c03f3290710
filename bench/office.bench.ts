import { logEvent } from "../src/app/log-event";
import { readLog } from "../src/app/read-log";
import { setupWorkbook } from "../src/app/setup";
import { seededRandom } from "../src/domain/ids";
import { utcDate } from "../src/domain/time";
import { OfficeWorkbook } from "../src/io/office/office-workbook";
import { encodeRecord } from "../src/workbook/codec/record";
import { followUpsSheet } from "../src/workbook";
import { createExcelFake, type ExcelFake } from "../tests/support/excel-fake";

/**
 * Round trips (context.sync calls) and the largest request per command of the Office.js adapter,
 * on the strict Excel fake with Excel on the web's limits (5 MB per request and per response),
 * at 100, 10,000 and 100,000 rows of log. What each command's syncs are:
 *  - set-up: 3 (what sheets and tables exist; their header rows; every write);
 *  - log an event: 3 (the sheet's headers, read by app/log-event.ts to encode the record; the
 *    table as it is now, read by the append in the same Excel.run it writes in, so a co-author's
 *    rows or columns added meanwhile are seen; the row itself, one 2-D array and the resize);
 *  - read everything: 1 on desktop Excel, and on the web 1 more per slice once one read's answer
 *    would pass 5 MB.
 * Targets: set-up ≤ 4, log ≤ 3, read ≤ 2 below 5 MB, no request over 4 MB.
 */
const SIZES = [100, 10000, 100000];
const NOW = utcDate(2026, 11, 23, 9, 30);

async function workbookWithLog(rows: number, responseBytes: number): Promise<{ fake: ExcelFake; port: OfficeWorkbook }> {
  const fake = createExcelFake({ responseBytes });
  const port = new OfficeWorkbook(fake.run);
  await setupWorkbook(port);
  const headers = (await port.readHeaders([followUpsSheet.name]))[followUpsSheet.name]!;
  const random = seededRandom(42);
  const data = Array.from({ length: rows }, (_, i) =>
    encodeRecord(
      followUpsSheet,
      {
        id: `GJ2611${String(i).padStart(6, "0")}`,
        customer: `C${String(i % 2000).padStart(4, "0")}`,
        rep: `S${String(i % 40).padStart(3, "0")}`,
        department: "华东一部",
        occurredAt: utcDate(2026, 1 + (i % 11), 1 + (i % 28), 9 + (i % 9), (i * 7) % 60),
        source: "电话",
        serviceType: "回访",
        description: `第${i}次回访：客户反馈包装破损，要求换货，已登记${Math.floor(random() * 100)}件`,
        result: "已安排换货",
        gradeAfter: "ABCDE"[i % 5],
        status: "已完成",
        satisfaction: "满意",
      },
      headers,
    ),
  );
  // Arranged straight in the fake (not measured): the rows a workbook already holds.
  fake.put(followUpsSheet.name, "A2", data);
  const table = fake.table(followUpsSheet.table);
  table.rect = { ...table.rect, rows: rows + 1 };
  fake.stats.reset();
  return { fake, port };
}

/** What each command's syncs are for (see the header); printed beside the count. */
const SYNCS_OF: Record<string, string> = {
  setup: "what exists, header rows, writes",
  log: "headers, table as it is now, the row",
  read: "every table in one batch, more only in slices",
};

function line(print: (line: string) => void, what: string, rows: number, fake: ExcelFake): void {
  const kb = Math.ceil(fake.stats.maxRequestBytes / 1024);
  print(`syncs ${what} n=${rows} log rows: ${fake.stats.syncs} syncs (${SYNCS_OF[what]}), max request ${kb} KB`);
}

export async function run(print: (line: string) => void): Promise<void> {
  for (const rows of SIZES) {
    const { fake, port } = await workbookWithLog(rows, 5 * 1024 * 1024);
    await setupWorkbook(port);
    line(print, "setup", rows, fake);
    fake.stats.reset();
    const logged = await logEvent(port, "followUps", { customer: "C0001", rep: "S001", occurredAt: NOW, description: "=1+1 不是公式", gradeAfter: "B", status: "已完成" }, NOW, seededRandom(1));
    if (!logged.ok) throw new Error("bench: the event was refused");
    line(print, "log", rows, fake);
    fake.stats.reset();
    const log = await readLog(port);
    if (log.followUps.length !== rows + 1) throw new Error(`bench: read ${log.followUps.length} follow-ups, expected ${rows + 1}`);
    line(print, "read", rows, fake);
    const limit = fake.limits.responseBytes;
    const accepted = fake.stats.records.filter((r) => r.responseBytes <= limit).reduce((m, r) => Math.max(m, r.responseBytes), 0);
    const refused = fake.stats.records.filter((r) => r.responseBytes > limit);
    print(`max response read n=${rows}: ${Math.ceil(accepted / 1024)} KB (Excel on the web refuses over ${limit / 1024} KB: ${refused.length ? `the one-go read of ${Math.ceil(refused[0].responseBytes / 1024)} KB was refused, then read in slices` : "read in one go"})`);

    const desktop = await workbookWithLog(rows, Infinity);
    await readLog(desktop.port);
    print(`syncs read on desktop Excel (no response limit) n=${rows}: ${desktop.fake.stats.syncs} syncs, response ${Math.ceil(desktop.fake.stats.maxResponseBytes / 1024)} KB`);
  }
}

if (require.main === module) {
  run((l) => console.log(l)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
