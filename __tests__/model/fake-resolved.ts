/**
 * A hand-built ResolvedStacks for focused model tests (the engine's own behaviour is tested with
 * fixture trees; these tests pin the model's rules on exact inputs).
 */
import type { AtmosConfig, JsonMap, ResolvedComponent, ResolvedStacks } from "../../config-engine/types";
import type { PolicyCatalog } from "../../model";

/** What a test states about one component. */
export interface FakeComponentSpec {
  readonly component: string;
  readonly vars: JsonMap;
  readonly settings?: JsonMap;
  /** atmos `dependencies` section (e.g. `{components: [...]}`). */
  readonly dependencies?: JsonMap;
  readonly env?: JsonMap;
  readonly metadata?: JsonMap;
  readonly folder?: string;
  readonly backendType?: string;
  readonly stackFile?: string;
  readonly deps?: string[];
}

const prefixOf = (vars: JsonMap): string =>
  ["tenant", "environment", "stage"].map((k) => (typeof vars[k] === "string" ? vars[k] : "")).join("-");

/** Builds one fake resolved component (name pattern `{tenant}-{environment}-{stage}`). */
export function fakeComponent(spec: FakeComponentSpec): ResolvedComponent {
  const prefix = prefixOf(spec.vars);
  const folder = spec.folder ?? spec.component;
  const metadata = spec.metadata ?? {};
  const stackFile = spec.stackFile ?? `orgs/${prefix.replaceAll("-", "/")}`;
  return {
    componentType: "terraform",
    atmosComponent: spec.component,
    atmosStack: prefix,
    stackFile,
    stackFileAbsolute: `/repo/stacks/${stackFile}.yaml`,
    spaceliftPrefix: prefix,
    component: folder,
    baseComponent: folder === spec.component ? "" : folder,
    componentPath: `components/terraform/${folder}`,
    workspace: folder === spec.component ? prefix : `${prefix}-${spec.component}`.replaceAll("/", "-"),
    inheritance: [],
    vars: spec.vars,
    settings: spec.settings ?? {},
    env: spec.env ?? {},
    metadata,
    overrides: {},
    providers: {},
    hooks: {},
    generate: {},
    dependencies: spec.dependencies ?? {},
    auth: {},
    requiredProviders: {},
    requiredVersion: "",
    source: {},
    provision: {},
    locals: {},
    command: "terraform",
    backendType: spec.backendType ?? "s3",
    backend:
      (spec.backendType ?? "s3") === "s3"
        ? {
            bucket: "acme-tfstate",
            region: "us-east-1",
            encrypt: true,
            use_lockfile: true,
            key: "terraform.tfstate",
            workspace_key_prefix: folder.replaceAll("/", "-"),
          }
        : {},
    remoteStateBackendType: spec.backendType ?? "s3",
    remoteStateBackend: {},
    imports: spec.deps ?? [],
    deps: spec.deps ?? [stackFile],
    depsAll: spec.deps ?? [stackFile],
    abstract: metadata["type"] === "abstract",
    enabled: metadata["enabled"] !== false,
    locked: metadata["locked"] === true,
    sourceOf: (section, path) => ({
      file: `stacks/${stackFile}.yaml`,
      line: 1 + path.length,
      col: section.length,
    }),
  };
}

/** Wraps fake components into a ResolvedStacks with a minimal atmos config. */
export function fakeResolved(components: ResolvedComponent[], raw: JsonMap = {}): ResolvedStacks {
  const config: AtmosConfig = {
    cliConfigPath: "/repo/atmos.yaml",
    basePath: "/repo",
    basePathAsConfigured: ".",
    stacksBasePath: "/repo/stacks",
    terraformBasePath: "/repo/components/terraform",
    terraformBasePathAsConfigured: "components/terraform",
    includedPaths: ["orgs/**/*"],
    excludedPaths: ["**/_defaults.yaml"],
    namePattern: "{tenant}-{environment}-{stage}",
    inheritMetadata: true,
    listMergeStrategy: "replace",
    workspacesEnabled: true,
    workspacePrefixSeparator: "-",
    terraformCommand: "terraform",
    env: {},
    templatesEnabled: false,
    ignoreMissingTemplateValues: false,
    raw: {
      integrations: {
        spacelift_atmos: {
          repository_root: ".",
          // Opt-ins, as in the embedded example.
          components: {
            "tfstate-backend": "state-backend",
            "spacelift/preview-environments": "preview-environments",
          },
        },
      },
      ...raw,
    },
  };
  const sorted = [...components].sort((a, b) =>
    a.atmosStack === b.atmosStack
      ? a.atmosComponent < b.atmosComponent
        ? -1
        : 1
      : a.atmosStack < b.atmosStack
        ? -1
        : 1,
  );
  return {
    config,
    components: sorted,
    stackNames: [...new Set(sorted.map((c) => c.atmosStack))].sort(),
    manifestFiles: [],
    spaceliftPrefixFor: prefixOf,
    find: (stack, component) => sorted.find((c) => c.atmosStack === stack && c.atmosComponent === component),
    warnings: [],
  };
}

/** A catalogue with no files. */
export const emptyCatalog: PolicyCatalog = { read: () => undefined, files: () => [] };

/** The usual admin-stack vars of a test organisation. */
export function adminVars(extra: JsonMap): JsonMap {
  return {
    namespace: "acme",
    environment: "gbl",
    stage: "spacelift",
    repository: "infrastructure",
    component_root: "components/terraform",
    allow_public_workers: true,
    ...extra,
  };
}

/** A small organisation: root admin, one tenant admin for `plat`, spaces, and two workloads. */
export function organisation(
  extra: ResolvedComponent[] = [],
  overrides: { platVpcSettings?: JsonMap } = {},
): ResolvedComponent[] {
  const spacelift = (s: JsonMap): JsonMap => ({ spacelift: { workspace_enabled: true, ...s } });
  return [
    fakeComponent({
      component: "admin-stack",
      folder: "spacelift/admin-stack",
      vars: adminVars({
        tenant: "root",
        root_admin_stack: true,
        context_filters: { administrative: true, root_administrative: false },
      }),
      settings: spacelift({ administrative: true, root_administrative: true }),
    }),
    fakeComponent({
      component: "spaces",
      folder: "spacelift/spaces",
      vars: {
        tenant: "root",
        environment: "gbl",
        stage: "spacelift",
        spaces: {
          root: { policies: { "TRIGGER Dependencies": { type: "TRIGGER", body: "package spacelift" } } },
          plat: { parent_space_id: "root", inherit_entities: true, labels: ["plat"] },
        },
      },
      settings: spacelift({ administrative: true }),
    }),
    fakeComponent({
      component: "admin-stack",
      folder: "spacelift/admin-stack",
      vars: adminVars({
        tenant: "plat",
        context_filters: { tenants: ["plat"], administrative: false },
        child_policy_attachments: ["TRIGGER Dependencies"],
      }),
      settings: spacelift({ administrative: true, space_name: "plat", labels: ["admin-stack-name:plat"] }),
    }),
    fakeComponent({
      component: "vpc",
      vars: { tenant: "plat", environment: "ue1", stage: "dev" },
      settings: spacelift({ space_name: "plat", ...overrides.platVpcSettings }),
    }),
    fakeComponent({
      component: "eks/cluster",
      folder: "eks",
      vars: { tenant: "plat", environment: "ue1", stage: "dev" },
      settings: { ...spacelift({ space_name: "plat" }), depends_on: { "1": { component: "vpc" } } },
    }),
    ...extra,
  ];
}
