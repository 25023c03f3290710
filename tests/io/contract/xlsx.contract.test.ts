import { describePlainRangeContract, describePortContract } from "./port-contract";
import { xlsxHarness } from "./harness";

describe("WorkbookPort contract: exceljs adapter on real files", () => {
  describePortContract(xlsxHarness);
  describePlainRangeContract(xlsxHarness);
});
