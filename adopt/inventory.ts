/**
 * A name-based inventory of what exists in Spacelift, for resources created by hand in the UI (no
 * Terraform state knows them). The file is JSON: `{ "stacks": [...], "spaces": [...], "policies":
 * [...], "worker_pools": [...], "contexts": [...] }`, each entry `{ "id": ..., "name": ... }` as
 * `spacectl stack list --output json` prints stacks (extra fields are ignored).
 */
import { readFileSync } from "node:fs";
import type { Json } from "../diff/types";
import { StateReadError, type StateResource } from "./state";

const SECTIONS: Readonly<Record<string, string>> = {
  stacks: "spacelift_stack",
  spaces: "spacelift_space",
  policies: "spacelift_policy",
  worker_pools: "spacelift_worker_pool",
  contexts: "spacelift_context",
  aws_integrations: "spacelift_aws_integration",
};

/** The inventory's entries as state-like resources (no address: nothing to remove anywhere). */
export function readInventory(file: string): StateResource[] {
  let value: Json;
  try {
    value = JSON.parse(readFileSync(file, "utf8")) as Json;
  } catch (e) {
    throw new StateReadError(`cannot read inventory ${file}: ${(e as Error).message}`);
  }
  return parseInventory(value, file);
}

export function parseInventory(value: Json, file: string): StateResource[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new StateReadError(
      `${file} is not an inventory: expected an object with ${Object.keys(SECTIONS).join(", ")}`,
    );
  }
  const doc = value as { readonly [k: string]: Json };
  const unknown = Object.keys(doc).filter((k) => !(k in SECTIONS));
  if (unknown.length > 0) {
    throw new StateReadError(
      `${file}: unknown inventory section(s) ${unknown.join(", ")}; expected ${Object.keys(SECTIONS).join(", ")}`,
    );
  }
  const out: StateResource[] = [];
  for (const section of Object.keys(SECTIONS).filter((s) => s in doc)) {
    const type = SECTIONS[section]!;
    const entries = doc[section];
    if (!Array.isArray(entries)) throw new StateReadError(`${file}: "${section}" must be a list`);
    entries.forEach((entry: Json, i: number) => {
      const e = entry as { readonly [k: string]: Json } | null;
      const id = e?.["id"];
      const name = e?.["name"];
      if (typeof id !== "string" || typeof name !== "string") {
        throw new StateReadError(`${file}: ${section}[${i}] needs string "id" and "name"`);
      }
      out.push({
        address: `inventory.${section}[${JSON.stringify(id)}]`,
        removedFrom: "",
        mode: "managed",
        type,
        attributes: { id, name },
        file,
      });
    });
  }
  return out;
}
