import { initialsOf, initialsOfChar } from "../../src/taskpane/pinyin/initials";
import { initialsMatchAt, matchScore, searchCustomers, searchEntry } from "../../src/taskpane/search";

const customers = [
  { code: "KH0001", name: "北京华信科技有限公司" },
  { code: "KH0002", name: "上海华新贸易" },
  { code: "KH0003", name: "重庆长江鑫源商贸" },
  { code: "KH0012", name: "深圳ＡＢＣ电子" },
  { code: "BJ-77", name: "杭州百货大楼" },
];
const entries = customers.map(searchEntry);
const find = (q: string) => searchCustomers(entries, q).map((c) => c.code);

describe("pinyin initials", () => {
  it("gives each hanzi the first letters of its readings", () => {
    expect(initialsOf("北京华信")).toEqual(["b", "j", "h", "sx"]); // 信 also reads shēn
    expect(initialsOfChar("长")).toContain("c");
    expect(initialsOfChar("长")).toContain("z");
    expect(initialsOfChar("重")).toContain("c");
    expect(initialsOfChar("鑫")).toBe("x");
  });

  it("keeps Latin letters and digits (full-width too) and skips punctuation", () => {
    expect(initialsOf("深圳ＡＢＣ（1号）")).toEqual(["s", "z", "a", "b", "c", "1", "h"]);
  });

  it("matches consecutive characters only", () => {
    const ini = initialsOf("北京华信科技");
    expect(initialsMatchAt(ini, "bjhx")).toBe(0);
    expect(initialsMatchAt(ini, "hxkj")).toBe(2);
    expect(initialsMatchAt(ini, "bhx")).toBe(-1);
    expect(initialsMatchAt(ini, "bjhxkjyx")).toBe(-1);
  });
});

describe("customer search", () => {
  it("finds 北京华信 by bjhx", () => {
    expect(find("bjhx")).toEqual(["KH0001"]);
  });

  it("finds a polyphonic name by either reading", () => {
    expect(find("cqcj")).toEqual(["KH0003"]);
    expect(find("zqzj")).toEqual(["KH0003"]);
  });

  it("finds by code, case- and width-insensitively", () => {
    expect(find("kh0012")).toEqual(["KH0012"]);
    expect(find("ＫＨ0002")).toEqual(["KH0002"]);
  });

  it("finds by a piece of the name", () => {
    expect(find("华信")).toEqual(["KH0001"]);
    expect(find("华")).toEqual(["KH0001", "KH0002"]);
  });

  it("ranks an exact code above an initials match", () => {
    // "bj" is both the start of code BJ-77 and the initials of 北京华信
    expect(find("bj")).toEqual(["BJ-77", "KH0001"]);
    expect(matchScore(entries[4], "bj-77")).toBeGreaterThan(matchScore(entries[0], "bj"));
  });

  it("ranks initials from the first character above initials in the middle", () => {
    expect(matchScore(entries[1], "shhx")).toBeGreaterThan(matchScore(entries[0], "hx"));
    expect(find("hzbh")).toEqual(["BJ-77"]);
  });

  it("finds nothing for blank or unmatched input", () => {
    expect(find("  ")).toEqual([]);
    expect(find("qqqq")).toEqual([]);
  });
});
