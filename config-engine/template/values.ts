/** Value model and printing rules of the template evaluator (Go's `fmt` `%v`). */
import type { JsonValue } from "../types";

/** A value during evaluation; `undefined` is Go's "no value" (a missing map key). */
export type TemplateValue = JsonValue | undefined;

/** Go template truthiness: false, 0, nil, and empty strings/collections are false. */
export function isTruthy(v: TemplateValue): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === "") return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

/** Formats a value as Go's `fmt.Sprint` does for the decoded-YAML types. */
export function formatGoValue(v: TemplateValue): string {
  if (v === undefined || v === null) return "<no value>";
  if (typeof v === "string") return v;
  if (typeof v === "number") {
    if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
    const s = String(v);
    return s.replace(/e\+?(-?)(\d)$/, "e+$10$2").replace("e+-", "e-");
  }
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(formatGoValue).join(" ")}]`;
  return `map[${Object.keys(v)
    .sort()
    .map((k) => `${k}:${formatGoValue(v[k])}`)
    .join(" ")}]`;
}
