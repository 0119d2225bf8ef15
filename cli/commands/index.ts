import type { RegisterCommand } from "../context";
import { registerAdopt } from "./adopt";
import { registerBreakGlass } from "./break-glass";
import { registerDescribeAffected } from "./describe-affected";
import { registerDescribeComponent } from "./describe-component";
import { registerDescribeSpacelift } from "./describe-spacelift";
import { registerDescribeStacks } from "./describe-stacks";
import { registerDiff } from "./diff";
import { registerGraph } from "./graph";
import { registerListStacks } from "./list-stacks";
import { registerOrder } from "./order";
import { registerPreviewEnv } from "./preview-env";
import { registerTriggerComment } from "./trigger-comment";
import { registerValidate } from "./validate";

/**
 * Every command module, in the order `--help` lists them. A command lives in its own file and is
 * added here with one line.
 */
export const COMMANDS: readonly RegisterCommand[] = [
  registerValidate,
  registerDescribeStacks,
  registerDescribeComponent,
  registerDescribeSpacelift,
  registerDescribeAffected,
  registerListStacks,
  registerBreakGlass,
  registerTriggerComment,
  registerDiff,
  registerGraph,
  registerOrder,
  registerPreviewEnv,
  registerAdopt,
];
