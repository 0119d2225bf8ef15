/**
 * Reads a top-level manifest and everything it imports, deep-merging as atmos does
 * (`processYAMLConfigFileWithContextInternal`):
 *
 *   merged(F) = merge(merged(import 1), …, merged(import N), F's own content)
 *
 * and stamping file-scoped terraform `overrides` onto the components F defines:
 *   inline(F)  = merge(F.overrides, F.terraform.overrides, inline(parent))   (pushed down)
 *   imports(F) = fold over F's imports of merge(acc, imports(child), inline(child))
 *   stamp(F)   = merge(imports(F), inline(F))
 *
 * Each file is read once; each (file, template context, inherited overrides) is processed once.
 * Unlike atmos, import cycles of any length are errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fg from "fast-glob";
import { codeFrame } from "./code-frame";
import { isDiagnosticError, type Diagnostic } from "./diagnostics";
import { EngineErrors, fail, type ErrorSite } from "./errors";
import { EMPTY_MAP, getKey, getMap, isJsonMap, setKey, stableStringify } from "./json-value";
import { limitsOf, type EngineLimits } from "./limits";
import { checkManifestShape } from "./manifest-shape";
import { deepMerge } from "./merge";
import { positionOf } from "./positions";
import { describeEscape, ESCAPE_HINT, repositoryRootOf, RepoRoot } from "./repo-files";
import { renderFileTemplate } from "./template-errors";
import { applyFileLocals, declaresLocals, fileLocalsContext, type LocalsOrigin } from "./locals";
import type { AtmosConfig, JsonMap, JsonValue } from "./types";
import { isRemotePath, parseManifest } from "./yaml-load";

/** One processed file in the import tree of a top-level manifest (kept for provenance and deps). */
export interface FileFrame {
  readonly abs: string;
  /** Import key: path relative to the stacks base path without its last extension. */
  readonly importKey: string;
  /** The text that was parsed (after template rendering). */
  readonly text: string;
  /** The file's own content, with file-scoped overrides stamped onto its components. */
  readonly own: JsonMap;
  /** Imported files, in merge order. */
  readonly children: readonly FileFrame[];
}

/** Result of processing one file with everything it imports. */
export interface ProcessedFile {
  readonly merged: JsonMap;
  readonly frame: FileFrame;
  readonly overridesInline: JsonMap;
  readonly overridesImports: JsonMap;
}

interface ImportItem {
  readonly path: string;
  readonly context: JsonMap;
  readonly skipIfMissing: boolean;
  readonly skipTemplates: boolean;
  readonly ignoreMissing: boolean;
  readonly index: number;
}

interface Visit {
  readonly abs: string;
  readonly context: JsonMap;
  readonly skipTemplates: boolean;
  readonly ignoreMissing: boolean;
  readonly parentInline: JsonMap;
  readonly parentImports: JsonMap;
  /** Files from the top-level manifest down to this one. */
  readonly chain: readonly string[];
}

/** Processes manifests with shared caches; one instance per `resolveStacks` call. */
export class ManifestProcessor {
  private readonly texts = new Map<string, string | null>();
  private readonly parsed = new Map<string, { text: string; own: JsonMap }>();
  private readonly memo = new Map<string, ProcessedFile>();
  private readonly includeCache = new Map<string, JsonValue>();
  private readonly importMatches = new Map<string, string[]>();
  private readonly exists = new Map<string, boolean>();
  readonly warnings: Diagnostic[] = [];
  /** Every manifest and included file must be inside it by real path. */
  readonly repo: RepoRoot;
  private readonly limits: EngineLimits;

  constructor(
    private readonly config: AtmosConfig,
    private readonly display: (abs: string) => string,
  ) {
    this.repo = new RepoRoot(repositoryRootOf(config));
    this.limits = limitsOf(config);
  }

  /** Every file read so far (absolute paths). */
  filesRead(): string[] {
    return [...this.texts.entries()].filter(([, t]) => t !== null).map(([f]) => f);
  }

