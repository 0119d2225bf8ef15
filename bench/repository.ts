/**
 * Makes a generated organisation a git repository with two commits: the organisation, then the
 * one-line change in a shared import that the affected step compares against (`--base HEAD~1`).
 */
import { execFileSync } from "node:child_process";
import { applySharedChange, type GeneratedOrganisation } from "./generate";

/** Initialises the repository and commits the organisation and the shared change. */
export function commitWithSharedChange(org: GeneratedOrganisation): void {
  const git = (...args: string[]): void => {
    execFileSync(
      "git",
      ["-C", org.root, "-c", "user.name=bench", "-c", "user.email=bench@example.com", ...args],
      {
        env: {
          PATH: process.env["PATH"],
          HOME: process.env["HOME"],
          GIT_CONFIG_GLOBAL: "/dev/null",
          GIT_CONFIG_NOSYSTEM: "1",
        },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
  };
  git("init", "--quiet", "--initial-branch=main");
  git("add", "--all");
  git("commit", "--quiet", "-m", "organisation");
  applySharedChange(org);
  git("commit", "--quiet", "--all", "-m", `change ${org.sharedImport}`);
}
