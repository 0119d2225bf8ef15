/**
 * Small helpers over the engine's plain-JSON section values. Values produced by the engine are
 * shared structurally between stacks and components, so nothing here mutates its inputs.
 */
import type { JsonMap, JsonValue } from "./types";

/** True for a YAML mapping (a plain object, not a list or null). */
export function isJsonMap(v: unknown): v is JsonMap {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** An empty map shared by every "section absent" case; frozen so no caller can mutate it. */
export const EMPTY_MAP: JsonMap = Object.freeze({});

/**
 * Sets `key` on `target` as an own property, even for `__proto__` (plain assignment would change
 * the prototype: a YAML key must never be able to do that).
 */
export function setKey(target: JsonMap, key: string, value: JsonValue): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** Own property lookup that never walks the prototype chain (`toString`, `__proto__`, …). */
export function getKey(map: JsonMap, key: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** `map[key]` when it is a map, else undefined. */
export function getMap(map: JsonMap | undefined, key: string): JsonMap | undefined {
  if (!map) return undefined;
  const v = getKey(map, key);
  return isJsonMap(v) ? v : undefined;
}

/** Walks `path` (map keys and list indices) and returns the value there, or undefined. */
export function getPath(
  root: JsonValue | undefined,
  path: readonly (string | number)[],
): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const seg of path) {
    if (Array.isArray(cur)) {
      const i = typeof seg === "number" ? seg : Number(seg);
      if (!Number.isInteger(i) || i < 0 || i >= cur.length) return undefined;
      cur = cur[i];
    } else if (isJsonMap(cur)) {
      cur = getKey(cur, String(seg));
    } else {
      return undefined;
    }
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** JSON text with map keys sorted at every level: a canonical form for keys and equality. */
export function stableStringify(v: JsonValue | undefined): string {
  if (v === undefined) return "";
  if (isJsonMap(v) && Object.keys(v).length === 0) return "{}";
  return JSON.stringify(sortKeysDeep(v));
}

/**
 * A copy of `v` with map keys sorted at every level (for deterministic output). Maps are built by
 * `Object.fromEntries`, which keeps them fast V8 objects (key-by-key stores turn large ones into
 * hash tables) and a `__proto__` key an own property.
 */
export function sortKeysDeep(v: JsonValue): JsonValue {
  return sortedCopy(v, new Map());
}

/**
 * {@link sortKeysDeep} with a per-call memo: the engine shares values structurally (one global
 * `vars` map reaches thousands of components), so each shared value is sorted once per call. A
 * value whose keys are already sorted at every level is returned as is instead of copied
 * (engine values are never mutated).
 */
function sortedCopy(v: JsonValue, memo: Map<object, JsonValue>): JsonValue {
  if (typeof v !== "object" || v === null) return v;
  const hit = memo.get(v);
  if (hit !== undefined) return hit;
  const out = Array.isArray(v) ? sortedList(v, memo) : sortedMap(v, memo);
  memo.set(v, out);
  return out;
}

function sortedList(v: readonly JsonValue[], memo: Map<object, JsonValue>): JsonValue {
  let copy: JsonValue[] | undefined;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] as JsonValue;
    const y = sortedCopy(x, memo);
    if (y !== x && copy === undefined) copy = v.slice(0, i);
    if (copy !== undefined) copy.push(y);
  }
  return copy ?? (v as JsonValue[]);
}

function sortedMap(v: JsonMap, memo: Map<object, JsonValue>): JsonValue {
  const keys = Object.keys(v);
  let same = true;
  for (let i = 1; i < keys.length && same; i++) same = (keys[i - 1] as string) < (keys[i] as string);
  const values = new Array<JsonValue>(keys.length);
  if (!same) keys.sort();
  for (let i = 0; i < keys.length; i++) {
    const original = v[keys[i] as string] as JsonValue;
    values[i] = sortedCopy(original, memo);
    if (values[i] !== original) same = false;
  }
  if (same) return v;
  return Object.fromEntries(keys.map((k, i): [string, JsonValue] => [k, values[i] as JsonValue]));
}

/** Structural equality of two JSON values (type-sensitive, key order irrelevant). */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isJsonMap(a)) {
    if (!isJsonMap(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Describes a value's YAML type in the user's vocabulary ("map", "list", "string", …). */
export function yamlTypeName(v: JsonValue | undefined): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  if (isJsonMap(v)) return "map";
  return typeof v === "number" ? "number" : typeof v === "boolean" ? "boolean" : "string";
}

/**
 * `v` with every string leaf replaced by `fn(leaf, keyPath)`, copy-on-write: a subtree whose
 * strings all come back unchanged is returned as is (engine values are shared, never mutated).
 */
export function mapStringLeaves(
  v: JsonValue,
  fn: (s: string, keyPath: readonly (string | number)[]) => JsonValue,
  keyPath: (string | number)[] = [],
): JsonValue {
  if (typeof v === "string") return fn(v, keyPath);
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x: JsonValue, i) => {
      const r = mapStringLeaves(x, fn, [...keyPath, i]);
      changed ||= r !== x;
      return r;
    });
    return changed ? out : v;
  }
  if (isJsonMap(v)) {
    let changed = false;
    const out: JsonMap = {};
    for (const k of Object.keys(v)) {
      const x = v[k] as JsonValue;
      const r = mapStringLeaves(x, fn, [...keyPath, k]);
      changed ||= r !== x;
      setKey(out, k, r);
    }
    return changed ? out : v;
  }
  return v;
}