  /** Processes a top-level manifest. */
  processTopLevel(abs: string): ProcessedFile {
    const confined = this.repo.check(this.display(abs), abs);
    if (!confined.ok) {
      fail(
        EngineErrors.fileOutsideRepository(`stack manifest ${describeEscape(confined.escape)}`, ESCAPE_HINT, {
          location: { file: this.display(abs), line: 1, col: 1 },
        }),
      );
    }
    return this.process({
      abs,
      context: EMPTY_MAP,
      skipTemplates: false,
      ignoreMissing: this.config.ignoreMissingTemplateValues,
      parentInline: EMPTY_MAP,
      parentImports: EMPTY_MAP,
      chain: [abs],
    });
  }

  private process(v: Visit): ProcessedFile {
    const key = [
      v.abs,
      stableStringify(v.context),
      v.skipTemplates,
      v.ignoreMissing,
      stableStringify(v.parentInline),
      stableStringify(v.parentImports),
    ].join("\0");
    const hit = this.memo.get(key);
    if (hit) return hit;
    const result = this.processUncached(v);
    this.memo.set(key, result);
    return result;
  }

  private processUncached(v: Visit): ProcessedFile {
    const { text, own } = this.load(v);
    const strategy = this.config.listMergeStrategy;
    const terraform = getMap(own, "terraform");
    const inline = deepMerge(
      [getMap(own, "overrides"), getMap(terraform, "overrides"), v.parentInline],
      strategy,
    );

    let importsAcc = v.parentImports;
    const children: ProcessedFile[] = [];
    for (const item of this.importItems(own, v, text)) {
      const matches = this.resolveImport(item, v, text);
      const context = deepMerge([item.context, v.context], strategy);
      const results = matches.map((abs) =>
        this.process({
          abs,
          context,
          skipTemplates: item.skipTemplates,
          ignoreMissing: item.ignoreMissing || this.config.ignoreMissingTemplateValues,
          parentInline: inline,
          parentImports: importsAcc,
          chain: [...v.chain, abs],
        }),
      );
      for (const r of results)
        importsAcc = deepMerge([importsAcc, r.overridesImports, r.overridesInline], strategy);
      children.push(...results);
    }

    const stamp = deepMerge([importsAcc, inline], strategy);
    const stampedOwn = Object.keys(stamp).length > 0 ? stampOverrides(own, stamp) : own;
    const merged = deepMerge([...children.map((c) => c.merged), stampedOwn], strategy);
    const frame: FileFrame = {
      abs: v.abs,
      importKey: importKeyOf(path.relative(this.config.stacksBasePath, v.abs)),
      text,
      own: stampedOwn,
      children: children.map((c) => c.frame),
    };
    return { merged, frame, overridesInline: inline, overridesImports: importsAcc };
  }

  private load(v: Visit): { text: string; own: JsonMap } {
    const raw = this.readText(v.abs, v.chain);
    const render = !v.skipTemplates && (v.abs.endsWith(".tmpl") || Object.keys(v.context).length > 0);
    const cacheKey = render ? `${v.abs}\0${stableStringify(v.context)}\0${v.ignoreMissing}` : v.abs;
    const hit = this.parsed.get(cacheKey);
    if (hit) return hit;
    const origin = {
      file: this.display(v.abs),
      importChain: v.chain.map(this.display),
      missingKey: v.ignoreMissing ? ("ignore" as const) : ("error" as const),
      env: this.config.processEnv ?? {},
    };
    // File-scoped `locals` (see locals.ts): resolved from the unrendered file, then part of its
    // template context.
    const locals = v.skipTemplates ? undefined : this.localsContext(raw, v, origin);
    let text = raw;
    if (render) {
      const context = locals ? { ...v.context, ...locals } : v.context;
      try {
        text = renderFileTemplate(raw, context, origin);
      } catch (e) {
        // atmos defers a file it cannot render when the only context is its own locals.
        if (!(locals && Object.keys(v.context).length === 0 && isDiagnosticError(e))) throw e;
      }
    }
    let own = this.parse(text, v);
    if (locals) own = applyFileLocals(own, locals, { ...origin, text });
    this.checkShape(own, v, text);
    const loaded = { text, own };
    this.parsed.set(cacheKey, loaded);
    return loaded;
  }

  private parse(text: string, v: Visit): JsonMap {
    return text.trim() === ""
      ? {}
      : parseManifest(text, v.abs, {
          display: this.display,
          basePath: this.config.basePath,
          includeCache: this.includeCache,
          importChain: v.chain.map(this.display),
          repo: this.repo,
          limits: this.limits,
        });
  }

