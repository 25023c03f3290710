/**
 * Minimal task-pane entry (placeholder by the build helper, to be replaced by the task pane's own
 * entry): renders the shell title into #app so the shared-runtime page builds and loads.
 */
const app = document.getElementById("app");
if (app) {
  const shell = document.createElement("div");
  shell.className = "kh-shell";
  const title = document.createElement("h1");
  title.textContent = "客户日志";
  shell.appendChild(title);
  app.replaceChildren(shell);
}
