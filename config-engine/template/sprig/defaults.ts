/** Sprig v3 defaults, JSON and reflection functions (defaults.go, reflect.go). */
import type { FunctionLibrary, GoValue } from "../contract";
import { marshalJson, unmarshalJson } from "./go-json";
import { arity, bool, deepCopy, deepEqual, fixed, goKindName, goTypeName, isEmpty, str } from "./go-values";

/** `fromJson`-style: the plain form swallows the error (nil), the `must` form returns it. */
function swallow<T extends GoValue>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

export const DEFAULTS_FUNCTIONS: FunctionLibrary = {
  default: (args) => {
    arity("default", args, 1, Infinity);
    const given = args.slice(1);
    return given.length === 0 || isEmpty(given[0]) ? args[0] : given[0];
  },
  empty: fixed("empty", 1, (args) => isEmpty(args[0])),
  coalesce: (args) => args.find((v) => !isEmpty(v)) ?? null,
  all: (args) => args.every((v) => !isEmpty(v)),
  any: (args) => args.some((v) => !isEmpty(v)),
  fromJson: fixed("fromJson", 1, (args) => swallow(() => unmarshalJson(str(args[0])), null)),
  mustFromJson: fixed("mustFromJson", 1, (args) => unmarshalJson(str(args[0]))),
  toJson: fixed("toJson", 1, (args) => swallow(() => marshalJson(args[0]), "")),
  mustToJson: fixed("mustToJson", 1, (args) => marshalJson(args[0])),
  toPrettyJson: fixed("toPrettyJson", 1, (args) => swallow(() => marshalJson(args[0], { indent: "  " }), "")),
  mustToPrettyJson: fixed("mustToPrettyJson", 1, (args) => marshalJson(args[0], { indent: "  " })),
  // toRawJson panics on an error where toJson swallows it.
  toRawJson: fixed("toRawJson", 1, (args) => marshalJson(args[0], { escapeHTML: false })),
  mustToRawJson: fixed("mustToRawJson", 1, (args) => marshalJson(args[0], { escapeHTML: false })),
  ternary: fixed("ternary", 3, (args) => (bool(args[2]) ? args[0] : args[1])),
  deepCopy: fixed("deepCopy", 1, (args) => deepCopy(args[0])),
  mustDeepCopy: fixed("mustDeepCopy", 1, (args) => deepCopy(args[0])),
  typeOf: fixed("typeOf", 1, (args) => goTypeName(args[0])),
  typeIs: fixed("typeIs", 2, (args) => str(args[0]) === goTypeName(args[1])),
  typeIsLike: fixed("typeIsLike", 2, (args) => {
    const t = goTypeName(args[1]);
    const target = str(args[0]);
    return target === t || `*${target}` === t;
  }),
  kindOf: fixed("kindOf", 1, (args) => goKindName(args[0])),
  kindIs: fixed("kindIs", 2, (args) => str(args[0]) === goKindName(args[1])),
  deepEqual: fixed("deepEqual", 2, (args) => deepEqual(args[0], args[1])),
};
