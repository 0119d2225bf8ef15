/**
 * This app's own settings, read from `integrations.spacelift_atmos` in atmos.yaml (atmos ignores
 * integrations it does not know). Every key is optional; the defaults suit Cloud Posse's layout.
 */
import { dirname, relative, resolve } from "node:path";
import { z } from "zod";
import { DiagnosticError, type Diagnostic } from "../config-engine/diagnostics";
import type { AtmosConfig, JsonValue } from "../config-engine/types";
import { suggestion } from "./did-you-mean";
import { show } from "./errors";

/** The app-implemented components. */
export const IMPLEMENTATIONS = [
  "admin-stack",
  "spaces",
  "worker-pool",
  "state-backend",
  "preview-environments",
] as const;

/** Which implementation an app-implemented component instance uses. */
export type Implementation = (typeof IMPLEMENTATIONS)[number];

/**
 * Terraform folder (`metadata.component`) → implementation, by default: only Cloud Posse's
 * Spacelift components. The state backend (`tfstate-backend`, the bucket holding every state file)
 * and the preview-environment manager are taken over only when `components` opts them in.
 */
export const DEFAULT_IMPLEMENTATIONS: Readonly<Record<string, Implementation>> = {
  "spacelift/admin-stack": "admin-stack",
  "spacelift/spaces": "spaces",
  "spacelift/worker-pool": "worker-pool",
};

const schema = z.strictObject({
  /**
   * Folder → implementation, merged over {@link DEFAULT_IMPLEMENTATIONS} (a key given here wins);
   * `false` turns a default off, so that folder is an ordinary HCL component.
   */
  components: z.record(z.string(), z.union([z.enum(IMPLEMENTATIONS), z.literal(false)])).optional(),
  /** Format of the paths in `deps:`/`import:` labels; `%s` is the manifest path without extension. */
  stack_config_path_template: z.string().includes("%s").optional(),
  /** Emit `deps:` labels (atmos's `process_component_deps`). */
  process_component_deps: z.boolean().optional(),
  /** Emit `import:` labels (atmos's `process_imports`). */
  process_imports: z.boolean().optional(),
  /** The repository root, relative to atmos.yaml's directory. @default - atmos's base path */
  repository_root: z.string().optional(),
  /** How admin stacks run this app inside Spacelift. */
  app: z
    .strictObject({
      /** Directory of this app's package.json, relative to the repository root. */
      project_root: z.string().optional(),
      /** Runner image with Node.js 20 (see docker/runner/Dockerfile). */
      runner_image: z.string().optional(),
      /** Command that installs the app's runtime dependencies before synth. */
      install_command: z.string().optional(),
    })
    .optional(),
  /** Names that exist in Spacelift but are not declared in this config. */
  external: z
    .strictObject({
      policies: z.array(z.string()).optional(),
      worker_pools: z.array(z.string()).optional(),
      spaces: z.array(z.string()).optional(),
    })
    .optional(),
  /** Set ATMOS_CLI_CONFIG_PATH and ATMOS_BASE_PATH on child stacks so the atmos hooks find this config. */
  set_atmos_path_env: z.boolean().optional(),
  /** Where Spacelift checks the repository out on workers. */
  workspace_root: z.string().optional(),
  /** Resource limits of the YAML loader; read by the engine (config-engine/limits.ts), listed here so they validate. */
  limits: z
    .strictObject({
      max_file_bytes: z.number().int().positive().optional(),
      max_yaml_aliases: z.number().int().positive().optional(),
      max_yaml_expanded_nodes: z.number().int().positive().optional(),
    })
    .optional(),
  /** Every warning is an error (as `--strict` does). */
  strict: z.boolean().optional(),
});