  /** The locals template context of a file that declares locals, else undefined. */
  private localsContext(raw: string, v: Visit, origin: Omit<LocalsOrigin, "text">): JsonMap | undefined {
    if (!/^\s*locals\s*:/m.test(raw)) return undefined;
    let own: JsonMap;
    try {
      own = this.parse(raw, v);
    } catch (e) {
      // A `.tmpl` file may not be YAML before rendering: atmos skips its locals then.
      if (v.abs.endsWith(".tmpl") && isDiagnosticError(e)) return undefined;
      throw e;
    }
    return declaresLocals(own) ? fileLocalsContext(own, { ...origin, text: raw }) : undefined;
  }

  private readText(abs: string, chain: readonly string[]): string {
    const cached = this.texts.get(abs);
    if (typeof cached === "string") return cached;
    try {
      const text = fs.readFileSync(abs, "utf8");
      this.texts.set(abs, text);
      return text;
    } catch (e) {
      this.texts.set(abs, null);
      return fail(
        EngineErrors.fileReadError(this.display(abs), (e as Error).message, {
          importChain: chain.map(this.display),
        }),
      );
    }
  }

  /** A site (file:line:col, chain, code frame) for `keyPath` in the file being visited. */
  site(v: Pick<Visit, "abs" | "chain">, text: string, keyPath: readonly (string | number)[]): ErrorSite {
    const { line, col } = positionOf(text, keyPath);
    return {
      location: { file: this.display(v.abs), line, col },
      keyPath: keyPath.join("."),
      importChain: v.chain.map(this.display),
      codeFrame: codeFrame(text, line, col),
    };
  }

  private checkShape(own: JsonMap, v: Visit, text: string): void {
    const { problems, badGlobalMetadataKeys } = checkManifestShape(own);
    const file = this.display(v.abs);
    const p = problems[0];
    if (p)
      fail(
        EngineErrors.invalidSectionType(
          p.keyPath.join("."),
          p.expected,
          p.found,
          file,
          this.site(v, text, p.keyPath),
        ),
      );
    const bad = badGlobalMetadataKeys[0];
    if (bad !== undefined)
      fail(EngineErrors.globalMetadataKey(bad, file, this.site(v, text, ["metadata", bad])));
  }

  private importItems(own: JsonMap, v: Visit, text: string): ImportItem[] {
    const list = getKey(own, "import");
    if (!Array.isArray(list)) return [];
    const file = this.display(v.abs);
    return list.map((item, index): ImportItem => {
      const at = (): ErrorSite => this.site(v, text, ["import", index]);
      if (typeof item === "string") {
        if (item.trim() === "") fail(EngineErrors.invalidImport("empty import path", file, at()));
        return {
          path: item,
          context: EMPTY_MAP,
          skipIfMissing: false,
          skipTemplates: false,
          ignoreMissing: false,
          index,
        };
      }
      if (!isJsonMap(item))
        fail(
          EngineErrors.invalidImport(
            `an import must be a string or a map, found ${item === null ? "null" : typeof item}`,
            file,
            at(),
          ),
        );
      const p = getKey(item, "path");
      if (typeof p !== "string" || p.trim() === "")
        fail(EngineErrors.invalidImport("the import map needs a non-empty `path`", file, at()));
      const context = getKey(item, "context");
      if (context !== undefined && context !== null && !isJsonMap(context)) {
        fail(EngineErrors.invalidImport("`context` must be a map", file, at()));
      }
      return {
        path: p,
        context: context ?? EMPTY_MAP,
        skipIfMissing: getKey(item, "skip_if_missing") === true,
        skipTemplates: getKey(item, "skip_templates_processing") === true,
        ignoreMissing: getKey(item, "ignore_missing_template_values") === true,
        index,
      };
    });
  }

