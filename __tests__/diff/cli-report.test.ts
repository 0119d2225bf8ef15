/**
 * The diff command's contract beyond the red flags: the golden Markdown of one mixed PR, the
 * working tree as the head side, --from/--to, usage errors, and cleanup of temporary worktrees.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GitFixture, twoCommits } from "./git-fixture";

const DEV = "stacks/orgs/acme/plat/dev/us-east-1.yaml";
const PROD = "stacks/orgs/acme/plat/prod/us-east-1.yaml";
const SPACES = "stacks/catalog/spacelift/spaces.yaml";
const GOLDEN = join(__dirname, "golden", "mixed-pr.md.golden");

const component = (name: string, yaml: string): string =>
  `    ${name}:\n${yaml
    .trim()
    .split("\n")
    .map((l) => `      ${l}`)
    .join("\n")}\n`;

const fixturePolicy = (rule: string): string =>
  [
    "              PLAN Fixture:",
    "                type: PLAN",
    "                engine_type: REGO_V1",
    "                body: |",
    "                  package spacelift",
    "",
    `                  warn contains "${rule}" if {`,
    '                    input.spacelift.run.type == "PROPOSED"',
    "                  }",
    "",
  ].join("\n");

/** One PR that does a bit of everything. */
function mixedPr(): GitFixture {
  return twoCommits(
    (f) =>
      f
        .edit(DEV, (t) => t.replace("  - catalog/app\n", ""))
        .edit(SPACES, (t) => t.replace('warn contains "old rule"', 'warn contains "new rule"'))
        .append(
          PROD,
          "components:\n  terraform:\n" +
            component(
              "eks",
              "settings:\n  spacelift:\n    stack_name: plat-ue1-prod-kubernetes\n    previous_names:\n      - plat-ue1-prod-eks",
            ) +
            component(
              "app",
              "vars:\n  replicas: 4\nsettings:\n  spacelift:\n    labels:\n      - pr-comment-triggered\n      - team:payments",
            ) +
            component("rds", "settings:\n  spacelift:\n    stack_destructor_enabled: true") +
            component(
              "vpc",
              "settings:\n  spacelift:\n    before_init:\n      - spacelift-configure-paths\n      - echo vpc\n      - spacelift-write-vars\n      - spacelift-tf-workspace",
            ),
        ),
    (f) =>
      f.edit(SPACES, (t) =>
        t.replace(
          "              PLAN Default:\n",
          `${fixturePolicy("old rule")}              PLAN Default:\n`,
        ),
      ),
  );
}

const normalised = (markdown: string): string => markdown.replace(/\(([0-9a-f]{12})\)/g, "(<commit>)");

describe("diff Markdown of a mixed PR", () => {
  let f: GitFixture;
  let markdown: string;
  beforeAll(async () => {
    f = mixedPr();
    markdown = normalised((await f.run(["diff", "--base", "HEAD~1", "--head", "HEAD"])).stdout);
    if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(GOLDEN, markdown);
  });
  afterAll(() => f.dispose());

  it("matches the golden report", () => {
    expect(markdown).toBe(readFileSync(GOLDEN, "utf8"));
  });
});

describe("diff against the working tree", () => {
  let f: GitFixture;
  beforeAll(() => {
    f = new GitFixture().commit("base");
    f.edit(DEV, (t) => t.replace("  - catalog/app\n", ""));
  });
  afterAll(() => f.dispose());

  it("compares the base ref with uncommitted changes, and leaves them uncommitted", async () => {
    const before = f.git("status", "--porcelain");
    const r = await f.run(["diff", "--base", "HEAD", "--format", "json"]);
    const diff = JSON.parse(r.stdout) as { head: string; stacks: { id: string; change: string }[] };
    expect([diff.head, diff.stacks.map((s) => [s.id, s.change]), f.git("status", "--porcelain")]).toEqual([
      "working tree",
      [["plat-ue1-dev-app", "removed"]],
      before,
    ]);
  });

  it("writes the JSON report to --json-out while printing Markdown", async () => {
    const out = join(f.root, "report.json");
    const r = await f.run(["diff", "--base", "HEAD", "--json-out", out]);
    const json = JSON.parse(readFileSync(out, "utf8")) as { schemaVersion: number; stacks: { id: string }[] };
    expect([
      r.stdout.startsWith("<!-- spacelift-atmos-diff -->"),
      json.schemaVersion,
      json.stacks.map((s) => s.id),
    ]).toEqual([true, 1, ["plat-ue1-dev-app"]]);
  });

  it("removes its temporary worktrees", async () => {
    await f.run(["diff", "--base", "HEAD"]);
    expect(f.git("worktree", "list", "--porcelain").match(/^worktree /gm)).toHaveLength(1);
  });
});

