/**
 * Parses one YAML manifest into plain JSON, as atmos's loader does: atmos YAML functions stay
 * strings carrying their tag (`!terraform.output vpc id` → `"!terraform.output vpc id"`),
 * `!include`/`!include.raw` are evaluated at parse time, `!append` marks a list, integer keys
 * become strings, `<<` merge keys and anchors are honoured, and any other tag is an error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { codeFrame } from "./code-frame";
import { EngineErrors, fail, SUPPORTED_TAGS, type ErrorSite } from "./errors";
import { isJsonMap, setKey } from "./json-value";
import { markAppend } from "./merge";
import type { JsonMap, JsonValue } from "./types";

/** What the loader needs besides the text. */
export interface YamlLoadContext {
  /** Renders an absolute path for messages (relative to the cwd). */
  readonly display: (abs: string) => string;
  /** Atmos base path: the second place `!include` looks for relative paths. */
  readonly basePath: string;
  /** Parsed `!include` targets by absolute path (each file parsed once). */
  readonly includeCache: Map<string, JsonValue>;
  /** Manifests from the top-level one down to this file (for messages). */
  readonly importChain: readonly string[];
}

const FUNCTION_TAGS = new Set(
  SUPPORTED_TAGS.filter((t) => !["!append", "!include", "!include.raw", "!literal"].includes(t)),
);
const CORE_TAG_PREFIX = "tag:yaml.org,2002:";
const REMOTE = /^(?:[a-z0-9+.-]+::|[a-z][a-z0-9+.-]*:\/\/|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;

/** True when `p` is a go-getter style remote address rather than a local path. */
export function isRemotePath(p: string): boolean {
  return REMOTE.test(p);
}

/** Parses `text` (the content of `absPath`). An empty document yields `{}`. */
export function parseManifest(text: string, absPath: string, ctx: YamlLoadContext): JsonMap {
  const value = parseYamlValue(text, absPath, ctx, [absPath]);
  if (value === null) return {};
  if (!isJsonMap(value)) {
    fail(
      EngineErrors.invalidYaml(
        ctx.display(absPath),
        `the top level must be a map, found ${Array.isArray(value) ? "a list" : "a scalar"}`,
        {
          location: { file: ctx.display(absPath), line: 1, col: 1 },
          importChain: ctx.importChain,
        },
      ),
    );
  }
  return value;
}

function parseYamlValue(
  text: string,
  absPath: string,
  ctx: YamlLoadContext,
  includeStack: readonly string[],
): JsonValue {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, strict: false });
  const file = ctx.display(absPath);
  const siteAt = (offset: number): ErrorSite => {
    const { line, col } = lineCounter.linePos(offset);
    return {
      location: { file, line, col },
      importChain: ctx.importChain,
      codeFrame: codeFrame(text, line, col),
    };
  };
  const err = doc.errors[0];
  if (err) fail(EngineErrors.invalidYaml(file, err.message.split("\n")[0] ?? err.code, siteAt(err.pos[0])));
  if (doc.contents === null) return null;
  return new Converter(doc, text, absPath, ctx, includeStack, siteAt).convert(doc.contents);
}

