/// <reference types="office-js" />
import { cryptoRandom } from "../domain/ids";
import { OfficeWorkbook } from "../io/office/office-workbook";
import { excelRun, type ExcelRun } from "../io/office/run";
import { autoShowUnlessDeclined, isAutoShowEnabled, setAutoShow } from "../commands/autoshow";
import { floatingNow, storageSettings, type AutoShowSwitch, type HostSettings, type TaskpaneHost } from "./host";

/**
 * Settings saved in the workbook itself (Office.context.document.settings), so the last panel and
 * rep filter come back after a reload, on any machine the workbook is opened on. Where the host
 * has no document settings, partitioned localStorage keeps them for this browser.
 */
function documentSettings(): HostSettings {
  const settings = Office.context?.document?.settings;
  if (!settings) return storageSettings(typeof localStorage === "undefined" ? undefined : localStorage);
  return {
    get(key) {
      const value: unknown = settings.get(key);
      return typeof value === "string" ? value : undefined;
    },
    set(key, value) {
      settings.set(key, value);
      return new Promise((resolve) => settings.saveAsync(() => resolve()));
    },
  };
}

function sessionSettings(): HostSettings {
  let storage: Storage | undefined;
  try {
    storage = typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    storage = undefined; // blocked storage: the state then lasts as long as the page
  }
  return storageSettings(storage);
}

function autoShowSwitch(): AutoShowSwitch | undefined {
  if (!Office.context?.document?.settings) return undefined;
  return { enabled: isAutoShowEnabled, set: setAutoShow, enableUnlessDeclined: autoShowUnlessDeclined };
}

/** The task pane's host inside Excel: the Office adapter of the WorkbookPort, selection and settings. */
export function createOfficeHost(run: ExcelRun = excelRun): TaskpaneHost {
  return {
    port: new OfficeWorkbook(run),
    selectRange: (sheet, address) =>
      run(async (ctx) => {
        const worksheet = ctx.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await ctx.sync();
      }),
    settings: documentSettings(),
    session: sessionSettings(),
    autoShow: autoShowSwitch(),
    locale: Office.context?.displayLanguage || "zh-CN",
    now: () => floatingNow(),
    random: cryptoRandom,
  };
}
