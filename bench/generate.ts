/**
 * Generates a synthetic atmos organisation that the whole pipeline accepts (engine, model,
 * constructs, describe affected): a root admin stack with the spaces component, one tenant admin
 * stack per tenant, and `tenants × stages × regions` workload stacks that each import a chain of
 * defaults and `components` catalogue files. Output is deterministic for a given shape.
 *
 * Layout (repository root = the target directory, atmos config in `stacks-config/`):
 *
 * ```
 * stacks-config/atmos.yaml
 * stacks-config/stacks/orgs/spacelift.yaml               root admin stack + spaces
 * stacks-config/stacks/orgs/<tenant>/spacelift.yaml      tenant admin stack
 * stacks-config/stacks/orgs/<tenant>/<stage>/<region>.yaml   workload stack
 *   → orgs/<tenant>/<stage>/_defaults → orgs/<tenant>/_defaults → orgs/_defaults
 *   → mixins/shared/layer-1 → … (import depth)
 * stacks-config/stacks/catalog/comp<c>.yaml              comp<c> inheriting abstract bases
 * stacks-config/components/terraform/comp<c>/main.tf
 * ```
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The parameters of a generated organisation. */
export interface OrganisationShape {
  readonly tenants: number;
  readonly stages: number;
  readonly regions: number;
  /** Terraform components in each workload stack (each from its own catalogue file). */
  readonly componentsPerStack: number;
  /**
   * Length of the longest import chain of a workload stack manifest: stage defaults → tenant
   * defaults → org defaults → shared layers. At least 3.
   */
  readonly importDepth: number;
  /** Abstract bases in each catalogue component's `metadata.inherits` chain (0 = none). */
  readonly inheritanceDepth: number;
  /** Share (0–1) of the components with `settings.spacelift.workspace_enabled: true`. */
  readonly workspaceShare: number;
  /** Average number of `settings.depends_on` entries per component (on earlier components). */
  readonly dependencyDensity: number;
  /** Seed of the dependency choice. @default 1 */
  readonly seed?: number;
  /**
   * Every catalogue file declares `locals` (three chained through `{{ .locals.x }}`, one a map) and
   * its component's vars read them through templates. @default false
   */
  readonly templated?: boolean;
}

/** What was generated, for checks and reports. */
export interface GeneratedOrganisation {
  /** Repository root (the git repository of the affected step). */
  readonly root: string;
  /** The directory holding atmos.yaml. */
  readonly configDir: string;
  /** Every stack manifest (YAML under the stacks base path). */
  readonly manifests: readonly string[];
  /** Workload atmos stacks (tenant × stage × region). */
  readonly atmosStacks: number;
  /** `spacelift_stack` resources the app will synthesize (workload, tenant admin, root admin, spaces). */
  readonly spaceliftStacks: number;
  /** Workload Spacelift stacks only. */
  readonly workloadStacks: number;
  /** Non-abstract terraform component instances (what a change to every stack affects). */
  readonly componentInstances: number;
  /** `settings.depends_on` entries over all workload Spacelift stacks. */
  readonly dependencies: number;
  /** The shared import changed by {@link applySharedChange}, relative to the root. */
  readonly sharedImport: string;
}

const STAGE_NAMES = ["dev", "staging", "prod", "sandbox", "qa", "perf", "uat", "audit"];
const REGION_NAMES = ["ue1", "ue2", "uw1", "uw2", "ew1", "ec1", "as1", "as2", "sa1", "ca1"];
const POLICIES = ["GIT_PUSH Global Administrator", "TRIGGER Global Administrator", "PLAN Default"];

