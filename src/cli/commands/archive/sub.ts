import type { CliContext } from "../../command";
import { OPT, type FileArity, type OptionSpecs } from "../../args";
import type { SqlDriver } from "../../../archive/driver";

/** One `kehu archive <sub>`: what it does and how it runs on an open archive. */
export interface ArchiveSub {
  name: string;
  usage: string;
  summary: string;
  /** Its own options besides --db, --help and --json (`kehu archive` accepts their union, then each checks its own). */
  options: OptionSpecs;
  files: FileArity;
  run(ctx: CliContext, db: SqlDriver): Promise<number>;
}

/** Every archive sub-command's options, declared once (values for messages). */
export const ARCHIVE_OPT = {
  db: { type: "string", value: "文件夹|postgres://…" },
  now: { type: "string", value: "时间" },
  since: { type: "string", value: "时间" },
  rep: { type: "string", value: "工号" },
  workbook: { type: "string", value: "编号" },
  at: { type: "string", value: "时间" },
  out: { type: "string", value: "F" },
  force: { type: "boolean" },
  today: { type: "string", value: "D" },
  as: { type: "string", value: "工号" },
  department: { type: "string", value: "部门" },
  "with-sub": { type: "boolean" },
  month: { type: "string", value: "YYYY-MM" },
  period: { type: "string", value: "P" },
  lang: OPT.lang,
} as const satisfies OptionSpecs;

