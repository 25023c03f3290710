import { fail } from "./errors";
import type { WorkbookModel } from "./model";

/** One round trip: what went to Excel and what came back, in bytes of JSON (UTF-8). */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

export interface FakeLimits {
  /** Excel on the web refuses a request over 5 MB. */
  requestBytes: number;
  /** …and a response over 5 MB; desktop Excel has no such limit (Infinity). */
  responseBytes: number;
  /**
   * How a host says the response was too large: ResponsePayloadSizeLimitExceeded, or on older
   * hosts a bare GeneralException ("Excel JavaScript API error codes",
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
   */
  responseTooLarge: "ResponsePayloadSizeLimitExceeded" | "GeneralException";
  /**
   * Cells one range may return (values, formulas, formats, text): past it Excel answers
   * RangeExceedsLimit, "the cell count in the range has exceeded the maximum supported number"
   * (same page; 5 million cells, Resource limits and performance optimization for Office Add-ins,
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
   */
  rangeCells: number;
  /**
   * Cells one formatting operation may touch: past it Excel on the web answers
   * OperationCellsExceedLimit (see guards.ts); pass Infinity for desktop Excel.
   */
  operationCells: number;
}

export class FakeStats {
  syncs = 0;
  /** Requests ever made (reset() leaves it alone). */
  arrived = 0;
  /** Called as each request arrives, with its number in `arrived`, before it runs: where a co-author's edits land. */
  beforeSync?: (request: number) => void;
  runs = 0;
  records: SyncRecord[] = [];
  runOptions: unknown[] = [];

  get maxRequestBytes(): number {
    return this.records.reduce((m, r) => Math.max(m, r.requestBytes), 0);
  }

  get maxResponseBytes(): number {
    return this.records.reduce((m, r) => Math.max(m, r.responseBytes), 0);
  }

  reset(): void {
    this.syncs = 0;
    this.runs = 0;
    this.records = [];
    this.runOptions = [];
  }
}

export interface Operation {
  target: number;
  action: "create" | "set" | "call" | "load";
  name: string;
  args: unknown;
  run: () => unknown;
  /** Loads: hands the result to the proxy once the whole batch came back. */
  deliver?: (result: unknown) => void;
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

const ACTION = { set: 4, call: 3, load: 2 } as const;

/**
 * The request as Office.js builds it: RichApi JSON with an "Actions" list (each object made by a
 * method is instantiated by an action; each property set, method call and load is an action) and
 * the "ObjectPaths" those actions name. Excel on the web refuses it over 5 MB ("Excel add-ins" in
 * Resource limits and performance optimization for Office Add-ins,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * Objects reached by a property (format, font) get a property path; their parent is approximated
 * by the previous object id, which has the same number of digits.
 */
export function requestBody(ops: readonly Operation[]): unknown {
  const Actions: unknown[] = [];
  const ObjectPaths: Record<number, unknown> = {};
  let id = ops.reduce((m, o) => Math.max(m, o.target), 0) + 1;
  for (const o of ops) {
    if (o.action === "create") {
      ObjectPaths[o.target] = { Id: o.target, ObjectPathType: 3, Name: o.name, ParentObjectPathId: Math.max(1, o.target - 1), ArgumentInfo: { Arguments: o.args ?? [] } };
      Actions.push({ Id: id++, ActionType: 1, Name: "", ObjectPathId: o.target });
      continue;
    }
    ObjectPaths[o.target] ??= { Id: o.target, ObjectPathType: 4, Name: o.name.split(".")[0], ParentObjectPathId: Math.max(1, o.target - 1) };
    Actions.push(
      o.action === "load"
        ? { Id: id++, ActionType: ACTION.load, Name: "", ObjectPathId: o.target, QueryInfo: { Select: o.name.split(","), Expand: [] } }
        : { Id: id++, ActionType: ACTION[o.action], Name: o.name, ObjectPathId: o.target, ArgumentInfo: { Arguments: o.action === "set" ? [o.args] : o.args ?? [] } },
    );
  }
  return { Actions, ObjectPaths };
}

/**
 * The fake Excel.RequestContext's engine: proxies queue operations here; nothing touches the
 * workbook until sync(), which measures the request, applies the operations in order, measures
 * the response and only then makes loaded values readable.
 */
export class FakeContextCore {
  private queue: Operation[] = [];
  private nextObject = 1;
  /** Syncs that completed in this context (isNullObject becomes readable after one). */
  completedSyncs = 0;

  constructor(
    readonly model: WorkbookModel,
    readonly stats: FakeStats,
    readonly limits: FakeLimits,
  ) {}

  objectId(): number {
    return this.nextObject++;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const requestBytes = jsonBytes(requestBody(ops));
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: ops.length };
    this.stats.syncs++;
    this.stats.records.push(record);
    this.stats.beforeSync?.(++this.stats.arrived);
    if (requestBytes > this.limits.requestBytes) {
      fail("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.limits.requestBytes} bytes).`);
    }
    const results: [Operation, unknown][] = [];
    for (const op of ops) {
      const result = op.run();
      if (op.deliver) results.push([op, result]);
    }
    record.responseBytes = jsonBytes(results.map((r) => r[1]));
    if (record.responseBytes > this.limits.responseBytes) {
      fail(this.limits.responseTooLarge, `The response payload size (${record.responseBytes} bytes) has exceeded the limit (${this.limits.responseBytes} bytes).`);
    }
    for (const [op, result] of results) op.deliver!(result);
    this.completedSyncs++;
  }
}
