/** Value model of the template evaluator: Go kinds, truthiness and `%v` printing of GoValues. */
import { GoFloat, goNumber, isGoOpaque, type GoValue } from "./contract";
import { formatFloat } from "./fmt-number";

/** A value during evaluation (kept as an alias of the contract's GoValue). */
export type TemplateValue = GoValue;

/** A map value (Go `map[string]interface {}`). */
export type GoMap = { readonly [key: string]: GoValue };

/** Go's reflect kind of a value, as text/template's comparison functions see it. */
export type GoKind = "nil" | "bool" | "int" | "float" | "string" | "slice" | "map" | "opaque";

export function kindOf(v: GoValue): GoKind {
  if (v === undefined || v === null) return "nil";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "string") return "string";
  if (v instanceof GoFloat) return "float";
  if (Array.isArray(v)) return "slice";
  if (isGoOpaque(v)) return "opaque";
  return "map";
}

export function isGoMap(v: GoValue): v is GoMap {
  return kindOf(v) === "map";
}

/** Go template truthiness: false, 0, nil, and empty strings/collections are false. */
export function isTruthy(v: GoValue): boolean {
  switch (kindOf(v)) {
    case "nil":
      return false;
    case "bool":
      return v === true;
    case "int":
    case "float":
      return goNumber(v) !== 0;
    case "string":
      return v !== "";
    case "slice":
      return (v as readonly GoValue[]).length > 0;
    case "map":
      return Object.keys(v as GoMap).length > 0;
    default:
      return true;
  }
}

/** Sorted keys of a map, as Go prints and ranges over them. */
export function sortedKeys(m: GoMap): string[] {
  return Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Go's `fmt.Sprint` of one value (`%v`): nil is `<nil>`, maps print with sorted keys. */
export function formatGoValue(v: GoValue): string {
  switch (kindOf(v)) {
    case "nil":
      return "<nil>";
    case "string":
      return v as string;
    case "bool":
      return v === true ? "true" : "false";
    case "int":
      return (v as number).toString();
    case "float":
      return formatFloat(goNumber(v) as number, "g", -1);
    case "slice":
      return `[${(v as readonly GoValue[]).map(formatGoValue).join(" ")}]`;
    case "map": {
      const m = v as GoMap;
      return `map[${sortedKeys(m)
        .map((k) => `${k}:${formatGoValue(m[k])}`)
        .join(" ")}]`;
    }
    default:
      return (v as { goString(): string }).goString();
  }
}

/** Go's `fmt.Sprint(args...)`: spaces only between operands when neither is a string. */
export function sprint(args: readonly GoValue[]): string {
  let out = "";
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== "string" && typeof args[i - 1] !== "string") out += " ";
    out += formatGoValue(a);
  });
  return out;
}

/** Go's `fmt.Sprintln(args...)`: always spaces, and a final newline. */
export function sprintln(args: readonly GoValue[]): string {
  return `${args.map(formatGoValue).join(" ")}\n`;
}
