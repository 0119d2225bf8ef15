import { stringify } from "yaml";

/** Output formats of the describe-style commands. */
export type OutputFormat = "json" | "yaml";

/** YAML as atmos prints it: no anchors or aliases for repeated values, no line folding. */
export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Serializes with keys sorted at every level (deterministic output for diffs and goldens). */
export function render(value: unknown, format: OutputFormat): string {
  const sorted = sortDeep(value);
  return format === "json" ? `${JSON.stringify(sorted, null, 2)}\n` : yamlText(sorted);
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
