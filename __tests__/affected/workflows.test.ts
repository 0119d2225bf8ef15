import * as fs from "node:fs";
import * as path from "node:path";
import { Command } from "commander";
import { parse } from "yaml";
import { COMMANDS } from "../../cli/commands";

const DIR = path.join(__dirname, "../../examples/github-workflows");

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}

function steps(file: string): Step[] {
  const doc = parse(fs.readFileSync(path.join(DIR, file), "utf8")) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  return Object.values(doc.jobs).flatMap((j) => j.steps);
}

/** Long options of `spacelift-atmos <group> <command>`, as the CLI defines them. */
function optionsOf(group: string, command: string): Set<string> {
  const program = new Command("spacelift-atmos");
  const ctx = { io: { stdout: () => {}, stderr: () => {}, cwd: "/", env: {} }, setExitCode: () => {} };
  for (const register of COMMANDS) register(program, ctx);
  const cmd = program.commands.find((c) => c.name() === group)?.commands.find((c) => c.name() === command);
  return new Set(cmd?.options.map((o) => o.long ?? "") ?? []);
}

/** Every `npx spacelift-atmos <group> <command> …` invocation: [group, command, flags]. */
function invocations(file: string): [string, string, string[]][] {
  const text = steps(file)
    .map((s) => s.run ?? "")
    .join("\n")
    .replace(/\n\s*/g, " ");
  return [...text.matchAll(/npx spacelift-atmos (\S+) (\S+)([^>|]*)/g)].map((m) => [
    m[1]!,
    m[2]!,
    [...(m[3] ?? "").matchAll(/(--[a-z-]+)/g)].map((f) => f[1]!),
  ]);
}

const FILES = ["spacelift-affected-preview.yaml", "spacelift-affected-deploy.yaml", "policy-tests.yaml"];

describe("workflow templates", () => {
  test.each(FILES)("%s pins every action to a full version tag", (file) => {
    const uses = steps(file).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@v\d+\.\d+\.\d+$/);
  });

  test.each(FILES.slice(0, 2))("%s calls the CLI only with options it defines", (file) => {
    const calls = invocations(file);
    expect(calls.map(([g, c]) => `${g} ${c}`)).toEqual(["describe affected", "trigger comment"]);
    for (const [group, command, flags] of calls) {
      const known = optionsOf(group, command);
      for (const flag of flags) expect(known).toContain(flag);
    }
  });

  test("the preview workflow previews admin stacks too and posts a new comment each run", () => {
    const calls = invocations("spacelift-affected-preview.yaml");
    expect(calls[0]![2]).toContain("--include-spacelift-admin-stacks");
    expect(calls[1]![2]).toContain("--preview");
    const post = steps("spacelift-affected-preview.yaml").find((s) => s.with?.["recreate"] !== undefined);
    expect(post?.with?.["recreate"]).toBe(true);
  });

  test("the deploy workflow compares the merge commit with its first parent and deploys", () => {
    const run = steps("spacelift-affected-deploy.yaml")
      .map((s) => s.run ?? "")
      .join("\n");
    expect(run).toContain('--base "$MERGE_SHA~1" --head "$MERGE_SHA"');
    expect(invocations("spacelift-affected-deploy.yaml")[1]![2]).toContain("--deploy");
  });

  test("the policy workflow runs opa test over the catalogue", () => {
    expect(steps("policy-tests.yaml").map((s) => s.run)).toContain("opa test policies/ -v");
  });
});
