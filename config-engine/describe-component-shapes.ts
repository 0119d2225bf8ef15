/**
 * atmos's three shapes of `describe component` (internal/exec/describe_component.go):
 * - `schema` (atmos's default filter): only the sections a stack manifest can define;
 * - `full` (`describe.component.filter: full`): every computed field, with `atmos_cli_config`,
 *   `cli_args`, `component_type`, the absolute `component_info.component_path`, `tf_cli_vars`;
 * - `--provenance` (atmos's default for YAML): the schema output as YAML with an inline
 *   `# ● [1] file:line` / `# ○ [N] file:line` comment on each key line, at column 50.
 * This project's per-leaf `{file, line, col}` provenance is the `leaf` shape (`--leaf-provenance`).
 */
import * as path from "node:path";
import * as fs from "node:fs";
import { isMap, isScalar, isSeq, parseDocument, stringify } from "yaml";
import { describeComponent, findComponent } from "./describe";
import { getKey, getMap, isJsonMap, sortKeysDeep } from "./json-value";
import { mapLineLocation } from "./provenance-map-lines";
import type {
  AtmosConfig,
  JsonMap,
  JsonValue,
  ProvenanceSection,
  ResolvedComponent,
  ResolvedStacks,
} from "./types";

/** The sections atmos's `schema` filter keeps (`FilterComputedFields`). */
export const SCHEMA_SECTIONS: readonly string[] = [
  "vars",
  "settings",
  "env",
  "backend",
  "metadata",
  "overrides",
  "providers",
  "imports",
  "dependencies",
  "component",
  "hooks",
];

/** Which output `describe component` prints. */
export type ComponentShape = "schema" | "full" | "leaf";

/**
 * atmos's filter setting: `ATMOS_DESCRIBE_COMPONENT_FILTER`, else `describe.component.filter`;
 * anything but `full` is `schema`.
 */
export function configuredShape(config: AtmosConfig): "schema" | "full" {
  const fromEnv = config.processEnv?.["ATMOS_DESCRIBE_COMPONENT_FILTER"];
  const value =
    fromEnv !== undefined && fromEnv !== ""
      ? fromEnv
      : getKey(getMap(getMap(config.raw, "describe"), "component") ?? {}, "filter");
  return value === "full" ? "full" : "schema";
}

/** atmos's `describe.provenance` (default true; `ATMOS_DESCRIBE_PROVENANCE` overrides). */
export function provenanceByDefault(config: AtmosConfig): boolean {
  const fromEnv = config.processEnv?.["ATMOS_DESCRIBE_PROVENANCE"];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv !== "false";
  return getKey(getMap(config.raw, "describe") ?? {}, "provenance") !== false;
}

/** The component map in the requested shape. `cliArgs` are atmos's `cli_args` (command words). */
export function describeComponentShape(
  resolved: ResolvedStacks,
  config: AtmosConfig,
  component: string,
  stack: string,
  shape: ComponentShape,
): JsonMap {
  const map = describeComponent(resolved, component, stack);
  if (shape === "leaf") return map;
  const { provenance: _leaf, ...full } = map;
  void _leaf;
  if (shape === "schema") {
    const out: JsonMap = {};
    for (const k of SCHEMA_SECTIONS) if (k in full) out[k] = full[k] as JsonValue;
    return out;
  }
  const c = findComponent(resolved, component, stack);
  const absPath = path.resolve(config.basePath, c.componentPath);
  const info = isJsonMap(full["component_info"]) ? full["component_info"] : {};
  return sortKeysDeep({
    ...full,
    sources: atmosSources(full["sources"]),
    atmos_cli_config: atmosCliConfig(config),
    cli_args: ["describe", "component"],
    component_type: "terraform",
    component_info: { ...info, component_path: absPath, component_type: "terraform" },
    tf_cli_vars: {},
  }) as JsonMap;
}

