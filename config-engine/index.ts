/** Public API of the config engine (atmos semantics). */
export { loadAtmosConfig, type LoadAtmosConfigOptions } from "./atmos-config";
export { resolveStacks, type ResolveOptions } from "./resolve";
export {
  describeStacks,
  describeComponent,
  findComponent,
  componentOutput,
  type DescribeStacksFilters,
} from "./describe";
export { deepMerge, markAppend, isAppendList, LIST_MERGE_STRATEGIES } from "./merge";
export { EngineErrors, SUPPORTED_TAGS, type EngineErrorCode } from "./errors";
export * from "./diagnostics";
export type * from "./types";
