/**
 * The shipped workflow templates, run for real: their `spacelift-atmos` commands go through the
 * CLI in-process, their shell steps run in bash against a local bare "manager" repository.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { runCli } from "../../cli/run";
import { previewEnvironmentFileName } from "../../model/preview-id";
import { REPO_ROOT } from "../example/synth-example";

const WORKFLOWS = join(REPO_ROOT, "examples", "github-workflows");
const SHA = "9fceb02d0ae598e95dc970b74767f19372d61af8";
const ENV_DIR = "stacks-config/preview-environments/hello-service/environments";

interface Step {
  readonly name?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
  readonly "working-directory"?: string;
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly concurrency?: { group: string; "cancel-in-progress": boolean };
  readonly env: Record<string, string>;
  readonly jobs: Record<string, { if?: string; steps: Step[] }>;
}

const load = (file: string): Workflow => parse(readFileSync(join(WORKFLOWS, file), "utf8")) as Workflow;
const jobOf = (w: Workflow) => Object.values(w.jobs)[0]!;

/** The event a run simulates: the expression values GitHub would substitute. */
interface Event {
  readonly action: "opened" | "synchronize" | "reopened" | "closed";
  readonly repository: string;
  readonly number: number;
  readonly headRef: string;
}

function expressions(e: Event): Record<string, string> {
  return {
    "github.event.action": e.action,
    "github.repository": e.repository,
    "github.event.pull_request.number": String(e.number),
    "github.event.pull_request.head.sha": SHA,
    "github.event.pull_request.head.ref": e.headRef,
  };
}

function substitute(value: string, e: Event): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const v = expressions(e)[expr];
    if (v === undefined) throw new Error(`the test does not know the expression ${expr}`);
    return v;
  });
}

/** The step conditions the templates use. */
function runs(condition: string | undefined, e: Event): boolean {
  if (condition === undefined) return true;
  const m = /^github\.event\.action (==|!=) '(\w+)'$/.exec(condition);
  if (!m) throw new Error(`the test does not know the condition ${condition}`);
  return m[1] === "==" ? e.action === m[2] : e.action !== m[2];
}

/** Splits a one-line command the way bash would for the forms the templates use ("$VAR", $VAR, words). */
function argvOf(command: string, env: Record<string, string>): string[] {
  const words = command.match(/"[^"]*"|\S+/g) ?? [];
  return words.map((w) =>
    w.replace(/^"(.*)"$/, "$1").replace(/\$([A-Z_]+)/g, (_, name: string) => {
      const v = env[name];
      if (v === undefined) throw new Error(`unset variable ${name} in ${command}`);
      return v;
    }),
  );
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
    cwd,
    encoding: "utf8",
  });
}

/** A bare "manager" repository whose main branch holds a copy of the embedded stacks-config/. */
function managerRemote(): string {
  const root = mkdtempSync(join(tmpdir(), "preview-wf-"));
  const seed = join(root, "seed");
  cpSync(join(REPO_ROOT, "stacks-config"), join(seed, "stacks-config"), { recursive: true });
  git(root, "init", "-q", "--bare", "-b", "main", "manager.git");
  git(seed, "init", "-q", "-b", "main");
  git(seed, "add", "-A");
  git(seed, "commit", "-q", "-m", "initial");
  git(seed, "push", "-q", join(root, "manager.git"), "main");
  return join(root, "manager.git");
}

/**
 * Runs the job of `file` for `event` in a fresh workspace: `uses:` steps are replaced by a clone of
 * the manager into `checkoutPath` (relative to the workspace).
 */
async function runJob(
  file: string,
  event: Event,
  remote: string,
  checkoutPath: string,
  options: { now?: string; beforeShellStep?: () => void } = {},
) {
  const workflow = load(file);
  const workspace = mkdtempSync(join(tmpdir(), "preview-ws-"));
  git(workspace, "clone", "-q", remote, checkoutPath);
  const out: string[] = [];
  for (const step of jobOf(workflow).steps) {
    if (step.uses !== undefined || step.run === undefined || !runs(step.if, event)) continue;
    const env = Object.fromEntries(
      Object.entries({ ...workflow.env, ...step.env }).map(([k, v]) => [k, substitute(String(v), event)]),
    );
    const cwd = join(workspace, step["working-directory"] ?? checkoutPath);
    if (step.run.startsWith("npx spacelift-atmos ")) {
      if (step.run.includes("\n")) throw new Error("a spacelift-atmos step must be one command");
      let stdout = "";
      let stderr = "";
      const argv = argvOf(step.run.slice("npx spacelift-atmos ".length), env);
      const code = await runCli(argv, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd,
        env: options.now !== undefined ? { SPACELIFT_ATMOS_NOW: options.now } : {},
      });
      if (code !== 0) throw new Error(`${step.name ?? step.run} exited ${code}: ${stderr}`);
      out.push(stdout);
    } else if (step.run !== "npm ci --no-audit --no-fund") {
      options.beforeShellStep?.();
      out.push(
        execFileSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], {
          cwd,
          encoding: "utf8",
          env: { PATH: process.env["PATH"] ?? "", HOME: workspace, ...env },
        }),
      );
    }
  }
  return out.join("");
}

