/**
 * The task pane's entry. The host (workbook port, selection, settings) comes from a factory: a test
 * page sets window.__KH_TEST_HOST__ before this bundle loads; inside Excel it is built over Office.
 * Ribbon buttons ask for a panel through src/app/panel-request.ts (shared runtime).
 */
import { onPanelRequest, takePanelRequest } from "../app/panel-request";
import { mountApp, type TaskpaneApp } from "./app";
import type { TaskpaneHost } from "./host";
import { createOfficeHost } from "./office-host";
import { loadState } from "./state";

declare global {
  interface Window {
    /** The mounted task pane, for tests and for debugging in the browser console. */
    __KH_APP__?: TaskpaneApp;
  }
}

async function createHost(): Promise<TaskpaneHost> {
  const factory = window.__KH_TEST_HOST__;
  if (factory) return factory();
  await Office.onReady();
  return createOfficeHost();
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const host = await createHost();
  const app = mountApp(root, host);
  window.__KH_APP__ = app;
  onPanelRequest((panel) => void app.show(panel));
  await app.show(takePanelRequest() ?? loadState(host.settings, host.session).panel);
}

start().catch((error: unknown) => {
  const root = document.getElementById("app");
  if (root) root.textContent = `客户日志无法启动：${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
