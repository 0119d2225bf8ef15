/**
 * `spacelift-atmos diff` on preview environments: deleting an environment file is their expected
 * end, reported as such (a PREVIEW_ENVIRONMENT_DESTROYED warning), not as a STACK_DESTROYED red flag.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../cli/run";
import { diffTrees, treeOf, type SpaceliftDiff, type TfDocument } from "../../diff";
import { REPO_ROOT, synthesize } from "../example/synth-example";

const MANAGER = "plat-gbl-spacelift-preview-environments";
const SERVICE_DIR = join(REPO_ROOT, "stacks-config", "preview-environments", "hello-service", "environments");
const fileName = readdirSync(SERVICE_DIR).find((f) => f.startsWith("acme-hello-service-12-"))!;
const envId = /-([0-9a-f]{7})\.yaml$/.exec(fileName)![1]!;
const STACK = `hello-service-preview-${envId}`;

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
    cwd: dir,
    encoding: "utf8",
  });
}

type Doc = { resource: Record<string, Record<string, Record<string, unknown>>> };

/** The embedded example's synthesized documents, parsed (a fresh copy per call). */
const documents = (() => {
  const output = synthesize();
  return (): Record<string, Doc> =>
    Object.fromEntries(Object.entries(output).map(([id, text]) => [id, JSON.parse(text) as Doc]));
})();

/** `docs` without the resources of the environment stack `STACK` (what deleting its file gives). */
function withoutEnvironment(docs: Record<string, Doc>): Record<string, Doc> {
  const manager = docs[MANAGER]!;
  for (const byName of Object.values(manager.resource))
    for (const name of Object.keys(byName)) if (name.startsWith(STACK)) delete byName[name];
  return docs;
}

const diffOf = (base: Record<string, Doc>, head: Record<string, Doc>): SpaceliftDiff =>
  diffTrees(
    treeOf("base", base as unknown as Record<string, TfDocument>),
    treeOf("head", head as unknown as Record<string, TfDocument>),
  );

describe("diff of a deleted preview environment", () => {
  it("reports the removal as an expected destroy, not a red flag, and --fail-on-destroy passes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "preview-diff-"));
    cpSync(join(REPO_ROOT, "stacks-config"), join(dir, "stacks-config"), { recursive: true });
    git(dir, "init", "-q");
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "environments");
    const io = { stdout: () => {}, stderr: () => {}, cwd: dir, env: {} };
    const del = [
      "preview-env",
      "delete",
      "--service",
      "hello-service",
      "--repo",
      "acme/hello-service",
      "--pr",
      "12",
    ];
    expect(await runCli(del, io)).toBe(0);
    git(dir, "commit", "-q", "-am", "close acme/hello-service#12");

    let out = "";
    let err = "";
    const code = await runCli(
      ["diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json", "--fail-on-destroy"],
      {
        ...io,
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
      },
    );
    expect({ code, err: err.includes("--fail-on-destroy") }).toEqual({ code: 0, err: false });
    const diff = JSON.parse(out) as SpaceliftDiff;
    expect(diff.redFlags).toEqual([]);
    expect(diff.warnings).toEqual([
      expect.objectContaining({
        code: "PREVIEW_ENVIRONMENT_DESTROYED",
        subject: STACK,
        message: expect.stringContaining(`preview environment ${envId} of acme/hello-service#12`),
      }),
    ]);
    expect(diff.stacks).toEqual([
      expect.objectContaining({ id: STACK, change: "removed", destructor: { before: { active: true } } }),
    ]);
  });

  it("keeps the red flag when the stack only carries the labels (no scheduled deletion)", () => {
    const base = documents();
    delete base[MANAGER]!.resource["spacelift_scheduled_delete_stack"]![STACK];
    const diff = diffOf(base, withoutEnvironment(documents()));
    expect(diff.redFlags).toEqual([expect.objectContaining({ code: "STACK_DESTROYED", subject: STACK })]);
  });

  it("keeps the red flag when the whole manager goes", () => {
    const head = documents();
    delete head[MANAGER];
    const flags = diffOf(documents(), head).redFlags.filter((f) => f.code === "STACK_DESTROYED");
    expect(flags.map((f) => f.subject)).toContain(STACK);
  });

  it("keeps the red flag when another cdktf stack claims to manage it", () => {
    const base = documents();
    const stack = base[MANAGER]!.resource["spacelift_stack"]![STACK]!;
    stack["labels"] = (stack["labels"] as string[]).map((l) =>
      l.startsWith("preview-environment-managed-by:") ? "preview-environment-managed-by:someone-else" : l,
    );
    const diff = diffOf(base, withoutEnvironment(documents()));
    expect(diff.redFlags).toEqual([expect.objectContaining({ code: "STACK_DESTROYED", subject: STACK })]);
  });
});
