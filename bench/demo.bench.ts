/**
 * The demo log of `kehu demo`: generating it for 300 and 2,000 customers, against encoding the
 * same records to cells (what writing the workbook costs at least), measured in the same run.
 */
import { generateDemoLog } from "../src/demo";
import { sheetByKey } from "../src/workbook";
import { encodeRecordInSpecOrder } from "../src/workbook/codec/record";
import { median } from "./timing";

type Print = (line: string) => void;


export async function run(print: Print): Promise<void> {
  const today = new Date(Date.UTC(2026, 10, 23, 10, 30));
  for (const customers of [300, 2000]) {
    const log = generateDemoLog({ customers, seed: 1, today });
    const rows = Object.values(log.records).reduce((s, r) => s + r.length, 0);
    const generate = median(() => generateDemoLog({ customers, seed: 1, today }), customers > 1000 ? 3 : 5);
    const encode = median(() => {
      for (const [key, records] of Object.entries(log.records)) {
        const spec = sheetByKey(key)!;
        for (const r of records) encodeRecordInSpecOrder(spec, r);
      }
    }, 3);
    print(`demo generate n=${customers} customers (${rows} rows): ${generate.toFixed(0)} ms (encode-to-cells baseline ${encode.toFixed(0)} ms, ${(generate / encode).toFixed(2)}x)`);
  }
}
