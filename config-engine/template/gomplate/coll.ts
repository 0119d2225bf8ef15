/** Gomplate v3 `coll` namespace (dst wins in `coll.Merge`, keys sorted in `coll.Keys`). */
import type { FunctionLibrary, GoValue } from "../contract";
import {
  arity,
  deepEqual,
  dict,
  fixed,
  isList,
  isMap,
  sortedKeys,
  str,
  type GoMap,
} from "../sprig/go-values";
import { has, interfaceSlice, makeDict, toFloat64, toInt64, toStr } from "./conv";

/** gomplate's mergeValues: `over` wins, nested maps merge, inputs are not changed. */
function mergeValues(base: GoMap, over: GoMap): Record<string, GoValue> {
  const out: Record<string, GoValue> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const d = out[k];
    out[k] = Object.prototype.hasOwnProperty.call(out, k) && isMap(v) && isMap(d) ? mergeValues(d, v) : v;
  }
  return out;
}

/** gomplate's Sort: same-typed elements (numbers, strings, or maps by `key`), stable; mixed types unsorted. */
function sortList(key: string, list: readonly GoValue[]): GoValue[] {
  const kinds = new Set(list.map((v) => (isMap(v) ? "map" : typeof v)));
  if (kinds.size > 1) return [...list];
  const value = (v: GoValue): GoValue => (isMap(v) ? v[key] : v);
  return [...list].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (typeof x === "number" || typeof y === "number") return toFloat64(x) - toFloat64(y);
    const [sx, sy] = [toStr(x), toStr(y)];
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  });
}

function flatten(list: readonly GoValue[], depth: number): GoValue[] {
  if (depth === 0) return [...list];
  return list.flatMap((v) => (isList(v) ? flatten(v, depth - 1) : [v]));
}

/** A small JSONPath: `$`, `.key`, `['key']`, `[n]`, `[*]`/`.*`; anything else is reported. */
function jsonPath(path: string, input: GoValue): GoValue {
  const p = path.trim().replace(/^\{(.*)\}$/, "$1");
  const tokens = [...p.replace(/^\$/, "").matchAll(/\.([A-Za-z0-9_-]+|\*)|\[(\d+|\*|'[^']*'|"[^"]*")\]/g)];
  if (tokens.map((t) => t[0]).join("") !== p.replace(/^\$/, "")) {
    throw new Error(`couldn't parse JSONPath ${path}: only $, .key, ['key'], [n] and [*] are supported here`);
  }
  let current: GoValue[] = [input];
  for (const t of tokens) {
    const sel = (t[1] ?? t[2] ?? "").replace(/^['"]|['"]$/g, "");
    current = current.flatMap((v): GoValue[] => {
      if (sel === "*") return isList(v) ? [...v] : isMap(v) ? sortedKeys(v).map((k) => v[k]) : [];
      if (isList(v) && /^\d+$/.test(sel)) return Number(sel) < v.length ? [v[Number(sel)]] : [];
      if (isMap(v) && Object.prototype.hasOwnProperty.call(v, sel)) return [v[sel]];
      return [];
    });
  }
  if (current.length === 0) throw new Error(`executing JSONPath failed: ${path} is not found`);
  return current.length === 1 ? current[0] : current;
}

/** `coll.Pick`/`coll.Omit`: keys first (strings or lists of strings), the map last. */
function keysAndMap(name: string, args: readonly GoValue[]): [Set<string>, GoMap] {
  arity(name, args, 1, Infinity);
  const m = args[args.length - 1];
  if (!isMap(m)) throw new Error(`wrong map type: must be map[string]interface{}, got ${toStr(m)}`);
  const keys = new Set<string>();
  for (const k of args.slice(0, -1)) {
    if (isList(k)) k.forEach((x) => keys.add(toStr(x)));
    else keys.add(str(k));
  }
  return [keys, m];
}

export const COLL_FUNCTIONS: FunctionLibrary = {
  "coll.Slice": (args) => [...args],
  "coll.Has": fixed("coll.Has", 2, (args) => has(args[0], args[1])),
  "coll.Dict": (args) => makeDict(args),
  "coll.Keys": (args) => args.flatMap((m) => sortedKeys(dict(m))),
  "coll.Values": (args) =>
    args.flatMap((m) => {
      const d = dict(m);
      return sortedKeys(d).map((k) => d[k]);
    }),
  "coll.Append": fixed("coll.Append", 2, (args) => [...interfaceSlice(args[1]), args[0]]),
  "coll.Prepend": fixed("coll.Prepend", 2, (args) => [args[0], ...interfaceSlice(args[1])]),
  "coll.Uniq": fixed("coll.Uniq", 1, (args) => {
    const out: GoValue[] = [];
    for (const v of interfaceSlice(args[0])) if (!out.some((o) => deepEqual(o, v))) out.push(v);
    return out;
  }),
  "coll.Reverse": fixed("coll.Reverse", 1, (args) => [...interfaceSlice(args[0])].reverse()),
  "coll.Merge": (args) => {
    arity("coll.Merge", args, 1, Infinity);
    let dst: GoMap = dict(args[0]);
    for (const src of args.slice(1)) dst = mergeValues(dict(src), dst);
    return dst;
  },
  "coll.Sort": (args) => {
    arity("coll.Sort", args, 1, 2);
    const list = args[args.length - 1];
    if (list === null || list === undefined) return null;
    return sortList(args.length === 2 ? str(args[0]) : "", interfaceSlice(list));
  },
  "coll.JSONPath": fixed("coll.JSONPath", 2, (args) => jsonPath(str(args[0]), args[1])),
  "coll.Flatten": (args) => {
    arity("coll.Flatten", args, 1, 2);
    const depth = args.length === 2 ? toInt64(args[0]) : -1;
    return flatten(interfaceSlice(args[args.length - 1]), depth);
  },
  "coll.Pick": (args) => {
    const [keys, m] = keysAndMap("coll.Pick", args);
    return Object.fromEntries(Object.entries(m).filter(([k]) => keys.has(k)));
  },
  "coll.Omit": (args) => {
    const [keys, m] = keysAndMap("coll.Omit", args);
    return Object.fromEntries(Object.entries(m).filter(([k]) => !keys.has(k)));
  },
};

const pick = (name: string): FunctionLibrary[string] => COLL_FUNCTIONS[name] ?? (() => null);

/** Gomplate's top-level aliases from `coll`. */
export const COLL_TOP_LEVEL: FunctionLibrary = {
  has: pick("coll.Has"),
  slice: pick("coll.Slice"),
  dict: pick("coll.Dict"),
  keys: pick("coll.Keys"),
  values: pick("coll.Values"),
  append: pick("coll.Append"),
  prepend: pick("coll.Prepend"),
  uniq: pick("coll.Uniq"),
  reverse: pick("coll.Reverse"),
  merge: pick("coll.Merge"),
  sort: pick("coll.Sort"),
  jsonpath: pick("coll.JSONPath"),
  flatten: pick("coll.Flatten"),
};
