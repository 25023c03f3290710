import { addDays, utcDate } from "../domain/time";
import type { Staff } from "../workbook";
import type { DemoContext } from "./context";
import { personName } from "./names";
import { AREAS } from "./places";

export interface Team {
  staff: Staff[];
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
  const manager: Staff = { id: "S001", name: name(), department: "客服部", active: true, joinedOn: utcDate(2015, 3, 2) };
  const staff: Staff[] = [manager];
  const repsByArea = new Map<string, Staff[]>();
  let n = 2;
  AREAS.forEach((area, i) => {
    const reps: Staff[] = [];
    for (let k = 0; k < REPS_PER_AREA[i]; k++) {
      // 驻地: the area's depot city, where the rep's routes start
      const rep: Staff = { id: `S${String(n++).padStart(3, "0")}`, name: name(), department: `${area.name}客服组`, manager: manager.id, active: true, joinedOn: joined(), baseLat: area.lat, baseLng: area.lng };
      reps.push(rep);
      staff.push(rep);
    }
    repsByArea.set(area.name, reps);
  });
  const north = AREAS[1].name;
  const leftOn = addDays(ctx.today, -rng.int(35, 70));
  const leaverRep: Staff = { id: `S${String(n++).padStart(3, "0")}`, name: name(), department: `${north}客服组`, manager: manager.id, active: false, joinedOn: utcDate(2019, 7, 15) };
  staff.push(leaverRep);
  return { staff, manager, repsByArea, leaver: { rep: leaverRep, successor: repsByArea.get(north)![0], area: north, leftOn } };
}
