/**
 * Parses one YAML manifest into plain JSON, as atmos's loader does: atmos YAML functions stay
 * strings carrying their tag (`!terraform.output vpc id` → `"!terraform.output vpc id"`),
 * `!include`/`!include.raw` are evaluated at parse time, `!append` marks a list, integer keys
 * become strings, `<<` merge keys and anchors are honoured, and any other tag is an error.
 */
import * as fs from "node:fs";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { codeFrame } from "./code-frame";
import { EngineErrors, fail, SUPPORTED_TAGS, type ErrorSite } from "./errors";
import { isJsonMap, setKey } from "./json-value";
import type { EngineLimits } from "./limits";
import { markAppend } from "./merge";
import type { RepoRoot } from "./repo-files";
import {
  applyIncludeQuery,
  includeKindOf,
  locateInclude,
  parseIncludeArgs,
  parseNonYaml,
} from "./yaml-functions/include";

export { isRemotePath } from "./yaml-functions/include";
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
  /** Every file `!include` reads must be inside this root by real path. */
  readonly repo: RepoRoot;
  readonly limits: EngineLimits;
}

const FUNCTION_TAGS = new Set(
  SUPPORTED_TAGS.filter((t) => !["!append", "!include", "!include.raw", "!literal"].includes(t)),
);
const CORE_TAG_PREFIX = "tag:yaml.org,2002:";
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
  const file = ctx.display(absPath);
  checkFileSize(text, file, ctx);
  const lineCounter = new LineCounter();
  // uniqueKeys off: the library checks duplicates pair by pair (quadratic in the map's size); the
  // converter checks them in linear time instead.
  const doc = parseDocument(text, {
    lineCounter,
    merge: true,
    prettyErrors: false,
    strict: false,
    uniqueKeys: false,
  });
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

/** MANIFEST_TOO_LARGE when `text` is above the configured size (bytes, UTF-8). */
export function checkFileSize(
  text: string,
  file: string,
  ctx: Pick<YamlLoadContext, "limits" | "importChain">,
): void {
  const limit = ctx.limits.maxFileBytes;
  // Characters ≤ bytes ≤ 3 × characters (UTF-16 → UTF-8): count bytes only near the limit.
  if (text.length * 3 <= limit) return;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limit) {
    fail(
      EngineErrors.manifestTooLarge(file, bytes, limit, {
        location: { file, line: 1, col: 1 },
        importChain: ctx.importChain,
      }),
    );
  }
}

/** Expanded size (values counted with repetition) of JSON values, memoised per object. */
const expandedSizes = new WeakMap<object, number>();

function expandedSize(v: JsonValue): number {
  if (v === null || typeof v !== "object") return 1;
  const hit = expandedSizes.get(v);
  if (hit !== undefined) return hit;
  let n = 1;
  for (const child of Array.isArray(v) ? v : Object.values(v)) n += expandedSize(child);
  expandedSizes.set(v, n);
  return n;
}

class Converter {
  private readonly aliasCache = new Map<Node, JsonValue>();
  private readonly active = new Set<Node>();
  private aliasUses = 0;
  private expandedNodes = 0;

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
    const limits = this.ctx.limits;
    if (++this.aliasUses > limits.maxYamlAliases) {
      fail(
        EngineErrors.yamlAliasLimit(
          this.ctx.display(this.absPath),
          `more than ${limits.maxYamlAliases} alias uses in one document`,
          this.siteAt(node.range?.[0] ?? 0),
        ),
      );
    }
    const cached = this.aliasCache.get(target);
    if (cached !== undefined) {
      this.countExpansion(cached, node);
      return cached;
    }
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
    this.countExpansion(v, node);
    return v;
  }

  /** Adds what an alias or include expands to; YAML_ALIAS_LIMIT above the configured total. */
  private countExpansion(v: JsonValue, at: Node | number): void {
    const limit = this.ctx.limits.maxYamlExpandedNodes;
    this.expandedNodes += expandedSize(v);
    if (this.expandedNodes > limit) {
      const offset = typeof at === "number" ? at : (at.range?.[0] ?? 0);
      fail(
        EngineErrors.yamlAliasLimit(
          this.ctx.display(this.absPath),
          `aliases and includes expand to more than ${limit} values`,
          this.siteAt(offset),
        ),
      );
    }
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
      if (Object.prototype.hasOwnProperty.call(out, key)) this.duplicateKey(node.items, key, keyNode);
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

  /** DUPLICATE_YAML_KEY at the second key, naming the line of the first (only on the error path). */
  private duplicateKey(items: readonly { key: unknown }[], key: string, second: Node | null): never {
    const first = items.find((p) => isScalar(p.key) && scalarKey(p.key.value) === key)?.key as
      Node | undefined;
    const firstLine = this.siteAt(first?.range?.[0] ?? 0).location?.line ?? 1;
    fail(
      EngineErrors.duplicateYamlKey(
        key,
        this.ctx.display(this.absPath),
        firstLine,
        this.siteAt(second?.range?.[0] ?? 0),
      ),
    );
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
    const args = parseIncludeArgs(arg);
    if (!args) fail(EngineErrors.includeUnsupported(`'${tag}' needs a path`, site));
    const abs = locateInclude(tag, args.path, {
      basePath: this.ctx.basePath,
      repo: this.ctx.repo,
      display: this.ctx.display,
      fromFile: this.absPath,
      site,
    });
    if (this.includeStack.includes(abs)) {
      fail(
        EngineErrors.includeUnsupported(
          `'${tag} ${args.path}' includes itself (${[...this.includeStack, abs].map(this.ctx.display).join(" → ")})`,
          site,
        ),
      );
    }
    const kind = includeKindOf(abs, tag === "!include.raw");
    const key = `${kind}:${abs}`;
    let value = this.ctx.includeCache.get(key);
    if (value === undefined) {
      let text: string;
      try {
        text = fs.readFileSync(abs, "utf8");
      } catch (e) {
        fail(EngineErrors.fileReadError(this.ctx.display(abs), (e as Error).message, site));
      }
      checkFileSize(text, this.ctx.display(abs), this.ctx);
      if (kind === "text") value = text;
      else if (kind === "yaml") value = parseYamlValue(text, abs, this.ctx, [...this.includeStack, abs]);
      else value = parseNonYaml(kind, text, this.ctx.display(abs), site);
      this.ctx.includeCache.set(key, value);
    }
    if (args.query !== undefined) {
      const queryKey = `${key}\0${args.query}`;
      let result = this.ctx.includeCache.get(queryKey);
      if (result === undefined) {
        result = applyIncludeQuery(value, args.query, this.ctx.display(abs), site);
        this.ctx.includeCache.set(queryKey, result);
      }
      value = result;
    }
    this.countExpansion(value, offset);
    return value;
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
