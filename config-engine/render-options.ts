/**
 * atmos's rendering switches (`--process-templates`, `--process-functions`, `--skip`) as resolve
 * options, read by the engine's YAML-function pass (config-engine/yaml-functions/evaluate.ts).
 */
import type { ResolveOptions } from "./resolve";
import type { AtmosConfig } from "./types";

/** The engine's resolve options with atmos's switches applied (`processFunctions`, `skipFunctions`). */
export type EngineRenderOptions = ResolveOptions;

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
