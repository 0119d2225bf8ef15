/**
 * Finds the top-level stack manifests (atmos `FindAllStackConfigsInPaths`): each
 * `included_paths` glob (doublestar) relative to the stacks base path, with extension variants
 * for patterns without one, minus `excluded_paths` matches.
 */
import * as path from "node:path";
import fg from "fast-glob";
import picomatch from "picomatch";
import { EngineErrors, fail } from "./errors";
import type { AtmosConfig } from "./types";

/** One top-level manifest. */
export interface TopLevelManifest {
  readonly abs: string;
  /** Path relative to the stacks base path without `.yaml`/`.yml` (`atmos_stack_file`). */
  readonly stackFile: string;
}

const VARIANTS = [".yaml", ".yml", ".yaml.tmpl", ".yml.tmpl"];

/** Lists every top-level manifest, ordered by depth then name. Throws NO_MANIFESTS when none. */
export function discoverManifests(config: AtmosConfig): TopLevelManifest[] {
  const base = config.stacksBasePath;
  const excluded = config.excludedPaths.map((p) => picomatch(toPosix(p), { dot: true }));
  const found = new Map<string, string>();
  for (const pattern of config.includedPaths) {
    const p = toPosix(pattern);
    const patterns = path.posix.extname(path.posix.basename(p)) === "" ? VARIANTS.map((ext) => p + ext) : [p];
    for (const variant of patterns) {
      for (const abs of fg.sync(variant, { cwd: base, absolute: true, onlyFiles: true, dot: true })) {
        const rel = toPosix(path.relative(base, abs));
        if (excluded.some((m) => m(rel))) continue;
        const stackFile = stackFileName(rel);
        const existing = found.get(stackFile);
        // `.yaml` wins over `.yml` (and both over templates) for the same stack file name.
        if (existing === undefined || rank(abs) < rank(existing)) found.set(stackFile, path.normalize(abs));
      }
    }
  }
  if (found.size === 0) {
    fail(
      EngineErrors.noManifests(
        config.includedPaths.map((p) => path.join(base, p)),
        { location: configSite(config) },
      ),
    );
  }
  return [...found.entries()]
    .map(([stackFile, abs]) => ({ abs, stackFile }))
    .sort(
      (a, b) =>
        depth(a.stackFile) - depth(b.stackFile) ||
        (a.stackFile < b.stackFile ? -1 : a.stackFile > b.stackFile ? 1 : 0),
    );
}

/** `atmos_stack_file`: the relative path with only `.yaml` or `.yml` trimmed. */
export function stackFileName(rel: string): string {
  return rel.replace(/\.ya?ml$/, "");
}

function rank(abs: string): number {
  return VARIANTS.findIndex((ext) => abs.endsWith(ext));
}

function depth(p: string): number {
  return p.split("/").length;
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

function configSite(config: AtmosConfig): { file: string; line: number; col: number } {
  return {
    file: path.relative(config.cwd ?? process.cwd(), config.cliConfigPath) || config.cliConfigPath,
    line: 1,
    col: 1,
  };
}
