import type { CliContext, Usage } from "../../command";
import { OPT, type FileArity, type OptionSpecs } from "../../args";
import type { SqlDriver } from "../../../archive/driver";
import type { Lang } from "../../../i18n/lang";

/** One `kehu archive <sub>`: what it does and how it runs on an open archive. */
export interface ArchiveSub {
  name: string;
  /** Its usage line in Chinese and English (subUsage). */
  usage: Usage;
  /** One line for `kehu archive help` and `kehu archive <sub> --help`, per language. */
  summary: Record<Lang, string>;
  /** Its own options besides SUB_OPTIONS, --help and --json (`kehu archive` accepts their union, then each checks its own). */
  options: OptionSpecs;
  files: FileArity;
  run(ctx: CliContext, db: SqlDriver): Promise<number>;
}

/** Every archive sub-command's options, declared once (values for messages). */
export const ARCHIVE_OPT = {
  db: { type: "string", value: "文件夹|postgres://…" },
  now: { type: "string", value: "时间" },
  since: { type: "string", value: "时间" },
  rep: OPT.rep,
  workbook: { type: "string", value: "编号" },
  at: { type: "string", value: "时间" },
  out: { type: "string", value: "F" },
  force: { type: "boolean" },
  today: { type: "string", value: "D" },
  as: OPT.rep,
  department: { type: "string", value: "部门" },
  "with-sub": { type: "boolean" },
  month: { type: "string", value: "YYYY-MM" },
  period: { type: "string", value: "P" },
  lang: OPT.lang,
} as const satisfies OptionSpecs;

/** The options every sub-command takes besides its own: the archive, the day, the language. */
export const SUB_OPTIONS = { db: ARCHIVE_OPT.db, today: ARCHIVE_OPT.today, lang: ARCHIVE_OPT.lang } as const satisfies OptionSpecs;

/** A sub-command's usage line in both languages: its arguments, then what every sub-command takes. */
export function subUsage(name: string, zh: string, en: string = zh): Usage {
  const line = (args: string) => `kehu archive ${name}${args ? ` ${args}` : ""} [--db D] [--lang en] [--json]`;
  return { zh: line(zh), en: line(en) };
}
