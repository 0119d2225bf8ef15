/**
 * An atmos repository with Spacelift admin stacks for `--include-spacelift-admin-stacks` tests: the
 * root admin stack (creates every administrative stack), one tenant admin stack per tenant
 * (`acme`, `beta`, selected by context_filters) and workload stacks under them.
 */
import { CONFIG_DIR } from "./atmos-tree";

/** The tree admin-stack tests start from. */
export function adminTree(): Record<string, string> {
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
      "integrations:",
      "  spacelift_atmos:",
      "    repository_root: ..",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/catalog/defaults.yaml`]: [
      "vars:",
      "  namespace: acme",
      "settings:",
      "  spacelift:",
      "    workspace_enabled: true",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/catalog/admin-stack.yaml`]: [
      "components:",
      "  terraform:",
      "    admin-stack/default:",
      "      metadata:",
      "        type: abstract",
      "        component: spacelift/admin-stack",
      "      settings:",
      "        spacelift:",
      "          administrative: true",
      "      vars:",
      "        repository: infrastructure",
      "        component_root: stacks-config/components/terraform",
      "        allow_public_workers: true",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/orgs/root/spacelift.yaml`]: [
      "import: [catalog/defaults, catalog/admin-stack]",
      "vars:",
      "  tenant: root",
      "  stage: spacelift",
      "components:",
      "  terraform:",
      "    admin-stack:",
      "      metadata:",
      "        component: spacelift/admin-stack",
      "        inherits: [admin-stack/default]",
      "      settings:",
      "        spacelift:",
      "          root_administrative: true",
      "      vars:",
      "        root_admin_stack: true",
      "        context_filters:",
      "          administrative: true",
      "          root_administrative: false",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/orgs/acme/spacelift.yaml`]: tenantAdmin("acme"),
    [`${CONFIG_DIR}/stacks/orgs/beta/spacelift.yaml`]: tenantAdmin("beta"),
    [`${CONFIG_DIR}/stacks/catalog/vpc.yaml`]:
      "components:\n  terraform:\n    vpc:\n      vars:\n        cidr: 10.0.0.0/16\n",
    [`${CONFIG_DIR}/stacks/orgs/acme/dev.yaml`]: workload("acme", "dev"),
    [`${CONFIG_DIR}/stacks/orgs/acme/prod.yaml`]: workload("acme", "prod"),
    [`${CONFIG_DIR}/stacks/orgs/beta/dev.yaml`]: workload("beta", "dev"),
    [`${CONFIG_DIR}/components/terraform/vpc/main.tf`]: "# vpc\n",
  };
}

function tenantAdmin(tenant: string): string {
  return [
    "import: [catalog/defaults, catalog/admin-stack]",
    "vars:",
    `  tenant: ${tenant}`,
    "  stage: spacelift",
    "components:",
    "  terraform:",
    "    admin-stack:",
    "      metadata:",
    "        component: spacelift/admin-stack",
    "        inherits: [admin-stack/default]",
    "      vars:",
    "        context_filters:",
    `          tenants: [${tenant}]`,
    "          administrative: false",
    "",
  ].join("\n");
}

/** A workload stack with the vpc component. */
export function workload(tenant: string, stage: string, extra: readonly string[] = []): string {
  return [
    "import: [catalog/defaults, catalog/vpc]",
    "vars:",
    `  tenant: ${tenant}`,
    `  stage: ${stage}`,
    ...extra,
    "",
  ].join("\n");
}
