/**
 * The ribbon's panel buttons (manifest.xml: 登记, 今日跟进, 审计). They run in the shared runtime:
 * each records the wanted panel (src/app/panel-request.ts), shows the task pane, and tags the workbook so
 * the pane opens with it next time unless the user turned that off (src/io/office/autoshow.ts). The 客户日志
 * button is a plain ShowTaskpane action.
 */
import { autoShowUnlessDeclined } from "../io/office/autoshow";
import { RibbonPanel, RIBBON_ACTIONS, requestPanel } from "../app/panel-request";

async function openPanel(panel: RibbonPanel, event: Office.AddinCommands.Event): Promise<void> {
  try {
    requestPanel(panel);
    await Office.addin.showAsTaskpane();
    await autoShowUnlessDeclined();
  } catch (error) {
    console.error(`客户日志: could not open the ${panel} panel`, error);
  } finally {
    event.completed();
  }
}

/** Outside a shared-runtime Excel (a browser test page) there is no Office.actions: nothing to do. */
if (typeof Office !== "undefined" && Office.actions) {
  for (const [action, panel] of Object.entries(RIBBON_ACTIONS)) {
    Office.actions.associate(action, (event: Office.AddinCommands.Event) => openPanel(panel, event));
  }
}
