/**
 * Logical ids and HCL literals. Every resource gets an explicit logical id derived from atmos
 * names (never from construct-tree position), so reviewers read `spacelift_stack.plat-ue1-dev-vpc`
 * in the JSON and a refactor of the construct tree can never replace a resource.
 */

/** A Terraform-valid resource name from any text (stack ids are already valid and stay as they are). */
export function logicalId(...parts: string[]): string {
  const raw = parts
    .filter((p) => p !== "")
    .map((p) => p.replace(/[^A-Za-z0-9_-]+/g, "_"))
    .join("_");
  return /^[A-Za-z_]/.test(raw) ? raw : `_${raw}`;
}

/** A readable id part for a display name such as a policy name ("TRIGGER Dependencies" → "trigger_dependencies"). */
export function namePart(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Construct ids that only wrap a resource and add nothing to its name. */
const WRAPPER_IDS = new Set(["resource", "Resource", "Default"]);

/** A logical id from a construct path below the stack: segments joined with `_`, wrappers dropped. */
export function readableLogicalId(path: readonly string[]): string {
  const parts = path.length > 1 ? path.filter((p, i) => i === 0 || !WRAPPER_IDS.has(p)) : path;
  return logicalId(...parts);
}
