/**
 * Atmos deep-merge semantics (atmos `pkg/merge`, native re-implementation of mergo WithOverride):
 *
 * - layers merge left to right; empty maps are skipped;
 * - map + map recurses; anything else is replaced by the later value, including an explicit null;
 * - lists follow the list merge strategy: `replace` (later list wins), `append` (earlier ++ later),
 *   `merge` (element-wise: two maps deep-merge, otherwise the EARLIER element is kept; the result
 *   keeps the earlier list's length, as mergo's slice deep copy does);
 * - a list tagged `!append` is appended to whatever list lies below it, whatever the strategy.
 *
 * Results share unchanged sub-trees with their inputs (no cloning): callers must never mutate.
 */
import { isJsonMap, setKey } from "./json-value";
import type { JsonMap, JsonValue, ListMergeStrategy } from "./types";

const appendLists = new WeakSet<readonly JsonValue[]>();

/** Marks `list` as tagged `!append` (see module doc). Returns the same list. */
export function markAppend(list: JsonValue[]): JsonValue[] {
  appendLists.add(list);
  return list;
}

/** True when `v` is a list tagged `!append`. */
export function isAppendList(v: JsonValue | undefined): boolean {
  return Array.isArray(v) && appendLists.has(v);
}

/** The strategies `settings.list_merge_strategy` accepts. */
export const LIST_MERGE_STRATEGIES: readonly ListMergeStrategy[] = ["replace", "append", "merge"];

/** True when `s` is a supported list merge strategy. */
export function isListMergeStrategy(s: unknown): s is ListMergeStrategy {
  return typeof s === "string" && (LIST_MERGE_STRATEGIES as readonly string[]).includes(s);
}

/** Deep-merges `layers` (lowest priority first). Undefined and empty layers are skipped. */
export function deepMerge(layers: readonly (JsonMap | undefined)[], strategy: ListMergeStrategy): JsonMap {
  let acc: JsonMap | undefined;
  for (const layer of layers) {
    if (!layer || Object.keys(layer).length === 0) continue;
    acc = acc === undefined ? layer : mergeMaps(acc, layer, strategy);
  }
  return acc ?? {};
}

/** Merges two maps; `over` wins. Neither input is modified. */
export function mergeMaps(base: JsonMap, over: JsonMap, strategy: ListMergeStrategy): JsonMap {
  const out: JsonMap = { ...base };
  for (const key of Object.keys(over)) {
    const o = over[key] as JsonValue;
    const b = Object.prototype.hasOwnProperty.call(base, key) ? base[key] : undefined;
    setKey(out, key, b === undefined ? o : mergeValue(b, o, strategy));
  }
  return out;
}

function mergeValue(base: JsonValue, over: JsonValue, strategy: ListMergeStrategy): JsonValue {
  if (isJsonMap(over)) {
    return isJsonMap(base) ? mergeMaps(base, over, strategy) : over;
  }
  if (Array.isArray(over) && Array.isArray(base)) {
    if (appendLists.has(over) || strategy === "append") return [...base, ...over];
    if (strategy === "merge") return mergeListsElementWise(base, over);
    return over;
  }
  return over;
}

function mergeListsElementWise(base: readonly JsonValue[], over: readonly JsonValue[]): JsonValue[] {
  return base.map((b, i) => {
    const o = i < over.length ? over[i] : undefined;
    // mergo quirk: a non-map element of the later list never replaces the earlier element.
    return isJsonMap(b) && isJsonMap(o) ? mergeMaps(b, o, "replace") : b;
  });
}
