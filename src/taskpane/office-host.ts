/// <reference types="office-js" />
import { cryptoRandom } from "../io/random";
import { langFromLocale } from "../i18n/lang";
import { OfficeWorkbook } from "../io/office/office-workbook";
import { excelRun, type ExcelRun } from "../io/office/run";
import { autoShowUnlessDeclined, isAutoShowEnabled, setAutoShow } from "../io/office/autoshow";
import { floatingNow, storageSettings, workbookPrefix, type AutoShowSwitch, type HostSettings, type TaskpaneHost } from "./host";

/**
 * Each user's own choices (the rep filter, the customer looked at) in this browser's storage,
 * keyed by the workbook. Not the workbook's document settings: those are one set for everybody,
 * so co-authors would overwrite each other's filter with every save.
 */
function userSettings(): HostSettings {
  return storageSettings(browserStorage(() => localStorage), workbookPrefix(Office.context?.document?.url ?? ""));
}

/** A browser storage, or none where it is missing or blocked: the state then lasts as long as the page. */
function browserStorage(get: () => Storage): Storage | undefined {
  try {
    return get();
  } catch {
    return undefined; // undeclared (ReferenceError) or blocked (SecurityError)
  }
}

function sessionSettings(): HostSettings {
  return storageSettings(browserStorage(() => sessionStorage));
}

function autoShowSwitch(): AutoShowSwitch | undefined {
  if (!Office.context?.document?.settings) return undefined;
  return { enabled: isAutoShowEnabled, set: setAutoShow, enableUnlessDeclined: autoShowUnlessDeclined };
}

/** The task pane's host inside Excel: the Office adapter of the WorkbookPort, selection and settings. */
export function createOfficeHost(run: ExcelRun = excelRun): TaskpaneHost {
  const locale = Office.context?.displayLanguage || "zh-CN";
  return {
    port: new OfficeWorkbook(run, langFromLocale(locale)),
    selectRange: (sheet, address) =>
      run(async (ctx) => {
        const worksheet = ctx.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await ctx.sync();
      }),
    settings: userSettings(),
    session: sessionSettings(),
    autoShow: autoShowSwitch(),
    locale,
    now: () => floatingNow(),
    random: cryptoRandom,
  };
}
