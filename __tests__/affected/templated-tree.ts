/**
 * A network/prod repository with templated dependency stacks, shaped like atmos's
 * `atmos-describe-affected-with-dependents-and-locked` scenario (written here from its description):
 * two network stacks (ue1, uw2) and two prod stacks, stack names from
 * `{{ .vars.environment }}-{{ .vars.stage }}`, Go templates enabled, and `settings.depends_on`
 * entries whose `stack` is a template.
 */
import { CONFIG_DIR } from "./atmos-tree";

const region = (environment: string, name: string): string =>
  `vars:\n  region: ${name}\n  environment: ${environment}\n`;

function component(name: string, lines: readonly string[]): string[] {
  return [`    ${name}:`, "      metadata:", "        component: mock", ...lines.map((l) => `      ${l}`)];
}

function manifest(environment: string, stage: string, components: readonly string[][]): string {
  return [
    `import: [mixins/region/${environment}, mixins/stage/${stage}]`,
    "components:",
    "  terraform:",
    ...components.flat(),
    "",
  ].join("\n");
}

/** `settings.depends_on` lines for (component, stack?) pairs, keyed 1, 2, … */
function dependsOn(entries: readonly (readonly [string, string?])[]): string[] {
  return [
    "settings:",
    "  depends_on:",
    ...entries.flatMap(([c, stack], i) => [
      `    ${i + 1}:`,
      `      component: ${c}`,
      ...(stack !== undefined ? [`      stack: "${stack}"`] : []),
    ]),
  ];
}

/** Options of {@link templatedTree}: the edits a test applies. */
export interface TemplatedTreeEdits {
  /** `stack:` of tgw/hub's dependency on vpc in ue1-network. @default the template */
  readonly hubVpcStack?: string;
  /** Extra vars lines of vpc in ue1-network and uw2-network. @default none */
  readonly vpcVars?: readonly string[];
  /** Extra settings lines of tgw/hub (ue1-network) and tgw/cross-region-hub-connector (uw2-network). @default none */
  readonly hubSettings?: readonly string[];
  /** Spacelift workspaces on every component (for trigger tests). @default false */
  readonly spacelift?: boolean;
}

/** The repository files (paths from the repository root). */
export function templatedTree(edits: TemplatedTreeEdits = {}): Record<string, string> {
  const hubStack = edits.hubVpcStack ?? "{{ .vars.environment }}-{{ .vars.stage }}";
  const vpcVars = edits.vpcVars ?? [];
  const ue1Network = manifest("ue1", "network", [
    component("vpc", [
      "  locked: true",
      ...(vpcVars.length ? ["vars:", ...vpcVars.map((v) => `  ${v}`)] : []),
    ]),
    component("tgw/hub", [
      ...dependsOn([["vpc", hubStack]]),
      ...(edits.hubSettings ?? []).map((l) => `  ${l}`),
    ]),
    component("tgw/attachment", dependsOn([["vpc"], ["tgw/hub"]])),
  ]);
  const uw2Network = manifest("uw2", "network", [
    component("vpc", vpcVars.length ? ["vars:", ...vpcVars.map((v) => `  ${v}`)] : []),
    component("tgw/attachment", [
      "  enabled: false",
      ...dependsOn([["vpc"], ["tgw/hub", "ue1-{{ .vars.stage }}"]]),
    ]),
    component("tgw/cross-region-hub-connector", [
      "  locked: true",
      ...dependsOn([["tgw/hub", "ue1-{{ .vars.stage }}"]]),
      ...(edits.hubSettings ?? []).map((l) => `  ${l}`),
    ]),
  ]);
  const prod = (environment: string, hub: string): string =>
    manifest(environment, "prod", [
      component("vpc", []),
      component("tgw/attachment", dependsOn([["vpc"], ["tgw/hub", hub]])),
    ]);
  const spacelift = edits.spacelift ? "settings:\n  spacelift:\n    workspace_enabled: true\n" : "";
  return {
    [`${CONFIG_DIR}/atmos.yaml`]: [
      'base_path: "."',
      "components:",
      "  terraform:",
      "    base_path: components/terraform",
      "stacks:",
      "  base_path: stacks",
      '  included_paths: ["deploy/**/*"]',
      '  name_template: "{{ .vars.environment }}-{{ .vars.stage }}"',
      "templates:",
      "  settings:",
      "    enabled: true",
      "",
    ].join("\n"),
    [`${CONFIG_DIR}/stacks/mixins/region/ue1.yaml`]: region("ue1", "us-east-1"),
    [`${CONFIG_DIR}/stacks/mixins/region/uw2.yaml`]: region("uw2", "us-west-2"),
    [`${CONFIG_DIR}/stacks/mixins/stage/network.yaml`]: `vars:\n  stage: network\n${spacelift}`,
    [`${CONFIG_DIR}/stacks/mixins/stage/prod.yaml`]: `vars:\n  stage: prod\n${spacelift}`,
    [`${CONFIG_DIR}/stacks/deploy/network/ue1.yaml`]: ue1Network,
    [`${CONFIG_DIR}/stacks/deploy/network/uw2.yaml`]: uw2Network,
    [`${CONFIG_DIR}/stacks/deploy/prod/ue1.yaml`]: prod("ue1", "{{ .vars.environment }}-network"),
    [`${CONFIG_DIR}/stacks/deploy/prod/uw2.yaml`]: prod("uw2", "ue1-network"),
    [`${CONFIG_DIR}/components/terraform/mock/main.tf`]: "# mock\n",
  };
}
