/**
 * The output shapes: atmos's `describe affected` JSON list (snake_case, atmos's field order, empty
 * optional fields omitted) and the GitHub Actions matrix `{"include": [...]}` that
 * `cloudposse/github-action-atmos-affected-stacks` builds from that list (through
 * `github-action-matrix-extended` with `nested-matrices-count: 1`): every item as one matrix entry,
 * compact JSON on one line for `$GITHUB_OUTPUT`.
 */
import { sortKeysDeep } from "../config-engine/json-value";
import type { JsonMap } from "../config-engine/types";
import type { AffectedItem, ContextFields, Dependent } from "./types";

/** atmos's JSON object for one item. */
export function itemToJson(item: AffectedItem): JsonMap {
  return {
    component: item.component,
    component_type: item.componentType,
    component_path: item.componentPath,
    ...context(item),
    stack: item.stack,
    stack_slug: item.stackSlug,
    ...(item.spaceliftStack !== undefined ? { spacelift_stack: item.spaceliftStack } : {}),
    affected: item.affected,
    affected_all: [...item.affectedAll],
    ...(item.file !== undefined ? { file: item.file } : {}),
    ...(item.folder !== undefined ? { folder: item.folder } : {}),
    dependents: item.dependents.map(dependentToJson),
    included_in_dependents: item.includedInDependents,
    ...(item.settings !== undefined ? { settings: sortKeysDeep(item.settings) } : {}),
    ...(item.deleted ? { deleted: true } : {}),
    ...(item.deletionType !== undefined ? { deletion_type: item.deletionType } : {}),
  };
}

function dependentToJson(d: Dependent): JsonMap {
  return {
    component: d.component,
    component_type: d.componentType,
    component_path: d.componentPath,
    ...context(d),
    stack: d.stack,
    stack_slug: d.stackSlug,
    ...(d.spaceliftStack !== undefined ? { spacelift_stack: d.spaceliftStack } : {}),
    dependents: d.dependents.map(dependentToJson),
    included_in_dependents: d.includedInDependents,
    ...(d.settings !== undefined ? { settings: sortKeysDeep(d.settings) } : {}),
  };
}

function context(c: ContextFields): JsonMap {
  const out: JsonMap = {};
  for (const k of ["namespace", "tenant", "environment", "stage"] as const) {
    const v = c[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** `--format json`: the list, indented, newline-terminated. */
export function renderJson(items: readonly AffectedItem[]): string {
  return `${JSON.stringify(items.map(itemToJson), null, 2)}\n`;
}

/** `--format matrix`: `{"include":[...]}` on one line. */
export function renderMatrix(items: readonly AffectedItem[]): string {
  return `${JSON.stringify({ include: items.map(itemToJson) })}\n`;
}
