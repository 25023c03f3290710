import { isRibbonPanel, onPanelRequest, requestPanel, RIBBON_ACTIONS, RIBBON_PANELS, takePanelRequest } from "../../src/app/panel-request";
import { PANELS } from "../../src/taskpane/state";

afterEach(() => {
  takePanelRequest();
});

test("a request made before the task pane listens waits for it; the latest wins; taking clears it", () => {
  requestPanel("due");
  requestPanel("audit");
  expect(takePanelRequest()).toBe("audit");
  expect(takePanelRequest()).toBeNull();
});

test("a listening task pane gets each request at once and nothing stays pending", () => {
  const seen: string[] = [];
  const stop = onPanelRequest((panel) => seen.push(panel));
  requestPanel("register");
  requestPanel("due");
  expect(seen).toEqual(["register", "due"]);
  expect(takePanelRequest()).toBeNull();
  stop();
  requestPanel("audit");
  expect(seen).toEqual(["register", "due"]);
  expect(takePanelRequest()).toBe("audit");
});

test("two copies of the module (two bundles in one page) share one store", () => {
  let copy: typeof import("../../src/app/panel-request") | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    copy = require("../../src/app/panel-request");
  });
  expect(copy!.requestPanel).not.toBe(requestPanel);
  const seen: string[] = [];
  const stop = onPanelRequest((panel) => seen.push(panel));
  copy!.requestPanel("audit");
  stop();
  expect(seen).toEqual(["audit"]);
});

test("every ribbon action opens a panel the task pane has", () => {
  for (const panel of Object.values(RIBBON_ACTIONS)) {
    expect(RIBBON_PANELS).toContain(panel);
    expect(PANELS).toContain(panel);
  }
  expect(isRibbonPanel("due")).toBe(true);
  expect(isRibbonPanel("routes")).toBe(false);
  expect(isRibbonPanel(3)).toBe(false);
});
