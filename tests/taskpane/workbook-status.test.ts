import { SHEETS, customersSheet } from "../../src/workbook";
import { workbookStatus } from "../../src/taskpane/workbook-status";

const full = (): Record<string, (string | null)[] | undefined> => Object.fromEntries(SHEETS.map((s) => [s.name, s.columns.map((c) => c.header)]));

describe("is this workbook a 客户日志", () => {
  it("says none when no sheet of the log is there", () => {
    expect(workbookStatus(SHEETS, {}).state).toBe("none");
  });

  it("says ready when every sheet has every column (English headers and extra columns count)", () => {
    const headers = full();
    headers[customersSheet.name] = [...customersSheet.columns.map((c) => c.headerEn), "我的备注"];
    expect(workbookStatus(SHEETS, headers)).toEqual({ state: "ready", missingSheets: [], missingColumns: {} });
  });

  it("names the missing sheets and columns of an older workbook", () => {
    const headers = full();
    delete headers["市场支持"];
    headers[customersSheet.name] = customersSheet.columns.filter((c) => c.key !== "nextDue").map((c) => c.header);
    const status = workbookStatus(SHEETS, headers);
    expect(status.state).toBe("partial");
    expect(status.missingSheets).toEqual(["市场支持"]);
    expect(status.missingColumns).toEqual({ 客户档案: ["下次跟进"] });
  });
});
