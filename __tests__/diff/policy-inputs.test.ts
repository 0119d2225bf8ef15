/**
 * Policy files are inputs of the spaces stack that declares them, on real git repositories (the
 * trimmed acme tree at stacks-config/, this app's project at the repository root: its package.json
 * and policies/ catalogue). `diff --base` reads each side's own catalogue and body files, and
 * `describe affected` lists the spaces instance with the reason `policy`.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SpaceliftDiff } from "../../diff/types";
import { twoCommits, type GitFixture } from "./git-fixture";

const SPACES = "stacks/catalog/spacelift/spaces.yaml";
const CATALOG = join(__dirname, "..", "..", "policies");
const SPACES_INSTANCE = { component: "spaces", stack: "root-gbl-spacelift" };

const OLD_WARNING = "Previous run did not succeed: review this plan before confirming it.";
const NEW_WARNING = "Previous run failed: a human reviews this plan before it is applied.";

/** This app's project at the repository root: package.json and the catalogue (no tests). */
function withProject(f: GitFixture): void {
  writeFileSync(join(f.repo, "package.json"), `${JSON.stringify({ name: "spacelift-atmos" })}\n`);
  mkdirSync(join(f.repo, "policies"));
  for (const file of readdirSync(CATALOG).filter((n) => n.endsWith(".rego") && !n.endsWith("_test.rego"))) {
    copyFileSync(join(CATALOG, file), join(f.repo, "policies", file));
  }
}

/** Writes a repository file (path relative to the repository root). */
function put(f: GitFixture, file: string, text: string): void {
  mkdirSync(dirname(join(f.repo, file)), { recursive: true });
  writeFileSync(join(f.repo, file), text);
}

/** Rewrites a repository file (path relative to the repository root). */
function change(f: GitFixture, file: string, edit: (text: string) => string): void {
  put(f, file, edit(readFileSync(join(f.repo, file), "utf8")));
}

const rego = (message: string): string =>
  [
    "package spacelift",
    "",
    `warn contains "${message}" if {`,
    '  input.spacelift.run.type == "PROPOSED"',
    "}",
    "",
  ].join("\n");

/** A PLAN policy with `body_file_path: <written>` in the root space, before `PLAN Default`. */
const bodyFilePolicy =
  (written: string): ((text: string) => string) =>
  (t) =>
    t.replace(
      "              PLAN Default:\n",
      `              PLAN Body File:\n                type: PLAN\n                body_file_path: ${written}\n              PLAN Default:\n`,
    );

interface AffectedJson {
  readonly component: string;
  readonly stack: string;
  readonly affected: string;
  readonly affected_all?: readonly string[];
  readonly spacelift_stack?: string;
}

/** A scenario: one fixture, its JSON diff and its affected list, computed once. */
function scenario(edit: (f: GitFixture) => void, setup?: (f: GitFixture) => void) {
  const state: { fixture?: GitFixture; diff?: SpaceliftDiff; affected?: AffectedJson[] } = {};
  beforeAll(async () => {
    state.fixture = twoCommits(edit, (f) => {
      withProject(f);
      setup?.(f);
    });
    expect(state.fixture.git("diff", "--name-only", "HEAD~1", "HEAD")).not.toBe("");
    state.diff = await state.fixture.jsonDiff();
    const r = await state.fixture.run(["describe", "affected", "--base", "HEAD~1", "--head", "HEAD"]);
    if (r.code !== 0) throw new Error(`describe affected exited ${r.code}: ${r.stderr}`);
    state.affected = JSON.parse(r.stdout) as AffectedJson[];
  });
  afterAll(() => state.fixture?.dispose());
  return {
    get fixture(): GitFixture {
      return state.fixture!;
    },
    get diff(): SpaceliftDiff {
      return state.diff!;
    },
    get affected(): AffectedJson[] {
      return state.affected!;
    },
  };
}

describe("an edit of a catalogue policy", () => {
  const s = scenario((f) =>
    change(f, "policies/plan.default.rego", (t) => t.replace(OLD_WARNING, NEW_WARNING)),
  );

  it("shows under diff --base as a unified diff of that policy's Rego", () => {
    expect(s.diff.policies).toEqual([
      expect.objectContaining({
        name: "PLAN Default",
        change: "changed",
        body: expect.arrayContaining([
          { op: "-", text: `warn contains "${OLD_WARNING}" if {` },
          { op: "+", text: `warn contains "${NEW_WARNING}" if {` },
        ]),
      }),
    ]);
  });

  it("affects the spaces stack that declares it, with the reason policy", () => {
    expect(s.affected).toEqual([
      expect.objectContaining({ ...SPACES_INSTANCE, affected: "policy", affected_all: ["policy"] }),
    ]);
  });

  it("puts the spaces stack in the trigger comment", async () => {
    const r = await s.fixture.run(["trigger", "comment", "--preview", "--base", "HEAD~1", "--head", "HEAD"]);
    expect(r.code).toBe(0);
    const stack = s.affected[0]!.spacelift_stack;
    expect(stack).toBeDefined();
    expect(r.stdout).toContain(`/spacelift ${stack!} preview`);
  });
});

