import {
  calendarFromSettings,
  cadenceDays,
  cadenceTableFrom,
  daysOverdueDay,
  DEFAULT_CADENCE,
  gradeFromOutlookDay,
  gradeHorizons,
  nextDueDay,
  NO_SHIFT,
  parseNeed,
  type CadenceTable,
  type DueCalendar,
} from "../domain/cadence";
import type { Grade } from "../workbook/column";
import { SETTING_CATEGORIES, settingsSheet } from "../workbook/sheets/settings";
import type { SettingRow } from "../workbook";
import { settingsFromRows } from "../workbook/settings-rows";
import {
  alignVectors,
  at,
  cellError,
  FunctionInputError,
  isBlankCell,
  isMatrix,
  isOmitted,
  readDay,
  readGrade,
  readNumber,
  serialFromDay,
  shapeLike,
  vectorOf,
  type OutCell,
  type Read,
} from "./matrix";

const FAST_GRADES: Record<string, Grade> = { A: "A", B: "B", C: "C", D: "D", E: "E", a: "A", b: "B", c: "C", d: "D", e: "E" };

function gradeOf(cell: unknown): Read<Grade> {
  const fast = typeof cell === "string" ? FAST_GRADES[cell] : undefined;
  return fast ? { ok: true, value: fast } : readGrade(cell);
}

function dayOf(cell: unknown, what: string): Read<number> {
  if (typeof cell === "number" && cell >= 1 && cell <= 2958465) return { ok: true, value: Math.floor(cell + 1e-9) - 25569 };
  const r = readDay(cell);
  return r.ok ? r : { ok: false, message: `${what}${r.message}` };
}

/** Where 类别, 项目 and 值 stand in a 设置-shaped argument, and its rows below any header row. */
interface SettingsLayout {
  category: number;
  item: number;
  value: number;
  rows: readonly unknown[][];
}

const SETTINGS_KEYS = ["category", "item", "value"] as const;

/**
 * A 设置-shaped argument (three columns or more) read by its header row when it has one (the
 * table with its headers, KH_Settings[#All], in whatever order 设置's columns stand: 值 first is
 * fine), else in the order settingsSheet declares them (the table's body alone).
 */
function settingsLayout(table: readonly unknown[][]): SettingsLayout {
  const head = (table[0] ?? []).map((c) => String(c ?? "").trim().toLowerCase());
  const at = SETTINGS_KEYS.map((key) => {
    const column = settingsSheet.columns.find((c) => c.key === key)!;
    return head.findIndex((h) => h === column.header.toLowerCase() || h === column.headerEn.toLowerCase());
  });
  if (at.every((i) => i >= 0)) return { category: at[0], item: at[1], value: at[2], rows: table.slice(1) };
  const [category, item, value] = SETTINGS_KEYS.map((key) => settingsSheet.columns.findIndex((c) => c.key === key));
  return { category, item, value, rows: table };
}

/**
 * The cadence table argument: two columns (grade, days), e.g. 设置!B2:C6, or the whole 设置
 * table whose 跟进周期(天) rows are used (see settingsLayout for where its columns are found).
 * Rows whose grade is not A–E are skipped (a header, other settings); the first row per grade
 * wins; missing grades keep defaults.
 */
export function readCadenceTable(arg: unknown): CadenceTable {
  if (isOmitted(arg)) return { ...DEFAULT_CADENCE };
  if (!isMatrix(arg)) throw new FunctionInputError("跟进周期表必须是两列（等级、天数）的区域");
  const width = arg[0]?.length ?? 0;
  if (width < 2) throw new FunctionInputError("跟进周期表必须是两列（等级、天数）的区域");
  const layout = width >= 3 ? settingsLayout(arg) : undefined;
  const pairs: [Grade, number][] = [];
  for (const row of layout?.rows ?? arg) {
    if (layout && String(row[layout.category] ?? "").trim() !== SETTING_CATEGORIES.cadence) continue;
    const [gradeCell, daysCell] = layout ? [row[layout.item], row[layout.value]] : [row[0], row[1]];
    if (isBlankCell(gradeCell)) continue;
    const g = gradeOf(gradeCell);
    if (!g.ok) continue;
    const d = readNumber(daysCell);
    if (!d.ok || !(d.value > 0)) throw new FunctionInputError(`跟进周期表中 ${g.value} 级的天数必须是正数`);
    pairs.push([g.value, d.value]);
  }
  return cadenceTableFrom(pairs);
}

