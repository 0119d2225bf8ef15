/**
 * Confines every file the app reads from configuration (imports, `!include`, policy bodies,
 * template datasources, preview environment files) to the repository root, by REAL path: the
 * root and the target are both resolved with `realpath`, so `..` escapes, absolute paths and
 * symlinks pointing outside are refused alike. A check on the path text alone is not enough: a
 * symlink under `catalog/` would read anything the process can read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { getKey, getMap } from "./json-value";
import type { AtmosConfig } from "./types";

/**
 * The repository root the app confines reads to: `integrations.spacelift_atmos.repository_root`
 * (relative to atmos.yaml's directory) when set, else atmos's base path — the same rule the model
 * uses for `body_file_path` and the Spacelift project root.
 */
export function repositoryRootOf(config: Pick<AtmosConfig, "raw" | "cliConfigPath" | "basePath">): string {
  const integration = getMap(getMap(config.raw, "integrations"), "spacelift_atmos");
  const configured = integration ? getKey(integration, "repository_root") : undefined;
  return typeof configured === "string"
    ? path.resolve(path.dirname(config.cliConfigPath), configured)
    : config.basePath;
}

/** Why a path was refused; `real` is set when a symlink made the difference. */
export interface Escape {
  /** The path as written in the configuration. */
  readonly written: string;
  /** The absolute path it resolved to (before symlinks). */
  readonly abs: string;
  /** The real path (symlinks resolved) when it differs from `abs`. */
  readonly real?: string;
  /** The repository root's real path. */
  readonly root: string;
}

/** Result of {@link RepoRoot.check}: the real path, or why it is refused. */
export type Confined =
  { readonly ok: true; readonly real: string } | { readonly ok: false; readonly escape: Escape };

/** The repository root with a cache of real paths (one per engine run). */
export class RepoRoot {
  /** Real path of the root (symlinks in the root itself resolved). */
  readonly real: string;
  private readonly realOf = new Map<string, string>();

  constructor(readonly root: string) {
    this.real = realpathOrSelf(path.resolve(root));
  }

  /**
   * Checks an existing file `abs` (written as `written` in the configuration): allowed when its
   * real path is the root or inside it.
   */
  check(written: string, abs: string): Confined {
    let real = this.realOf.get(abs);
    if (real === undefined) {
      real = realpathOrSelf(abs);
      this.realOf.set(abs, real);
    }
    if (isInside(this.real, real)) return { ok: true, real };
    const symlinked = real !== path.resolve(abs);
    return { ok: false, escape: { written, abs, ...(symlinked ? { real } : {}), root: this.real } };
  }
}

/** True when `p` equals `root` or lies below it (both absolute and normalised). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === "" || (!rel.startsWith(`..${path.sep}`) && rel !== ".." && !path.isAbsolute(rel));
}

/** One line describing an escape, for messages: the path as written and, for symlinks, its target. */
export function describeEscape(e: Escape): string {
  const how = e.real !== undefined ? `is a symlink to '${e.real}', which is` : "is";
  return `'${e.written}' ${how} outside the repository root '${e.root}'`;
}

/** The hint every escape carries. */
export const ESCAPE_HINT =
  "Files read from configuration must lie inside the repository root (integrations.spacelift_atmos.repository_root, else atmos's base_path), symlinks resolved: copy (vendor) the file into the repository and refer to it by a path inside it.";

function realpathOrSelf(abs: string): string {
  try {
    return fs.realpathSync.native(abs);
  } catch {
    // A missing file: its caller reports "not found"; a dangling symlink stays unresolved.
    return path.resolve(abs);
  }
}

/**
 * A reader for template functions (`FunctionEnv.readFile`, gomplate file datasources,
 * `file.Read`): `p` is resolved against `fromDir`, must exist and must be inside the repository
 * root by real path. Throws an Error whose message says what was refused and what to do.
 */
export function makeConfinedReader(repoRoot: string | RepoRoot, fromDir: string): (p: string) => string {
  const root = typeof repoRoot === "string" ? new RepoRoot(repoRoot) : repoRoot;
  return (p: string): string => {
    const abs = path.resolve(fromDir, p);
    if (!fs.existsSync(abs)) throw new Error(`file '${p}' does not exist (looked for ${abs})`);
    const confined = root.check(p, abs);
    if (!confined.ok) throw new Error(`${describeEscape(confined.escape)}. ${ESCAPE_HINT}`);
    return fs.readFileSync(confined.real, "utf8");
  };
}

/** Outcome of {@link readRepoFile}. */
export type RepoFileRead =
  | { readonly kind: "ok"; readonly text: string; readonly real: string }
  | { readonly kind: "missing"; readonly abs: string }
  | { readonly kind: "escape"; readonly escape: Escape };

/**
 * Reads `written` (absolute, or relative to `fromDir`) for callers outside the engine's loaders
 * (policy `body_file_path`, preview files): the result says whether it was missing or escaped.
 */
export function readRepoFile(repoRoot: string | RepoRoot, fromDir: string, written: string): RepoFileRead {
  const root = typeof repoRoot === "string" ? new RepoRoot(repoRoot) : repoRoot;
  const abs = path.resolve(fromDir, written);
  // Refuse before reading: an escape is reported even when the target does not exist.
  const confined = root.check(written, abs);
  if (!confined.ok) return { kind: "escape", escape: confined.escape };
  try {
    const stat = fs.statSync(confined.real);
    if (!stat.isFile()) return { kind: "missing", abs };
    return { kind: "ok", text: fs.readFileSync(confined.real, "utf8"), real: confined.real };
  } catch {
    return { kind: "missing", abs };
  }
}
