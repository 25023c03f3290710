import { ArchivePort } from "../../../archive/archive-port";
import { runTop } from "../../../app/top";
import { EXIT } from "../../command";
import { printTop, topRequest, TOP_ARGS, TOP_OPTIONS } from "../top";
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeFromFlags } from "./scope-flags";
import { ARCHIVE_OPT, type ArchiveSub } from "./sub";

const usage = `kehu archive top ${TOP_ARGS} ${SCOPE_USAGE} [--today D] [--db D]`;

export const topSub: ArchiveSub = {
  name: "top",
  usage,
  summary: "TopN（可加同比、环比）：在归档的当前数据上，按范围（客服、部门、全公司）排出客户、产品类别或客服",
  options: { ...SCOPE_OPTIONS, ...TOP_OPTIONS, today: ARCHIVE_OPT.today },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const request = topRequest(ctx, usage);
    const scope = await scopeFromFlags(ctx, db, usage);
    const run = await runTop(new ArchivePort(db, scope.reps), request);
    if (!ctx.json) ctx.out(`归档 · ${scope.label}`);
    printTop(ctx, run, { scope: scope.label });
    return EXIT.ok;
  },
};
