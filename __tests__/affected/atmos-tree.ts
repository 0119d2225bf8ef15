/**
 * A small atmos repository for describe-affected tests: three stacks, one shared import used by
 * two of them, components with a local module, a file and a folder dependency, and an abstract
 * and a disabled component. Tests start from it and change one thing.
 */
import type { FileMap } from "./git-repo";

/** The config dir relative to the repository root. */
export const CONFIG_DIR = "stacks-config";

/** The tree every test starts from. */
export function baseTree(): Record<string, string> {
  return {
    [`${CONFIG_DIR}/atmos.yaml`]: [
      'base_path: "."',
      "components:",
      "  terraform:",
      "    base_path: components/terraform",
      "stacks:",
      "  base_path: stacks",
      '  included_paths: ["orgs/**/*"]',
      '  excluded_paths: ["**/_defaults.yaml"]',
      '  name_template: "{{ .vars.tenant }}-{{ .vars.stage }}"',
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/mixins/team.yaml`]: "vars:\n  team: platform\n",
    [`${CONFIG_DIR}/stacks/catalog/vpc.yaml`]: [
      "components:",
      "  terraform:",
      "    vpc:",
      "      settings:",
      "        spacelift:",
      "          workspace_enabled: true",
      "      vars:",
      "        cidr: 10.0.0.0/16",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/catalog/app.yaml`]: [
      "components:",
      "  terraform:",
      "    app/base:",
      "      metadata:",
      "        type: abstract",
      "        component: app",
      "      vars:",
      "        size: 1",
      "    app:",
      "      metadata:",
      "        inherits: [app/base]",
      "      settings:",
      "        depends_on:",
      "          1:",
      "            component: vpc",
      "          2:",
      "            file: config/app.json",
      "          3:",
      "            folder: config/app.d",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/catalog/legacy.yaml`]: [
      "components:",
      "  terraform:",
      "    legacy:",
      "      metadata:",
      "        enabled: false",
      "      vars:",
      "        size: 1",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/orgs/acme/dev.yaml`]: stack("acme", "dev", ["mixins/team"]),
    [`${CONFIG_DIR}/stacks/orgs/acme/prod.yaml`]: stack("acme", "prod", ["mixins/team"]),
    [`${CONFIG_DIR}/stacks/orgs/beta/dev.yaml`]: stack("beta", "dev", []),
    [`${CONFIG_DIR}/components/terraform/vpc/main.tf`]: 'resource "null_resource" "vpc" {}\n',
    [`${CONFIG_DIR}/components/terraform/app/main.tf`]: [
      "# The app uses a shared local module and a registry module.",
      'module "label" {',
      '  source = "../../../modules/label"',
      "}",
      'module "remote" {',
      '  source  = "cloudposse/label/null"',
      '  version = "0.25.0"',
      "}",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/components/terraform/legacy/main.tf`]: "# legacy\n",
    [`${CONFIG_DIR}/modules/label/main.tf`]: 'output "id" { value = "x" }\n',
    "config/app.json": "{}\n",
    "config/app.d/a.yaml": "a: 1\n",
    "README.md": "infrastructure\n",
  };
}

/** A top-level stack manifest importing every catalog entry plus `extra`. */
export function stack(tenant: string, stage: string, extra: readonly string[]): string {
  return [
    "import:",
    ...["catalog/vpc", "catalog/app", "catalog/legacy", ...extra].map((i) => `  - ${i}`),
    "vars:",
    `  tenant: ${tenant}`,
    `  stage: ${stage}`,
    "",
  ].join("\n");
}

/** `files` with the config dir prefixed to every path. */
export function inConfig(files: FileMap): FileMap {
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [`${CONFIG_DIR}/${k}`, v]));
}
