/**
 * Cloud Posse's `context_filters` / `excluded_context_filters` semantics
 * (`spacelift-stacks-from-atmos-config`): every non-empty list must contain the component's var,
 * the two booleans compare with `settings.spacelift.administrative` / `root_administrative`
 * (unset = any, false also matches a missing key), tags match when any filter pair matches.
 */
import type { JsonMap, JsonValue } from "../config-engine/types";
import type { ContextFilters, ExcludedContextFilters } from "./admin-stack-config";

/** What the filters look at for one candidate stack. */
export interface FilterSubject {
  readonly vars: JsonMap;
  readonly administrative: boolean;
  readonly rootAdministrative: boolean;
}

const LISTS = [
  ["namespaces", "namespace"],
  ["environments", "environment"],
  ["tenants", "tenant"],
  ["stages", "stage"],
] as const;

function varString(vars: JsonMap, key: string): string {
  const v = vars[key];
  return typeof v === "string" ? v : "";
}

function tagsOf(vars: JsonMap): Record<string, JsonValue> | undefined {
  const t = vars["tags"];
  return t !== null && typeof t === "object" && !Array.isArray(t) ? t : undefined;
}

function anyTagMatches(filter: Readonly<Record<string, string>>, tags: Record<string, JsonValue>): boolean {
  return Object.entries(filter).some(([k, v]) => tags[k] === v);
}

/** True when `subject` passes `filters` and is not excluded by `excluded`. */
export function matchesContextFilters(
  subject: FilterSubject,
  filters: ContextFilters,
  excluded: ExcludedContextFilters,
): boolean {
  for (const [list, key] of LISTS) {
    const allowed = filters[list];
    if (allowed.length > 0 && !allowed.includes(varString(subject.vars, key))) return false;
    const denied = excluded[list];
    if (denied.length > 0 && denied.includes(varString(subject.vars, key))) return false;
  }
  if (filters.administrative !== undefined && filters.administrative !== null) {
    if (filters.administrative !== subject.administrative) return false;
  }
  if (filters.root_administrative !== undefined && filters.root_administrative !== null) {
    if (filters.root_administrative !== subject.rootAdministrative) return false;
  }
  const tags = tagsOf(subject.vars);
  if (Object.keys(filters.tags).length > 0 && (!tags || !anyTagMatches(filters.tags, tags))) return false;
  if (Object.keys(excluded.tags).length > 0 && tags && anyTagMatches(excluded.tags, tags)) return false;
  return true;
}