/** `sources` as atmos prints it: without this project's per-entry `provenance`. */
function atmosSources(sources: JsonValue | undefined): JsonMap {
  const out: JsonMap = {};
  if (!isJsonMap(sources)) return out;
  for (const [section, perKey] of Object.entries(sources)) {
    const entries: JsonMap = {};
    for (const [key, entry] of Object.entries(isJsonMap(perKey) ? perKey : {})) {
      if (!isJsonMap(entry)) continue;
      const { provenance: _where, ...rest } = entry;
      void _where;
      entries[key] = rest;
    }
    out[section] = entries;
  }
  return out;
}

/**
 * The part of atmos's `atmos_cli_config` this engine resolves (atmos prints its whole
 * configuration struct, defaults of every other tool included).
 */
function atmosCliConfig(config: AtmosConfig): JsonMap {
  return {
    base_path: config.basePathAsConfigured,
    components: {
      terraform: {
        base_path: config.terraformBasePathAsConfigured,
        command: config.terraformCommand,
        workspaces_enabled: config.workspacesEnabled,
      },
    },
    stacks: {
      base_path: path.relative(config.basePath, config.stacksBasePath) || ".",
      included_paths: [...config.includedPaths],
      excluded_paths: [...config.excludedPaths],
      name_pattern: config.namePattern ?? "",
      name_template: config.nameTemplate ?? "",
      inherit: { metadata: config.inheritMetadata },
    },
  };
}

const LEGEND = [
  "# Provenance Legend:",
  "#   ● [1] Defined in parent stack",
  "#   ○ [N] Inherited/imported (N=2+ levels deep)",
  "#   ∴ Computed/templated",
  "",
];
/** atmos's comment column without a terminal (`getCommentColumn`). */
const COMMENT_COLUMN = 50;
/** Sections whose keys carry provenance comments (the others print without). */
const ANNOTATED: readonly ProvenanceSection[] = ["vars", "settings", "env", "backend"];

/**
 * atmos's `--provenance` rendering of the schema output: the legend, `# Stack: <stack file>`, then
 * the non-empty annotated sections and `import` as YAML (2-space indent, keys sorted), each key line
 * commented with where its value (a map: its first leaf) was written.
 */
export function renderProvenanceYaml(
  resolved: ResolvedStacks,
  config: AtmosConfig,
  component: string,
  stack: string,
): string {
  const c = findComponent(resolved, component, stack);
  const data: JsonMap = {};
  if (c.imports.length > 0) data["import"] = [...c.imports];
  for (const s of ANNOTATED) {
    const v = s === "backend" ? c.backend : c[s];
    if (Object.keys(v).length > 0) data[s] = v;
  }
  const sorted = sortKeysDeep(data) as JsonMap;
  const lines: string[] = [...LEGEND, `# Stack: ${c.stackFile}`, ""];
  const text =
    Object.keys(sorted).length === 0
      ? ""
      : stringify(sorted, { indent: 2, lineWidth: 0, aliasDuplicateObjects: false });
  const comments = keyLineComments(c, sorted, config);
  if (Array.isArray(sorted["import"])) {
    // `import:` is the first printed key; its entries follow, one line each.
    const sites = importSites(c, config);
    const first = sites.get(c.imports[0] ?? "");
    if (first !== undefined) comments.set(0, first);
    c.imports.forEach((imp, i) => {
      const site = sites.get(imp);
      if (site !== undefined) comments.set(i + 1, site);
    });
  }
  text.split("\n").forEach((line, i) => {
    const comment = comments.get(i);
    if (comment === undefined) lines.push(line);
    else if (line.length < COMMENT_COLUMN)
      lines.push(line + " ".repeat(COMMENT_COLUMN - line.length) + comment);
    else lines.push(line, " ".repeat(COMMENT_COLUMN) + comment);
  });
  return `${lines.join("\n")}\n`;
}

