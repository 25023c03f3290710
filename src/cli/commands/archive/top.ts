import { archiveTop } from "../../../archive/scoped-runs";
import { EXIT, langOf } from "../../command";
import { printTop, topRequest, TOP_ARGS, TOP_OPTIONS } from "../top";
import { SCOPE_OPTIONS, SCOPE_USAGE, scopeFromFlags } from "./scope-flags";
import { subUsage, type ArchiveSub } from "./sub";

const usage = subUsage("top", `${TOP_ARGS} ${SCOPE_USAGE.zh} [--today D]`, `${TOP_ARGS} ${SCOPE_USAGE.en} [--today D]`);

const SOURCE = { zh: (scope: string) => `归档 · ${scope}`, en: (scope: string) => `The archive · ${scope}` };

export const topSub: ArchiveSub = {
  name: "top",
  usage,
  summary: {
    zh: "TopN（可加同比、环比）：在归档的当前数据上，按范围（客服、部门、全公司）排出客户、产品类别或客服",
    en: "TopN (year on year or against the period before): customers, product categories or reps ranked over the archive's current rows, by scope (a rep, a department, the whole company)",
  },
  options: { ...SCOPE_OPTIONS, ...TOP_OPTIONS },
  files: { min: 0, max: 0 },
  async run(ctx, db) {
    const request = topRequest(ctx, usage);
    const scope = await scopeFromFlags(ctx, db, usage);
    const run = await archiveTop(db, scope, request);
    if (!ctx.json) ctx.out(SOURCE[langOf(ctx.flags)](scope.label));
    printTop(ctx, run, { scope: scope.label });
    return EXIT.ok;
  },
};
