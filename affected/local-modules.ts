/**
 * The local Terraform modules a component folder uses (check `component.module`): module calls
 * whose `source` is a local path (`./`, `../`, Terraform's definition) and which set no `version`,
 * resolved against the folder of the file making the call. Unlike atmos, modules called by those
 * modules count too (recursively), since a change there changes the component's plan.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Diagnostic } from "../config-engine/diagnostics";
import { AffectedErrors } from "./errors";
import { moduleCallsInHcl, moduleCallsInJson, type ModuleCall } from "./hcl-modules";

/** Caches the module directories of each folder for one run. */
export class LocalModules {
  private readonly direct = new Map<string, readonly string[]>();
  private readonly transitive = new Map<string, readonly string[]>();

  /** @param warnings receives files that cannot be read or parsed */
  constructor(private readonly warnings: Diagnostic[]) {}

  /** Absolute directories of the local modules `folder` uses, directly or through other local modules, sorted. */
  of(folder: string): readonly string[] {
    const hit = this.transitive.get(folder);
    if (hit) return hit;
    const seen = new Set<string>();
    const walk = (dir: string): void => {
      for (const m of this.directOf(dir)) {
        if (seen.has(m) || m === folder) continue;
        seen.add(m);
        walk(m);
      }
    };
    walk(folder);
    const result = [...seen].sort();
    this.transitive.set(folder, result);
    return result;
  }

  private directOf(dir: string): readonly string[] {
    const hit = this.direct.get(dir);
    if (hit) return hit;
    const dirs = new Set<string>();
    for (const file of terraformFiles(dir)) {
      for (const call of this.calls(file)) {
        if (call.hasVersion || call.source === undefined || !isLocalSource(call.source)) continue;
        dirs.add(path.resolve(dir, call.source));
      }
    }
    const result = [...dirs].sort();
    this.direct.set(dir, result);
    return result;
  }

  private calls(file: string): ModuleCall[] {
    try {
      const text = fs.readFileSync(file, "utf8");
      return file.endsWith(".json") ? moduleCallsInJson(text) : moduleCallsInHcl(text);
    } catch (e) {
      this.warnings.push(
        AffectedErrors.moduleSourceUnreadable(file, e instanceof Error ? e.message : String(e)),
      );
      return [];
    }
  }
}

/** Terraform's local-path rule: `./x`, `../x` (either separator). */
export function isLocalSource(source: string): boolean {
  return /^\.\.?[/\\]/.test(source);
}

/** The files Terraform loads from `dir`: `*.tf` and `*.tf.json`, not hidden or editor backups. */
function terraformFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return []; // a missing folder (deleted, or not in this repository) has no module calls
  }
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => e.name)
    .filter((n) => (n.endsWith(".tf") || n.endsWith(".tf.json")) && !/^[.#]|[~#]$/.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}
