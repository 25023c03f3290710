import { INITIALS_TABLE } from "../../src/taskpane/pinyin/initials-table";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require("../../src/taskpane/pinyin/generate-table.js") as {
  buildTable(): [string, string][];
  gb2312Hanzi(): string[];
};

describe("the committed pinyin-initials table", () => {
  it("is what the generator makes from pinyin-pro today", () => {
    expect(Object.entries(INITIALS_TABLE)).toEqual(generator.buildTable());
  });

  it("covers every GB2312 hanzi at least once", () => {
    const listed = new Set([...Object.values(INITIALS_TABLE).join("")]);
    const missing = generator.gb2312Hanzi().filter((c) => !listed.has(c));
    expect(missing).toEqual([]);
  });
});
