/// <reference types="office-js" />

/** Excel.run as the adapter uses it; tests pass the strict fake's run instead. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The real thing: a user typing in a cell makes the batch wait instead of fail. */
export const excelRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** The error code of an OfficeExtension.Error ("ItemNotFound", …), if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export const MISSING = new Set(["ItemNotFound", "InvalidArgument"]);
export const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";
export const REQUEST_TOO_LARGE = "RequestPayloadSizeLimitExceeded";
