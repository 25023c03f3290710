import { complaintsSheet, customersSheet, followUpsSheet, returnsSheet, EVENT_SHEETS, SHEETS } from "../../src/workbook";
import type { AnyColumn } from "../../src/workbook/column";
import { validateRecord } from "../../src/workbook/codec/validate";
import { formFields, formSections, recordFromValues } from "../../src/taskpane/form/fields";
import { formErrors } from "../../src/taskpane/form/errors";
import { formDefaults } from "../../src/taskpane/form/defaults";
import { utcDate } from "../../src/domain/time";

describe("a form derived from a sheet spec", () => {
  const fields = formFields(complaintsSheet, "zh", ["customer"]);
  const byKey = new Map(fields.map((f) => [f.key, f]));

  it("leaves out generated columns and the omitted customer", () => {
    expect(byKey.has("id")).toBe(false);
    expect(byKey.has("customer")).toBe(false);
    expect(fields.length).toBe(complaintsSheet.columns.length - 2);
  });

  it("makes drop-downs from lists, in the UI's language", () => {
    const kind = byKey.get("complaintKind")!;
    expect(kind.input).toBe("select");
    expect(kind.required).toBe(true);
    expect(kind.options!.map((o) => o.value)).toEqual(["产品质量", "购销合同", "服务"]);
    const en = formFields(complaintsSheet, "en").find((f) => f.key === "complaintKind")!;
    expect(en.label).toBe("Complaint kind");
    expect(en.options![0]).toEqual({ value: "产品质量", label: "Product quality" });
  });

  it("uses date, date-time, number and multi-line inputs by column kind", () => {
    expect(byKey.get("occurredAt")!.input).toBe("datetime");
    expect(byKey.get("compensation")!.input).toBe("number");
    expect(byKey.get("compensation")!.step).toBe("0.01");
    expect(byKey.get("description")!.input).toBe("textarea");
    expect(formFields(followUpsSheet, "zh").find((f) => f.key === "promiseDue")!.input).toBe("date");
    expect(formFields(returnsSheet, "zh").find((f) => f.key === "quantity")!.min).toBe(0);
  });

  it("shows every required field at once and folds most optional ones", () => {
    for (const spec of EVENT_SHEETS) {
      for (const f of formFields(spec, "zh")) if (f.required) expect(f.primary).toBe(true);
    }
    expect(byKey.get("lessons")!.primary).toBe(false);
  });

  it("turns the inputs into a record the codec accepts, blanks left out", () => {
    const values = {
      ...formDefaults(complaintsSheet, { now: utcDate(2026, 3, 5, 14, 30), rep: "E007" }),
      customer: "KH0001",
      description: "  包装破损  ",
      complaintKind: "产品质量",
      remedy: "",
    };
    const record = recordFromValues(formFields(complaintsSheet, "zh"), values);
    expect(record).toEqual({ customer: "KH0001", rep: "E007", occurredAt: "2026-03-05 14:30", description: "包装破损", complaintKind: "产品质量", status: "待处理" });
    const checked = validateRecord(complaintsSheet, { ...record, id: "TS260305-ABCDEFGH" });
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.record.occurredAt).toEqual(utcDate(2026, 3, 5, 14, 30));
  });
});

describe("codec problems beside the fields", () => {
  it("puts each message on its field, in Chinese", () => {
    const checked = validateRecord(complaintsSheet, { id: "TS1", customer: "KH1", rep: "E1", occurredAt: "昨天", description: "", complaintKind: "退钱", status: "待处理" });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const errors = formErrors(complaintsSheet, checked.problems, "zh");
    expect(errors.byField.occurredAt).toBe("“昨天”无法识别：请按 2026-12-02 10:18 的格式填写日期和时间");
    expect(errors.byField.complaintKind).toContain("“退钱”不是可选值");
    expect(errors.byField.description).toBe("必填，不能为空");
    expect(formErrors(complaintsSheet, [{ sheet: "投诉", cell: "K2", row: 2, header: "投诉类别", code: "required" }], "en").byField.complaintKind).toBe("required: choose one from the list");
    // a problem on another sheet (客户档案's code on two rows) is shown whole, naming both rows, not beside the form's 客户编码
    const duplicate = formErrors(complaintsSheet, [{ sheet: "客户档案", cell: "A40", row: 40, header: "客户编码", code: "duplicateId", value: "KH0002", detail: "3" }], "zh");
    expect(duplicate.byField).toEqual({});
    expect(duplicate.general).toEqual(["客户档案!A40 客户编码：编号“KH0002”重复（与第 3 行相同）"]);
    expect(formErrors(complaintsSheet, [{ sheet: "投诉", cell: "E2", row: 2, header: "发生时间", code: "required" }], "zh").byField.occurredAt).toBe("必填：请按 2026-12-02 10:18 的格式填写日期和时间");
    expect(errors.general).toEqual([]);
    expect(formErrors(complaintsSheet, [{ sheet: "投诉", cell: "T2", row: 2, header: "赔偿金额", code: "notNumber", value: "十块" }], "en").byField.compensation).toBe('"十块" cannot be read: type a number');
    expect(formErrors(complaintsSheet, [{ sheet: "投诉", cell: "D2", row: 2, header: "客户要求", code: "invalid", value: "x", detail: "太长" }], "zh").byField.request).toBe("“x”无效：太长");
  });

  it("keeps problems no field can show as general messages", () => {
    const errors = formErrors(complaintsSheet, [{ sheet: "投诉", cell: "", row: 0, header: "", code: "missingSheet" }], "zh");
    expect(errors.byField).toEqual({});
    expect(errors.general[0]).toContain("缺少这张工作表");
  });
});

