/** Errors shaped like OfficeExtension.Error: a `code` that callers switch on, and a message. */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RangeExceedsLimit"
  | "GeneralException"
  | "MergedRangeConflict"
  | "FilteredRangeConflict"
  | "AccessDenied"
  | "OperationCellsExceedLimit";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  constructor(code: FakeErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

export function fail(code: FakeErrorCode, message: string): never {
  throw new FakeOfficeError(code, message);
}
