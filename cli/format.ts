import { stringify } from "yaml";

/** Output formats of the describe-style commands. */
export type OutputFormat = "json" | "yaml";

/** Serializes with keys sorted at every level (deterministic output for diffs and goldens). */
export function render(value: unknown, format: OutputFormat): string {
  const sorted = sortDeep(value);
  return format === "json" ? `${JSON.stringify(sorted, null, 2)}\n` : stringify(sorted, { lineWidth: 0 });
}

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(obj)
        .sort()
        .filter((k) => obj[k] !== undefined)
        .map((k) => [k, sortDeep(obj[k])]),
    );
  }
  return value;
}
