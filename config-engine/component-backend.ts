/**
 * Terraform backend rules of component assembly: atmos's backend defaults (s3
 * `workspace_key_prefix`, gcs `prefix`, azurerm `key`) and its remote-state backend type check.
 */
import { getKey, getMap } from "./json-value";
import type { SectionSet } from "./stack-layers";
import type { AtmosConfig, JsonMap } from "./types";

/**
 * atmos `checkRemoteStateBackendTypeMatch`: when any layer configures `remote_state_backend`, the
 * final `remote_state_backend_type` (else `backend_type`) must be one of its keys.
 */
export function checkRemoteStateBackendType(
  tf: SectionSet,
  bases: readonly SectionSet[],
  own: SectionSet,
  backendType: string,
  onMismatch: (type: string, keys: readonly string[]) => never,
): void {
  let type = backendType;
  for (const t of [
    tf.remoteStateBackendType,
    ...bases.map((b) => b.remoteStateBackendType),
    own.remoteStateBackendType,
  ])
    if (t !== undefined) type = t;
  if (type === "") return;
  const keys = new Set<string>();
  for (const s of [tf.remoteStateBackend, ...bases.map((b) => b.remoteStateBackend), own.remoteStateBackend])
    for (const k of Object.keys(s ?? {})) keys.add(k);
  if (keys.size > 0 && !keys.has(type)) onMismatch(type, [...keys].sort());
}

/**
 * Backend defaults: s3 `workspace_key_prefix` and gcs `prefix` default to metadata.name, else the
 * base component, else the atmos name, with `/` replaced by the workspace prefix separator;
 * azurerm `key` defaults to `<global azurerm.key>/<that>.terraform.tfstate`.
 */
const defaulted = new WeakMap<JsonMap, Map<string, JsonMap>>();

export function withBackendDefaults(
  type: string,
  backend: JsonMap,
  source: string,
  config: AtmosConfig,
  globalBackend: JsonMap | undefined,
): JsonMap {
  // Many components share one backend map and one default: share the result too.
  const globalKey = type === "azurerm" ? getKey(getMap(globalBackend, "azurerm") ?? {}, "key") : undefined;
  const key = `${type}\0${source}\0${config.workspacePrefixSeparator}\0${typeof globalKey === "string" ? globalKey : ""}`;
  let perSource = defaulted.get(backend);
  let hit = perSource?.get(key);
  if (!hit) {
    hit = backendDefaults(
      type,
      backend,
      source,
      config,
      typeof globalKey === "string" ? globalKey : undefined,
    );
    perSource ??= new Map();
    perSource.set(key, hit);
    defaulted.set(backend, perSource);
  }
  return hit;
}

function backendDefaults(
  type: string,
  backend: JsonMap,
  source: string,
  config: AtmosConfig,
  globalKey: string | undefined,
): JsonMap {
  const value = source.split("/").join(config.workspacePrefixSeparator);
  const missing = (k: string): boolean => typeof getKey(backend, k) !== "string" || getKey(backend, k) === "";
  if (type === "s3" && missing("workspace_key_prefix")) return { ...backend, workspace_key_prefix: value };
  if (type === "gcs" && missing("prefix")) return { ...backend, prefix: value };
  if (type === "azurerm" && missing("key")) {
    const key = `${source.replace(/\//g, "-")}.terraform.tfstate`;
    return { ...backend, key: globalKey !== undefined ? `${globalKey}/${key}` : key };
  }
  return backend;
}
