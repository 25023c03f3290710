import { translator } from "../../src/i18n/taskpane-strings";

describe("the task pane's words", () => {
  it("says 1 day and 2 days in English, the same words in Chinese", () => {
    const en = translator("en");
    expect(en("dueOverdue", { n: 1 })).toBe("1 day overdue");
    expect(en("dueOverdue", { n: 45 })).toBe("45 days overdue");
    expect(en("dueGrade", { grade: "A", days: 1 })).toBe("Grade A (every 1 day)");
    expect(en("handoverConfirm", { n: 1 })).toBe("Hand over 1 customer");
    expect(en("homeSummary", { customers: 1, events: 0, due: 1 })).toBe("1 customer · 0 events · 1 due today");
    const zh = translator("zh");
    expect(zh("dueOverdue", { n: 1 })).toBe("逾期 1 天");
    expect(zh("fixErrors", { n: 2, fields: "事件描述、投诉类别" })).toBe("尚未写入。请改正 2 个字段：事件描述、投诉类别");
  });

  it("leaves a placeholder it has no value for as it is", () => {
    expect(translator("en")("dueOverdue")).toBe("{n} {n:day|days} overdue");
  });
});
