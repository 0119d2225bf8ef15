/**
 * Reads the Terraform state of the components being replaced: state v4 JSON as `terraform state
 * pull` prints it, or `terraform show -json` output. Both become one flat list of resource
 * instances with their full address, the address a `removed` block can name, and their attributes.
 */
import { readFileSync } from "node:fs";
import type { Json } from "../diff/types";

/** One resource instance found in an old state file. */
export interface StateResource {
  /** Full instance address: `module.child_stack["plat-ue1-dev-vpc"].spacelift_stack.this[0]`. */
  readonly address: string;
  /**
   * What a `removed` block names for it (Terraform ≥ 1.7 allows no instance keys there): the
   * top-level module call (`module.child_stack`) or, for a root resource, `spacelift_policy_attachment.root`.
   */
  readonly removedFrom: string;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly attributes: { readonly [name: string]: Json };
  /** The state file it came from (as given on the command line). */
  readonly file: string;
}

/** A state file that cannot be read. */
export class StateReadError extends Error {
  readonly stateReadErrorBrand = true;

  constructor(message: string) {
    super(message);
    this.name = "StateReadError";
  }
}

/** True when `e` is a {@link StateReadError}. */
export function isStateReadError(e: unknown): e is StateReadError {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { stateReadErrorBrand?: unknown }).stateReadErrorBrand === true
  );
}

type JsonObject = { readonly [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads one state file (either format) from disk. */
export function readStateFile(file: string, label: string = file): StateResource[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new StateReadError(`cannot read state file ${label}: ${(e as Error).message}`);
  }
  return parseState(text, label);
}

/** Parses the text of a state file (either format). */
export function parseState(text: string, label: string): StateResource[] {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (e) {
    throw new StateReadError(`${label} is not JSON: ${(e as Error).message}`);
  }
  if (!isObject(value)) throw new StateReadError(`${label} is not a Terraform state (expected an object)`);
  if (value["version"] === 4 && Array.isArray(value["resources"])) return fromStateV4(value, label);
  if (typeof value["format_version"] === "string") return fromShowJson(value, label);
  throw new StateReadError(
    `${label} is neither a state v4 file (\`terraform state pull\`) nor \`terraform show -json\` output` +
      (typeof value["version"] === "number" ? ` (state version ${value["version"]})` : ""),
  );
}

/** `removed` granularity: the first module call of a module path, keys stripped. */
function removedFromOf(modulePath: string, type: string, name: string, mode: string): string {
  if (modulePath === "") return mode === "data" ? `data.${type}.${name}` : `${type}.${name}`;
  const first = /^module\.([A-Za-z0-9_-]+)/.exec(modulePath);
  if (!first) throw new StateReadError(`unexpected module address "${modulePath}"`);
  return `module.${first[1]}`;
}

function keySuffix(key: Json | undefined): string {
  if (typeof key === "number") return `[${key}]`;
  return typeof key === "string" ? `[${JSON.stringify(key)}]` : "";
}

/** A string attribute of a state entry ("" when absent or not a string). */
function str(v: Json | undefined): string {
  return typeof v === "string" ? v : "";
}

function fromStateV4(state: JsonObject, file: string): StateResource[] {
  const out: StateResource[] = [];
  for (const r of state["resources"] as readonly Json[]) {
    if (!isObject(r)) continue;
    const modulePath = typeof r["module"] === "string" ? r["module"] : "";
    const mode = r["mode"] === "data" ? "data" : "managed";
    const type = str(r["type"]);
    const name = str(r["name"]);
    const base = `${modulePath === "" ? "" : `${modulePath}.`}${mode === "data" ? "data." : ""}${type}.${name}`;
    const instances: readonly Json[] = Array.isArray(r["instances"])
      ? (r["instances"] as readonly Json[])
      : [];
    for (const inst of instances) {
      if (!isObject(inst)) continue;
      const attributes = isObject(inst["attributes"]) ? inst["attributes"] : {};
      out.push({
        address: base + keySuffix(inst["index_key"]),
        removedFrom: removedFromOf(modulePath, type, name, mode),
        mode,
        type,
        attributes,
        file,
      });
    }
  }
  return out;
}

function fromShowJson(doc: JsonObject, file: string): StateResource[] {
  const values = doc["values"];
  if (!isObject(values)) return []; // an empty state prints no values
  const out: StateResource[] = [];
  const walk = (module: Json | undefined): void => {
    if (!isObject(module)) return;
    const modulePath = typeof module["address"] === "string" ? module["address"] : "";
    const resources: readonly Json[] = Array.isArray(module["resources"])
      ? (module["resources"] as readonly Json[])
      : [];
    for (const r of resources) {
      if (!isObject(r)) continue;
      const mode = r["mode"] === "data" ? "data" : "managed";
      const type = str(r["type"]);
      out.push({
        address: str(r["address"]),
        removedFrom: removedFromOf(modulePath, type, str(r["name"]), mode),
        mode,
        type,
        attributes: isObject(r["values"]) ? r["values"] : {},
        file,
      });
    }
    const children: readonly Json[] = Array.isArray(module["child_modules"])
      ? (module["child_modules"] as readonly Json[])
      : [];
    for (const child of children) walk(child);
  };
  walk(values["root_module"]);
  return out;
}
