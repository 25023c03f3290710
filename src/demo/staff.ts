import { addDays, utcDate } from "../domain/time";
import type { Department, Staff, StaffExperience, StaffTraining } from "../workbook";
import type { DemoContext } from "./context";
import { personName } from "./names";
import { AREAS } from "./places";

export interface Team {
  staff: Staff[];
  /** 客服部 at the top, one 客服组 per area under it. */
  departments: Department[];
  training: StaffTraining[];
  experience: StaffExperience[];
  manager: Staff;
  /** Active reps per area, in 工号 order. */
  repsByArea: Map<string, Staff[]>;
  /** The rep who left: their customers were handed over to `successor` on `leftOn`. */
  leaver: { rep: Staff; successor: Staff; area: string; leftOn: Date };
}

const REPS_PER_AREA = [2, 1, 2, 1, 1, 1];

/** 1 manager, 8 reps over the six areas, and a ninth rep of 华北 who left 5–10 weeks ago. */
export function makeTeam(ctx: DemoContext): Team {
  const { rng } = ctx;
  const usedNames = new Set<string>();
  const name = () => {
    for (;;) {
      const n = personName(rng);
      if (!usedNames.has(n)) {
        usedNames.add(n);
        return n;
      }
    }
  };
  const joined = () => utcDate(rng.int(2016, 2024), rng.int(1, 12), rng.int(1, 28));
  const top: Department = { code: "D01", name: "客服部", scope: "客户服务、跟进与客户关系管理" };
  const departments: Department[] = [top];
  AREAS.forEach((area, i) => departments.push({ code: `D${String(i + 2).padStart(2, "0")}`, name: `${area.name}客服组`, scope: `${area.name}区域客户的跟进、订单与售后`, parent: top.code }));
  const manager: Staff = { id: "S001", name: name(), department: top.name, role: "经理", active: true, joinedOn: utcDate(2015, 3, 2) };
  // the manager heads 客服部; the area groups name no head of their own and answer through it
  top.head = manager.id;
  const staff: Staff[] = [manager];
  const repsByArea = new Map<string, Staff[]>();
  let n = 2;
  AREAS.forEach((area, i) => {
    const reps: Staff[] = [];
    for (let k = 0; k < REPS_PER_AREA[i]; k++) {
      // 驻地: the area's depot city, where the rep's routes start
      const rep: Staff = { id: `S${String(n++).padStart(3, "0")}`, name: name(), department: `${area.name}客服组`, manager: manager.id, role: "客服", active: true, joinedOn: joined(), baseLat: area.lat, baseLng: area.lng };
      reps.push(rep);
      staff.push(rep);
    }
    repsByArea.set(area.name, reps);
  });
  const north = AREAS[1].name;
  const leftOn = addDays(ctx.today, -rng.int(35, 70));
  const leaverRep: Staff = { id: `S${String(n++).padStart(3, "0")}`, name: name(), department: `${north}客服组`, manager: manager.id, role: "客服", active: false, joinedOn: utcDate(2019, 7, 15) };
  leaverRep.leftOn = addDays(leftOn, -1);
  staff.push(leaverRep);
  const { training, experience } = staffRecords(staff);
  return { staff, departments, training, experience, manager, repsByArea, leaver: { rep: leaverRep, successor: repsByArea.get(north)![0], area: north, leftOn } };
}

/** Contact data and one training and one post per member, derived from the 工号 (no draws: the rest of the demo stays as it was). */
function staffRecords(staff: Staff[]): { training: StaffTraining[]; experience: StaffExperience[] } {
  const training: StaffTraining[] = [];
  const experience: StaffExperience[] = [];
  for (const s of staff) {
    const n = Number(s.id.slice(1));
    s.phone = `1380571${String(n).padStart(4, "0")}`;
    s.email = `${s.id.toLowerCase()}@example.com`;
    const joined = s.joinedOn ?? utcDate(2020, 1, 1);
    training.push({ staff: s.id, startedOn: addDays(joined, 7), endedOn: addDays(joined, 11), course: "新员工入职培训：产品、客户日志与服务规范", provider: "公司培训部", result: "合格" });
    experience.push({ staff: s.id, from: joined, to: s.leftOn, organisation: "本公司", position: s.manager ? "客服代表" : "客服经理" });
  }
  return { training, experience };
}
