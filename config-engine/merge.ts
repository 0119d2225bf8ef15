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
  let first: JsonMap | undefined;
  let present: JsonMap[] | undefined;
  for (const layer of layers) {
    if (!layer || isEmptyMap(layer)) continue;
    if (first === undefined) first = layer;
    else (present ??= [first]).push(layer);
  }
  if (!present) return first ?? {};
  if (present.length === 2) return mergePair(present[0] as JsonMap, present[1] as JsonMap, strategy);
  return mergeAll(present, strategy);
}

const pairs = new WeakMap<JsonMap, WeakMap<JsonMap, Partial<Record<ListMergeStrategy, JsonMap>>>>();

/**
 * Two-layer merges are memoised by identity: imported sections are shared objects, so the same
 * pair (e.g. a catalog base and component) recurs in every stack importing them.
 */
function mergePair(a: JsonMap, b: JsonMap, strategy: ListMergeStrategy): JsonMap {
  let byB = pairs.get(a);
  let results = byB?.get(b);
  const hit = results?.[strategy];
  if (hit) return hit;
  const merged = mergeAll([a, b], strategy);
  if (!byB) pairs.set(a, (byB = new WeakMap()));
  if (!results) byB.set(b, (results = {}));
  results[strategy] = merged;
  return merged;
}

function isEmptyMap(m: JsonMap): boolean {
  for (const k in m) if (Object.prototype.hasOwnProperty.call(m, k)) return false;
  return true;
}

/**
 * N-way merge in one pass: keys whose values stay maps across consecutive layers are collected
 * and merged recursively once, so no intermediate map is built per layer.
 */
function mergeAll(layers: readonly JsonMap[], strategy: ListMergeStrategy): JsonMap {
  // Spread copies own data properties (a `__proto__` key stays an own property).
  const out: JsonMap = { ...(layers[0] as JsonMap) };
  let added = 0;
  let runs: Map<string, JsonMap[]> | undefined;
  for (let i = 1; i < layers.length; i++) {
    const layer = layers[i] as JsonMap;
    for (const key of Object.keys(layer)) {
      const v = layer[key] as JsonValue;
      const has = Object.prototype.hasOwnProperty.call(out, key);
      if (!has) added++;
      const prev = has ? out[key] : undefined;
      if (isJsonMap(v)) {
        if (isJsonMap(prev)) {
          runs ??= new Map();
          const run = runs.get(key);
          if (run) run.push(v);
          else runs.set(key, [prev, v]);
          continue;
        }
        runs?.delete(key);
        setKey(out, key, v);
        continue;
      }
      runs?.delete(key);
      setKey(out, key, prev === undefined ? v : mergeValue(prev, v, strategy));
    }
  }
  if (runs) for (const [key, run] of runs) setKey(out, key, mergeAll(run, strategy));
  // V8 turns an object that gained more than about a dozen keys through computed stores into a
  // hash table (dictionary mode: ~1.5 KiB for 25 keys, six times a fast object, copied by every
  // young-generation GC while it survives). A spread copy is a fast object again (and keeps a
  // `__proto__` key an own property).
  return added > FAST_ADDED_KEYS ? { ...out } : out;
}

/** Keys a merge result may gain before it is copied back into a fast object (see mergeAll). */
const FAST_ADDED_KEYS = 8;

/** Merges two maps; `over` wins. Neither input is modified. */
export function mergeMaps(base: JsonMap, over: JsonMap, strategy: ListMergeStrategy): JsonMap {
  return mergeAll([base, over], strategy);
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
