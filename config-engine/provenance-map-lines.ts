/**
 * Where atmos's `--provenance` rendering places a map's own line: the first key (in source order)
 * of that map in the lowest-priority manifest that contributes to it. The manifest is the one
 * holding the map's deepest-imported leaf; the map is looked up under the component
 * (`components.terraform.<name>.<section>…`, the component's own name first), else at the top level
 * (`<section>…`, `terraform.<section>…`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isMap, isScalar, parseDocument, type Document, type Node } from "yaml";
import { isJsonMap } from "./json-value";
import type { JsonValue, ProvenanceSection, ResolvedComponent } from "./types";

/** A map line's location: the file as `sourceOf` shows it, 1-based line, import depth. */
export interface MapLineLocation {
  readonly file: string;
  readonly line: number;
  readonly depth: number;
}

const parsed = new Map<string, { doc: Document; text: string } | undefined>();

/** The location for the map at `mapPath` of `section`, or undefined when it cannot be found. */
export function mapLineLocation(
  c: ResolvedComponent,
  section: ProvenanceSection,
  mapPath: readonly string[],
  value: JsonValue,
  cwd: string,
): MapLineLocation | undefined {
  let deepest: { file: string; depth: number } | undefined;
  for (const leaf of leafPaths(value, [...mapPath])) {
    const where = c.sourceOf(section, leaf);
    if (!where) continue;
    const depth = c.importDepth?.(where.file) ?? 1;
    if (!deepest || depth > deepest.depth) deepest = { file: where.file, depth };
  }
  if (!deepest) return undefined;
  const source = load(path.resolve(cwd, deepest.file));
  if (!source) return undefined;
  const components = source.doc.getIn(["components", "terraform"], true);
  const names = isMap(components)
    ? [
        c.atmosComponent,
        ...c.inheritance,
        ...components.items.map((p) => String(isScalar(p.key) ? p.key.value : "")),
      ]
    : [];
  const candidates = [
    ...names.map((n) => ["components", "terraform", n, section, ...mapPath]),
    [section, ...mapPath],
    ["terraform", section, ...mapPath],
  ];
  for (const keyPath of candidates) {
    const node: unknown = source.doc.getIn(keyPath, true);
    if (!isMap(node)) continue;
    const first = node.items[0]?.key as Node | undefined;
    if (!first?.range) continue;
    return {
      file: deepest.file,
      line: source.text.slice(0, first.range[0]).split("\n").length,
      depth: deepest.depth,
    };
  }
  return undefined;
}

function load(abs: string): { doc: Document; text: string } | undefined {
  if (!parsed.has(abs)) {
    try {
      const text = fs.readFileSync(abs, "utf8");
      parsed.set(abs, { doc: parseDocument(text, { logLevel: "silent" }), text });
    } catch {
      parsed.set(abs, undefined);
    }
  }
  return parsed.get(abs);
}

function leafPaths(v: JsonValue, at: string[]): string[][] {
  if (isJsonMap(v) && Object.keys(v).length > 0) {
    return Object.keys(v).flatMap((k) => leafPaths(v[k] as JsonValue, [...at, k]));
  }
  return [at];
}