/** Writes the organisation under `root` (created if missing) and describes it. */
export function generateOrganisation(root: string, shape: OrganisationShape): GeneratedOrganisation {
  checkShape(shape);
  const files = new Map<string, string>();
  const put = (rel: string, lines: readonly string[]): void => {
    files.set(rel, `${lines.join("\n")}\n`);
  };
  const stages = STAGE_NAMES.slice(0, shape.stages);
  const regions = REGION_NAMES.slice(0, shape.regions);
  const tenants = Array.from({ length: shape.tenants }, (_, t) => `tenant${t}`);
  const components = Array.from({ length: shape.componentsPerStack }, (_, c) => `comp${c}`);
  const workspace = components.map((_, c) => isWorkspaceEnabled(c, shape.workspaceShare));
  const dependsOn = chooseDependencies(workspace, shape.dependencyDensity, shape.seed ?? 1);
  const layers = shape.importDepth - 3;

  put("stacks-config/atmos.yaml", atmosYaml());
  for (let l = 1; l <= layers; l++) {
    put(`stacks-config/stacks/mixins/shared/layer-${l}.yaml`, [
      ...(l < layers ? ["import:", `  - mixins/shared/layer-${l + 1}`] : []),
      "vars:",
      "  tags:",
      `    layer_${l}: shared-${l}`,
      `  shared_${l}: value-${l}`,
    ]);
  }
  put("stacks-config/stacks/orgs/_defaults.yaml", [
    ...(layers > 0 ? ["import:", "  - mixins/shared/layer-1"] : []),
    "vars:",
    "  namespace: acme",
    "  shared_0: value-0",
    "terraform:",
    "  backend_type: s3",
    "  backend:",
    "    s3:",
    "      bucket: acme-tfstate",
    "      region: us-east-1",
    "      encrypt: true",
    "      use_lockfile: true",
    "      key: terraform.tfstate",
  ]);
  for (const r of regions)
    put(`stacks-config/stacks/mixins/region/${r}.yaml`, [
      "vars:",
      `  environment: ${r}`,
      `  region: region-${r}`,
    ]);
  put("stacks-config/stacks/mixins/region/gbl.yaml", ["vars:", "  environment: gbl", "  region: us-east-1"]);
  for (const stage of stages) put(`stacks-config/stacks/mixins/stage/${stage}.yaml`, stageMixin(stage));
  components.forEach((name, c) =>
    put(
      `stacks-config/stacks/catalog/${name}.yaml`,
      catalogFile(name, c, workspace[c]!, dependsOn[c]!, shape),
    ),
  );
  components.forEach((name) =>
    put(`stacks-config/components/terraform/${name}/main.tf`, ['variable "name" {', "  type = string", "}"]),
  );
  put("stacks-config/stacks/catalog/spacelift/admin-stack.yaml", adminStackBase());
  put("stacks-config/stacks/catalog/spacelift/spaces.yaml", spacesCatalog(tenants));
  put("stacks-config/stacks/orgs/spacelift.yaml", rootAdminStack());

  let atmosStacks = 0;
  for (const tenant of tenants) {
    put(`stacks-config/stacks/orgs/${tenant}/_defaults.yaml`, [
      "import:",
      "  - orgs/_defaults",
      "vars:",
      `  tenant: ${tenant}`,
      "settings:",
      "  spacelift:",
      `    space_name: ${tenant}`,
    ]);
    put(`stacks-config/stacks/orgs/${tenant}/spacelift.yaml`, tenantAdminStack(tenant));
    for (const stage of stages) {
      put(`stacks-config/stacks/orgs/${tenant}/${stage}/_defaults.yaml`, [
        "import:",
        `  - orgs/${tenant}/_defaults`,
        `  - mixins/stage/${stage}`,
      ]);
      for (const region of regions) {
        put(
          `stacks-config/stacks/orgs/${tenant}/${stage}/${region}.yaml`,
          workloadStack(tenant, stage, region, components, atmosStacks),
        );
        atmosStacks++;
      }
    }
  }

  for (const [rel, text] of files) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const perStack = workspace.filter(Boolean).length;
  const depsPerStack = dependsOn.reduce((n, d, c) => n + (workspace[c] ? d.length : 0), 0);
  return {
    root,
    configDir: path.join(root, "stacks-config"),
    manifests: [...files.keys()]
      .filter((f) => f.startsWith("stacks-config/stacks/"))
      .map((f) => path.join(root, f))
      .sort(),
    atmosStacks,
    workloadStacks: atmosStacks * perStack,
    // Plus one admin stack per tenant, the root admin stack and the spaces stack.
    spaceliftStacks: atmosStacks * perStack + tenants.length + 2,
    componentInstances: atmosStacks * components.length + tenants.length + 2,
    dependencies: atmosStacks * depsPerStack,
    sharedImport: `stacks-config/stacks/${layers > 0 ? `mixins/shared/layer-${layers}` : "orgs/_defaults"}.yaml`,
  };
}

/**
 * The one-line change of the affected step: a var of the deepest shared import, which every
 * workload component inherits.
 */