describe("an edit of a body_file_path target", () => {
  describe("found in the repository root (the fallback)", () => {
    const s = scenario(
      (f) => put(f, "rego/custom.rego", rego("new rule")),
      (f) => {
        put(f, "rego/custom.rego", rego("old rule"));
        f.edit(SPACES, bodyFilePolicy("rego/custom.rego"));
      },
    );

    it("shows under diff --base as a unified diff of the policy's Rego", () => {
      expect(s.diff.policies).toEqual([
        expect.objectContaining({
          name: "PLAN Body File",
          change: "changed",
          body: expect.arrayContaining([
            { op: "-", text: 'warn contains "old rule" if {' },
            { op: "+", text: 'warn contains "new rule" if {' },
          ]),
        }),
      ]);
    });

    it("affects the spaces stack with the reason policy", () => {
      expect(s.affected).toEqual([
        expect.objectContaining({ ...SPACES_INSTANCE, affected: "policy", affected_all: ["policy"] }),
      ]);
    });
  });

  describe("in the spaces component's folder", () => {
    const file = "stacks-config/components/terraform/spacelift/spaces/rego/custom.rego";
    const s = scenario(
      (f) => put(f, file, rego("new rule")),
      (f) => {
        put(f, file, rego("old rule"));
        f.edit(SPACES, bodyFilePolicy("rego/custom.rego"));
      },
    );

    it("affects the spaces stack with the reasons component and policy", () => {
      expect(s.affected).toEqual([
        expect.objectContaining({
          ...SPACES_INSTANCE,
          affected: "component",
          affected_all: ["component", "policy"],
        }),
      ]);
    });
  });
});

describe("an edit of a file no policy reads", () => {
  const s = scenario(
    (f) => {
      put(f, "rego/unused.rego", rego("new rule"));
      put(f, "policies/README.md", "# Policies, edited\n");
    },
    (f) => {
      put(f, "rego/unused.rego", rego("old rule"));
      put(f, "policies/README.md", "# Policies\n");
      f.edit(SPACES, bodyFilePolicy("rego/custom.rego"));
      put(f, "rego/custom.rego", rego("a rule"));
    },
  );

  it("changes nothing and affects nothing", () => {
    expect(s.diff.policies).toEqual([]);
    expect(s.affected).toEqual([]);
  });
});

describe("describe affected --include-spacelift-admin-stacks when HEAD removes a catalogue policy", () => {
  const legacy = (t: string): string =>
    t
      .replace("# Name: PLAN Default", "# Name: PLAN Legacy")
      .replace("package spacelift.plan_default", "package spacelift.plan_legacy");
  const s = scenario(
    (f) => {
      rmSync(join(f.repo, "policies", "plan.legacy.rego"));
      f.edit(SPACES, (t) =>
        t.replace(
          "              PLAN Legacy:\n                type: PLAN\n                catalog: plan.legacy\n",
          "",
        ),
      );
    },
    (f) => {
      put(f, "policies/plan.legacy.rego", legacy(readFileSync(join(CATALOG, "plan.default.rego"), "utf8")));
      f.edit(SPACES, (t) =>
        t.replace(
          "              PLAN Default:\n",
          "              PLAN Legacy:\n                type: PLAN\n                catalog: plan.legacy\n              PLAN Default:\n",
        ),
      );
    },
  );

  it("builds BASE's model with BASE's catalogue and lists the spaces stack and its admin stack", async () => {
    expect(s.diff.policies).toEqual([expect.objectContaining({ name: "PLAN Legacy", change: "removed" })]);
    const r = await s.fixture.run([
      "describe",
      "affected",
      "--base",
      "HEAD~1",
      "--head",
      "HEAD",
      "--include-spacelift-admin-stacks",
    ]);
    expect(r.stderr).not.toMatch(/UNKNOWN_POLICY/);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as AffectedJson[];
    expect(items).toEqual(
      expect.arrayContaining([expect.objectContaining({ ...SPACES_INSTANCE, affected: "stack.vars" })]),
    );
    expect(items.some((i) => i.affected === "spacelift.admin_stack")).toBe(true);
  });
});
