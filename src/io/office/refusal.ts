import { refusalText, type RefusalKind } from "../../i18n/excel-refusals";
import type { Lang } from "../../i18n/lang";
import { errorCode } from "./run";

/**
 * The codes Excel answers when a sheet will not take a change ("Error handling with the
 * application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 * a protected sheet, a filtered table, merged cells in the way, an operation over 33,554,000 cells.
 * Their messages are not meant for users ("use the error code … to determine the error message
 * that your add-in shows"), so each becomes one of ours.
 */
const KIND_OF_CODE: Record<string, RefusalKind> = {
  AccessDenied: "protected",
  FilteredRangeConflict: "filtered",
  MergedRangeConflict: "merged",
  OperationCellsExceedLimit: "tooManyCells",
};

/** A change the adapter refused (before writing) or Excel refused (while writing), on one sheet. */
export class SheetRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly sheet: string,
    /** True when the adapter saw it coming and wrote nothing. */
    readonly beforeWriting: boolean,
  ) {
    super(`${sheet}: ${kind}`);
    this.name = "SheetRefusal";
  }
}

/** The refusal an Office error stands for on `sheet`, or the error as it was. */
function asRefusal(error: unknown, sheet: string): unknown {
  if (error instanceof SheetRefusal) return error;
  const kind = KIND_OF_CODE[errorCode(error) ?? ""];
  return kind ? new SheetRefusal(kind, sheet, false) : error;
}

/** Runs a write; a refusal comes out as one line in the user's language naming the sheet. */
export async function explained<T>(sheet: string, lang: Lang, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const refusal = asRefusal(e, sheet);
    if (!(refusal instanceof SheetRefusal)) throw e;
    const error = new Error(refusalText(refusal.kind, refusal.sheet, lang, refusal.beforeWriting));
    (error as Error & { refusal?: SheetRefusal }).refusal = refusal;
    throw error;
  }
}