describe("form defaults", () => {
  it("starts a follow-up done, from the customer's grade", () => {
    const d = formDefaults(followUpsSheet, { now: utcDate(2026, 1, 2, 9, 5), rep: "E1", grade: "B" });
    expect(d).toMatchObject({ occurredAt: "2026-01-02 09:05", rep: "E1", status: "已完成", gradeAfter: "B" });
  });

  it("fills drop-down fields only with values of the sheet's own list", () => {
    // a default kept as a literal would drift from the spec's drop-down when the list changes
    let checked = 0;
    for (const spec of EVENT_SHEETS) {
      const d = formDefaults(spec, { now: utcDate(2026, 1, 2, 9, 5), rep: "E1", grade: "B" });
      for (const c of spec.columns) {
        if (!c.list || d[c.key] === undefined) continue;
        expect({ sheet: spec.name, column: c.header, value: c.list.includes(d[c.key]) }).toEqual({ sheet: spec.name, column: c.header, value: true });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(EVENT_SHEETS.length);
  });
});

describe("forms laid out as the sheet declares", () => {
  it("shows the complaint in its 8 steps, after the fields every event has", () => {
    const fields = formFields(complaintsSheet, "zh", ["customer"]);
    const sections = formSections(complaintsSheet, fields, "zh");
    expect(sections.map((s) => s.title)).toEqual([undefined, "1 记录", "2 判定", "3 分派", "4 分析", "5 方案", "6 审批", "7 实施与反馈", "8 总结"]);
    expect(sections[0].fields.map((f) => f.key)).toEqual(["rep", "department", "occurredAt", "source", "serviceType", "description", "status"]);
    // Every field once; the first section and the step with a required field open, the rest folded.
    expect(sections.flatMap((s) => s.fields.map((f) => f.key)).sort()).toEqual(fields.map((f) => f.key).sort());
    expect(sections.map((s) => s.open)).toEqual([true, true, false, false, false, false, false, false, false]);
    expect(formSections(complaintsSheet, formFields(complaintsSheet, "en"), "en")[8].title).toBe("8 Close and learn");
  });

  it("declares groups and hidden columns only with columns the sheet has, each at most once", () => {
    for (const spec of SHEETS) {
      const keys = new Set((spec.columns as readonly AnyColumn[]).map((c) => c.key));
      const grouped = (spec.form?.groups ?? []).flatMap((g) => g.keys);
      expect(grouped.filter((k) => !keys.has(k))).toEqual([]);
      expect(new Set(grouped).size).toBe(grouped.length);
      expect((spec.form?.hidden ?? []).filter((k) => !keys.has(k))).toEqual([]);
    }
  });

  it("gives a follow-up one result field (处理结果 is filled from 跟进结果)", () => {
    const keys = formFields(followUpsSheet, "zh").map((f) => f.key);
    expect(keys).toContain("result");
    expect(keys).not.toContain("resolution");
    // A sheet without groups: primary fields, then the rest under 更多字段 (no title).
    const sections = formSections(followUpsSheet, formFields(followUpsSheet, "zh", ["customer"]), "zh");
    expect(sections.map((s) => [s.title, s.open])).toEqual([[undefined, true], [undefined, false]]);
    expect(sections[0].fields.map((f) => f.key)).toEqual(["rep", "occurredAt", "source", "description", "result", "gradeAfter", "promise", "promiseDue", "status"]);
  });

  it("builds the 新客户 form from 客户档案: the four required fields first, the profile in topics", () => {
    const sections = formSections(customersSheet, formFields(customersSheet, "zh"), "zh");
    expect(sections[0].fields.map((f) => f.key)).toEqual(["code", "name", "grade", "rep"]);
    expect(sections.slice(1).map((s) => s.title)).toEqual(["联系与位置", "成交前景", "企业情况", "信用与结算", "往来与备注"]);
  });
});
