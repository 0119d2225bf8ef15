/**
 * The first half of the pipeline: atmos config → engine → Spacelift model, without cdktf. The
 * commands that only describe (describe spacelift, break-glass) load this and never pay cdktf's
 * start-up (about a second: cdktf, constructs, the provider bindings); app/load.ts adds the
 * constructs.
 */
import { loadAtmosConfig, resolveStacks, type AtmosConfig } from "../config-engine";
import { buildSpaceliftModel, readIntegrationConfig, type SpaceliftModel } from "../model";
import { openCatalog } from "../policies/catalog";
import { catalogDirIn } from "../policies/catalog-dir";

/** Where to read the config. */
export interface LoadModelOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** @default - ATMOS_CLI_CONFIG_PATH, else ./stacks-config */
  readonly configDir?: string;
  /** Called with the loaded atmos config (its location finds files kept beside atmos.yaml). */
  readonly onConfig?: (config: AtmosConfig) => void;
}

/** Resolves the atmos config into the Spacelift model (throws DiagnosticError on bad input). */
export function loadModel(options: LoadModelOptions): SpaceliftModel {
  const config = loadAtmosConfig({
    cwd: options.cwd,
    env: options.env,
    ...(options.configDir !== undefined ? { configDir: options.configDir } : {}),
  });
  options.onConfig?.(config);
  const resolved = resolveStacks(config, { processTemplates: false });
  // SPACELIFT_ATMOS_STRICT=1 is how `--strict` reaches every command (and `cdktf synth`).
  const strict = options.env["SPACELIFT_ATMOS_STRICT"] === "1";
  return buildSpaceliftModel(resolved, { catalog: openCatalog(catalogOptions(config)), strict });
}

/**
 * The catalogue of the tree the config lives in (a `diff --base` side is a temporary checkout),
 * else this code's own.
 */
export function catalogOptions(config: AtmosConfig): { dir?: string } {
  const integration = readIntegrationConfig(config);
  const dir = catalogDirIn(integration.repositoryRoot, integration.app.projectRoot);
  return dir !== undefined ? { dir } : {};
}
