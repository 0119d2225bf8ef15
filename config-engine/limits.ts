/**
 * Resource limits of the YAML loader (`integrations.spacelift_atmos.limits` in atmos.yaml): a
 * hostile or broken manifest must fail with a clear error, never exhaust memory or time.
 */
import { EngineErrors, fail } from "./errors";
import { getKey, getMap } from "./json-value";
import type { AtmosConfig } from "./types";

/** What one YAML file may cost. */
export interface EngineLimits {
  /** Largest manifest or included file, in bytes. @default 10 MiB */
  readonly maxFileBytes: number;
  /** Most alias uses (`*name`) in one YAML document. @default 10000 */
  readonly maxYamlAliases: number;
  /** Most values (maps, lists, scalars) aliases and includes of one document may expand to. @default 1000000 */
  readonly maxYamlExpandedNodes: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxYamlAliases: 10_000,
  maxYamlExpandedNodes: 1_000_000,
};

const KEYS: Readonly<Record<string, keyof EngineLimits>> = {
  max_file_bytes: "maxFileBytes",
  max_yaml_aliases: "maxYamlAliases",
  max_yaml_expanded_nodes: "maxYamlExpandedNodes",
};

/** Reads `integrations.spacelift_atmos.limits` over the defaults; a bad value is INVALID_CONFIG. */
export function limitsOf(config: Pick<AtmosConfig, "raw">): EngineLimits {
  const limits = getMap(getMap(getMap(config.raw, "integrations"), "spacelift_atmos"), "limits");
  if (!limits) return DEFAULT_LIMITS;
  const out: { -readonly [K in keyof EngineLimits]: number } = { ...DEFAULT_LIMITS };
  for (const [key, field] of Object.entries(KEYS)) {
    const v = getKey(limits, key);
    if (v === undefined || v === null) continue;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v <= 0) {
      fail(
        EngineErrors.invalidConfig(
          `'integrations.spacelift_atmos.limits.${key}' must be a positive integer, found ${JSON.stringify(v)}`,
          { keyPath: `integrations.spacelift_atmos.limits.${key}` },
        ),
      );
    }
    out[field] = v;
  }
  return out;
}
