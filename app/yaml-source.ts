/**
 * Maps a value of a synthesized stack back to the YAML that produced it, so checks of the JSON
 * (schema, secrets) report file:line:col instead of a JSON address. The model knows each setting's
 * source through the engine's provenance (`ResolvedComponent.sourceOf`).
 */
import type { SourceLocation } from "../config-engine/diagnostics";
import type { ResolvedComponent } from "../config-engine/types";
import { logicalId } from "../constructs/private/ids";
import type { SpaceliftModel, StackModel } from "../model";

/** `resource.spacelift_stack.x.labels[2]` → `["resource", "spacelift_stack", "x", "labels", "2"]`. */
export function jsonPathSegments(path: string): string[] {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((s) => s !== "");
}

/** The child stack whose resources carry this logical id (`<stack id>` or `<stack id>_<part>…`). */
function childStackOf(model: SpaceliftModel, rid: string): StackModel | undefined {
  let best: StackModel | undefined;
  let bestLength = -1;
  for (const s of model.stacks) {
    const base = logicalId(s.id);
    if ((rid === base || rid.startsWith(`${base}_`)) && base.length > bestLength) {
      best = s;
      bestLength = base.length;
    }
  }
  return best;
}

/**
 * Where in YAML the value at `path` of the cdktf stack `stackId` comes from: the exact key when
 * known, else the manifest of the component the resource belongs to (line 1).
 */
export function yamlSourceOf(
  model: SpaceliftModel,
  stackId: string,
  doc: unknown,
  path: readonly string[],
): SourceLocation | undefined {
  const [top, type, rid, attr, ...rest] = path;
  const child = top === "resource" && rid !== undefined ? childStackOf(model, rid) : undefined;
  const owner: ResolvedComponent | undefined =
    child?.source ?? model.appComponents.find((a) => a.id === stackId)?.source;
  if (owner === undefined) return undefined;
  const keys = rest.map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  const exact = child !== undefined ? exactSource(child.source, doc, path, type, attr, keys) : undefined;
  return exact ?? { file: owner.stackFileAbsolute, line: 1, col: 1 };
}

function exactSource(
  c: ResolvedComponent,
  doc: unknown,
  path: readonly string[],
  type: string | undefined,
  attr: string | undefined,
  rest: readonly (string | number)[],
): SourceLocation | undefined {
  if (attr === undefined) return undefined;
  if (type === "spacelift_environment_variable") {
    const name = valueAt(doc, [...path.slice(0, 3), "name"]);
    return typeof name === "string" ? c.sourceOf("env", [name]) : undefined;
  }
  if (type === "spacelift_mounted_file" && rest[0] === "#decoded") {
    return c.sourceOf("vars", rest.slice(1)) ?? c.sourceOf("vars", rest.slice(1, 2));
  }
  if (type === "spacelift_stack") {
    return (
      c.sourceOf("settings", ["spacelift", attr, ...rest]) ??
      c.sourceOf("settings", ["spacelift", attr]) ??
      c.sourceOf("vars", [attr])
    );
  }
  return undefined;
}

function valueAt(doc: unknown, path: readonly string[]): unknown {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