const filesOnMain = (remote: string): string[] =>
  git(remote, "ls-tree", "-r", "--name-only", "main", ENV_DIR)
    .split("\n")
    .filter((l) => l.endsWith(".yaml"));

describe.each([
  [
    "preview-environment-service.yaml",
    { repository: "acme/hello-service", headRef: "fix/typo", branch: "main", code: SHA },
  ],
  [
    "preview-environment-infra.yaml",
    {
      repository: "acme/hello-service-infra",
      headRef: "feature/greeting",
      branch: "feature/greeting",
      code: "latest",
    },
  ],
])("%s", (file, pr) => {
  const workflow = load(file);
  const repo = { owner: pr.repository.split("/")[0]!, name: pr.repository.split("/")[1]! };
  const path = `${ENV_DIR}/${previewEnvironmentFileName(repo, 99)}`;
  const event = (action: Event["action"]): Event => ({
    action,
    repository: pr.repository,
    number: 99,
    headRef: pr.headRef,
  });

  it("runs on pull requests opened, synchronized, reopened and closed", () => {
    expect(workflow.on).toEqual({ pull_request: { types: ["opened", "synchronize", "reopened", "closed"] } });
  });

  it("queues the runs of one pull request instead of running them in parallel", () => {
    expect(workflow.concurrency).toEqual({
      group: expect.stringContaining("${{ github.event.pull_request.number }}"),
      "cancel-in-progress": false,
    });
  });

  it("pins every action to a full version tag", () => {
    for (const step of jobOf(workflow).steps.filter((s) => s.uses !== undefined))
      expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+\.\d+\.\d+$/);
  });

  it("skips pull requests from forks", () => {
    expect(jobOf(workflow).if).toBe("github.event.pull_request.head.repo.full_name == github.repository");
  });

  it("never expands an expression inside a shell script (values come through env)", () => {
    for (const step of jobOf(workflow).steps) expect(step.run ?? "").not.toContain("${{");
  });

  it("commits the environment file to the manager on open, nothing on a repeated event, and deletes it on close", async () => {
    const remote = managerRemote();
    const before = filesOnMain(remote);
    await runJob(file, event("opened"), remote, "manager");
    expect(filesOnMain(remote)).toEqual([...before, path].sort());
    const file1 = parse(git(remote, "show", `main:${path}`)) as Record<string, unknown>;
    expect(file1).toMatchObject({ infra_repository_branch: pr.branch, code_version: pr.code });

    const commits = git(remote, "rev-list", "--count", "main");
    expect(await runJob(file, event("synchronize"), remote, "manager")).toContain("nothing to commit");
    expect(git(remote, "rev-list", "--count", "main")).toBe(commits);

    await runJob(file, event("closed"), remote, "manager");
    expect(filesOnMain(remote)).toEqual(before);
  });

  it("rebases and pushes again when another pull request's commit landed first", async () => {
    const remote = managerRemote();
    const other = mkdtempSync(join(tmpdir(), "preview-other-"));
    git(other, "clone", "-q", remote, ".");
    const otherFile = `${ENV_DIR}/someone-else.txt`;
    await runJob(file, event("opened"), remote, "manager", {
      beforeShellStep: () => {
        writeFileSync(join(other, otherFile), "x\n");
        git(other, "add", "-A");
        git(other, "commit", "-q", "-m", "another pull request");
        git(other, "push", "-q", "origin", "HEAD:main");
      },
    });
    const onMain = git(remote, "ls-tree", "-r", "--name-only", "main", ENV_DIR);
    expect(onMain).toContain(path);
    expect(onMain).toContain(otherFile);
  });
});

describe("preview-environment-sweep.yaml", () => {
  it("pins every action to a full version tag", () => {
    for (const step of jobOf(load("preview-environment-sweep.yaml")).steps.filter(
      (s) => s.uses !== undefined,
    ))
      expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+\.\d+\.\d+$/);
  });

  it("commits the removal of expired environment files", async () => {
    const remote = managerRemote();
    expect(filesOnMain(remote)).not.toEqual([]);
    const event: Event = { action: "opened", repository: "acme/infrastructure", number: 1, headRef: "main" };
    await runJob("preview-environment-sweep.yaml", event, remote, ".", { now: "2030-01-01T00:00:00Z" });
    expect(filesOnMain(remote)).toEqual([]);
  });
});
