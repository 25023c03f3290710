import { readFileSync } from "fs";
import { join } from "path";
import { ABC_SHEET } from "../../src/app/abc-report";
import { AUDIT_SHEET } from "../../src/app/audit-report";
import { HANDOVER_SHEET } from "../../src/app/handover";
import { PLAN_TRACKING_SHEET } from "../../src/app/plans";
import { RECEIVABLES_SHEET } from "../../src/app/receivables";
import { REPORT_TITLES } from "../../src/app/report";
import { ROUTES_SHEET } from "../../src/app/routes";

/** The README's developer section names every sheet the code generates, by the names the code gives them. */
test("the README's list of generated sheets holds every sheet a use case writes", () => {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  const start = readme.indexOf("Generated sheets");
  expect(start).toBeGreaterThan(0);
  const paragraph = readme.slice(start, readme.indexOf("\n\n", start));
  const written = [ROUTES_SHEET, AUDIT_SHEET, HANDOVER_SHEET, ABC_SHEET, RECEIVABLES_SHEET, PLAN_TRACKING_SHEET, ...Object.values(REPORT_TITLES), "对账单"];
  expect(written.filter((name) => !paragraph.includes(name))).toEqual([]);
  expect(paragraph).toMatch(/今日跟进 is a\s+task-pane panel|今日跟进 is a task-pane panel/);
});