/**
 * The calendar a whole 设置 table describes: its 顺延节假日 switch and its 节假日 rows, read
 * exactly as the command line and the task pane read them. Undefined when the argument is not a
 * settings-shaped table (e.g. the two-column cadence table).
 */
export function calendarFromSettingsTable(table: unknown): DueCalendar | undefined {
  if (!isMatrix(table) || (table[0]?.length ?? 0) < 3) return undefined;
  const layout = settingsLayout(table);
  const wanted: string[] = [SETTING_CATEGORIES.shiftHolidays, SETTING_CATEGORIES.holiday, SETTING_CATEGORIES.workday];
  const rows: SettingRow[] = [];
  for (const row of layout.rows) {
    const category = String(row[layout.category] ?? "").trim();
    if (!wanted.includes(category)) continue;
    const value = row[layout.value];
    rows.push({ category, item: String(row[layout.item] ?? ""), value: typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined });
  }
  return calendarFromSettings(settingsFromRows(rows));
}

/**
 * The holidays argument: omitted or FALSE → due dates stay where they fall; TRUE → weekends
 * move to the next working day; a range of dates → weekends and those dates move. Omitted with
 * the whole 设置 table as the cadence table → as 设置 says (顺延节假日, 节假日).
 */
export function readCalendar(arg: unknown, cadenceTable?: unknown): DueCalendar {
  if (isOmitted(arg)) return calendarFromSettingsTable(cadenceTable) ?? NO_SHIFT;
  const cells = isMatrix(arg) ? arg.flat() : [arg];
  if (cells.length === 1 && typeof cells[0] === "boolean") return cells[0] ? { shift: true, holidays: new Set() } : NO_SHIFT;
  const holidays = new Set<number>();
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    const d = dayOf(cell, "节假日");
    if (!d.ok) throw new FunctionInputError(d.message);
    holidays.add(d.value);
  }
  return { shift: true, holidays };
}

/** KH.CADENCE: grades → days between follow-ups. */
export function cadenceMatrix(grades: unknown, cadenceTable?: unknown): (OutCell | string)[][] {
  const table = readCadenceTable(cadenceTable);
  const v = vectorOf(grades, "等级");
  const out = v.cells.map((cell): OutCell => {
    if (isBlankCell(cell)) return "";
    const g = gradeOf(cell);
    return g.ok ? cadenceDays(g.value, table) : cellError(g.message);
  });
  return shapeLike(out, v.orientation);
}