export function applySharedChange(org: GeneratedOrganisation): void {
  const file = path.join(org.root, org.sharedImport);
  const text = fs.readFileSync(file, "utf8");
  const changed = text.replace(/^( {2}shared_\d+: )value-(\d+)$/m, "$1changed-$2");
  if (changed === text) throw new Error(`no shared var to change in ${org.sharedImport}`);
  fs.writeFileSync(file, changed);
}

function checkShape(shape: OrganisationShape): void {
  if (shape.importDepth < 3) throw new Error("importDepth must be at least 3 (stage, tenant, org defaults)");
  if (shape.stages < 1 || shape.stages > STAGE_NAMES.length)
    throw new Error(`stages must be 1–${STAGE_NAMES.length}`);
  if (shape.regions < 1 || shape.regions > REGION_NAMES.length)
    throw new Error(`regions must be 1–${REGION_NAMES.length}`);
  if (shape.tenants < 1 || shape.componentsPerStack < 1)
    throw new Error("tenants and components must be ≥ 1");
  if (shape.workspaceShare < 0 || shape.workspaceShare > 1) throw new Error("workspaceShare must be 0–1");
  if (shape.dependencyDensity < 0 || shape.inheritanceDepth < 0)
    throw new Error("dependencyDensity and inheritanceDepth must be ≥ 0");
}

/** Spreads the workspace-enabled components evenly: exactly ⌊share × n⌋ of the first n. */
function isWorkspaceEnabled(c: number, share: number): boolean {
  return Math.floor((c + 1) * share) > Math.floor(c * share);
}

/**
 * Each component depends on each earlier workspace-enabled component with the same probability,
 * chosen so that the average number of dependencies per component is `density` (capped by what
 * exists). Acyclic by construction.
 */
