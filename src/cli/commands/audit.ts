import { basename } from "path";
import { runAudit } from "../../app/audit";
import { auditReportSheet, consolidatedReportSheet, countBySeverity, findingView, notCheckedNote, type AuditedWorkbook, type ColumnLetters } from "../../app/audit-report";
import type { AuditResult, Severity } from "../../domain/audit";
import { isoDate } from "../../domain/time";
import type { Lang } from "../../i18n/lang";
import { CliError, EXIT, usageError, type CliContext, type Command } from "../command";
import { newWorkbook, openForCommand, refuseOutOverInput, saveBack, saveWorkbook, READ_LIMIT_OPTIONS } from "../open-workbook";
import { OPT } from "../args";
import { RequireLog } from "../require-log";
import { customersSheet, followUpsSheet } from "../../workbook";

const usage = "kehu audit <file.xlsx...> [--today D] [--out report.xlsx] [--write] [--json] [--lang en]";

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Audits one file; a file that cannot be opened or read is reported, never thrown. */
async function auditFile(file: string, today: Date, write: boolean, lang: Lang, flags: CliContext["flags"]): Promise<AuditedWorkbook> {
  let book: Awaited<ReturnType<typeof openForCommand>>;
  try {
    book = await openForCommand(file, write, flags);
  } catch (err) {
    return { file, ok: false, error: errorText(err) };
  }
  try {
    const { log, result } = await runAudit(new RequireLog(book, file, { sheets: [customersSheet, followUpsSheet] }, lang), today);
    if (write) {
      await book.writeReport(auditReportSheet(result, log.letters, log.problems.length, lang));
      await saveBack(book);
    }
    return { file, ok: true, result, letters: log.letters, problems: log.problems.length };
  } catch (err) {
    return { file, ok: false, error: errorText(err) };
  }
}

const TEXT = {
  zh: {
    summary: (label: string, n: number, sev: Record<Severity, number>) => `${label}：发现 ${n} 条（高 ${sev.高} · 中 ${sev.中} · 低 ${sev.低}）`,
    problems: (n: number) => `，${n} 个无法识别的单元格`,
    reps: (n: number) => `，${n} 名客服`,
    notAudited: (file: string, error: string) => `${file}：无法审计：${error}`,
  },
  en: {
    summary: (label: string, n: number, sev: Record<Severity, number>) => `${label}: ${n} findings (high ${sev.高} · medium ${sev.中} · low ${sev.低})`,
    problems: (n: number) => `, ${n} unreadable cells`,
    reps: (n: number) => `, ${n} reps`,
    notAudited: (file: string, error: string) => `${file}: not audited: ${error}`,
  },
};

/** What an audit's text says besides its findings. */
export interface AuditTextOptions {
  /** Each finding on its own line (else the summary alone). */
  details: boolean;
  /** Where each finding sits (投诉!F12): in a workbook, not in the archive. */
  cells: boolean;
  /** Cells that could not be read. */
  problems?: number;
  /** How many reps were scored (the archive, where the label names a scope rather than a file). */
  reps?: number;
}

/** An audit as text, wherever it ran: a summary under `label` (a file, the archive's scope), then each finding. */
export function printAuditText(ctx: CliContext, label: string, result: AuditResult, letters: ColumnLetters, lang: Lang, options: AuditTextOptions): void {
  const t = TEXT[lang];
  const summary = t.summary(label, result.findings.length, countBySeverity(result.findings));
  ctx.out(`${summary}${options.problems ? t.problems(options.problems) : ""}${options.reps !== undefined ? t.reps(options.reps) : ""}`);
  const off = notCheckedNote(result.feedbackNotChecked, lang);
  if (off) ctx.out(`  ${off.replace(/^ · /, "")}`);
  if (!options.details) return;
  for (const f of result.findings) {
    const v = findingView(f, letters, lang);
    ctx.out(`  ${v.severityLabel}  ${v.ruleName}  ${v.customer}  ${v.rep}  ${options.cells ? `${v.sheet}!${v.cell}  ` : ""}${v.message}`);
  }
}

function printText(ctx: CliContext, books: readonly AuditedWorkbook[], lang: Lang, details: boolean): void {
  for (const b of books) {
    if (b.ok) printAuditText(ctx, b.file, b.result, b.letters, lang, { details, cells: true, problems: b.problems });
    else ctx.err(TEXT[lang].notAudited(b.file, b.error));
  }
}

export const auditCommand: Command = {
  name: "audit",
  summary: "主管审计：跟进周期、反馈时限、投诉步骤、记录完整、样品额度、承诺、销售预警；可一次审计多个工作簿并汇总",
  summaryEn: "Supervisor's audit: follow-up cadence, feedback time, complaint steps, complete records, sample quotas, promises, sales warnings; many workbooks audited and consolidated at once",
  usage,
  options: { today: OPT.today, out: OPT.out, write: OPT.write, force: OPT.force, verbose: OPT.verbose, lang: OPT.lang, ...READ_LIMIT_OPTIONS },
  files: { min: 1, max: Infinity },
  async run(ctx) {
    const files = ctx.positional;
    if (files.length === 0) throw new CliError(`缺少文件名。用法：${usage}`, EXIT.usage);
    const lang: Lang = ctx.flags.lang === "en" ? "en" : "zh";
    const out = typeof ctx.flags.out === "string" ? ctx.flags.out : undefined;
    const write = ctx.flags.write === true;
    if (out && write) {
      throw usageError(ctx.flags, { zh: "--write（把“审计”写进每个工作簿）与 --out（汇总到新文件）只能选一个", en: "--write (the 审计 sheet into each workbook) and --out (one report file for all) cannot go together" }, { zh: usage, en: usage });
    }

    if (out) await refuseOutOverInput(out, files, usage, ctx.flags);
    // The report names each workbook by its file name, or by the path given where two share a name.
    const names = files.map((f) => basename(f));
    const labels = new Map(files.map((f, i) => [f, names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : f]));
    const books: AuditedWorkbook[] = [];
    for (const file of files) books.push(await auditFile(file, ctx.today, write, lang, ctx.flags));

    if (out) {
      const report = await newWorkbook();
      await report.writeReport(consolidatedReportSheet(books.map((b) => ({ ...b, file: labels.get(b.file) ?? b.file })), ctx.today, lang));
      await saveWorkbook(report, out, ctx.flags.force === true);
    }

    if (ctx.json) {
      ctx.out(
        JSON.stringify({
          today: isoDate(ctx.today),
          out,
          workbooks: books.map((b) =>
            b.ok
              ? { file: b.file, ok: true, problems: b.problems, findings: b.result.findings.map((f) => findingView(f, b.letters, lang)), scorecards: b.result.scorecards }
              : { file: b.file, ok: false, error: b.error },
          ),
        }),
      );
    } else {
      printText(ctx, books, lang, !out || ctx.flags.verbose === true);
      if (out) ctx.out(lang === "en" ? `Report written to ${out}` : `审计报告已写入 ${out}`);
    }

    if (books.some((b) => !b.ok)) return EXIT.file;
    return books.some((b) => b.ok && b.result.findings.length > 0) ? EXIT.problems : EXIT.ok;
  },
};
