/**
 * Real git fixtures for the diff tests: a temporary repository holding the trimmed acme tree
 * (fixtures/acme) under stacks-config/, a base commit, edits, a head commit, and the CLI run
 * in-process against it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../cli/run";
import type { SpaceliftDiff } from "../../diff/types";

const FIXTURE = join(__dirname, "fixtures", "acme");

/** Fixed identity and dates: the same content gives the same commits. */
const GIT_ENV = {
  GIT_AUTHOR_NAME: "Fixture",
  GIT_AUTHOR_EMAIL: "fixture@example.com",
  GIT_COMMITTER_NAME: "Fixture",
  GIT_COMMITTER_EMAIL: "fixture@example.com",
  GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
  GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
  GIT_CONFIG_NOSYSTEM: "1",
};

/** A temporary repository with the acme tree committed once. */
export class GitFixture {
  readonly root: string;
  readonly repo: string;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), "diff-fixture-"));
    this.repo = join(this.root, "repo");
    cpSync(FIXTURE, join(this.repo, "stacks-config"), { recursive: true });
    this.git("init", "--quiet", "--initial-branch=main");
  }

  git(...args: string[]): string {
    return execFileSync("git", ["-C", this.repo, ...args], {
      encoding: "utf8",
      env: { ...process.env, ...GIT_ENV, HOME: this.root },
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  }

  /** Rewrites a file of the config (path relative to stacks-config/). */
  edit(path: string, change: (text: string) => string): this {
    const file = join(this.repo, "stacks-config", path);
    writeFileSync(file, change(readFileSync(file, "utf8")));
    return this;
  }

  /** Appends YAML to a file of the config. */
  append(path: string, yaml: string): this {
    return this.edit(path, (t) => `${t.trimEnd()}\n${yaml.trimEnd()}\n`);
  }

  /** Removes a file of the config. */
  remove(path: string): this {
    rmSync(join(this.repo, "stacks-config", path));
    return this;
  }

  commit(message: string): this {
    this.git("add", "-A");
    this.git("commit", "--quiet", "-m", message);
    return this;
  }

  /** Runs the CLI in the repository. */
  async run(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !k.startsWith("ATMOS_") && !k.startsWith("SPACELIFT_ATMOS"),
      ),
    );
    const code = await runCli(argv, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: this.repo,
      env,
    });
    return { code, stdout, stderr };
  }

  /** `diff --base HEAD~1 --head HEAD --format json`, parsed. */
  async jsonDiff(extra: readonly string[] = []): Promise<SpaceliftDiff> {
    const r = await this.run(["diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json", ...extra]);
    if (r.code !== 0) throw new Error(`diff exited ${r.code}: ${r.stderr}`);
    return JSON.parse(r.stdout) as SpaceliftDiff;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** A fixture with a base commit, `edit` applied, and a head commit. */
export function twoCommits(edit: (f: GitFixture) => void, setup?: (f: GitFixture) => void): GitFixture {
  const f = new GitFixture();
  setup?.(f);
  f.commit("base");
  edit(f);
  f.commit("head");
  return f;
}
