/** `describe affected` and the Spacelift PR-comment triggers (see docs/affected.md). */
export {
  describeAffected,
  findAffected,
  type AffectedResult,
  type DescribeAffectedOptions,
  type FindAffectedInputs,
} from "./find-affected";
export { loadSides, type LoadedSides, type Side, type SideOptions } from "./sides";
export { ChangedFiles } from "./changed-files";
export { renderJson, renderMatrix, itemToJson } from "./output";
export {
  parseAffectedJson,
  renderComment,
  renderSpacectl,
  triggerItems,
  triggerPlan,
  type TriggerItem,
  type TriggerPlan,
  type TriggerVerb,
} from "./comment";
export { moduleCallsInHcl, moduleCallsInJson, type ModuleCall } from "./hcl-modules";
export { AffectedErrors, type AffectedErrorCode, type AffectedWarningCode } from "./errors";
export * from "./types";
