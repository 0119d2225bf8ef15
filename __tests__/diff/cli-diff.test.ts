/**
 * `spacelift-atmos diff` against real git repositories: the trimmed acme tree, a base commit, one
 * change, a head commit. Dev stacks have active destructors; prod stacks are protected from
 * deletion and their destructors are deactivated.
 */
import type { SpaceliftDiff } from "../../diff/types";
import { twoCommits, type GitFixture } from "./git-fixture";

const DEV = "stacks/orgs/acme/plat/dev/us-east-1.yaml";
const PROD = "stacks/orgs/acme/plat/prod/us-east-1.yaml";
const SPACES = "stacks/catalog/spacelift/spaces.yaml";

/** YAML that overrides `settings.spacelift` of the `app` component. */
const appSpacelift = (lines: string): string =>
  `components:\n  terraform:\n    app:\n      settings:\n        spacelift:\n${lines
    .trim()
    .split("\n")
    .map((l) => `          ${l}`)
    .join("\n")}\n`;

const codes = (d: SpaceliftDiff): string[] => d.redFlags.map((f) => `${f.code} ${f.subject}`);

/** A scenario: one fixture for the describe block, its JSON diff computed once. */
function scenario(edit: (f: GitFixture) => void, setup?: (f: GitFixture) => void) {
  const state: { fixture?: GitFixture; diff?: SpaceliftDiff } = {};
  beforeAll(async () => {
    state.fixture = twoCommits(edit, setup);
    expect(state.fixture.git("diff", "--name-only", "HEAD~1", "HEAD")).not.toBe("");
    state.diff = await state.fixture.jsonDiff();
  });
  afterAll(() => state.fixture?.dispose());
  return {
    get fixture(): GitFixture {
      return state.fixture!;
    },
    get diff(): SpaceliftDiff {
      return state.diff!;
    },
  };
}

describe("diff of a pure reorder", () => {
  const s = scenario((f) =>
    f
      .edit(DEV, (t) =>
        t.replace(
          "  - catalog/vpc\n  - catalog/eks\n  - catalog/rds\n  - catalog/app\n",
          "  - catalog/app\n  - catalog/rds\n  - catalog/eks\n  - catalog/vpc\n",
        ),
      )
      .edit("stacks/catalog/vpc.yaml", (t) =>
        t.replace(
          "        max_subnet_count: 3\n        nat_gateway_enabled: true\n",
          "        nat_gateway_enabled: true\n        max_subnet_count: 3\n",
        ),
      ),
  );

  it("reports no change, no red flag and no warning", () => {
    expect([s.diff.stacks, s.diff.redFlags, s.diff.warnings]).toEqual([[], [], []]);
  });
});

describe("diff when a stack with an active destructor is removed", () => {
  const s = scenario((f) => f.edit(DEV, (t) => t.replace("  - catalog/app\n", "")));

  it("raises STACK_DESTROYED for the stack", () => {
    expect(s.diff.redFlags).toEqual([
      expect.objectContaining({ code: "STACK_DESTROYED", subject: "plat-ue1-dev-app", destroys: true }),
    ]);
  });

  it("explains the destroy in one sentence naming the stack", () => {
    expect(s.diff.redFlags[0]!.message).toMatch(
      /^Stack plat-ue1-dev-app is removed and its destructor is active: .*terraform destroy/,
    );
  });

  it("exits 1 with --fail-on-destroy and says why", async () => {
    const r = await s.fixture.run(["diff", "--base", "HEAD~1", "--head", "HEAD", "--fail-on-destroy"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 1,
      stderr: expect.stringContaining("plat-ue1-dev-app: Stack plat-ue1-dev-app is removed") as unknown,
    });
  });

  it("exits 0 without --fail-on-destroy", async () => {
    expect((await s.fixture.run(["diff", "--base", "HEAD~1", "--head", "HEAD"])).code).toBe(0);
  });

  it("lists red flags before the summary in Markdown", async () => {
    const md = (await s.fixture.run(["diff", "--base", "HEAD~1", "--head", "HEAD"])).stdout;
    expect(md.indexOf("**Destroys infrastructure** (`plat-ue1-dev-app`)")).toBeLessThan(
      md.indexOf("### Summary"),
    );
  });
});

