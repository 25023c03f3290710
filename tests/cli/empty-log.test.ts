import { promises as fs } from "fs";
import { emptyLogPackage } from "../../src/cli/empty-log";
import { freshTemplate, sameContent, TEMPLATE_FILE } from "../../scripts/build-template";

test("the demo starts from the committed template, and the template is what the specs make now, part for part (run `npm run template` after changing a spec)", async () => {
  const empty = await emptyLogPackage();
  expect(empty.equals(await fs.readFile(TEMPLATE_FILE))).toBe(true);
  expect(await sameContent(empty, await freshTemplate())).toBe(true);
});
