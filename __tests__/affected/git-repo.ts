/**
 * Real temporary git repositories for describe-affected tests: write files, commit, branch. No
 * mocks: the code under test runs git itself against these repositories.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** File content by repository-relative path; `null` deletes the file. */
export type FileMap = Readonly<Record<string, string | null>>;

/** A temporary repository with a local identity (nothing read from the user's git config). */
export class TempRepo {
  readonly dir: string;

  constructor() {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "affected-test-")));
    this.git("init", "--quiet", "--initial-branch=main");
    this.git("config", "user.name", "Affected Test");
    this.git("config", "user.email", "affected@example.com");
    this.git("config", "commit.gpgsign", "false");
  }

  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string {
    return execFileSync("git", args, {
      cwd: this.dir,
      env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
      encoding: "utf8",
    }).trim();
  }

  /** Writes (or, for `null`, deletes) files in the working tree. */
  write(files: FileMap): void {
    for (const [rel, text] of Object.entries(files)) {
      const p = path.join(this.dir, rel);
      if (text === null) {
        fs.rmSync(p, { force: true });
      } else {
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, text);
      }
    }
  }

  /** Moves a file in the working tree. */
  move(from: string, to: string): void {
    fs.mkdirSync(path.dirname(path.join(this.dir, to)), { recursive: true });
    fs.renameSync(path.join(this.dir, from), path.join(this.dir, to));
  }

  /** Stages everything and commits; returns the commit id. */
  commit(message: string): string {
    this.git("add", "--all");
    this.git("commit", "--quiet", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD");
  }

  /** Writes files and commits them. */
  commitFiles(files: FileMap, message = "change"): string {
    this.write(files);
    return this.commit(message);
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
