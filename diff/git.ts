/**
 * Git for `diff --base/--head`: a ref is checked out into a temporary detached worktree (never
 * touching the user's checkout) and removed afterwards, also when the work fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A git problem the user can fix (not a repository, unknown ref). */
export class GitError extends Error {
  readonly gitErrorBrand = true;

  constructor(message: string) {
    super(message);
    this.name = "GitError";
  }
}

/** True when `e` is a {@link GitError}. */
export function isGitError(e: unknown): e is GitError {
  return typeof e === "object" && e !== null && (e as { gitErrorBrand?: unknown }).gitErrorBrand === true;
}

function git(cwd: string, args: readonly string[]): string {
  try {
    return execFileSync("git", ["-C", cwd, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
    }).trim();
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr?.trim();
    throw new GitError(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`);
  }
}

/** The top-level directory of the repository that holds `cwd`. */
export function repositoryRoot(cwd: string): string {
  try {
    return git(cwd, ["rev-parse", "--show-toplevel"]);
  } catch {
    throw new GitError(
      `${cwd} is not inside a git repository (--base/--head need one; use --from/--to for two directories)`,
    );
  }
}

/** The commit a ref names, or a GitError that says the ref is unknown. */
export function resolveCommit(repo: string, ref: string): string {
  try {
    return git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new GitError(`unknown git ref '${ref}' (fetch it first, e.g. git fetch origin ${ref})`);
  }
}

/**
 * Runs `work` with `ref` checked out in a temporary detached worktree of `repo`; the worktree is
 * removed afterwards, whatever happens.
 */
export async function withCheckout<T>(
  repo: string,
  ref: string,
  work: (dir: string) => Promise<T> | T,
): Promise<T> {
  const commit = resolveCommit(repo, ref);
  const parent = mkdtempSync(join(tmpdir(), "spacelift-atmos-diff-"));
  const dir = join(parent, "checkout");
  try {
    git(repo, ["worktree", "add", "--detach", "--quiet", dir, commit]);
    return await work(dir);
  } finally {
    try {
      git(repo, ["worktree", "remove", "--force", dir]);
    } catch {
      // The directory goes below either way; prune forgets the registration.
    }
    rmSync(parent, { recursive: true, force: true });
    try {
      git(repo, ["worktree", "prune"]);
    } catch {
      // Nothing left to prune.
    }
  }
}
