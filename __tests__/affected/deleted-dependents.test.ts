import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describeAffected, type AffectedItem, type DescribeAffectedOptions } from "../../affected";
import { baseTree, inConfig, stack } from "./atmos-tree";
import { TempRepo } from "./git-repo";
import { affectedIn, commitOnBranch as commitOnBranchIn, errorsOf, summary } from "./harness";

let repo: TempRepo;

beforeEach(() => {
  repo = new TempRepo();
  repo.commitFiles(baseTree(), "base");
});

afterEach(() => repo.remove());

const affected = (options: Partial<DescribeAffectedOptions> = {}): AffectedItem[] =>
  affectedIn(repo, options);
const commitOnBranch = (files: Record<string, string | null>): void => commitOnBranchIn(repo, files);

describe("describe affected: new and deleted components", () => {
  test("reports a new component as stack.metadata, then its non-empty sections", () => {
    repo.write(
      inConfig({
        "stacks/orgs/beta/dev.yaml": `${stack("beta", "dev", [])}components:\n  terraform:\n    cache:\n      vars:\n        nodes: 2\n`,
      }),
    );
    expect(summary(affected())).toEqual([
      ["beta-dev", "cache", ["stack.metadata", "stack.vars", "stack.command"]],
    ]);
  });

  test("reports a removed component as deleted and a removed stack as deleted.stack, from BASE", () => {
    commitOnBranch({
      "stacks/orgs/beta/dev.yaml": stack("beta", "dev", []).replace("  - catalog/vpc\n", ""),
      "stacks/orgs/acme/prod.yaml": null,
    });
    const items = affected();
    expect(items.map((i) => [i.stack, i.component, i.affected, i.deletionType])).toEqual([
      ["acme-prod", "app", "deleted.stack", "stack"],
      ["acme-prod", "legacy", "deleted.stack", "stack"],
      ["acme-prod", "vpc", "deleted.stack", "stack"],
      ["beta-dev", "vpc", "deleted", "component"],
    ]);
    expect(items[2]).toEqual({
      component: "vpc",
      componentType: "terraform",
      componentPath: "components/terraform/vpc",
      tenant: "acme",
      stage: "prod",
      stack: "acme-prod",
      stackSlug: "acme-prod-vpc",
      spaceliftStack: "acme-prod-vpc",
      affected: "deleted.stack",
      affectedAll: ["deleted.stack"],
      dependents: [],
      includedInDependents: false,
      deleted: true,
      deletionType: "stack",
    });
  });

  test("counts a base without atmos configuration as empty: every component is new", () => {
    const greenfield = new TempRepo();
    try {
      greenfield.commitFiles({ "README.md": "empty\n" });
      greenfield.write(baseTree());
      const result = describeAffected({ cwd: greenfield.dir, env: {}, base: "main" });
      expect(result.items.map((i) => `${i.component}@${i.stack}:${i.affected}`)).toEqual([
        "app@acme-dev:stack.metadata",
        "vpc@acme-dev:stack.metadata",
        "app@acme-prod:stack.metadata",
        "vpc@acme-prod:stack.metadata",
        "app@beta-dev:stack.metadata",
        "vpc@beta-dev:stack.metadata",
      ]);
      expect(result.warnings).toEqual([expect.objectContaining({ code: "BASE_COUNTED_EMPTY" })]);
    } finally {
      greenfield.remove();
    }
  });
});

describe("describe affected: dependents", () => {
  test("adds the components depending on an affected one with --include-dependents", () => {
    repo.write(
      inConfig({
        "stacks/orgs/beta/dev.yaml": `${stack("beta", "dev", [])}components:\n  terraform:\n    vpc:\n      vars:\n        cidr: 10.9.0.0/16\n`,
      }),
    );
    expect(affected({ includeDependents: true })).toEqual([
      expect.objectContaining({
        stack: "beta-dev",
        component: "vpc",
        affected: "stack.vars",
        includedInDependents: false,
        dependents: [
          {
            component: "app",
            componentType: "terraform",
            componentPath: "components/terraform/app",
            tenant: "beta",
            stage: "dev",
            stack: "beta-dev",
            stackSlug: "beta-dev-app",
            dependents: [],
            includedInDependents: false,
          },
        ],
      }),
    ]);
  });

  test("marks an item that is also another item's dependent as included_in_dependents", () => {
    repo.write(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" }));
    const items = affected({ includeDependents: true, stack: "acme-dev" });
    expect(
      items.map((i) => [i.component, i.includedInDependents, i.dependents.map((d) => d.stackSlug)]),
    ).toEqual([
      ["app", true, []],
      ["vpc", false, ["acme-dev-app"]],
    ]);
  });

  test("leaves dependents empty without --include-dependents", () => {
    repo.write(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" }));
    expect(affected({ stack: "acme-dev" }).map((i) => i.dependents)).toEqual([[], []]);
  });

  test("fails when component dependencies form a cycle", () => {
    repo.write(
      inConfig({
        "stacks/orgs/beta/dev.yaml": `${stack("beta", "dev", [])}components:\n  terraform:\n    vpc:\n      vars:\n        cidr: 10.9.0.0/16\n      settings:\n        depends_on:\n          1:\n            component: app\n`,
      }),
    );
    expect(errorsOf(() => affected({ includeDependents: true }))).toEqual([
      expect.objectContaining({
        code: "DEPENDENTS_CYCLE",
        message: expect.stringContaining("vpc (beta-dev)"),
      }),
    ]);
  });
});

describe("describe affected: refs", () => {
  test("fails with GIT_REF_NOT_FOUND for a base that names no commit", () => {
    expect(errorsOf(() => affected({ base: "origin/nope" }))).toEqual([
      expect.objectContaining({ code: "GIT_REF_NOT_FOUND", message: expect.stringContaining("origin/nope") }),
    ]);
  });

  test("fails with NOT_A_GIT_REPOSITORY outside a repository", () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "affected-no-git-"));
    try {
      expect(errorsOf(() => describeAffected({ cwd: outside, env: {}, base: "main" }))).toEqual([
        expect.objectContaining({ code: "NOT_A_GIT_REPOSITORY" }),
      ]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});
