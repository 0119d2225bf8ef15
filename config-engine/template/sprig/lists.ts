/** Sprig v3 list functions (list.go): plain forms panic where `must` forms return the error. */
import type { FunctionLibrary, GoFunction, GoValue } from "../contract";
import { arity, deepEqual, fixed, goKindName, int, isEmpty, isList, isMap, str } from "./go-values";

/** Sprig's `Cannot <what> on type <kind>` for a non-list. */
function listOf(v: GoValue, what: string): readonly GoValue[] {
  if (isList(v)) return v;
  throw new Error(`Cannot ${what} type ${goKindName(v)}`);
}

/** Registers `name` and `mustName` with the same behaviour (Sprig's plain form panics with the error). */
function both(name: string, impl: GoFunction): FunctionLibrary {
  const must = `must${name[0]?.toUpperCase() ?? ""}${name.slice(1)}`;
  return { [name]: impl, [must]: impl };
}

function sliceBounds(list: readonly GoValue[], indices: readonly number[]): readonly GoValue[] {
  const [start = 0, end = list.length] = indices;
  if (start < 0 || end > list.length || start > end) {
    throw new Error(
      `runtime error: slice bounds out of range [${start}:${end}] with capacity ${list.length}`,
    );
  }
  return list.slice(start, end);
}

/** Sprig's `dig "a" "b" default dict`. */
function dig(args: readonly GoValue[]): GoValue {
  if (args.length < 3) throw new Error("dig needs at least three arguments");
  let cur: GoValue = args[args.length - 1];
  const fallback = args[args.length - 2];
  const keys = args.slice(0, -2).map((k) => str(k));
  for (const key of keys) {
    if (!isMap(cur))
      throw new Error(
        `interface conversion: interface {} is ${goKindName(cur)}, not map[string]interface {}`,
      );
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return fallback;
    cur = cur[key];
  }
  return cur;
}

export const LIST_FUNCTIONS: FunctionLibrary = {
  list: (args) => [...args],
  tuple: (args) => [...args],
  ...both(
    "append",
    fixed("append", 2, (args) => [...listOf(args[0], "push on"), args[1]]),
  ),
  ...both(
    "prepend",
    fixed("prepend", 2, (args) => [args[1], ...listOf(args[0], "prepend on")]),
  ),
  ...both(
    "first",
    fixed("first", 1, (args) => listOf(args[0], "find first on")[0] ?? null),
  ),
  ...both(
    "last",
    fixed("last", 1, (args) => {
      const l = listOf(args[0], "find last on");
      return l.length === 0 ? null : (l[l.length - 1] ?? null);
    }),
  ),
  ...both(
    "rest",
    fixed("rest", 1, (args) => {
      const l = listOf(args[0], "find rest on");
      return l.length === 0 ? null : l.slice(1);
    }),
  ),
  ...both(
    "initial",
    fixed("initial", 1, (args) => {
      const l = listOf(args[0], "find initial on");
      return l.length === 0 ? null : l.slice(0, -1);
    }),
  ),
  ...both(
    "reverse",
    fixed("reverse", 1, (args) => [...listOf(args[0], "find reverse on")].reverse()),
  ),
  ...both(
    "compact",
    fixed("compact", 1, (args) => listOf(args[0], "compact on").filter((v) => !isEmpty(v))),
  ),
  ...both(
    "uniq",
    fixed("uniq", 1, (args) => {
      const out: GoValue[] = [];
      for (const v of listOf(args[0], "find uniq on")) if (!out.some((o) => deepEqual(o, v))) out.push(v);
      return out;
    }),
  ),
  ...both("without", (args) => {
    arity("without", args, 1, Infinity);
    const omit = args.slice(1);
    return listOf(args[0], "find without on").filter((v) => !omit.some((o) => deepEqual(o, v)));
  }),
  ...both(
    "has",
    fixed("has", 2, (args) => {
      const haystack = args[1];
      if (haystack === null || haystack === undefined) return false;
      return listOf(haystack, "find has on").some((v) => deepEqual(v, args[0]));
    }),
  ),
  ...both("slice", (args) => {
    arity("slice", args, 1, Infinity);
    return sliceBounds(listOf(args[0], "slice"), args.slice(1).map(int));
  }),
  concat: (args) => {
    const out: GoValue[] = [];
    for (const l of args) {
      if (!isList(l)) throw new Error(`Cannot concat type ${goKindName(l)} as list`);
      out.push(...l);
    }
    return out;
  },
  dig,
  ...both(
    "chunk",
    fixed("chunk", 2, (args) => {
      const size = int(args[0]);
      const l = listOf(args[1], "chunk");
      const out: GoValue[][] = [];
      for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
      return out;
    }),
  ),
};
