import { FakeContextCore, FakeStats, type FakeLimits } from "./context";
import type { WorkbookModel } from "./model";
import { FakeObject } from "./proxy";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook extends FakeObject<WorkbookModel> {
  protected _scalars(): readonly string[] {
    return ["name"];
  }

  protected _read(): unknown {
    return "客户日志.xlsx";
  }

  get worksheets(): FakeWorksheetCollection {
    return this._child("worksheets", () => new FakeWorksheetCollection(this._ctx, { view: () => this._ctx.model.sheets }));
  }

  get tables(): FakeTableCollection {
    return this._child("tables", () => new FakeTableCollection(this._ctx));
  }

  get application(): { suspendApiCalculationUntilNextSync(): void } {
    const ctx = this._ctx;
    return {
      suspendApiCalculationUntilNextSync() {
        ctx.enqueue({ target: 0, action: "call", name: "suspendApiCalculationUntilNextSync", args: null, run: () => undefined });
      },
    };
  }
}

/** What the batch function of Excel.run receives. */
export class FakeRequestContext {
  readonly core: FakeContextCore;
  readonly workbook: FakeWorkbook;

  constructor(model: WorkbookModel, stats: FakeStats, limits: FakeLimits) {
    this.core = new FakeContextCore(model, stats, limits);
    this.workbook = new FakeWorkbook(this.core, { view: () => model });
  }

  sync(): Promise<void> {
    return this.core.sync();
  }
}
