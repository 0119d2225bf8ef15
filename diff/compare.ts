/** Value-level comparisons shared by every entity diff: attributes, sets, lists, decoded vars. */
import { lineDiff } from "./line-diff";
import type { AttributeChange, Json, ListChange, SetChange, ValueChange } from "./types";

/** Attributes the provider stores as sets: their order never matters. */
const SET_ATTRIBUTES = new Set(["labels", "additional_project_globs"]);

/** A value as text: strings as they are, anything else as JSON, absent as "". */
export function text(value: Json | undefined): string {
  return value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
}

/** JSON text with sorted keys: equal texts mean equal values. */
export function canonical(value: Json | undefined): string {
  return value === undefined ? "undefined" : JSON.stringify(sortKeys(value));
}

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, Json>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .map((k) => [k, sortKeys(obj[k]!)]),
    );
  }
  return value;
}

/** True when both values mean the same. */
export function sameValue(a: Json | undefined, b: Json | undefined): boolean {
  return canonical(a) === canonical(b);
}

function normalised(attribute: string, value: Json | undefined): Json | undefined {
  if (SET_ATTRIBUTES.has(attribute) && Array.isArray(value)) return [...(value as Json[])].map(String).sort();
  return value;
}

/** The attributes that differ, sorted by name (set-valued attributes compared as sets). */
export function attributeChanges(
  before: Readonly<Record<string, Json>> | undefined,
  after: Readonly<Record<string, Json>> | undefined,
  skip: ReadonlySet<string> = new Set(),
): AttributeChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: AttributeChange[] = [];
  for (const attribute of [...keys].sort()) {
    if (skip.has(attribute)) continue;
    const b = normalised(attribute, before?.[attribute]);
    const a = normalised(attribute, after?.[attribute]);
    if (sameValue(b, a)) continue;
    out.push({
      attribute,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    });
  }
  return out;
}

/** Set members added and removed, each sorted. */
export function setChange(before: Iterable<string>, after: Iterable<string>): SetChange {
  const b = new Set(before);
  const a = new Set(after);
  return {
    added: [...a].filter((x) => !b.has(x)).sort(),
    removed: [...b].filter((x) => !a.has(x)).sort(),
  };
}

/** True when a set change adds or removes something. */
export function setChanged(change: SetChange): boolean {
  return change.added.length > 0 || change.removed.length > 0;
}

/** An ordered list before and after, or undefined when equal. */
export function listChange(
  name: string,
  before: readonly string[],
  after: readonly string[],
): ListChange | undefined {
  if (sameValue(before, after)) return undefined;
  return { name, before, after, lines: lineDiff(before, after) };
}

/** Keyed values compared key by key (environment variables, flattened vars), sorted by key. */
export function valueChanges(
  before: ReadonlyMap<string, Json> | undefined,
  after: ReadonlyMap<string, Json> | undefined,
): ValueChange[] {
  const keys = new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
  const out: ValueChange[] = [];
  for (const key of [...keys].sort()) {
    const b = before?.get(key);
    const a = after?.get(key);
    if (sameValue(b, a)) continue;
    const change = b === undefined ? "added" : a === undefined ? "removed" : "changed";
    out.push({
      key,
      change,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
    });
  }
  return out;
}

/**
 * The component vars of a mounted `spacelift.auto.tfvars.json` (base64 JSON), flattened to dotted
 * key paths (objects are walked, lists are values), or undefined when it is not base64 JSON.
 */
export function decodeVars(content: Json | undefined): Map<string, Json> | undefined {
  if (typeof content !== "string") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(content, "base64").toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const out = new Map<string, Json>();
  const walk = (value: Json, path: string): void => {
    if (
      value !== null &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      Object.keys(value).length > 0
    ) {
      for (const k of Object.keys(value).sort())
        walk((value as Record<string, Json>)[k]!, path ? `${path}.${k}` : k);
    } else {
      out.set(path, value);
    }
  };
  walk(parsed as Json, "");
  return out;
}
