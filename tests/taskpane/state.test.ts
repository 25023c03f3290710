import { storageSettings, workbookPrefix } from "../../src/taskpane/host";
import { loadState, saveState, INITIAL_STATE } from "../../src/taskpane/state";

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe("the task pane's saved state", () => {
  it("starts on 今日跟进 for all reps", () => {
    expect(loadState(storageSettings(undefined), storageSettings(undefined))).toEqual(INITIAL_STATE);
  });

  it("brings back the panel from the session and the rep filter from the workbook", async () => {
    const workbook = memoryStorage();
    const session = memoryStorage();
    await saveState(storageSettings(workbook), storageSettings(session), { panel: "customer", rep: "E007", customer: "KH0001" });
    expect(loadState(storageSettings(workbook), storageSettings(session))).toEqual({ panel: "customer", rep: "E007", customer: "KH0001" });
    // The workbook opened afresh (a new session): the rep filter stays, the pane opens on 今日跟进.
    expect(loadState(storageSettings(workbook), storageSettings(memoryStorage()))).toEqual({ panel: "due", rep: "E007", customer: "KH0001" });
  });

  it("writes only what changed (a workbook settings save is a round trip)", async () => {
    const workbook = memoryStorage();
    const session = memoryStorage();
    const before = { panel: "due" as const, rep: "E1", customer: "" };
    await saveState(storageSettings(workbook), storageSettings(session), { ...before, panel: "audit" }, before);
    expect(workbook.data.size).toBe(0);
    expect(session.data.get("kh.taskpane.panel")).toBe("audit");
  });

  it("ignores unreadable or unknown saved values", () => {
    const workbook = memoryStorage();
    const session = memoryStorage();
    workbook.setItem("kh.taskpane.state", "{not json");
    session.setItem("kh.taskpane.panel", "nowhere");
    expect(loadState(storageSettings(workbook), storageSettings(session))).toEqual(INITIAL_STATE);
  });
});

describe("per-user state keyed by workbook", () => {
  it("keeps each workbook's choices apart in one browser storage", async () => {
    const browser = memoryStorage();
    const a = storageSettings(browser, workbookPrefix("https://contoso.sharepoint.com/客户日志-华东.xlsx"));
    const b = storageSettings(browser, workbookPrefix("https://contoso.sharepoint.com/客户日志-华南.xlsx"));
    await saveState(a, storageSettings(undefined), { panel: "due", rep: "E1", customer: "KH1" });
    await saveState(b, storageSettings(undefined), { panel: "due", rep: "E2", customer: "" });
    const again = storageSettings(browser, workbookPrefix("https://contoso.sharepoint.com/客户日志-华东.xlsx"));
    expect(loadState(again, storageSettings(undefined))).toMatchObject({ rep: "E1", customer: "KH1" });
    expect(workbookPrefix("")).toBe("kh.new.");
    expect(workbookPrefix("x")).toMatch(/^kh\.[0-9a-z]+\.$/);
  });
});
