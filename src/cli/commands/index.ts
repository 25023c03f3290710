import type { Command } from "../command";
import { checkCommand } from "./check";
import { initCommand } from "./init";
import { auditCommand } from "./audit";

/** Every `kehu` sub-command, in the order `kehu help` lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  checkCommand,
  auditCommand,
];