/** KH.NEXTDUE: grade and last follow-up (row by row) → the due date as an Excel serial. */
export function nextDueMatrix(grades: unknown, lastFollowUps: unknown, cadenceTable?: unknown, holidays?: unknown): (OutCell | string)[][] {
  const table = readCadenceTable(cadenceTable);
  const calendar = readCalendar(holidays, cadenceTable);
  const g = vectorOf(grades, "等级");
  const l = vectorOf(lastFollowUps, "最近跟进");
  const n = alignVectors([g, l], ["等级", "最近跟进"]);
  const column = (l.cells.length > 1 ? l.orientation : g.orientation) === "column";
  if (n === 0) return [[""]];
  // Rows are built as the cells are computed: one allocation per output row, no second pass.
  const rows: OutCell[][] = [];
  const line: OutCell[] = [];
  const emit = column ? (v: OutCell) => void rows.push([v]) : (v: OutCell) => void line.push(v);
  const gOne = g.cells.length === 1;
  const lOne = l.cells.length === 1;
  for (let i = 0; i < n; i++) {
    const gc = gOne ? g.cells[0] : g.cells[i];
    const lc = lOne ? l.cells[0] : l.cells[i];
    // Fast path: a grade letter and a date serial, no intermediate objects.
    const fastGrade = typeof gc === "string" ? FAST_GRADES[gc] : undefined;
    if (fastGrade !== undefined && typeof lc === "number" && lc >= 1 && lc <= 2958465) {
      emit(serialFromDay(nextDueDay(fastGrade, Math.floor(lc + 1e-9) - 25569, table, calendar)));
      continue;
    }
    if (isBlankCell(gc) || isBlankCell(lc)) {
      emit("");
      continue;
    }
    const grade = gradeOf(gc);
    if (!grade.ok) {
      emit(cellError(grade.message));
      continue;
    }
    const last = dayOf(lc, "最近跟进");
    emit(last.ok ? serialFromDay(nextDueDay(grade.value, last.value, table, calendar)) : cellError(last.message));
  }
  return column ? rows : [line];
}

/** The optional "today" argument as a day number; the computer's date when it is omitted. */
function todayDayOf(today: unknown, nowDay: number): number {
  if (isOmitted(today)) return nowDay;
  const cell = isMatrix(today) ? (today.length === 1 && today[0].length === 1 ? today[0][0] : undefined) : today;
  if (cell === undefined) throw new FunctionInputError("今天必须是单个日期");
  const t = dayOf(cell, "今天");
  if (!t.ok) throw new FunctionInputError(t.message);
  return t.value;
}

/** KH.DAYSOVERDUE: days past the due date, 0 when not yet due. `nowDay` is used when today is omitted. */
export function daysOverdueMatrix(grades: unknown, lastFollowUps: unknown, today: unknown, cadenceTable: unknown, holidays: unknown, nowDay: number): (OutCell | string)[][] {
  const todayDay = todayDayOf(today, nowDay);
  const due = nextDueMatrix(grades, lastFollowUps, cadenceTable, holidays);
  for (const row of due) {
    for (let j = 0; j < row.length; j++) {
      const cell = row[j];
      if (typeof cell === "number") row[j] = daysOverdueDay(cell - 25569, todayDay);
    }
  }
  return due;
}

/** KH.GRADE: expected close date and need (明确/潜在/无) → A–E. */
export function gradeMatrix(expectedClose: unknown, need: unknown, today: unknown, nowDay: number): (OutCell | string)[][] {
  const horizons = gradeHorizons(todayDayOf(today, nowDay));
  const e = vectorOf(expectedClose, "预计成交");
  const needs = isOmitted(need) ? { cells: [], orientation: "column" as const } : vectorOf(need, "需求");
  const n = needs.cells.length === 0 ? e.cells.length : alignVectors([e, needs], ["预计成交", "需求"]);
  const out: OutCell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const ec = at(e, i);
    const nc = needs.cells.length === 0 ? "" : at(needs, i);
    if (isBlankCell(ec) && isBlankCell(nc)) {
      out[i] = "";
      continue;
    }
    const parsedNeed = isBlankCell(nc) ? "clear" : parseNeed(String(nc));
    if (parsedNeed === undefined) {
      out[i] = cellError(`需求“${String(nc)}”无效，应为 明确 / 潜在 / 无`);
      continue;
    }
    let closeDay: number | undefined;
    if (!isBlankCell(ec)) {
      const d = dayOf(ec, "预计成交");
      if (!d.ok) {
        out[i] = cellError(d.message);
        continue;
      }
      closeDay = d.value;
    } else if (parsedNeed === "clear") {
      out[i] = cellError("需求明确时须填预计成交日期");
      continue;
    }
    out[i] = gradeFromOutlookDay(closeDay, parsedNeed, horizons);
  }
  return shapeLike(out, e.cells.length > 1 ? e.orientation : needs.orientation);
}