describe("diff when a side does not synthesize", () => {
  let f: GitFixture;
  beforeAll(() => {
    f = twoCommits((g) => g.append(DEV, appWithUnknownKey));
  });
  afterAll(() => f.dispose());

  it("exits 1, prints the side's errors prefixed with its label, and removes the worktrees", async () => {
    const r = await f.run(["diff", "--base", "HEAD~1", "--head", "HEAD"]);
    expect([
      r.code,
      r.stdout,
      r.stderr,
      f.git("worktree", "list", "--porcelain").match(/^worktree /gm),
    ]).toEqual([
      1,
      "",
      expect.stringMatching(
        /^\[HEAD \([0-9a-f]{12}\)\] .*autodeploy[\s\S]*the HEAD \([0-9a-f]{12}\) side does not synthesize/,
      ),
      ["worktree "],
    ]);
  });
});

// A wrong type (an unknown key is only a warning).
const appWithUnknownKey =
  'components:\n  terraform:\n    app:\n      settings:\n        spacelift:\n          autodeploy: "sometimes"\n';

describe("diff --from/--to", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "diff-dirs-"));
    const write = (side: string, branch: string): void => {
      const stackDir = join(dir, side, "stacks", "admin");
      mkdirSync(stackDir, { recursive: true });
      const stack = { name: "s", slug: "s", branch, repository: "r" };
      writeFileSync(
        join(stackDir, "cdk.tf.json"),
        JSON.stringify({ resource: { spacelift_stack: { s: stack } } }),
      );
    };
    write("old", "main");
    write("new", "release");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("compares two cdktf output directories", async () => {
    const f = new GitFixture();
    try {
      const r = await f.run([
        "diff",
        "--from",
        join(dir, "old"),
        "--to",
        join(dir, "new"),
        "--format",
        "json",
      ]);
      expect((JSON.parse(r.stdout) as { redFlags: { code: string }[] }).redFlags.map((x) => x.code)).toEqual([
        "SOURCE_CHANGED",
      ]);
    } finally {
      f.dispose();
    }
  });

  it("fails with a usage error when a directory has no stacks", async () => {
    const f = new GitFixture();
    try {
      const r = await f.run(["diff", "--from", dir, "--to", join(dir, "new")]);
      expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("is not a cdktf output directory")]);
    } finally {
      f.dispose();
    }
  });
});

describe("diff usage errors", () => {
  let f: GitFixture;
  beforeAll(() => {
    f = new GitFixture().commit("base");
  });
  afterAll(() => f.dispose());

  it.each([
    [[], "give --base"],
    [["--from", "a"], "--from and --to go together"],
    [["--base", "HEAD", "--from", "a", "--to", "b"], "either --base/--head or --from/--to"],
    [["--base", "no-such-ref"], "unknown git ref 'no-such-ref'"],
    [["--base", "HEAD", "--format", "html"], "--format must be terminal, markdown or json"],
  ])("exits 2 for diff %j", async (argv, message) => {
    const r = await f.run(["diff", ...argv]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining(message)]);
  });

  it("exits 2 outside a git repository", async () => {
    const f2 = new GitFixture();
    try {
      rmSync(join(f2.repo, ".git"), { recursive: true, force: true });
      const r = await f2.run(["diff", "--base", "HEAD"]);
      expect([r.code, existsSync(join(f2.repo, ".git"))]).toEqual([2, false]);
    } finally {
      f2.dispose();
    }
  });
});
