import { createHash, type Hash } from "crypto";
import type { TableData } from "../io/port";
import { SHEETS } from "../workbook";
import type { Cell } from "../workbook/cell";
import { normalized, planOf } from "./sheet-rows";

const BLOCK = 8192;
const TEXT_BLOCK = 1 << 16;

/** Cell types as written to the type stream; RowEnd closes each row, Absent stands for a missing sheet. */
const Tag = { RowEnd: 0, Text: 1, Number: 2, Null: 3, True: 4, False: 5, Absent: 6 } as const;
type Tag = (typeof Tag)[keyof typeof Tag];

/**
 * The tables written as three streams, each into its own hash: the cells' types (row ends
 * included), numbers (a text's length, a number's value, as float64), and the texts one after the
 * other. From the three the tables can be written back exactly, so equal digests mean equal tables.
 * No cell is turned into a string of its own: over the 10 demo workbooks of bench/archive.bench.ts
 * this took a third of the time of JSON.stringify on the rows and hashing that.
 */
class TableHasher {
  private readonly typeHash: Hash = createHash("sha1");
  private readonly numberHash: Hash = createHash("sha1");
  private readonly textHash: Hash = createHash("sha1");
  private readonly types = new Uint8Array(BLOCK);
  private readonly numbers = new Float64Array(BLOCK);
  private typeCount = 0;
  private numberCount = 0;
  private text = "";

  tag(tag: Tag): void {
    this.types[this.typeCount++] = tag;
    if (this.typeCount === BLOCK) {
      this.typeHash.update(this.types);
      this.typeCount = 0;
    }
  }

  number(value: number): void {
    this.numbers[this.numberCount++] = value;
    if (this.numberCount === BLOCK) {
      this.numberHash.update(this.numbers);
      this.numberCount = 0;
    }
  }

  row(cells: readonly Cell[]): void {
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v === "string") {
        this.tag(Tag.Text);
        this.number(v.length);
        this.text += v;
      } else if (typeof v === "number") {
        this.tag(Tag.Number);
        this.number(v);
      } else if (v === null || v === undefined) this.tag(Tag.Null);
      else this.tag(v ? Tag.True : Tag.False);
    }
    this.tag(Tag.RowEnd);
    if (this.text.length > TEXT_BLOCK) {
      this.textHash.update(this.text, "utf16le");
      this.text = "";
    }
  }

  digest(): string {
    this.typeHash.update(this.types.subarray(0, this.typeCount));
    this.numberHash.update(this.numbers.subarray(0, this.numberCount));
    this.textHash.update(this.text, "utf16le");
    return [this.typeHash, this.numberHash, this.textHash].map((h) => h.digest("base64")).join("");
  }
}

/** Names how the tables are hashed: another way of hashing them compares every workbook again. */
const DIGEST_VERSION = "tables/2";

/**
 * One digest of the named sheets' tables as the archive reads them into rows, before any row is
 * keyed or hashed: what lets sync pass a file whose rows equal the ones it archived last without
 * building a row (src/archive/sync.ts). Each sheet is hashed through the plan its rows are built with
 * (sheet-rows.ts planOf): the cells the row's names are read from, in the plan's order, every cell
 * with its type. So what the rows do not depend on leaves the digest alone too: columns moved, a
 * column without a header, a header spelled another way that finds the same column, rows blank in
 * every column kept, a number's 16th and 17th digit (numbers are taken to 15 significant digits as
 * rows take them: another writer's date-times). Equal digests give equal rows; any kept cell edited
 * gives another digest. `prefix` names how the tables are read into rows
 * (snapshot.ts READING_SIGNATURE), so a kehu that reads them differently compares again.
 */
export function tablesDigest(prefix: string, sheets: readonly string[], tables: Record<string, TableData | undefined>): string {
  const hasher = new TableHasher();
  hasher.row([DIGEST_VERSION, prefix, ...sheets]);
  for (const name of sheets) {
    const table = tables[name];
    const spec = SHEETS.find((s) => s.name === name);
    if (!table || !spec) {
      hasher.tag(Tag.Absent);
      continue;
    }
    const plan = planOf(spec, table.headers);
    hasher.row(plan.names);
    hasher.row(plan.sources.map((from) => from.length));
    hasher.row(plan.added);
    const columns = plan.sources.flat();
    const cells: Cell[] = new Array<Cell>(columns.length);
    for (const row of table.rows) {
      let blank = true;
      for (let c = 0; c < columns.length; c++) {
        const v = row[columns[c]];
        cells[c] = v === undefined || v === "" ? null : typeof v === "number" && !Number.isInteger(v) ? normalized(v) : v;
        if (cells[c] !== null) blank = false;
      }
      if (!blank) hasher.row(cells);
    }
    hasher.tag(Tag.Absent);
  }
  return hasher.digest();
}
