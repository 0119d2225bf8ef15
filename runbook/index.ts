/**
 * Break-glass runbooks and the deployment-role inventory: pure TypeScript over the Spacelift model,
 * for running stacks when Spacelift is down (Spacelift's Disaster Continuity guidance).
 */
export { buildRunbook, KIND_DESCRIPTIONS, type RunbookOptions } from "./build-runbook";
export { buildInventory, ROLE_USES, type Inventory, type RoleUse } from "./inventory";
export { renderInventory, inventoryJson } from "./render-inventory";
export { renderRunbook } from "./render-runbook";
export { allTargets, findTarget, type BreakGlassTarget } from "./targets";
export type { RunbookErrorCode } from "./errors";
export * from "./types";
