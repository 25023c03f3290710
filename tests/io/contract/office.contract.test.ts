import { describePlainRangeContract, describePortContract } from "./port-contract";
import { officeHarness } from "./harness";

describe("WorkbookPort contract: Office.js adapter on the strict Excel fake", () => {
  describePortContract(officeHarness);
  describePlainRangeContract(officeHarness);
});
