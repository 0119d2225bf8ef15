/**
 * The git plumbing of `describe affected`. The user's checkout, index and refs are never touched:
 * the base tree is materialised with `read-tree` + `checkout-index` through a temporary index file
 * into a temporary directory (nothing is registered under `.git`, unlike `git worktree add`), and
 * every read runs with `GIT_OPTIONAL_LOCKS=0` so not even the index's stat cache is rewritten.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DiagnosticError } from "../config-engine/diagnostics";
import { AffectedErrors } from "./errors";

/** Variables that would point git at another repository, index or work tree than the one asked for. */
const REDIRECTING_VARS = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_PREFIX",
  "GIT_COMMON_DIR",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_OBJECT_DIRECTORY",
];

/** A git repository, by its top-level directory (real path). */
export class GitRepository {
  private constructor(
    readonly root: string,
    /** Extra object stores git may read from (`--repo-path`), never written. */
    private readonly alternates: readonly string[] = [],
  ) {}

  /** The repository holding `dir`; throws NOT_A_GIT_REPOSITORY / GIT_UNAVAILABLE. */
  static containing(dir: string): GitRepository {
    const r = runGit(dir, ["rev-parse", "--show-toplevel"]);
    if (r.status !== 0) throw new DiagnosticError([AffectedErrors.notAGitRepository(dir)]);
    return new GitRepository(fs.realpathSync(r.stdout.toString("utf8").trim()));
  }

  /**
   * atmos `--repo-path`: the commit checked out (HEAD) in the clone at `dir`, and this repository
   * with that clone's object store readable too (GIT_ALTERNATE_OBJECT_DIRECTORIES: nothing is
   * fetched or written into either repository).
   */
  withCheckoutAt(dir: string): { readonly repo: GitRepository; readonly commit: string } {
    const head = runGit(dir, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
    const objects = runGit(dir, ["rev-parse", "--path-format=absolute", "--git-path", "objects"]);
    if (head.status !== 0 || objects.status !== 0) {
      throw new DiagnosticError([AffectedErrors.notAGitRepository(dir)]);
    }
    const objectsDir = objects.stdout.toString("utf8").trim();
    return {
      repo: new GitRepository(this.root, [...this.alternates, objectsDir]),
      commit: head.stdout.toString("utf8").trim(),
    };
  }

  /** The full commit id `ref` names; throws GIT_REF_NOT_FOUND. */
  resolveCommit(ref: string, flag: string): string {
    if (ref === "" || ref.startsWith("-")) throw new DiagnosticError([AffectedErrors.refNotFound(ref, flag)]);
    const r = runGit(this.root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], this.env());
    if (r.status !== 0) throw new DiagnosticError([AffectedErrors.refNotFound(ref, flag)]);
    return r.stdout.toString("utf8").trim();
  }

  /**
   * Writes the tree of `commit` into a new temporary directory and returns it with a `dispose`
   * that removes it (call it in `finally`).
   */
  checkoutTree(commit: string): CheckedOutTree {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spacelift-atmos-affected-"));
    const dispose = (): void => fs.rmSync(tmp, { recursive: true, force: true });
    try {
      const tree = path.join(tmp, "tree");
      const env = { GIT_INDEX_FILE: path.join(tmp, "index") };
      this.mustRun(["read-tree", commit], env);
      this.mustRun(["checkout-index", "--all", "--force", `--prefix=${tree}${path.sep}`], env);
      fs.mkdirSync(tree, { recursive: true }); // an empty commit writes no file
      return { dir: fs.realpathSync(tree), dispose };
    } catch (e) {
      dispose();
      throw e;
    }
  }

  /**
   * Repository-relative paths (`/`-separated) that differ between `base` and `head`, or between
   * `base` and the working tree (tracked changes, staged or not, plus untracked files that are not
   * ignored) when `head` is undefined. Renames count as a deletion plus an addition.
   */
  changedFiles(base: string, head: string | undefined): string[] {
    const diff = ["diff", "--name-only", "-z", "--no-renames", "--no-relative", "--no-ext-diff", base];
    const files = splitZ(this.mustRun(head === undefined ? diff : [...diff, head]));
    if (head === undefined) {
      files.push(...splitZ(this.mustRun(["ls-files", "-z", "--others", "--exclude-standard"])));
    }
    return files;
  }

  private env(): Record<string, string> {
    return this.alternates.length > 0
      ? { GIT_ALTERNATE_OBJECT_DIRECTORIES: this.alternates.join(path.delimiter) }
      : {};
  }

  private mustRun(args: readonly string[], env: Record<string, string> = {}): Buffer {
    const r = runGit(this.root, args, { ...this.env(), ...env });
    if (r.status !== 0) {
      const detail = r.stderr.toString("utf8").trim() || `exit status ${String(r.status)}`;
      throw new DiagnosticError([AffectedErrors.gitFailed(args.join(" "), detail)]);
    }
    return r.stdout;
  }
}

/** A temporary checkout of one commit. */
export interface CheckedOutTree {
  /** Real path of the directory holding the commit's files. */
  readonly dir: string;
  /** Removes the directory (idempotent). */
  dispose(): void;
}

interface GitResult {
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
}

function runGit(cwd: string, args: readonly string[], extraEnv: Record<string, string> = {}): GitResult {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" };
  for (const v of REDIRECTING_VARS) delete env[v];
  const r = spawnSync("git", ["-C", cwd, ...args], {
    env: { ...env, ...extraEnv },
    maxBuffer: 1024 * 1024 * 1024,
    windowsHide: true,
  });
  if (r.error) throw new DiagnosticError([AffectedErrors.gitUnavailable(r.error.message)]);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function splitZ(out: Buffer): string[] {
  return out
    .toString("utf8")
    .split("\0")
    .filter((s) => s !== "");
}
