/**
 * Parses one section of a resolved component with a zod schema and turns every problem into a
 * diagnostic that names the YAML key path, the file:line:col that supplied the value, the value
 * received and what is allowed.
 */
import type { z } from "zod";
import type { Diagnostic } from "../config-engine/diagnostics";
import type { JsonValue } from "../config-engine/types";
import { suggestion } from "./did-you-mean";
import { modelDiagnostic, show, type FindingSite, type ModelErrorCode } from "./errors";

/** Options of {@link parseSection}. */
export interface ParseSectionOptions {
  /** Code for wrong types and values. @default "INVALID_SETTING" */
  readonly invalidCode?: ModelErrorCode;
  /** Keys that are reported as legacy (no longer honoured) with their replacement. */
  readonly legacyKeys?: Readonly<Record<string, string>>;
  /** Keys with this prefix are dropped before parsing (pass-through escape hatch). */
  readonly passthroughPrefix?: string;
  /** Extra words for the hint on unknown keys. */
  readonly unknownKeyHint?: string;
  /**
   * Severity of unknown and legacy keys. Cloud Posse's components ignore keys they do not read, so
   * by default they are warnings (errors under `strict`) and the rest of the section is used.
   * @default "warning"
   */
  readonly unknownKeySeverity?: "error" | "warning";
  /** Report each key set to null (which means unset, as in Cloud Posse) as a NULL_SETTING warning. */
  readonly warnOnNull?: boolean;
}

/** The outcome: a value when parsing succeeded, and the diagnostics either way. */
export interface ParseSectionResult<T> {
  readonly value: T | undefined;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses `value` (found at `site`) with `schema`. A key set to null means unset (it is dropped
 * before parsing). Unknown keys (`unrecognized_keys`) become `UNKNOWN_SETTING` or `LEGACY_SETTING`
 * findings with suggestions and are dropped, so a warning never hides the rest of the section.
 */
export function parseSection<S extends z.ZodType>(
  schema: S,
  value: JsonValue | undefined,
  site: FindingSite,
  options: ParseSectionOptions = {},
): ParseSectionResult<z.infer<S>> {
  const invalidCode = options.invalidCode ?? "INVALID_SETTING";
  const severity = options.unknownKeySeverity ?? "warning";
  const diagnostics: Diagnostic[] = [];
  const nullPaths: (string | number)[][] = [];
  let input = withoutNulls(stripPassthrough(value, options.passthroughPrefix), [], nullPaths);
  if (options.warnOnNull === true) {
    for (const path of nullPaths) {
      diagnostics.push(
        modelDiagnostic(
          "warning",
          "NULL_SETTING",
          { ...site, path: [...site.path, ...path] },
          `'${path.join(".")}' is null and is treated as unset`,
          "Remove the key, or give it a value.",
        ),
      );
    }
  }
  // Unknown keys are reported and removed, then the section is parsed again (nested objects may
  // report theirs only once their parent parses).
  for (let round = 0; round < 4; round++) {
    const result = schema.safeParse(input ?? {});
    if (result.success) return { value: result.data, diagnostics };
    const unknown = result.error.issues.filter((i) => i.code === "unrecognized_keys");
    const invalid = result.error.issues.filter((i) => i.code !== "unrecognized_keys");
    for (const issue of unknown) {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const keySite: FindingSite = { ...site, path: [...site.path, ...path, key] };
        const legacy = path.length === 0 ? options.legacyKeys?.[key] : undefined;
        diagnostics.push(
          legacy !== undefined
            ? modelDiagnostic(severity, "LEGACY_SETTING", keySite, `'${key}' is no longer honoured`, legacy)
            : modelDiagnostic(
                severity,
                "UNKNOWN_SETTING",
                keySite,
                `unknown key '${key}' is ignored.${suggestion(key, known)}`,
                options.unknownKeyHint ??
                  `Known keys: ${known.join(", ")}. Keys starting with '${options.passthroughPrefix ?? "x_"}' pass through unchecked.`,
              ),
        );
      }
    }
    if (invalid.length > 0 || unknown.length === 0 || severity === "error") {
      for (const issue of invalid) {
        const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
        const valueSite: FindingSite = { ...site, path: [...site.path, ...path] };
        diagnostics.push(
          modelDiagnostic(
            "error",
            invalidCode,
            valueSite,
            `${describeIssue(issue)}, got ${show(valueAt(input, path))}`,
          ),
        );
      }
      return { value: undefined, diagnostics };
    }
    input = withoutKeys(input, unknown);
  }
  return { value: undefined, diagnostics };
}

/** A copy of `value` without map keys whose value is null (recording their paths); lists are kept. */
function withoutNulls(
  value: JsonValue | undefined,
  path: (string | number)[],
  nullPaths: (string | number)[][],
): JsonValue | undefined {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v, i) => withoutNulls(v, [...path, i], nullPaths) ?? null);
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null) nullPaths.push([...path, k]);
    else out[k] = withoutNulls(v, [...path, k], nullPaths)!;
  }
  return out;
}

/** A copy of `value` without the keys named by `unrecognized_keys` issues. */
function withoutKeys(
  value: JsonValue | undefined,
  issues: readonly z.core.$ZodIssue[],
): JsonValue | undefined {
  const copy = structuredClone(value);
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const parent = valueAt(
      copy,
      issue.path.filter((p): p is string | number => typeof p !== "symbol"),
    );
    if (parent !== null && typeof parent === "object" && !Array.isArray(parent))
      for (const key of issue.keys) delete (parent as Record<string, unknown>)[key];
  }
  return copy;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `must be ${article(issue.expected)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => show(v)).join(", ")}`;
    case "invalid_format":
      return `must match the format ${issue.format}${"pattern" in issue && issue.pattern ? ` (${issue.pattern})` : ""}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "invalid_union":
      return "has the wrong shape";
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const noun = expected === "array" ? "list" : expected === "object" ? "map" : expected;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function stripPassthrough(value: JsonValue | undefined, prefix: string | undefined): JsonValue | undefined {
  if (prefix === undefined || value === null || typeof value !== "object" || Array.isArray(value))
    return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith(prefix)));
}

function valueAt(value: JsonValue | undefined, path: readonly (string | number)[]): unknown {
  let cur: unknown = value;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

/** Keys a (strict) object schema accepts at `path`, for suggestions. */
export function knownKeysAt(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let cur: unknown = schema;
  for (const p of [...path, undefined]) {
    cur = unwrap(cur);
    if (p === undefined) break;
    const shape = shapeOf(cur);
    if (!shape) return [];
    cur = shape[String(p)];
  }
  const shape = shapeOf(cur);
  return shape ? Object.keys(shape).sort() : [];
}

function unwrap(s: unknown): unknown {
  let cur = s as { def?: { type?: string; innerType?: unknown; in?: unknown } } | undefined;
  while (cur?.def && ["optional", "nullable", "default", "pipe"].includes(cur.def.type ?? "")) {
    cur = (cur.def.innerType ?? cur.def.in) as typeof cur;
  }
  return cur;
}

function shapeOf(s: unknown): Record<string, unknown> | undefined {
  const shape = (s as { shape?: unknown } | undefined)?.shape;
  return shape && typeof shape === "object" ? (shape as Record<string, unknown>) : undefined;
}
