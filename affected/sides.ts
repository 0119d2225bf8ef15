/**
 * The two sides of a comparison. HEAD is the working tree (uncommitted and untracked edits
 * included) or, with `--head`, a temporary checkout of that ref; BASE is a temporary checkout of
 * `--base`. Both are resolved by this code with their own atmos.yaml, found at the same path
 * relative to the repository root, and rendered as atmos renders them for `describe affected`:
 * Go templates processed (`--process-templates`, default true, effective when the side's
 * `templates.settings.enabled` is set) and YAML functions processed (`--process-functions`,
 * default true, minus `--skip`). A templated `settings.depends_on.<n>.stack` is therefore compared
 * and matched by its value on both sides.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadAtmosConfig, resolveStacks } from "../config-engine";
import { findAtmosConfig } from "../config-engine/atmos-config-search";
import { DiagnosticError, isDiagnosticError, type Diagnostic } from "../config-engine/diagnostics";
import { renderOptions } from "../config-engine/render-options";
import type { AtmosConfig, ResolvedStacks } from "../config-engine/types";
import { ChangedFiles } from "./changed-files";
import { AffectedErrors } from "./errors";
import { GitRepository, type CheckedOutTree } from "./git";

/** One side, resolved. */
export interface Side {
  /** Real path of the directory holding this side's repository content. */
  readonly root: string;
  /** This side's atmos.yaml, paths inside `root`; undefined when the side has none. */
  readonly config?: AtmosConfig;
  /** Undefined when the side counts as empty (BASE without manifests, atmos's rule). */
  readonly resolved?: ResolvedStacks;
}

/** Where the sides come from. */
export interface SideOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** @default - atmos's search for atmos.yaml (config-engine/atmos-config-search.ts) */
  readonly configDir?: string;
  /** The base ref (`--base`, atmos `--ref` / `--sha`). Ignored with `repoPath`. */
  readonly base: string;
  /**
   * atmos `--repo-path`: BASE is the commit checked out in this other clone of the repository.
   * @default - BASE is `base` in the repository holding the config
   */
  readonly repoPath?: string;
  /** The head ref (`--head`). @default - the working tree */
  readonly head?: string;
  /** Render Go templates (atmos `--process-templates`). @default - the side's `templates.settings.enabled` */
  readonly processTemplates?: boolean;
  /** Process YAML functions (atmos `--process-functions`). @default true */
  readonly processFunctions?: boolean;
  /** YAML functions not to process (atmos `--skip`, e.g. `terraform.output`). @default [] */
  readonly skip?: readonly string[];
}

/** Both sides, the changed files between them, and what to clean up. */
export interface LoadedSides {
  readonly head: Side;
  readonly base: Side;
  readonly changed: ChangedFiles;
  /** Real path of the user's repository root (changed files are relative to it). */
  readonly repositoryRoot: string;
  readonly warnings: readonly Diagnostic[];
  /** Removes the temporary checkouts. */
  dispose(): void;
}

/** Env vars holding paths that must point into the side being loaded. */
const PATH_VARS = ["ATMOS_BASE_PATH", "ATMOS_STACKS_BASE_PATH", "ATMOS_COMPONENTS_TERRAFORM_BASE_PATH"];

/** Engine errors after which atmos counts BASE as empty instead of failing. */
const EMPTY_BASE_CODES = new Set(["CONFIG_NOT_FOUND", "NO_MANIFESTS", "IMPORT_NOT_FOUND"]);

