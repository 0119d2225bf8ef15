import { describeAffected, type AffectedItem, type DescribeAffectedOptions } from "../../affected";
import { openCatalog } from "../../policies/catalog";
import { adminTree, workload } from "./admin-tree";
import { CONFIG_DIR, inConfig } from "./atmos-tree";
import { TempRepo } from "./git-repo";
import { errorsOf } from "./harness";

let repo: TempRepo;

beforeEach(() => {
  repo = new TempRepo();
  repo.commitFiles(adminTree(), "base");
});

afterEach(() => repo.remove());

function affected(options: Partial<DescribeAffectedOptions> = {}): AffectedItem[] {
  return [
    ...describeAffected({
      cwd: repo.dir,
      env: {},
      base: "main",
      includeSpaceliftAdminStacks: true,
      modelOptions: { catalog: openCatalog() },
      ...options,
    }).items,
  ];
}

/** `<spacelift stack or component@stack>: <affected_all>` per item. */
function summary(items: readonly AffectedItem[]): string[] {
  return items.map((i) => `${i.spaceliftStack ?? `${i.component}@${i.stack}`}: ${i.affectedAll.join(",")}`);
}

describe("describe affected --include-spacelift-admin-stacks", () => {
  test("adds the admin stack that manages each affected stack, without any admin_stack_selector", () => {
    repo.write(inConfig({ "stacks/orgs/beta/dev.yaml": workload("beta", "dev", ["  size: 2"]) }));
    expect(summary(affected())).toEqual([
      "beta-dev-vpc: stack.vars",
      "beta-spacelift-admin-stack: spacelift.admin_stack",
    ]);
  });

  test("adds nothing when nothing changed", () => {
    expect(affected()).toEqual([]);
  });

  test("adds nothing without the flag", () => {
    repo.write(inConfig({ "stacks/orgs/beta/dev.yaml": workload("beta", "dev", ["  size: 2"]) }));
    expect(summary(affected({ includeSpaceliftAdminStacks: false }))).toEqual(["beta-dev-vpc: stack.vars"]);
  });

  test("adds the root admin stack when a tenant admin stack's own config changes", () => {
    const tree = adminTree();
    const file = `${CONFIG_DIR}/stacks/orgs/acme/spacelift.yaml`;
    repo.write({
      [file]: tree[file]!.replace(
        "administrative: false",
        "administrative: false\n          stages: [dev, prod]",
      ),
    });
    expect(summary(affected())).toEqual([
      "acme-spacelift-admin-stack: stack.vars",
      "root-spacelift-admin-stack: spacelift.admin_stack",
    ]);
  });

  test("adds the base admin stack of a deleted stack", () => {
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.commitFiles(inConfig({ "stacks/orgs/acme/prod.yaml": null }));
    expect(summary(affected())).toEqual([
      "acme-prod-vpc: deleted.stack",
      "acme-spacelift-admin-stack: spacelift.admin_stack",
    ]);
  });

  test("adds the admin stack of a stack that leaves Spacelift without any other item (disabled component)", () => {
    repo.write(
      inConfig({
        "stacks/orgs/acme/dev.yaml": workload("acme", "dev", [
          "components:",
          "  terraform:",
          "    vpc:",
          "      metadata:",
          "        enabled: false",
        ]),
      }),
    );
    expect(summary(affected())).toEqual(["acme-spacelift-admin-stack: spacelift.admin_stack"]);
  });

  test("adds the old and the new admin stack of a stack that moves between them", () => {
    const tree = adminTree();
    const acme = `${CONFIG_DIR}/stacks/orgs/acme/spacelift.yaml`;
    const beta = `${CONFIG_DIR}/stacks/orgs/beta/spacelift.yaml`;
    // beta's admin stack claims whatever is tagged owner: beta; acme's leaves those out.
    repo.commitFiles({
      [acme]: tree[acme]!.replace(
        "        context_filters:",
        "        excluded_context_filters:\n          tags: {owner: beta}\n        context_filters:",
      ),
      [beta]: tree[beta]!.replace("tenants: [beta]", "tags: {owner: beta}"),
      [`${CONFIG_DIR}/stacks/orgs/beta/dev.yaml`]: workload("beta", "dev", ["  tags: {owner: beta}"]),
    });
    repo.write(
      inConfig({ "stacks/orgs/acme/prod.yaml": workload("acme", "prod", ["  tags: {owner: beta}"]) }),
    );
    expect(summary(affected())).toEqual([
      "acme-prod-vpc: stack.vars",
      "acme-spacelift-admin-stack: spacelift.admin_stack",
      "beta-spacelift-admin-stack: spacelift.admin_stack",
    ]);
  });

  test("does not add the admin stack for a local module change only (atmos's rule)", () => {
    repo.commitFiles(
      inConfig({
        "components/terraform/vpc/main.tf": 'module "m" {\n  source = "../../../modules/m"\n}\n',
        "modules/m/main.tf": "# m\n",
      }),
    );
    repo.write(inConfig({ "modules/m/main.tf": "# m changed\n" }));
    expect(summary(affected())).toEqual([
      "acme-dev-vpc: component.module",
      "acme-prod-vpc: component.module",
      "beta-dev-vpc: component.module",
    ]);
  });

  test("honours settings.spacelift.admin_stack_selector with atmos's reason", () => {
    repo.write(
      inConfig({
        "stacks/orgs/beta/dev.yaml": workload("beta", "dev", [
          "  size: 2",
          "settings:",
          "  spacelift:",
          "    admin_stack_selector:",
          "      component: admin-stack",
          "      stage: spacelift",
        ]),
      }),
    );
    expect(summary(affected())).toEqual([
      "beta-dev-vpc: stack.vars,stack.settings",
      "beta-spacelift-admin-stack: stack.settings.spacelift.admin_stack_selector,spacelift.admin_stack",
    ]);
  });

  test("fails when admin_stack_selector selects no component", () => {
    repo.write(
      inConfig({
        "stacks/orgs/beta/dev.yaml": workload("beta", "dev", [
          "settings:",
          "  spacelift:",
          "    admin_stack_selector:",
          "      component: admin-stack",
          "      stage: nowhere",
        ]),
      }),
    );
    expect(errorsOf(() => affected())).toEqual([
      expect.objectContaining({
        code: "ADMIN_STACK_SELECTOR_INVALID",
        message: expect.stringContaining("no component 'admin-stack' exists in the stack 'beta-nowhere'"),
      }),
    ]);
  });

  test("fails with the model's errors when a side's Spacelift model cannot be built", () => {
    repo.write(inConfig({ "stacks/orgs/root/spacelift.yaml": null }));
    expect(errorsOf(() => affected()).map((d) => d.code)).toContain("NO_ROOT_ADMIN_STACK");
  });

  test("says which side failed when the base model cannot be built", () => {
    repo.git("checkout", "--quiet", "-b", "broken");
    repo.commitFiles(inConfig({ "stacks/orgs/root/spacelift.yaml": null }));
    repo.git("checkout", "--quiet", "main");
    const errors = errorsOf(() => affected({ base: "broken" }));
    expect(errors).toContainEqual(
      expect.objectContaining({
        code: "NO_ROOT_ADMIN_STACK",
        message: expect.stringMatching(/^in --base 'broken': /),
      }),
    );
  });
});
