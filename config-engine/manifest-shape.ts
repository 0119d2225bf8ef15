/**
 * Checks the type of every section atmos reads from a manifest (atmos `ProcessStackConfig`
 * validations), per file so that errors point at the file and line that is wrong. A `null`
 * section counts as absent.
 */
import { getKey, isJsonMap, yamlTypeName } from "./json-value";
import type { JsonMap, JsonValue } from "./types";

/** One section of the wrong type. */
export interface ShapeProblem {
  readonly keyPath: readonly string[];
  readonly expected: "map" | "string" | "list" | "list of strings";
  readonly found: string;
}

/** Global `metadata` keys allowed at manifest scope (atmos v1.225+). */
export const GLOBAL_METADATA_KEYS: readonly string[] = [
  "labels",
  "tags",
  "custom",
  "enabled",
  "locked",
  "terraform_workspace_pattern",
];

const MAP_SECTIONS = [
  "vars",
  "settings",
  "env",
  "providers",
  "hooks",
  "generate",
  "backend",
  "remote_state_backend",
  "dependencies",
  "auth",
];
const STRING_SECTIONS = ["backend_type", "remote_state_backend_type", "command"];
const OVERRIDE_MAPS = ["vars", "settings", "env", "providers", "hooks"];

/** Lists the sections of `own` whose type atmos would reject, plus disallowed global metadata keys. */
export function checkManifestShape(own: JsonMap): {
  problems: ShapeProblem[];
  badGlobalMetadataKeys: string[];
} {
  const problems: ShapeProblem[] = [];
  const expect = (v: JsonValue | undefined, keyPath: string[], expected: ShapeProblem["expected"]): void => {
    if (v === undefined || v === null) return;
    const ok =
      expected === "map"
        ? isJsonMap(v)
        : expected === "string"
          ? typeof v === "string"
          : expected === "list"
            ? Array.isArray(v)
            : Array.isArray(v) && v.every((x) => typeof x === "string");
    if (!ok) problems.push({ keyPath, expected, found: yamlTypeName(v) });
  };
  const sectionMap = (parent: JsonMap, prefix: string[], keys: readonly string[]): void => {
    for (const k of keys) expect(getKey(parent, k), [...prefix, k], "map");
  };

  for (const k of [
    "vars",
    "settings",
    "env",
    "metadata",
    "overrides",
    "terraform",
    "components",
    "dependencies",
  ]) {
    expect(getKey(own, k), [k], "map");
  }
  expect(getKey(own, "import"), ["import"], "list");
  expect(getKey(own, "name"), ["name"], "string");
  const overrides = getKey(own, "overrides");
  if (isJsonMap(overrides)) sectionMap(overrides, ["overrides"], OVERRIDE_MAPS);

  const terraform = getKey(own, "terraform");
  if (isJsonMap(terraform)) {
    sectionMap(terraform, ["terraform"], [...MAP_SECTIONS, "overrides"]);
    for (const k of STRING_SECTIONS) expect(getKey(terraform, k), ["terraform", k], "string");
    const tfo = getKey(terraform, "overrides");
    if (isJsonMap(tfo)) sectionMap(tfo, ["terraform", "overrides"], OVERRIDE_MAPS);
  }

  const components = getKey(own, "components");
  const tfComponents = isJsonMap(components) ? getKey(components, "terraform") : undefined;
  expect(tfComponents, ["components", "terraform"], "map");
  if (isJsonMap(tfComponents)) {
    for (const name of Object.keys(tfComponents)) {
      const prefix = ["components", "terraform", name];
      const section = tfComponents[name] as JsonValue;
      expect(section, prefix, "map");
      if (!isJsonMap(section)) continue;
      sectionMap(section, prefix, [...MAP_SECTIONS, "metadata", "overrides"]);
      for (const k of [...STRING_SECTIONS, "component"]) expect(getKey(section, k), [...prefix, k], "string");
      const metadata = getKey(section, "metadata");
      if (isJsonMap(metadata)) {
        expect(getKey(metadata, "inherits"), [...prefix, "metadata", "inherits"], "list of strings");
        for (const k of [
          "type",
          "component",
          "terraform_workspace",
          "terraform_workspace_pattern",
          "terraform_workspace_template",
          "name",
          "component_folder_prefix",
        ]) {
          expect(getKey(metadata, k), [...prefix, "metadata", k], "string");
        }
      }
      const co = getKey(section, "overrides");
      if (isJsonMap(co)) sectionMap(co, [...prefix, "overrides"], OVERRIDE_MAPS);
    }
  }

  const globalMetadata = getKey(own, "metadata");
  const badGlobalMetadataKeys = isJsonMap(globalMetadata)
    ? Object.keys(globalMetadata).filter((k) => !GLOBAL_METADATA_KEYS.includes(k))
    : [];
  return { problems, badGlobalMetadataKeys };
}
