import * as fs from "node:fs";
import * as path from "node:path";
import { runCli } from "../../cli/run";
import { adminTree } from "./admin-tree";
import { baseTree, inConfig } from "./atmos-tree";
import { TempRepo } from "./git-repo";

let repo: TempRepo;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: repo.dir,
    env: {},
  });
  return { code, out, err };
}

afterEach(() => repo.remove());

describe("spacelift-atmos describe affected", () => {
  beforeEach(() => {
    repo = new TempRepo();
    repo.commitFiles(baseTree(), "base");
    repo.write(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" }));
  });

  test("prints atmos's JSON list, sorted, and exits 0", async () => {
    const r = await run(["describe", "affected", "--base", "main", "--stack", "acme-dev"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `${JSON.stringify(
        [
          {
            component: "app",
            component_type: "terraform",
            component_path: "components/terraform/app",
            stack: "acme-dev",
            stack_slug: "acme-dev-app",
            affected: "stack.vars",
            affected_all: ["stack.vars"],
            dependents: [],
            included_in_dependents: false,
          },
          {
            component: "vpc",
            component_type: "terraform",
            component_path: "components/terraform/vpc",
            stack: "acme-dev",
            stack_slug: "acme-dev-vpc",
            spacelift_stack: "acme-dev-vpc",
            affected: "stack.vars",
            affected_all: ["stack.vars"],
            dependents: [],
            included_in_dependents: false,
          },
        ],
        null,
        2,
      )}\n`,
    );
  });

  test("prints the GitHub Actions matrix on one line with --format matrix (golden)", async () => {
    const r = await run([
      "describe",
      "affected",
      "--base",
      "main",
      "--stack",
      "acme-prod",
      "--format",
      "matrix",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      '{"include":[' +
        '{"component":"app","component_type":"terraform","component_path":"components/terraform/app","stack":"acme-prod","stack_slug":"acme-prod-app","affected":"stack.vars","affected_all":["stack.vars"],"dependents":[],"included_in_dependents":false},' +
        '{"component":"vpc","component_type":"terraform","component_path":"components/terraform/vpc","stack":"acme-prod","stack_slug":"acme-prod-vpc","spacelift_stack":"acme-prod-vpc","affected":"stack.vars","affected_all":["stack.vars"],"dependents":[],"included_in_dependents":false}' +
        "]}\n",
    );
  });

  test("adds each item's settings with --include-settings", async () => {
    const r = await run([
      "describe",
      "affected",
      "--base",
      "main",
      "--stack",
      "acme-dev",
      "--include-settings",
    ]);
    expect((JSON.parse(r.out) as { settings: unknown }[]).map((i) => i.settings)).toEqual([
      {
        depends_on: {
          "1": { component: "vpc" },
          "2": { file: "config/app.json" },
          "3": { folder: "config/app.d" },
        },
      },
      { spacelift: { workspace_enabled: true } },
    ]);
  });

  test("fails with exit 1 and GIT_REF_NOT_FOUND for a base that names no commit", async () => {
    const r = await run(["describe", "affected", "--base", "origin/main"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("GIT_REF_NOT_FOUND --base 'origin/main' does not name a commit");
    expect(r.err).toContain("fetch-depth: 0");
  });

  test("compares with the remote's default branch without --base, as atmos does", async () => {
    const r = await run(["describe", "affected"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("GIT_REF_NOT_FOUND --base 'refs/remotes/origin/HEAD' does not name a commit");
    repo.git("update-ref", "refs/remotes/origin/main", "main");
    repo.git("symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
    const ok = await run(["describe", "affected", "--stack", "acme-dev"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toHaveLength(2);
  });

  test("takes atmos's --ref, --sha and --repo-path for the base, and rejects two of them", async () => {
    const sha = repo.git("rev-parse", "main");
    const byBase = await run(["describe", "affected", "--base", "main"]);
    expect((await run(["describe", "affected", "--ref", "main"])).out).toBe(byBase.out);
    expect((await run(["describe", "affected", "--sha", sha])).out).toBe(byBase.out);
    const clone = `${repo.dir}-clone`;
    repo.git("clone", "--quiet", "--no-local", repo.dir, clone);
    try {
      expect((await run(["describe", "affected", "--repo-path", clone])).out).toBe(byBase.out);
      // A commit that exists only in the clone is read from the clone's object store.
      const team = path.join(clone, "stacks-config/stacks/mixins/team.yaml");
      fs.writeFileSync(team, "vars:\n  team: network\n");
      repo.git("-C", clone, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "team");
      expect(JSON.parse((await run(["describe", "affected", "--repo-path", clone])).out)).toEqual([]);
    } finally {
      fs.rmSync(clone, { recursive: true, force: true });
    }
    const both = await run(["describe", "affected", "--ref", "main", "--sha", sha]);
    expect(both.code).toBe(2);
    expect(both.err).toContain("at most one of --base, --ref, --sha and --repo-path");
  });

  test("accepts atmos's --flag=true form and prints yaml with --format yaml", async () => {
    const r = await run([
      "describe",
      "affected",
      "--base=main",
      "--include-dependents=true",
      "--process-templates=false",
      "--skip=terraform.output,include",
      "--format",
      "yaml",
      "--stack",
      "acme-dev",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("- component: app\n  component_type: terraform\n");
  });

  test("fails with exit 2 on an unknown --format", async () => {
    const r = await run(["describe", "affected", "--base", "main", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--format must be json, yaml or matrix");
  });
});

describe("spacelift-atmos trigger comment", () => {
  beforeEach(() => {
    repo = new TempRepo();
    repo.commitFiles(adminTree(), "base");
  });

  test("writes the PR comment for the affected stacks and their admin stacks with --base", async () => {
    repo.write(
      inConfig({
        "stacks/catalog/vpc.yaml":
          "components:\n  terraform:\n    vpc:\n      vars:\n        cidr: 10.1.0.0/16\n",
      }),
    );
    const r = await run(["trigger", "comment", "--preview", "--base", "main"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        "/spacelift summary",
        "",
        "<details><summary>Spacelift Triggered Stacks (5)</summary>",
        "",
        "",
        "/spacelift acme-dev-vpc preview",
        "/spacelift acme-prod-vpc preview",
        "/spacelift acme-spacelift-admin-stack preview",
        "/spacelift beta-dev-vpc preview",
        "/spacelift beta-spacelift-admin-stack preview",
        "</details>",
        "",
      ].join("\n"),
    );
  });

  test("reads a describe affected file and leaves deleted stacks out, saying so on stderr", async () => {
    const file = path.join(repo.dir, "affected.json");
    fs.writeFileSync(
      file,
      JSON.stringify([
        { component: "vpc", stack: "a", spacelift_stack: "a-vpc" },
        { component: "vpc", stack: "b", spacelift_stack: "b-vpc", deleted: true, deletion_type: "stack" },
      ]),
    );
    const r = await run(["trigger", "comment", "--deploy", "--from", "affected.json"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("/spacelift a-vpc deploy\n");
    expect(r.out).not.toContain("b-vpc");
    expect(r.err).toContain("1 deleted Spacelift stack(s) cannot be deployed and are left out: b-vpc");
  });

  test("prints spacectl commands with --format spacectl --sha", async () => {
    fs.writeFileSync(path.join(repo.dir, "a.json"), '[{"spacelift_stack": "a-vpc"}]');
    const r = await run([
      "trigger",
      "comment",
      "--preview",
      "--from",
      "a.json",
      "--format",
      "spacectl",
      "--sha",
      "abc1234",
    ]);
    expect(r.out).toBe("spacectl stack preview --id a-vpc --sha abc1234\n");
  });

  test("prints nothing and says so when no stack is affected", async () => {
    const r = await run(["trigger", "comment", "--preview", "--base", "main"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toContain("no Spacelift stack to trigger");
  });

  test.each([
    [["trigger", "comment", "--from", "a.json"], "exactly one of --preview and --deploy"],
    [
      ["trigger", "comment", "--preview", "--deploy", "--from", "a.json"],
      "exactly one of --preview and --deploy",
    ],
    [["trigger", "comment", "--preview"], "exactly one of --from <file> and --base <ref>"],
    [["trigger", "comment", "--preview", "--from", "a.json", "--format", "spacectl"], "needs --sha"],
  ])("fails with exit 2 on %j", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  test("fails with exit 1 when --from is not a describe affected result", async () => {
    fs.writeFileSync(path.join(repo.dir, "bad.json"), '{"x": 1}');
    const r = await run(["trigger", "comment", "--preview", "--from", "bad.json"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("AFFECTED_FILE_INVALID 'bad.json' is not a describe affected result");
  });
});
