/**
 * atmos's rendering switches (`--process-templates`, `--process-functions`, `--skip`) as resolve
 * options. `processFunctions` and `skipFunctions` are read by the engine's YAML-function processing;
 * until it reads them they change nothing (YAML functions stay as written).
 */
import type { ResolveOptions } from "./resolve";
import type { AtmosConfig } from "./types";

/** The engine's resolve options plus the YAML-function switches atmos has. */
export interface EngineRenderOptions extends ResolveOptions {
  /** Process YAML functions (`!terraform.output`, `!env`, …). @default true */
  readonly processFunctions?: boolean;
  /** YAML functions not to process, e.g. `terraform.output`, `include`. @default [] */
  readonly skipFunctions?: readonly string[];
}

/** The switches as the user gave them; undefined means atmos's default. */
export interface RenderSwitches {
  readonly processTemplates?: boolean;
  readonly processFunctions?: boolean;
  readonly skip?: readonly string[];
}

/**
 * atmos's defaults: templates rendered where `templates.settings.enabled` is true (an explicit
 * `processTemplates: true` renders them anyway, `false` never), YAML functions processed except
 * the skipped ones.
 */
export function renderOptions(config: AtmosConfig, switches: RenderSwitches = {}): EngineRenderOptions {
  return {
    processTemplates: switches.processTemplates ?? config.templatesEnabled,
    processFunctions: switches.processFunctions !== false,
    skipFunctions: [...(switches.skip ?? [])],
  };
}
