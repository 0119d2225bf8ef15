/** Renders templates for the engine, turning evaluator failures into catalogued diagnostics. */
import { lineColOf } from "./code-frame";
import type { Diagnostic } from "./diagnostics";
import { EngineErrors, fail, type ErrorSite } from "./errors";
import { TemplateEvalError, UnsupportedTemplateError } from "./template/ast";
import { renderTemplate, type RenderOptions } from "./template/evaluate";
import type { GoValue } from "./template/contract";
import type { JsonValue } from "./types";

/** Gives the error site of a template, computed only when an error is reported. */
export interface SiteSource {
  site(): ErrorSite;
}

/** Where a template came from, for messages. */
export interface TemplateOrigin extends RenderOptions {
  readonly file: string;
  readonly importChain?: readonly string[];
  /**
   * Site of the template (a YAML value), computed only on error.
   * @default - the template is the whole file: the failing action's own line and column
   */
  readonly site?: SiteSource;
  /** Collects the warnings functions raise (TEMPLATE_RUNTIME_VALUE, …) as diagnostics at the template's site. */
  readonly warnings?: Diagnostic[];
}

/**
 * Renders `src` against `data`. Throws UNSUPPORTED_TEMPLATE or TEMPLATE_ERROR naming the file;
 * `onMissingKey` lets callers report a missing key in their own terms (e.g. NAME_VAR_MISSING).
 */
export function renderOrFail(
  src: string,
  data: GoValue,
  origin: TemplateOrigin,
  onMissingKey?: (key: string, detail: string) => never,
): string {
  const siteAt = (offset: number | undefined): ErrorSite =>
    origin.site?.site() ?? {
      location: {
        file: origin.file,
        ...(offset === undefined ? { line: 1, col: 1 } : lineColOf(src, offset)),
      },
      importChain: origin.importChain,
    };
  const sink = origin.warnings;
  const options: RenderOptions = sink
    ? {
        ...origin,
        warn: (code, message) =>
          sink.push(EngineErrors.templateWarning(code, message, origin.file, siteAt(undefined))),
      }
    : origin;
  try {
    return renderTemplate(src, data, options);
  } catch (e) {
    const offset =
      e instanceof TemplateEvalError || e instanceof UnsupportedTemplateError ? e.offset : undefined;
    const site = siteAt(offset);
    if (e instanceof UnsupportedTemplateError)
      fail(EngineErrors.unsupportedTemplate(e.construct, origin.file, site));
    if (e instanceof TemplateEvalError) {
      if (e.missingKey !== undefined && onMissingKey) onMissingKey(e.missingKey, e.message);
      fail(EngineErrors.templateError(e.message, origin.file, site));
    }
    throw e;
  }
}

/** Renders a whole manifest file before YAML parsing (`.tmpl` files and imports with `context`). */
export function renderFileTemplate(src: string, context: JsonValue, origin: TemplateOrigin): string {
  if (!src.includes(origin.delimiters?.[0] ?? "{{")) return src;
  return renderOrFail(src, context, origin);
}
