/**
 * Opening the task pane with the workbook. A workbook tagged with the document setting
 * "Office.AutoShowTaskpaneWithDocument" = true opens the add-in's ShowTaskpane action whose
 * TaskpaneId is that same name (manifest.xml: the 客户日志 button) as soon as it is opened, in Excel
 * on Windows, Mac and the web. The tag lives in the workbook file, so a copied workbook keeps it.
 * Users must be able to turn it off (the task pane offers the switch); turning it off stores false,
 * so the ribbon buttons, which tag an untagged workbook, never turn it back on by themselves.
 */

export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
    });
  });
}

export function isAutoShowEnabled(): boolean {
  return Office.context.document.settings.get(AUTO_SHOW_SETTING) === true;
}

/** Tags (true) or untags (false) this workbook so the task pane opens with it or not; saved with it. */
export async function setAutoShow(enabled: boolean): Promise<void> {
  if (Office.context.document.settings.get(AUTO_SHOW_SETTING) === enabled) return;
  Office.context.document.settings.set(AUTO_SHOW_SETTING, enabled);
  await saveSettings();
}

/** Tags a workbook that was never tagged nor turned off: using 客户日志 in it makes it open with it. */
export async function autoShowUnlessDeclined(): Promise<void> {
  const current: unknown = Office.context.document.settings.get(AUTO_SHOW_SETTING);
  if (current === null || current === undefined) await setAutoShow(true);
}