class Converter {
  private readonly aliasCache = new Map<Node, JsonValue>();
  private readonly active = new Set<Node>();

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly absPath: string,
    private readonly ctx: YamlLoadContext,
    private readonly includeStack: readonly string[],
    private readonly siteAt: (offset: number) => ErrorSite,
  ) {}

  convert(node: Node | null): JsonValue {
    if (node === null) return null;
    if (isAlias(node)) return this.alias(node.resolve(this.doc), node);
    const tag = node.tag;
    const offset = node.range?.[0] ?? 0;
    if (tag !== undefined && !tag.startsWith(CORE_TAG_PREFIX)) {
      // Report the tag itself, which precedes the node's range.
      const at = this.text.lastIndexOf(tag, offset);
      return this.tagged(node, tag, at >= 0 ? at : offset);
    }
    if (isScalar(node)) return scalarValue(node.value);
    if (isSeq(node)) return node.items.map((item) => this.convert(item as Node | null));
    if (isMap(node)) return this.map(node);
    return null;
  }

  private alias(target: Node | undefined, node: Node): JsonValue {
    if (!target)
      fail(
        EngineErrors.invalidYaml(
          this.ctx.display(this.absPath),
          "unresolved alias",
          this.siteAt(node.range?.[0] ?? 0),
        ),
      );
    const cached = this.aliasCache.get(target);
    if (cached !== undefined) return cached;
    if (this.active.has(target)) {
      fail(
        EngineErrors.invalidYaml(
          this.ctx.display(this.absPath),
          "an alias refers to its own ancestor",
          this.siteAt(node.range?.[0] ?? 0),
        ),
      );
    }
    this.active.add(target);
    const v = this.convert(target);
    this.active.delete(target);
    this.aliasCache.set(target, v);
    return v;
  }

  private map(node: Node): JsonMap {
    if (!isMap(node)) return {};
    const out: JsonMap = {};
    const merged: JsonMap[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      if (isScalar(keyNode) && keyNode.source === "<<" && typeof keyNode.value !== "string") {
        const v = this.convert(pair.value as Node | null);
        for (const m of Array.isArray(v) ? v : [v]) if (isJsonMap(m)) merged.push(m);
        continue;
      }
      let key: string;
      if (keyNode === null) key = "";
      else if (isScalar(keyNode)) key = scalarKey(keyNode.value);
      else {
        fail(
          EngineErrors.invalidYaml(
            this.ctx.display(this.absPath),
            "map keys must be scalars",
            this.siteAt(keyNode.range?.[0] ?? 0),
          ),
        );
      }
      setKey(out, key, this.convert(pair.value as Node | null));
    }
    if (merged.length === 0) return out;
    // YAML merge keys: explicit keys win, then earlier merged maps over later ones.
    const result: JsonMap = {};
    for (const m of [...merged].reverse())
      for (const k of Object.keys(m)) setKey(result, k, m[k] as JsonValue);
    for (const k of Object.keys(out)) setKey(result, k, out[k] as JsonValue);
    return result;
  }

  private tagged(node: Node, tag: string, offset: number): JsonValue {
    if (tag === "!append") {
      if (!isSeq(node)) fail(EngineErrors.invalidTagValue(tag, "a list", this.siteAt(offset)));
      return markAppend(node.items.map((item) => this.convert(item as Node | null)));
    }
    if (!isScalar(node)) {
      if (FUNCTION_TAGS.has(tag) || tag.startsWith("!include") || tag === "!literal") {
        fail(EngineErrors.invalidTagValue(tag, "a scalar (a single-line string)", this.siteAt(offset)));
      }
      fail(EngineErrors.unknownTag(tag, this.ctx.display(this.absPath), this.siteAt(offset)));
    }
    const raw = node.value === null || node.value === undefined ? "" : scalarText(node.value);
    if (tag === "!literal") return raw;
    if (tag === "!include" || tag === "!include.raw") return this.include(tag, raw.trim(), offset);
    if (FUNCTION_TAGS.has(tag)) return raw === "" ? tag : `${tag} ${raw}`;
    fail(EngineErrors.unknownTag(tag, this.ctx.display(this.absPath), this.siteAt(offset)));
  }

  private include(tag: string, arg: string, offset: number): JsonValue {
    const site = this.siteAt(offset);
    const [target, ...query] = arg.split(/\s+/);
    if (!target) fail(EngineErrors.includeUnsupported(`'${tag}' needs a path`, site));
    if (isRemotePath(target)) fail(EngineErrors.remoteImportUnsupported(target, site));
    if (query.length > 0)
      fail(EngineErrors.includeUnsupported(`'${tag} ${arg}': YQ expressions are not supported`, site));
    const abs = this.resolveInclude(target);
    if (!abs) fail(EngineErrors.includeNotFound(target, this.ctx.display(this.absPath), site));
    if (this.includeStack.includes(abs)) {
      fail(
        EngineErrors.includeUnsupported(
          `'${tag} ${target}' includes itself (${[...this.includeStack, abs].map(this.ctx.display).join(" → ")})`,
          site,
        ),
      );
    }
    const ext = path.extname(abs).toLowerCase();
    const raw = tag === "!include.raw";
    if (!raw && (ext === ".tfvars" || ext === ".hcl")) {
      fail(EngineErrors.includeUnsupported(`'${target}': HCL (.tfvars/.hcl) files cannot be read`, site));
    }
    const key = `${tag}:${abs}`;
    const cached = this.ctx.includeCache.get(key);
    if (cached !== undefined) return cached;
    let text: string;
    try {
      text = fs.readFileSync(abs, "utf8");
    } catch (e) {
      fail(EngineErrors.fileReadError(this.ctx.display(abs), (e as Error).message, site));
    }
    let value: JsonValue;
    if (raw || ![".yaml", ".yml", ".json"].includes(ext)) value = text;
    else if (ext === ".json") value = parseJson(text, this.ctx.display(abs), site);
    else value = parseYamlValue(text, abs, this.ctx, [...this.includeStack, abs]);
    this.ctx.includeCache.set(key, value);
    return value;
  }

  private resolveInclude(target: string): string | undefined {
    if (path.isAbsolute(target)) return fs.existsSync(target) ? target : undefined;
    const fromFile = path.resolve(path.dirname(this.absPath), target);
    if (fs.existsSync(fromFile)) return fromFile;
    if (target.startsWith("./") || target.startsWith("../")) return undefined;
    const fromBase = path.resolve(this.ctx.basePath, target);
    return fs.existsSync(fromBase) ? fromBase : undefined;
  }
}

function scalarValue(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  return scalarText(v);
}

/** Text of a scalar the YAML library resolved (strings, numbers, booleans; anything else as JSON). */
function scalarText(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return JSON.stringify(v) ?? "";
}

function scalarKey(v: unknown): string {
  return v === null || v === undefined ? "" : scalarText(v);
}

function parseJson(text: string, file: string, site: ErrorSite): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (e) {
    fail(EngineErrors.invalidYaml(file, `invalid JSON: ${(e as Error).message}`, site));
  }
}
