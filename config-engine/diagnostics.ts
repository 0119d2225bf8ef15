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
  /**
   * The component instance a per-component finding is about. The message then ends with
   * ` (component '<component>' in stack '<stack>')`; output groups findings that differ only there
   * ({@link groupDiagnostics}).
   */
  readonly scope?: { readonly stack: string; readonly component: string };
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

/** The message suffix naming a diagnostic's {@link Diagnostic.scope}. */
export function scopeSuffix(scope: { readonly stack: string; readonly component: string }): string {
  return ` (component '${scope.component}' in stack '${scope.stack}')`;
}

/**
 * Folds findings that differ only in the component instance they are about (same severity, code,
 * file:line:col, hint and message without the scope suffix) into one, listing the affected stacks
 * with their components: at most `maxStacks`, then "and N more". A typo in a catalogue file that
 * every stack imports is then reported once. Order of first appearance is kept.
 */
export function groupDiagnostics(diagnostics: readonly Diagnostic[], maxStacks = 5): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  const out: (Diagnostic | Diagnostic[])[] = [];
  for (const d of diagnostics) {
    const suffix = d.scope ? scopeSuffix(d.scope) : undefined;
    if (!d.scope || !d.location || !suffix || !d.message.endsWith(suffix)) {
      out.push(d);
      continue;
    }
    const { file, line, col } = d.location;
    const key = [d.severity, d.code, file, line, col, d.hint ?? "", d.message.slice(0, -suffix.length)].join(
      "\0",
    );
    const group = groups.get(key);
    if (group) group.push(d);
    else {
      const fresh = [d];
      groups.set(key, fresh);
      out.push(fresh);
    }
  }
  return out.map((entry) => (Array.isArray(entry) ? merged(entry, maxStacks) : entry));
}

function merged(group: readonly Diagnostic[], maxStacks: number): Diagnostic {
  const first = group[0] as Diagnostic & { scope: { stack: string; component: string } };
  if (group.length === 1) return first;
  const byStack = new Map<string, Set<string>>();
  for (const d of group) {
    const { stack, component } = d.scope!;
    const set = byStack.get(stack) ?? new Set<string>();
    set.add(component);
    byStack.set(stack, set);
  }
  const stacks = [...byStack.keys()].sort();
  const shown = stacks
    .slice(0, maxStacks)
    .map((s) => `${s} (${[...byStack.get(s)!].sort().join(", ")})`)
    .join(", ");
  const more = stacks.length > maxStacks ? ` and ${stacks.length - maxStacks} more` : "";
  const base = first.message.slice(0, -scopeSuffix(first.scope).length);
  const { scope: _scope, keyPath, ...rest } = first;
  const prefix = `components.terraform.${first.scope.component}`;
  const sameKeyPath = group.every((d) => d.keyPath === keyPath);
  const groupKeyPath =
    keyPath === undefined || sameKeyPath
      ? keyPath
      : keyPath.startsWith(prefix)
        ? `components.terraform.<component>${keyPath.slice(prefix.length)}`
        : undefined;
  return {
    ...rest,
    message: `${base} (${group.length} components in ${stacks.length} stacks: ${shown}${more})`,
    ...(groupKeyPath !== undefined ? { keyPath: groupKeyPath } : {}),
  };
}

/** "N errors" for a failed stage, counting grouped findings, plus the raw count when grouping folded some. */
export function errorCount(diagnostics: readonly Diagnostic[]): string {
  const n = groupDiagnostics(diagnostics).length;
  const findings = diagnostics.length > n ? ` (${diagnostics.length} findings)` : "";
  return `${n} error${n === 1 ? "" : "s"}${findings}`;
}