describe("diff when a stack with a deactivated destructor is removed", () => {
  const s = scenario((f) => f.edit(PROD, (t) => t.replace("  - catalog/app\n", "")));

  it("warns that the stack is deleted and its resources kept, and that its protection makes the apply fail, without a red flag", () => {
    expect([codes(s.diff), s.diff.warnings.map((w) => `${w.code} ${w.subject}`)]).toEqual([
      [],
      ["PROTECTED_STACK_REMOVED plat-ue1-prod-app", "STACK_DELETED_RESOURCES_KEPT plat-ue1-prod-app"],
    ]);
  });

  it("exits 0 with --fail-on-destroy", async () => {
    expect((await s.fixture.run(["diff", "--base", "HEAD~1", "--fail-on-destroy"])).code).toBe(0);
  });
});

describe("diff when a force-new attribute of a stack changes", () => {
  const s = scenario((f) => f.append(DEV, appSpacelift("manage_state: true")));

  it("raises STACK_REPLACED, a destroy, naming the attribute", () => {
    expect(s.diff.redFlags).toEqual([
      expect.objectContaining({
        code: "STACK_REPLACED",
        subject: "plat-ue1-dev-app",
        destroys: true,
        message: expect.stringContaining("manage_state changes from false to true") as unknown,
      }),
    ]);
  });

  it("exits 1 with --fail-on-destroy", async () => {
    expect((await s.fixture.run(["diff", "--base", "HEAD~1", "--fail-on-destroy"])).code).toBe(1);
  });
});

describe("diff when a stack moves to another admin stack", () => {
  // The app leaves the plat tenant and reappears under its old name in the core tenant (core
  // space), where the core admin stack claims it.
  const s = scenario((f) =>
    f
      .edit(DEV, (t) => t.replace("  - catalog/app\n", ""))
      .append(
        "stacks/orgs/acme/core/auto/us-east-1.yaml",
        "components:\n  terraform:\n    app:\n      metadata:\n        component: app\n      settings:\n        spacelift:\n          stack_name: plat-ue1-dev-app\n      vars:\n        name: app\n",
      ),
  );

  it("raises STACK_DESTROYED: the old admin stack deletes it with its active destructor", () => {
    expect(s.diff.redFlags).toContainEqual(
      expect.objectContaining({
        code: "STACK_DESTROYED",
        subject: "plat-ue1-dev-app",
        message: expect.stringContaining(
          "moves from admin stack plat-gbl-spacelift-admin-stack to core-gbl-spacelift-admin-stack",
        ) as unknown,
      }),
    );
  });
});

describe("diff when a destructor is switched on", () => {
  const s = scenario((f) => f.append(PROD, appSpacelift("stack_destructor_enabled: true")));

  it("raises DESTRUCTOR_ACTIVATED, which is not a destroy", () => {
    expect(s.diff.redFlags).toEqual([
      expect.objectContaining({
        code: "DESTRUCTOR_ACTIVATED",
        subject: "plat-ue1-prod-app",
        destroys: false,
      }),
    ]);
  });

  it("shows the destructor going from deactivated to active", () => {
    expect(s.diff.stacks.find((d) => d.id === "plat-ue1-prod-app")?.destructor).toEqual({
      before: { active: false },
      after: { active: true },
    });
  });
});

describe("diff when protect_from_deletion is turned off", () => {
  const s = scenario((f) => f.append(PROD, appSpacelift("protect_from_deletion: false")));

  it("raises DELETION_PROTECTION_REMOVED", () => {
    expect(codes(s.diff)).toEqual(["DELETION_PROTECTION_REMOVED plat-ue1-prod-app"]);
  });
});

const PLAT_ADMIN = "stacks/orgs/acme/plat/spacelift.yaml";

/** The plat admin stack may also manage the core space. */
const platManagesCore = (f: GitFixture): GitFixture =>
  f.edit(PLAT_ADMIN, (t) =>
    t.replace(
      "      vars:\n        context_filters:\n",
      "      vars:\n        manageable_spaces: [plat, core]\n        context_filters:\n",
    ),
  );