/** `integrations.spacelift_atmos`, resolved. */
export interface IntegrationConfig {
  readonly implementations: Readonly<Record<string, Implementation>>;
  readonly stackConfigPathTemplate: string;
  readonly processComponentDeps: boolean;
  readonly processImports: boolean;
  /** Absolute repository root. */
  readonly repositoryRoot: string;
  /** Repository-relative directory holding atmos.yaml (`""` for the root). */
  readonly configDirInRepo: string;
  /** Repository-relative atmos base path (`""` for the root). */
  readonly basePathInRepo: string;
  readonly app: {
    readonly projectRoot: string;
    readonly runnerImage: string | undefined;
    readonly installCommand: string;
  };
  readonly external: {
    readonly policies: readonly string[];
    readonly workerPools: readonly string[];
    readonly spaces: readonly string[];
  };
  readonly setAtmosPathEnv: boolean;
  readonly workspaceRoot: string;
  /** Warnings are errors. */
  readonly strict: boolean;
}

/** Reads and validates `integrations.spacelift_atmos`. */
export function readIntegrationConfig(config: AtmosConfig): IntegrationConfig {
  const integrations = asMap(config.raw["integrations"]);
  const raw = integrations?.["spacelift_atmos"];
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) {
    const diagnostics: Diagnostic[] = parsed.error.issues.map((issue) => {
      const path = ["integrations", "spacelift_atmos", ...issue.path.map(String)].join(".");
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'${suggestion(k, Object.keys(schema.shape))}`).join(", ")}`
          : `${issue.message} (got ${show(valueAt(raw, issue.path))})`;
      return {
        code: "INVALID_INTEGRATION_CONFIG",
        severity: "error",
        message,
        keyPath: path,
        location: {
          file: relative(process.cwd(), config.cliConfigPath) || config.cliConfigPath,
          line: 1,
          col: 1,
        },
        hint: "See the README section 'Configuration in atmos.yaml' for the accepted keys.",
      };
    });
    throw new DiagnosticError(diagnostics);
  }
  const c = parsed.data;
  const configDir = dirname(config.cliConfigPath);
  // The default is atmos's base path (the git root when base_path is empty, as in Cloud Posse's
  // layout), never a search for .git: the output must not depend on how the tree was checked out.
  const repositoryRoot =
    c.repository_root !== undefined ? resolve(configDir, c.repository_root) : config.basePath;
  const inRepo = (abs: string): string => relative(repositoryRoot, abs).split("\\").join("/");
  return {
    implementations: implementations(c.components ?? {}),
    stackConfigPathTemplate:
      c.stack_config_path_template ?? `${joinRepoPath(inRepo(config.stacksBasePath), "%s")}.yaml`,
    processComponentDeps: c.process_component_deps ?? true,
    processImports: c.process_imports ?? false,
    repositoryRoot,
    configDirInRepo: inRepo(configDir),
    basePathInRepo: inRepo(config.basePath),
    app: {
      projectRoot: c.app?.project_root ?? "",
      runnerImage: c.app?.runner_image,
      installCommand: c.app?.install_command ?? "npm ci --omit=dev --no-audit --no-fund",
    },
    external: {
      policies: c.external?.policies ?? [],
      workerPools: c.external?.worker_pools ?? [],
      spaces: c.external?.spaces ?? [],
    },
    setAtmosPathEnv: c.set_atmos_path_env ?? true,
    workspaceRoot: c.workspace_root ?? "/mnt/workspace/source",
    strict: c.strict ?? false,
  };
}

/** The user's folder → implementation map over the defaults, without the folders turned off. */
function implementations(
  configured: Readonly<Record<string, Implementation | false>>,
): Readonly<Record<string, Implementation>> {
  const merged: Record<string, Implementation> = { ...DEFAULT_IMPLEMENTATIONS };
  for (const [folder, implementation] of Object.entries(configured)) {
    if (implementation === false) delete merged[folder];
    else merged[folder] = implementation;
  }
  return merged;
}

/** Joins repository-relative path parts, treating `""` as the root. */
export function joinRepoPath(...parts: string[]): string {
  return parts.filter((p) => p !== "" && p !== ".").join("/");
}

function asMap(v: JsonValue | undefined): Record<string, JsonValue> | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}

function valueAt(v: unknown, path: readonly PropertyKey[]): unknown {
  let cur = v;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}