  private resolveImport(item: ImportItem, v: Visit, text: string): string[] {
    const file = this.display(v.abs);
    const at = (): ErrorSite => this.site(v, text, ["import", item.index]);
    if (isRemotePath(item.path)) fail(EngineErrors.remoteImportUnsupported(item.path, at()));
    // Only ./ and ../ imports depend on the importing file's directory.
    const relative =
      item.path.startsWith("./") || item.path.startsWith("../") || item.path === "." || item.path === "..";
    const cacheKey = relative ? `${path.dirname(v.abs)}\0${item.path}` : item.path;
    let matches = this.importMatches.get(cacheKey);
    if (!matches) {
      matches = this.findImport(item, v, at);
      this.checkConfined(matches, item, file, at);
      this.importMatches.set(cacheKey, matches);
    }
    if (matches.length === 0) {
      if (item.skipIfMissing || item.path.includes("{{")) return [];
      fail(EngineErrors.importNotFound(item.path, file, at()));
    }
    for (const m of matches) {
      const i = v.chain.indexOf(m);
      if (i !== -1) fail(EngineErrors.importCycle([...v.chain.slice(i), m].map(this.display), at()));
    }
    return matches;
  }

  /** The text check of findImport cannot see symlinks (a glob follows them too): check real paths. */
  private checkConfined(
    matches: readonly string[],
    item: ImportItem,
    file: string,
    at: () => ErrorSite,
  ): void {
    const glob = fg.isDynamicPattern(item.path);
    for (const m of matches) {
      const confined = this.repo.check(glob ? this.display(m) : item.path, m);
      if (!confined.ok) {
        fail(
          EngineErrors.fileOutsideRepository(
            `import '${item.path}' in file '${file}': ${glob ? "its match " : ""}${describeEscape(confined.escape)}`,
            ESCAPE_HINT,
            at(),
          ),
        );
      }
    }
  }

  private findImport(item: ImportItem, v: Visit, at: () => ErrorSite): string[] {
    const base = this.config.stacksBasePath;
    const first = item.path.split("/")[0];
    const relative =
      first === "." || first === ".."
        ? path.relative(base, path.resolve(path.dirname(v.abs), item.path))
        : item.path;
    const withExt = this.withExtension(relative);
    const absPattern = path.resolve(base, withExt);
    const rel = path.relative(base, absPattern);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      fail(EngineErrors.importEscapesBasePath(item.path, this.display(v.abs), at()));
    }
    const posix = rel.split(path.sep).join("/");
    if (fg.isDynamicPattern(posix)) {
      return fg
        .sync(posix, { cwd: base, absolute: true, onlyFiles: true, dot: true })
        .map((m) => path.normalize(m))
        .sort();
    }
    return this.isFile(absPattern) ? [absPattern] : [];
  }

  private isFile(abs: string): boolean {
    let hit = this.exists.get(abs);
    if (hit === undefined) {
      hit = fs.existsSync(abs) && fs.statSync(abs).isFile();
      this.exists.set(abs, hit);
    }
    return hit;
  }

  /** atmos extension rules: try .yaml, .yml, .yaml.tmpl, .yml.tmpl; prefer a sibling `.tmpl`. */
  private withExtension(rel: string): string {
    const base = this.config.stacksBasePath;
    const ext = path.extname(rel);
    if (ext === "") {
      const hit = [".yaml", ".yml", ".yaml.tmpl", ".yml.tmpl"].find((e) =>
        this.isFile(path.resolve(base, rel + e)),
      );
      return rel + (hit ?? ".yaml");
    }
    if ((ext === ".yaml" || ext === ".yml") && this.isFile(path.resolve(base, `${rel}.tmpl`)))
      return `${rel}.tmpl`;
    return rel;
  }
}

/** The import key atmos records: relative path minus its last extension. */
function importKeyOf(rel: string): string {
  const posix = rel.split(path.sep).join("/");
  const ext = path.posix.extname(posix);
  return ext === "" ? posix : posix.slice(0, -ext.length);
}

/** Returns `own` with `overrides` replaced by `stamp` on every terraform component it defines. */
function stampOverrides(own: JsonMap, stamp: JsonMap): JsonMap {
  const components = getMap(own, "components");
  const terraform = getMap(components, "terraform");
  if (!components || !terraform) return own;
  const newTerraform: JsonMap = {};
  for (const name of Object.keys(terraform)) {
    const section = terraform[name] as JsonValue;
    setKey(newTerraform, name, isJsonMap(section) ? { ...section, overrides: stamp } : section);
  }
  return { ...own, components: { ...components, terraform: newTerraform } };
}