describe("diff when a stack asks for a space outside its admin stack's subtree", () => {
  let fixture: GitFixture;
  beforeAll(() => {
    fixture = twoCommits((f) => f.append(DEV, appSpacelift("space_name: root")));
  });
  afterAll(() => fixture.dispose());

  it("fails before comparing: the head side does not synthesize, naming the stack, the space and the admin stack", async () => {
    const r = await fixture.run(["diff", "--base", "HEAD~1", "--head", "HEAD"]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: "" });
    expect(r.stderr).toContain("SPACE_OUTSIDE_MANAGEABLE_SPACES");
    expect(r.stderr).toContain(
      "the stack 'plat-ue1-dev-app' asks for the space 'root', outside what its admin stack 'plat-gbl-spacelift-admin-stack' may manage",
    );
  });
});

describe("diff when a stack moves to another space", () => {
  const s = scenario((f) => platManagesCore(f).append(DEV, appSpacelift("space_name: core")));

  it("raises SPACE_CHANGED for the stack", () => {
    expect(s.diff.redFlags).toContainEqual(
      expect.objectContaining({
        code: "SPACE_CHANGED",
        subject: "plat-ue1-dev-app",
        message: expect.stringContaining("from space plat to space core") as unknown,
      }),
    );
  });

  it("raises ROLE_ATTACHMENT_ADDED for the admin stack that now administers that space", () => {
    expect(s.diff.redFlags).toContainEqual(
      expect.objectContaining({
        code: "ROLE_ATTACHMENT_ADDED",
        subject: "plat-gbl-spacelift-admin-stack",
        message: expect.stringContaining("space-admin role in space core") as unknown,
      }),
    );
  });

  it("fails the default CI gate (--fail-on) on the grant, naming its category", async () => {
    const r = await s.fixture.run(["diff", "--base", "HEAD~1", "--head", "HEAD", "--fail-on"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "[privilege] plat-gbl-spacelift-admin-stack: Stack plat-gbl-spacelift-admin-stack gets the space-admin role in space core",
    );
  });

  it("fails --fail-on-destroy, an alias of the default gate, on the grant", async () => {
    const r = await s.fixture.run(["diff", "--base", "HEAD~1", "--head", "HEAD", "--fail-on-destroy"]);
    expect(r.code).toBe(1);
  });

  it("fails --fail-on space on the move, and passes --fail-on destroy,delete", async () => {
    const space = await s.fixture.run(["diff", "--base", "HEAD~1", "--head", "HEAD", "--fail-on", "space"]);
    const destroy = await s.fixture.run([
      "diff",
      "--base",
      "HEAD~1",
      "--head",
      "HEAD",
      "--fail-on",
      "destroy,delete",
    ]);
    expect([space.code, destroy.code]).toEqual([1, 0]);
  });
});

describe("diff --fail-on with an unknown category", () => {
  const s = scenario((f) => f.append(PROD, appSpacelift("protect_from_deletion: false")));

  it("is a usage error listing the categories", async () => {
    const r = await s.fixture.run(["diff", "--base", "HEAD~1", "--head", "HEAD", "--fail-on", "destroys"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown category 'destroys'");
  });

  it("fails --fail-on protection on removed deletion protection, not the default gate", async () => {
    const protection = await s.fixture.run(["diff", "--base", "HEAD~1", "--fail-on", "protection"]);
    const gate = await s.fixture.run(["diff", "--base", "HEAD~1", "--fail-on"]);
    expect([protection.code, gate.code]).toEqual([1, 0]);
  });
});

describe("diff when a stack runs another project root", () => {
  const s = scenario((f) =>
    f.append(DEV, "components:\n  terraform:\n    app:\n      metadata:\n        component: eks\n"),
  );

  it("raises SOURCE_CHANGED naming the new project root", () => {
    expect(s.diff.redFlags).toContainEqual(
      expect.objectContaining({
        code: "SOURCE_CHANGED",
        subject: "plat-ue1-dev-app",
        message: expect.stringContaining(
          "project_root stacks-config/components/terraform/app → stacks-config/components/terraform/eks",
        ) as unknown,
      }),
    );
  });
});

describe("diff when a policy that stacks attach is removed", () => {
  const s = scenario((f) =>
    f
      .edit(SPACES, (t) =>
        t.replace(
          "              PLAN Default:\n                type: PLAN\n                catalog: plan.default\n",
          "",
        ),
      )
      .edit("atmos.yaml", (t) =>
        t.replace(
          "  spacelift_atmos:\n",
          '  spacelift_atmos:\n    external:\n      policies: ["PLAN Default"]\n',
        ),
      ),
  );

  it("raises POLICY_REMOVED_WHILE_ATTACHED naming stacks that still attach it", () => {
    expect(s.diff.redFlags).toEqual([
      expect.objectContaining({
        code: "POLICY_REMOVED_WHILE_ATTACHED",
        subject: "PLAN Default",
        message: expect.stringContaining("core-ue1-auto-vpc") as unknown,
      }),
    ]);
  });
});

describe("diff when a space that stacks live in is removed", () => {
  const s = scenario((f) =>
    f
      .edit(SPACES, (t) =>
        t.replace(
          "          plat:\n            parent_space_id: root\n            description: Product platform workloads\n            inherit_entities: true\n            labels:\n              - plat\n",
          "",
        ),
      )
      .edit("atmos.yaml", (t) =>
        t.replace("  spacelift_atmos:\n", '  spacelift_atmos:\n    external:\n      spaces: ["plat"]\n'),
      ),
  );

  it("raises SPACE_REMOVED_WHILE_USED naming stacks that still live in it", () => {
    expect(s.diff.redFlags).toContainEqual(
      expect.objectContaining({
        code: "SPACE_REMOVED_WHILE_USED",
        subject: "plat",
        message: expect.stringContaining("stack plat-ue1-dev-app") as unknown,
      }),
    );
  });
});

describe("diff of a rename declared with previous_names", () => {
  const s = scenario((f) =>
    f.append(DEV, appSpacelift("stack_name: plat-ue1-dev-web\nprevious_names:\n  - plat-ue1-dev-app")),
  );

  it("reports a rename, not a removal and an addition", () => {
    expect(s.diff.stacks.map((d) => [d.id, d.change, d.previousId])).toEqual([
      ["plat-ue1-dev-web", "renamed", "plat-ue1-dev-app"],
    ]);
  });

  it("keeps the slug and changes only the name of the Spacelift stack", () => {
    expect(s.diff.stacks[0]!.attributes).toEqual([
      { attribute: "name", before: "plat-ue1-dev-app", after: "plat-ue1-dev-web" },
    ]);
  });

  it("raises no red flag", () => {
    expect(s.diff.redFlags).toEqual([]);
  });
});

describe("diff of a rename without previous_names", () => {
  const s = scenario((f) => f.append(DEV, appSpacelift("stack_name: plat-ue1-dev-web")));

  it("raises STACK_DESTROYED for the old stack", () => {
    expect(codes(s.diff)).toEqual(["STACK_DESTROYED plat-ue1-dev-app"]);
  });

  it("warns that it looks like a rename and gives the previous_names line to add", () => {
    expect(s.diff.warnings).toEqual([
      expect.objectContaining({
        code: "LOOKS_LIKE_RENAME",
        subject: "plat-ue1-dev-app",
        hint: expect.stringContaining("previous_names:\n    - plat-ue1-dev-app") as unknown,
      }),
    ]);
  });
});

describe("diff of a policy body change", () => {
  const policy = (rule: string): string =>
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
  const s = scenario(
    (f) => f.edit(SPACES, (t) => t.replace('warn contains "old rule"', 'warn contains "new rule"')),
    (f) =>
      f.edit(SPACES, (t) =>
        t.replace("              PLAN Default:\n", `${policy("old rule")}              PLAN Default:\n`),
      ),
  );

  it("reports the policy as changed with a unified diff of its body", () => {
    expect(s.diff.policies).toEqual([
      expect.objectContaining({
        name: "PLAN Fixture",
        change: "changed",
        body: [
          { op: "@", text: "@@ -1,5 +1,5 @@" },
          { op: " ", text: "package spacelift" },
          { op: " ", text: "" },
          { op: "-", text: 'warn contains "old rule" if {' },
          { op: "+", text: 'warn contains "new rule" if {' },
          { op: " ", text: '  input.spacelift.run.type == "PROPOSED"' },
          { op: " ", text: "}" },
        ],
      }),
    ]);
  });
});
