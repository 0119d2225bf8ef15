/**
 * Reviewer diffs and the destroy guard (what a change does in Spacelift, red flags first), graphs
 * of the estate and of the promotion order, and the order to bring an environment up or down.
 * Pure TypeScript over synthesized cdk.tf.json and the model; only synth.ts runs the cdktf app.
 */
export { compareTrees, diffInventories, diffTrees } from "./engine";
export { inventoryOf, type Inventory, type Resource, type StackEntry } from "./inventory";
export { readSynthTree, treeOf, isTreeReadError, type SynthTree, type TfDocument } from "./tree";
export { renderMarkdown, MARKDOWN_BUDGET, REPORT_MARKER } from "./markdown";
export { renderGraph, renderMermaid, renderDot, type StackGraph, type GraphFormat } from "./graph";
export { estateGraph, promotionView, stageOf, type PromotionStep, type PromotionView } from "./model-graph";
export {
  environmentOrder,
  renderOrderText,
  stacksOfAtmosStack,
  type EnvironmentOrder,
  type OrderStep,
} from "./order";
export { affectedStacks, AffectedInputError, type AffectedStacks } from "./affected-input";
export { synthesizeSide, type SideOptions } from "./synth";
export { withCheckout, repositoryRoot, resolveCommit, isGitError } from "./git";
export { unifiedDiff, lineDiff } from "./line-diff";
export {
  DEFAULT_FAIL_ON,
  FAIL_ON_CATEGORIES,
  FailOnError,
  gatedRedFlags,
  parseFailOn,
  RED_FLAG_CATEGORY,
  type FailOnCategory,
} from "./fail-on";
export * from "./types";
export { renderTerminal, type TerminalOptions } from "./terminal";
