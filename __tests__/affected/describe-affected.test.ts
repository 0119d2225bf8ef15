import { describeAffected, type AffectedItem, type DescribeAffectedOptions } from "../../affected";
import { baseTree, CONFIG_DIR, inConfig, stack } from "./atmos-tree";
import { TempRepo } from "./git-repo";
import { affectedIn, commitOnBranch as commitOnBranchIn, summary } from "./harness";

let repo: TempRepo;

beforeEach(() => {
  repo = new TempRepo();
  repo.commitFiles(baseTree(), "base");
});

afterEach(() => repo.remove());

const affected = (options: Partial<DescribeAffectedOptions> = {}): AffectedItem[] =>
  affectedIn(repo, options);
const commitOnBranch = (files: Record<string, string | null>): void => commitOnBranchIn(repo, files);

describe("describe affected: config changes", () => {
  test("reports no item when nothing changed", () => {
    expect(affected()).toEqual([]);
  });

  test("reports every stack importing a changed shared import as stack.vars, and nothing else", () => {
    repo.write(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" }));
    expect(summary(affected())).toEqual([
      ["acme-dev", "app", ["stack.vars"]],
      ["acme-dev", "vpc", ["stack.vars"]],
      ["acme-prod", "app", ["stack.vars"]],
      ["acme-prod", "vpc", ["stack.vars"]],
    ]);
  });

  test("describes an item with atmos's fields", () => {
    repo.write(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" }));
    expect(affected({ stack: "acme-dev" })[1]).toEqual({
      component: "vpc",
      componentType: "terraform",
      componentPath: "components/terraform/vpc",
      stack: "acme-dev",
      stackSlug: "acme-dev-vpc",
      spaceliftStack: "acme-dev-vpc",
      affected: "stack.vars",
      affectedAll: ["stack.vars"],
      dependents: [],
      includedInDependents: false,
    });
  });

  test("compares values type-sensitively (1 and '1' differ)", () => {
    repo.write(
      inConfig({
        "stacks/catalog/app.yaml": baseTree()[`${CONFIG_DIR}/stacks/catalog/app.yaml`]!.replace(
          "size: 1",
          'size: "1"',
        ),
      }),
    );
    expect(summary(affected())).toEqual([
      ["acme-dev", "app", ["stack.vars"]],
      ["acme-prod", "app", ["stack.vars"]],
      ["beta-dev", "app", ["stack.vars"]],
    ]);
  });

  test("ignores abstract and disabled components, reporting only the real inheritors", () => {
    const tree = baseTree();
    repo.write({
      [`${CONFIG_DIR}/stacks/catalog/app.yaml`]: tree[`${CONFIG_DIR}/stacks/catalog/app.yaml`]!.replace(
        "size: 1",
        "size: 2",
      ),
      [`${CONFIG_DIR}/stacks/catalog/legacy.yaml`]: tree[`${CONFIG_DIR}/stacks/catalog/legacy.yaml`]!.replace(
        "size: 1",
        "size: 2",
      ),
    });
    expect(summary(affected())).toEqual([
      ["acme-dev", "app", ["stack.vars"]],
      ["acme-prod", "app", ["stack.vars"]],
      ["beta-dev", "app", ["stack.vars"]],
    ]);
  });

  test("reports a settings change as stack.settings", () => {
    repo.write(
      inConfig({
        "stacks/orgs/beta/dev.yaml": `${stack("beta", "dev", [])}settings:\n  spacelift:\n    autodeploy: true\n`,
      }),
    );
    expect(summary(affected())).toEqual([
      ["beta-dev", "app", ["stack.settings"]],
      ["beta-dev", "vpc", ["stack.settings"]],
    ]);
  });

  test("does not report a pure rename of a manifest that keeps the stack name", () => {
    repo.git("checkout", "--quiet", "-b", "feature");
    repo.move(`${CONFIG_DIR}/stacks/orgs/beta/dev.yaml`, `${CONFIG_DIR}/stacks/orgs/beta/development.yaml`);
    repo.commit("rename");
    expect(affected()).toEqual([]);
  });

  test("includes uncommitted and untracked changes of the working tree", () => {
    repo.write(inConfig({ "stacks/orgs/beta/extra.yaml": `${stack("beta", "qa", [])}` }));
    expect(summary(affected()).map(([s, c]) => `${c}@${s}`)).toEqual(["app@beta-qa", "vpc@beta-qa"]);
  });

  test("compares the committed --head ref, ignoring the working tree, when --head is given", () => {
    commitOnBranch({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" });
    repo.write(inConfig({ "stacks/orgs/beta/dev.yaml": `${stack("beta", "dev", [])}  extra: 1\n` }));
    expect(summary(affected({ head: "feature" })).map(([s, c]) => `${c}@${s}`)).toEqual([
      "app@acme-dev",
      "vpc@acme-dev",
      "app@acme-prod",
      "vpc@acme-prod",
    ]);
  });

  test("keeps only the --stack stack", () => {
    repo.write(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" }));
    expect(summary(affected({ stack: "acme-prod" })).map(([s, c]) => `${c}@${s}`)).toEqual([
      "app@acme-prod",
      "vpc@acme-prod",
    ]);
  });

  test("skips locked components with --exclude-locked only", () => {
    repo.commitFiles(
      inConfig({
        "stacks/orgs/acme/dev.yaml": `${stack("acme", "dev", ["mixins/team"])}components:\n  terraform:\n    vpc:\n      metadata:\n        locked: true\n`,
      }),
    );
    repo.write(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\n" }));
    const keys = (items: AffectedItem[]): string[] => items.map((i) => `${i.component}@${i.stack}`);
    expect(keys(affected())).toContain("vpc@acme-dev");
    expect(keys(affected({ excludeLocked: true }))).toEqual([
      "app@acme-dev",
      "app@acme-prod",
      "vpc@acme-prod",
    ]);
  });

  test("compares only the sections of describe.affected.sections when set, and warns about unknown ones", () => {
    const atmosYaml = baseTree()[`${CONFIG_DIR}/atmos.yaml`]!;
    repo.commitFiles({
      [`${CONFIG_DIR}/atmos.yaml`]: `${atmosYaml}describe:\n  affected:\n    sections: [env, nosuch]\n`,
    });
    repo.write(inConfig({ "stacks/mixins/team.yaml": "vars:\n  team: network\nenv:\n  TEAM: network\n" }));
    const result = describeAffected({ cwd: repo.dir, env: {}, base: "main" });
    expect(summary(result.items)).toEqual([
      ["acme-dev", "app", ["stack.env"]],
      ["acme-dev", "vpc", ["stack.env"]],
      ["acme-prod", "app", ["stack.env"]],
      ["acme-prod", "vpc", ["stack.env"]],
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: "SECTION_NOT_COMPARED", severity: "warning" }),
    ]);
  });
});

describe("describe affected: files", () => {
  test("reports a change in the component folder as component", () => {
    commitOnBranch({ "components/terraform/vpc/main.tf": 'resource "null_resource" "vpc2" {}\n' });
    expect(summary(affected())).toEqual([
      ["acme-dev", "vpc", ["component"]],
      ["acme-prod", "vpc", ["component"]],
      ["beta-dev", "vpc", ["component"]],
    ]);
  });

  test("does not claim a sibling folder that shares the name prefix", () => {
    commitOnBranch({ "components/terraform/vpc-flow-logs/main.tf": "# other\n" });
    expect(affected()).toEqual([]);
  });

  test("reports a change in a local module the component calls as component.module", () => {
    commitOnBranch({ "modules/label/main.tf": 'output "id" { value = "y" }\n' });
    expect(summary(affected())).toEqual([
      ["acme-dev", "app", ["component.module"]],
      ["acme-prod", "app", ["component.module"]],
      ["beta-dev", "app", ["component.module"]],
    ]);
  });

  test("reports a change in a module called by a local module (recursively)", () => {
    repo.commitFiles(
      inConfig({
        "modules/label/main.tf": 'module "inner" {\n  source = "../inner"\n}\n',
        "modules/inner/main.tf": "# inner\n",
      }),
    );
    repo.write(inConfig({ "modules/inner/main.tf": "# inner changed\n" }));
    expect(summary(affected()).map(([s, c, r]) => `${c}@${s}:${r.join(",")}`)).toEqual([
      "app@acme-dev:component.module",
      "app@acme-prod:component.module",
      "app@beta-dev:component.module",
    ]);
  });

  test("reads module calls of .tf.json files too", () => {
    repo.commitFiles(
      inConfig({
        "components/terraform/vpc/modules.tf.json": JSON.stringify({
          module: { net: { source: "../../../modules/net" } },
        }),
        "modules/net/main.tf": "# net\n",
      }),
    );
    repo.write(inConfig({ "modules/net/main.tf": "# net changed\n" }));
    expect(summary(affected()).map(([s, c, r]) => `${c}@${s}:${r.join(",")}`)).toEqual([
      "vpc@acme-dev:component.module",
      "vpc@acme-prod:component.module",
      "vpc@beta-dev:component.module",
    ]);
  });

  test("reports a changed settings.depends_on file as file, with the declared path", () => {
    repo.write({ "config/app.json": '{"a": 1}\n' });
    const items = affected();
    expect(summary(items)).toEqual([
      ["acme-dev", "app", ["file"]],
      ["acme-prod", "app", ["file"]],
      ["beta-dev", "app", ["file"]],
    ]);
    expect(items.map((i) => i.file)).toEqual(["config/app.json", "config/app.json", "config/app.json"]);
  });

  test("reports a new file under a settings.depends_on folder as folder, with the declared path", () => {
    repo.write({ "config/app.d/b.yaml": "b: 2\n" });
    const items = affected();
    expect(summary(items)).toEqual([
      ["acme-dev", "app", ["folder"]],
      ["acme-prod", "app", ["folder"]],
      ["beta-dev", "app", ["folder"]],
    ]);
    expect(items.map((i) => i.folder)).toEqual(["config/app.d", "config/app.d", "config/app.d"]);
  });

  test("reports dependencies.files changes as file", () => {
    repo.commitFiles(
      inConfig({
        "stacks/orgs/beta/dev.yaml": `${stack("beta", "dev", [])}components:\n  terraform:\n    vpc:\n      dependencies:\n        files: [config/vpc-*.json]\n`,
      }),
    );
    repo.write({ "config/vpc-peers.json": "[]\n" });
    expect(summary(affected())).toEqual([["beta-dev", "vpc", ["file"]]]);
  });

  test("lists every reason in atmos's order, the first one as affected", () => {
    repo.write({
      "config/app.json": '{"a": 2}\n',
      [`${CONFIG_DIR}/components/terraform/app/main.tf`]:
        'module "label" {\n  source = "../../../modules/label"\n}\n',
      [`${CONFIG_DIR}/modules/label/main.tf`]: "# changed\n",
      [`${CONFIG_DIR}/stacks/orgs/beta/dev.yaml`]: `${stack("beta", "dev", [])}settings:\n  x: 1\ncomponents:\n  terraform:\n    app:\n      metadata:\n        locked: false\n      vars:\n        size: 3\n`,
    });
    const beta = affected({ stack: "beta-dev" }).find((i) => i.component === "app");
    expect(beta).toMatchObject({
      affected: "stack.metadata",
      affectedAll: [
        "stack.metadata",
        "component.module",
        "component",
        "stack.vars",
        "stack.settings",
        "file",
      ],
    });
  });
});
