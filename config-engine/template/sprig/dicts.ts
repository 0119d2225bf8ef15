/**
 * Sprig v3 dict functions (dict.go). `set`, `unset`, `merge` and `mergeOverwrite` change the map
 * in place, as in Go. `keys` and `values` come out in sorted key order here where Go's map order is
 * random.
 */
import type { FunctionLibrary, GoValue } from "../contract";
import { arity, dict, fixed, isEmpty, isMap, sortedKeys, str, strval, type GoMap } from "./go-values";

type MutableMap = Record<string, GoValue>;

/** mergo.Merge: fills keys missing or empty in `dst`; `overwrite` (WithOverride) replaces with non-empty `src` values. */
export function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean): void {
  for (const [k, sv] of Object.entries(src)) {
    const dv = dst[k];
    if (!Object.prototype.hasOwnProperty.call(dst, k)) Reflect.set(dst, k, sv);
    else if (isMap(dv) && isMap(sv)) mergeInto(dv, sv, overwrite);
    else if (overwrite ? !isEmpty(sv) : isEmpty(dv)) Reflect.set(dst, k, sv);
  }
}

function mergeFn(name: string, overwrite: boolean): FunctionLibrary[string] {
  return (args) => {
    arity(name, args, 1, Infinity);
    const dst = dict(args[0]);
    for (const src of args.slice(1)) mergeInto(dst, dict(src), overwrite);
    return dst;
  };
}

export const DICT_FUNCTIONS: FunctionLibrary = {
  dict: (args) => {
    const out: MutableMap = {};
    for (let i = 0; i < args.length; i += 2) out[strval(args[i])] = i + 1 < args.length ? args[i + 1] : "";
    return out;
  },
  get: fixed("get", 2, (args) => {
    const d = dict(args[0]);
    const k = str(args[1]);
    return Object.prototype.hasOwnProperty.call(d, k) ? d[k] : "";
  }),
  set: fixed("set", 3, (args) => {
    const d = dict(args[0]);
    // Go maps are references: the caller's map changes.
    Reflect.set(d, str(args[1]), args[2]);
    return d;
  }),
  unset: fixed("unset", 2, (args) => {
    const d = dict(args[0]);
    Reflect.deleteProperty(d, str(args[1]));
    return d;
  }),
  hasKey: fixed("hasKey", 2, (args) => Object.prototype.hasOwnProperty.call(dict(args[0]), str(args[1]))),
  pluck: (args) => {
    arity("pluck", args, 1, Infinity);
    const key = str(args[0]);
    return args
      .slice(1)
      .map((d) => dict(d))
      .filter((d) => Object.prototype.hasOwnProperty.call(d, key))
      .map((d) => d[key]);
  },
  keys: (args) => args.flatMap((d) => sortedKeys(dict(d))),
  pick: (args) => {
    arity("pick", args, 1, Infinity);
    const d = dict(args[0]);
    const out: MutableMap = {};
    for (const k of args.slice(1).map((x) => str(x)))
      if (Object.prototype.hasOwnProperty.call(d, k)) out[k] = d[k];
    return out;
  },
  omit: (args) => {
    arity("omit", args, 1, Infinity);
    const d = dict(args[0]);
    const drop = new Set(args.slice(1).map((x) => str(x)));
    const out: MutableMap = {};
    for (const [k, v] of Object.entries(d)) if (!drop.has(k)) out[k] = v;
    return out;
  },
  merge: mergeFn("merge", false),
  mustMerge: mergeFn("mustMerge", false),
  mergeOverwrite: mergeFn("mergeOverwrite", true),
  mustMergeOverwrite: mergeFn("mustMergeOverwrite", true),
  values: fixed("values", 1, (args) => {
    const d = dict(args[0]);
    return sortedKeys(d).map((k) => d[k]);
  }),
};