function chooseDependencies(workspace: readonly boolean[], density: number, seed: number): number[][] {
  const random = mulberry32(seed);
  const pairs = workspace.reduce((n, _, c) => n + workspace.slice(0, c).filter(Boolean).length, 0);
  const p = pairs === 0 ? 0 : Math.min(1, (density * workspace.length) / pairs);
  return workspace.map((_, c) => {
    const deps: number[] = [];
    for (let j = 0; j < c; j++) if (workspace[j] && random() < p) deps.push(j);
    return deps;
  });
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function atmosYaml(): string[] {
  return [
    'base_path: "."',
    "components:",
    "  terraform:",
    "    base_path: components/terraform",
    "    workspaces_enabled: true",
    "stacks:",
    "  base_path: stacks",
    '  included_paths: ["orgs/**/*"]',
    '  excluded_paths: ["**/_defaults.yaml"]',
    '  name_template: "{{ .vars.tenant }}-{{ .vars.environment }}-{{ .vars.stage }}"',
    "integrations:",
    "  spacelift_atmos:",
    "    repository_root: ..",
  ];
}

function stageMixin(stage: string): string[] {
  return [
    "vars:",
    `  stage: ${stage}`,
    "settings:",
    "  spacelift:",
    "    aws_role_enabled: true",
    `    aws_role_arn: arn:aws:iam::222222222222:role/acme-gbl-${stage}-spacelift`,
    `    autodeploy: ${stage !== "prod"}`,
    ...(stage === "prod" ? ["    drift_detection_enabled: true"] : []),
    ...(stage === "dev" ? ["    stack_destructor_enabled: true"] : []),
  ];
}

/**
 * `comp<c>` and its chain of abstract bases `comp<c>/defaults-1` → … → `comp<c>/defaults-<depth>`;
 * the settings and vars sit on the deepest base (all on the component when depth is 0).
 */
function catalogFile(
  name: string,
  c: number,
  workspace: boolean,
  dependsOn: readonly number[],
  shape: OrganisationShape,
): string[] {
  const depth = shape.inheritanceDepth;
  const base = (level: number): string => `${name}/defaults-${level}`;
  const templated = shape.templated === true;
  const value = (i: number): string => (templated ? `"{{ .locals.name_prefix }}-${i}"` : `value-${c}-${i}`);
  const body = [
    "      settings:",
    "        spacelift:",
    ...(workspace ? ["          workspace_enabled: true"] : []),
    `          labels: [team-${c % 5}, tier-${c % 3}]`,
    ...(dependsOn.length > 0
      ? [
          "        depends_on:",
          ...dependsOn.flatMap((d, i) => [`          ${i + 1}:`, `            component: comp${d}`]),
        ]
      : []),
    "      vars:",
    "        enabled: true",
    ...Array.from({ length: 12 }, (_, i) => `        var_${i}: ${value(i)}`),
    ...(templated
      ? ['        tags: "{{ .locals.tags }}"']
      : ["        tags:", `          component: ${name}`]),
  ];
  const locals = templated
    ? [
        "locals:",
        `  name_prefix: "{{ .locals.team }}-{{ .locals.value_prefix }}"`,
        `  team: team-${c % 5}`,
        `  value_prefix: value-${c}`,
        "  tags:",
        `    component: ${name}`,
        `    team: "{{ .locals.team }}"`,
      ]
    : [];
  const lines = [...locals, "components:", "  terraform:"];
  for (let level = depth; level >= 1; level--) {
    lines.push(
      `    ${base(level)}:`,
      "      metadata:",
      "        type: abstract",
      `        component: ${name}`,
      ...(level < depth ? [`        inherits: [${base(level + 1)}]`] : []),
      ...(level === depth ? body : ["      vars:", `        level_${level}: ${name}-${level}`]),
    );
  }
  lines.push(
    `    ${name}:`,
    "      metadata:",
    `        component: ${name}`,
    ...(depth > 0 ? [`        inherits: [${base(1)}]`] : []),
    ...(depth > 0 ? ["      vars:", `        name: ${name}`] : [...body, `        name: ${name}`]),
  );
  return lines;
}

function workloadStack(
  tenant: string,
  stage: string,
  region: string,
  components: readonly string[],
  index: number,
): string[] {
  // A per-stack override on every fifth component (rotating), as real stacks tune a few components.
  const overridden = components.filter((_, c) => (c + index) % 5 === 0);
  return [
    "import:",
    `  - orgs/${tenant}/${stage}/_defaults`,
    `  - mixins/region/${region}`,
    ...components.map((c) => `  - catalog/${c}`),
    ...(overridden.length > 0
      ? [
          "components:",
          "  terraform:",
          ...overridden.flatMap((c) => [
            `    ${c}:`,
            "      vars:",
            `        instance: ${tenant}-${stage}-${region}-${c}`,
          ]),
        ]
      : []),
  ];
}

function adminStackBase(): string[] {
  return [
    "components:",
    "  terraform:",
    "    admin-stack/default:",
    "      metadata:",
    "        type: abstract",
    "        component: spacelift/admin-stack",
    "      settings:",
    "        spacelift:",
    "          workspace_enabled: true",
    "          administrative: true",
    "          autodeploy: true",
    "      vars:",
    "        enabled: true",
    "        branch: main",
    "        repository: infrastructure",
    "        component_root: stacks-config/components/terraform",
    "        allow_public_workers: true",
    '        terraform_version: "1.11.4"',
    "        terraform_version_map:",
    '          "1": "1.11.4"',
  ];
}

function spacesCatalog(tenants: readonly string[]): string[] {
  return [
    "components:",
    "  terraform:",
    "    spaces:",
    "      metadata:",
    "        component: spacelift/spaces",
    "      settings:",
    "        spacelift:",
    "          workspace_enabled: true",
    "          administrative: true",
    "          space_name: root",
    "      vars:",
    "        spaces:",
    "          root:",
    "            policies:",
    ...POLICIES.flatMap((p) => [
      `              ${p}:`,
      `                type: ${p.split(" ")[0]}`,
      `                body: "package spacelift\\n\\n# ${p}\\n"`,
    ]),
    ...tenants.flatMap((t) => [
      `          ${t}:`,
      "            parent_space_id: root",
      `            description: Workloads of ${t}`,
      "            inherit_entities: true",
    ]),
  ];
}

function rootAdminStack(): string[] {
  return [
    "import:",
    "  - orgs/_defaults",
    "  - mixins/region/gbl",
    "  - catalog/spacelift/admin-stack",
    "  - catalog/spacelift/spaces",
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
    "          space_name: root",
    "      vars:",
    "        root_admin_stack: true",
    "        context_filters:",
    "          administrative: true",
    "          root_administrative: false",
    "        root_stack_policy_attachments: [TRIGGER Global Administrator, GIT_PUSH Global Administrator]",
    "        child_policy_attachments: [TRIGGER Global Administrator, GIT_PUSH Global Administrator]",
  ];
}

function tenantAdminStack(tenant: string): string[] {
  return [
    "import:",
    `  - orgs/${tenant}/_defaults`,
    "  - mixins/region/gbl",
    "  - catalog/spacelift/admin-stack",
    "vars:",
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
    "        child_policy_attachments: [PLAN Default]",
  ];
}
