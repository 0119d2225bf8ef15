/**
 * Emits Terraform `import` blocks while an adoption is under way: when the config directory holds
 * `spacelift-adoption.json` (written by `spacelift-atmos adopt write`), every resource it names is
 * imported with the id recorded there. Without the file, nothing changes.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { TerraformResource, TerraformStack, type App } from "cdktf";
import { z } from "zod";
import { ADOPTION_FILE_NAME, type AdoptionFile } from "../adopt/write";

const SCHEMA = z.strictObject({
  version: z.literal(1),
  imports: z.record(z.string(), z.record(z.string().regex(/^[a-z0-9_]+\.[^.]+$/), z.string().min(1))),
});

/** The adoption file of a config directory, or undefined when there is none. */
export function readAdoption(configDir: string): AdoptionFile | undefined {
  const file = join(configDir, ADOPTION_FILE_NAME);
  if (!existsSync(file)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new AdoptionFileError(`${file} is not JSON: ${(e as Error).message}`);
  }
  const parsed = SCHEMA.safeParse(value);
  if (!parsed.success) {
    throw new AdoptionFileError(
      `${file} is not an adoption file: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}

/** A stale or broken adoption file: nothing is synthesized. */
export class AdoptionFileError extends Error {
  readonly adoptionFileErrorBrand = true;

  constructor(message: string) {
    super(message);
    this.name = "AdoptionFileError";
  }
}

export function isAdoptionFileError(e: unknown): e is AdoptionFileError {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { adoptionFileErrorBrand?: unknown }).adoptionFileErrorBrand === true
  );
}

/**
 * Marks every resource the adoption file names for import. A named resource the app no longer
 * writes is an error: importing into a different resource than the plan reviewed is never safe.
 * Stacks not synthesized in this run (a Spacelift run synthesizes one) are skipped.
 */
export function applyAdoption(app: App, adoption: AdoptionFile): number {
  let count = 0;
  const missing: string[] = [];
  for (const stackName of Object.keys(adoption.imports)) {
    const stack = app.node.tryFindChild(stackName);
    if (stack === undefined || !TerraformStack.isStack(stack)) continue;
    const wanted = new Map(Object.entries(adoption.imports[stackName]!));
    for (const node of stack.node.findAll()) {
      if (!TerraformResource.isTerraformResource(node)) continue;
      const address = `${node.terraformResourceType}.${node.friendlyUniqueId}`;
      const id = wanted.get(address);
      if (id === undefined) continue;
      node.importFrom(id);
      wanted.delete(address);
      count++;
    }
    missing.push(...[...wanted.keys()].map((a) => `${stackName}: ${a}`));
  }
  if (missing.length > 0) {
    throw new AdoptionFileError(
      `${ADOPTION_FILE_NAME} names ${missing.length} resource(s) this configuration no longer synthesizes ` +
        `(${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}): run \`spacelift-atmos adopt plan\` again ` +
        "and rewrite the file with `adopt write`",
    );
  }
  return count;
}