/** Resolves both sides; on error, every temporary checkout is already removed. */
export function loadSides(options: SideOptions): LoadedSides {
  // atmos's search, on the working tree; each side then reads atmos.yaml at the same relative path.
  let found: string;
  try {
    found = findAtmosConfig({
      ...(options.configDir !== undefined ? { configDir: options.configDir } : {}),
      cwd: options.cwd,
      env: options.env,
    }).file;
  } catch (e) {
    // Outside a repository the first thing to say is that there is no git history to compare.
    if (isDiagnosticError(e) && e.diagnostics.some((d) => d.code === "CONFIG_NOT_FOUND")) {
      GitRepository.containing(nearestExisting(options.cwd));
    }
    throw e;
  }
  const configDir = path.dirname(found);
  const local = GitRepository.containing(nearestExisting(configDir));
  const target =
    options.repoPath === undefined
      ? undefined
      : local.withCheckoutAt(path.resolve(options.cwd, options.repoPath));
  const repo = target?.repo ?? local;
  const relConfig = relativeInside(repo.root, configDir);
  if (relConfig === undefined) {
    throw new DiagnosticError([
      AffectedErrors.configOutsideRepository("the atmos config directory", configDir),
    ]);
  }
  const baseCommit = target?.commit ?? repo.resolveCommit(options.base, "--base");
  const headCommit = options.head === undefined ? undefined : repo.resolveCommit(options.head, "--head");

  const trees: CheckedOutTree[] = [];
  const dispose = (): void => trees.forEach((t) => t.dispose());
  try {
    const warnings: Diagnostic[] = [];
    const checkout = (commit: string): string => {
      const tree = repo.checkoutTree(commit);
      trees.push(tree);
      // The engine resolves an empty base_path to the git root by looking for `.git` upwards.
      fs.mkdirSync(path.join(tree.dir, ".git"));
      return tree.dir;
    };
    const inTree = (root: string): TreeLoad => ({ root, repoRoot: repo.root, relConfig, options });
    const head: Side =
      headCommit === undefined
        ? headFromWorkingTree(repo.root, configDir, options)
        : sideInTree(inTree(checkout(headCommit)), options.head ?? headCommit, false, warnings);
    const base = sideInTree(inTree(checkout(baseCommit)), options.base, true, warnings);
    const changed = new ChangedFiles(repo.changedFiles(baseCommit, headCommit));
    return { head, base, changed, repositoryRoot: repo.root, warnings, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}

function headFromWorkingTree(root: string, configDir: string, options: SideOptions): Side {
  const config = loadAtmosConfig({ configDir, cwd: options.cwd, env: options.env });
  return { root, config, resolved: resolveStacks(config, renderOptions(config, options)) };
}

interface TreeLoad {
  readonly root: string;
  readonly repoRoot: string;
  readonly relConfig: string;
  readonly options: SideOptions;
}

/** Loads a side from a checkout, with every repository path re-pointed into it. */
function sideInTree(t: TreeLoad, ref: string, isBase: boolean, warnings: Diagnostic[]): Side {
  const map = (p: string): string => {
    const rel = relativeInside(t.repoRoot, p);
    return rel === undefined ? p : path.join(t.root, rel);
  };
  const env: Record<string, string | undefined> = { ...t.options.env };
  delete env["ATMOS_CLI_CONFIG_PATH"];
  for (const v of PATH_VARS) {
    const value = env[v];
    if (value !== undefined && path.isAbsolute(value)) env[v] = map(value);
  }
  const cwd = map(path.resolve(t.options.cwd));
  try {
    const config = loadAtmosConfig({ configDir: path.join(t.root, t.relConfig), cwd, env });
    if (relativeInside(t.root, config.stacksBasePath) === undefined) {
      throw new DiagnosticError([
        AffectedErrors.configOutsideRepository("the stacks base path", config.stacksBasePath),
      ]);
    }
    return { root: t.root, config, resolved: resolveStacks(config, renderOptions(config, t.options)) };
  } catch (e) {
    if (!isDiagnosticError(e)) throw e;
    const empty = isBase ? e.diagnostics.find((d) => EMPTY_BASE_CODES.has(d.code)) : undefined;
    if (empty) {
      warnings.push(AffectedErrors.baseCountedEmpty(ref, `${empty.code}: ${empty.message}`));
      return { root: t.root };
    }
    throw new DiagnosticError(
      e.diagnostics.map((d) => ({
        ...d,
        message: `in ${isBase ? "--base" : "--head"} '${ref}': ${d.message}`,
      })),
    );
  }
}

/** `p` relative to `root` (both compared by real path), or undefined when `p` is outside it. */
export function relativeInside(root: string, p: string): string | undefined {
  const rel = path.relative(root, realpathNearest(p));
  if (rel === "") return "";
  const outside = rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return outside ? undefined : rel;
}

/** The real path of `p`, resolving symlinks of its nearest existing ancestor. */
function realpathNearest(p: string): string {
  const abs = path.resolve(p);
  const existing = nearestExisting(abs);
  return path.join(fs.realpathSync(existing), path.relative(existing, abs));
}

function nearestExisting(p: string): string {
  let dir = path.resolve(p);
  while (!fs.existsSync(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dir;
}
