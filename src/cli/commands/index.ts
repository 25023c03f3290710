import type { Command } from "../command";
import { checkCommand } from "./check";
import { demoCommand } from "./demo";
import { initCommand } from "./init";
import { auditCommand } from "./audit";
import { handoverCommand } from "./handover";
import { dueCommand } from "./due";
import { abcCommand } from "./abc";
import { routesCommand } from "./routes";
import { receivablesCommand } from "./receivables";
import { archiveCommand } from "./archive";
import { topCommand } from "./top";
import { reportCommand } from "./report";
import { statementCommand } from "./statement";
import { plansCommand } from "./plans";
import { planCommand } from "./plan";
import { appraiseCommand } from "./appraise";

/** Every `kehu` sub-command, in the order `kehu help` lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  checkCommand,
  demoCommand,
  auditCommand,
  handoverCommand,
  dueCommand,
  abcCommand,
  routesCommand,
  receivablesCommand,
  topCommand,
  reportCommand,
  statementCommand,
  plansCommand,
  planCommand,
  appraiseCommand,
  archiveCommand,
];
