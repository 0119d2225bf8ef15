/**
 * The one diagnostic shape every layer reports in (engine, model, constructs' input checks, CLI).
 * Library code never prints: it collects diagnostics and throws one {@link DiagnosticError} at the
 * end of a stage; warnings travel in result objects.
 */

/** Where a value or a problem is in the user's files. */
export interface SourceLocation {
  /** Path as shown to users: relative to the current working directory when possible. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly col: number;
}

/** One error or warning, in the user's vocabulary. */
export interface Diagnostic {
  /** Catalogued SCREAMING_SNAKE code, e.g. `IMPORT_NOT_FOUND`. */
  readonly code: string;
  readonly severity: "error" | "warning";
  /** What was found, with the offending value. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
  readonly location?: SourceLocation;
  /** YAML key path of the offending value, e.g. `components.terraform.vpc.settings.spacelift.autodeploy`. */
  readonly keyPath?: string;
  /** Manifests from the top-level stack manifest down to the file holding the problem. */
  readonly importChain?: readonly string[];
  /** Source excerpt with a caret under the column (filled by whoever has the file text). */
  readonly codeFrame?: string;
}

/** Thrown once per failed stage, carrying every error found in it. */
export class DiagnosticError extends Error {
  /** Brand checked by {@link isDiagnosticError}; avoids `instanceof` across module copies. */
  readonly diagnosticErrorBrand = true;

  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
    this.name = "DiagnosticError";
  }
}

/** True when `e` is a {@link DiagnosticError} (from any copy of this module). */
export function isDiagnosticError(e: unknown): e is DiagnosticError {
  return (
    typeof e === "object" &&
    e !== null &&
    (e as { diagnosticErrorBrand?: unknown }).diagnosticErrorBrand === true &&
    Array.isArray((e as { diagnostics?: unknown }).diagnostics)
  );
}

/**
 * Renders `file:line:col: CODE message (chain: a → b)` plus the hint and code frame on their own
 * lines, the format the CLI prints and tests pin.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.col}: ` : "";
  const level = d.severity === "warning" ? "warning " : "";
  const chain = d.importChain && d.importChain.length > 1 ? ` (chain: ${d.importChain.join(" → ")})` : "";
  const key = d.keyPath ? ` [${d.keyPath}]` : "";
  const lines = [`${where}${level}${d.code} ${d.message}${key}${chain}`];
  if (d.codeFrame) lines.push(d.codeFrame);
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join("\n");
}

/** Collects diagnostics during a stage and throws them together at its end. */
export class DiagnosticBag {
  private readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }

  get errors(): readonly Diagnostic[] {
    return this.items.filter((d) => d.severity === "error");
  }

  get warnings(): readonly Diagnostic[] {
    return this.items.filter((d) => d.severity === "warning");
  }

  /** Throws a {@link DiagnosticError} with every error collected so far, if there is any. */
  throwIfErrors(): void {
    const errors = this.errors;
    if (errors.length > 0) throw new DiagnosticError(errors);
  }
}

/**
 * Adds a code frame to diagnostics that have a location but none yet, reading each file once.
 * `resolveFile` maps a diagnostic's display path to a readable path (relative paths are resolved
 * against the cwd the diagnostics were made for).
 */
export function withCodeFrames(
  diagnostics: readonly Diagnostic[],
  readFile: (file: string) => string | undefined,
  frame: (text: string, line: number, col: number) => string,
): Diagnostic[] {
  const cache = new Map<string, string | undefined>();
  return diagnostics.map((d) => {
    if (d.codeFrame || !d.location) return d;
    const file = d.location.file;
    if (!cache.has(file)) cache.set(file, readFile(file));
    const text = cache.get(file);
    return text === undefined ? d : { ...d, codeFrame: frame(text, d.location.line, d.location.col) };
  });
}
