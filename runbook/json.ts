/** JSON output of the runbook layer: snake_case keys, like the CLI's other JSON output. */

/** `value` with every object key turned from camelCase into snake_case (values untouched). */
export function toSnakeJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toSnakeJson);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), toSnakeJson(v)]),
    );
  }
  return value;
}