/** Output line index → comment, walking the data in the order `yaml` prints it. */
function keyLineComments(c: ResolvedComponent, data: JsonMap, config: AtmosConfig): Map<number, string> {
  const out = new Map<number, string>();
  let line = 0;
  const walk = (section: ProvenanceSection | undefined, value: JsonValue, keyPath: string[]): void => {
    if (isJsonMap(value)) {
      for (const k of Object.keys(value)) {
        const child = value[k] as JsonValue;
        const sec: ProvenanceSection | undefined = section ?? ANNOTATED.find((name) => name === k);
        const childPath = section === undefined ? [] : [...keyPath, k];
        const isMapLine = isJsonMap(child) && Object.keys(child).length > 0;
        const comment = !sec
          ? undefined
          : isMapLine
            ? (mapComment(c, sec, childPath, child, config) ??
              commentFor(c, sec, firstLeafPath(child, childPath), config))
            : commentFor(c, sec, childPath, config);
        if (comment !== undefined) out.set(line, comment);
        line++;
        const nested = isJsonMap(child)
          ? Object.keys(child).length > 0
          : Array.isArray(child) && child.length > 0;
        if (nested) walk(sec, child, childPath);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) {
        line += lineCount(item);
      }
    }
  };
  walk(undefined, data, []);
  return out;
}

/**
 * Where each import of the stack is declared: the manifest (the top-level one or an imported one)
 * whose `import:` lists it, as `# ● [depth] file:line` of that entry (atmos's import provenance).
 */
function importSites(c: ResolvedComponent, config: AtmosConfig): Map<string, string> {
  const cwd = config.cwd ?? process.cwd();
  const files = [
    c.stackFileAbsolute,
    ...c.imports.flatMap((imp) =>
      [".yaml", ".yml"].map((ext) => path.join(config.stacksBasePath, imp + ext)),
    ),
  ];
  const sites = new Map<string, { depth: number; text: string }>();
  for (const abs of files) {
    let text: string;
    try {
      text = fs.readFileSync(abs, "utf8");
    } catch {
      continue;
    }
    const list: unknown = parseDocument(text).get("import", true);
    if (!isSeq(list)) continue;
    const depth = c.importDepth?.(path.relative(cwd, abs)) ?? 1;
    for (const item of list.items) {
      const node = isMap(item) ? item.get("path", true) : item;
      if (!isScalar(node) || typeof node.value !== "string" || !node.range) continue;
      const key = node.value.replace(/\.ya?ml$/, "");
      const line = text.slice(0, node.range[0]).split("\n").length;
      const rel = path.relative(config.stacksBasePath, abs).split(path.sep).join("/");
      const prev = sites.get(key);
      if (!prev || depth < prev.depth) {
        sites.set(key, { depth, text: `# ${depth === 1 ? "●" : "○"} [${depth}] ${rel}:${line}` });
      }
    }
  }
  return new Map([...sites].map(([k, v]) => [k, v.text]));
}

/** Lines a list item prints on (scalars: one; anything else: its YAML). */
function lineCount(v: JsonValue): number {
  if (v === null || typeof v !== "object") return 1;
  return stringify([v], { indent: 2, lineWidth: 0 }).trimEnd().split("\n").length;
}

function firstLeafPath(v: JsonValue, p: string[]): string[] {
  if (isJsonMap(v)) {
    const first = Object.keys(v)[0];
    return first === undefined ? p : firstLeafPath(v[first] as JsonValue, [...p, first]);
  }
  return p;
}

function mapComment(
  c: ResolvedComponent,
  section: ProvenanceSection,
  mapPath: string[],
  value: JsonValue,
  config: AtmosConfig,
): string | undefined {
  const where = mapLineLocation(c, section, mapPath, value, config.cwd ?? process.cwd());
  return where && formatComment(where.file, where.line, where.depth, config);
}

function formatComment(shown: string, line: number, depth: number, config: AtmosConfig): string {
  const abs = path.resolve(config.cwd ?? process.cwd(), shown);
  const rel = path.relative(config.stacksBasePath, abs);
  const file = rel.startsWith("..") ? shown : rel.split(path.sep).join("/");
  return `# ${depth === 1 ? "●" : "○"} [${depth}] ${file}:${line}`;
}

function commentFor(
  c: ResolvedComponent,
  section: ProvenanceSection,
  keyPath: string[],
  config: AtmosConfig,
): string | undefined {
  if (keyPath.length === 0) return undefined;
  const where = c.sourceOf(section, keyPath);
  if (!where) return "# ∴ [0] computed";
  return formatComment(where.file, where.line, c.importDepth?.(where.file) ?? 1, config);
}
