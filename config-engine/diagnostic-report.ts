/**
 * The one way diagnostics reach a person, for every entry point (the CLI, `cdktf synth`, the
 * Spacelift hooks): grouped per cause, with code frames, errors and warnings told apart by their
 * word (coloured only on a terminal and never with NO_COLOR), and `quiet` printing warnings as a
 * single count.
 */
import { framed } from "./code-frame";
import { formatDiagnostic, groupDiagnostics, type Diagnostic } from "./diagnostics";

/** How to print. */
export interface ReportStyle {
  /** Paths in locations and frames are shown relative to this directory. */
  readonly cwd: string;
  /** ANSI colour on the severity word. @default false */
  readonly color?: boolean;
  /** Warnings as one summary line instead of each finding. @default false */
  readonly quiet?: boolean;
}

const RED = (s: string): string => `\u001b[31m${s}\u001b[0m`;
const YELLOW = (s: string): string => `\u001b[33m${s}\u001b[0m`;

/**
 * The diagnostics as text (empty when there is nothing to say). Every warning line carries the
 * word `warning`, every error line its code alone, so a log reader (or cdktf, which labels the
 * app's stderr as errors) can tell them apart.
 */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], style: ReportStyle): string {
  if (diagnostics.length === 0) return "";
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  const shown = style.quiet === true ? diagnostics.filter((d) => d.severity !== "warning") : diagnostics;
  const lines = framed(groupDiagnostics(shown), style.cwd).map((d) => paint(formatDiagnostic(d), d, style));
  if (style.quiet === true && warnings.length > 0) {
    const n = groupDiagnostics(warnings).length;
    const text = `${n} warning${n === 1 ? "" : "s"} (run without --quiet or SPACELIFT_ATMOS_QUIET to see them)`;
    lines.push(style.color === true ? YELLOW(text) : text);
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

function paint(text: string, d: Diagnostic, style: ReportStyle): string {
  if (style.color !== true) return text;
  const first = text.indexOf("\n");
  const head = first === -1 ? text : text.slice(0, first);
  const rest = first === -1 ? "" : text.slice(first);
  const painted =
    d.severity === "warning"
      ? head.replace(/(^|: )warning /, (_m, p: string) => `${p}${YELLOW("warning")} `)
      : head.replace(new RegExp(`(^|: )${d.code} `), (_m, p: string) => `${p}${RED(d.code)} `);
  return painted + rest;
}

/** Whether to colour a stream: a terminal, and no NO_COLOR (https://no-color.org). */
export function colorFor(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return isTTY === true && (env["NO_COLOR"] ?? "") === "" && env["TERM"] !== "dumb";
}

/** `SPACELIFT_ATMOS_QUIET=1` (what `--quiet` sets, and what `cdktf synth` can be given). */
export function quietFrom(env: Readonly<Record<string, string | undefined>>): boolean {
  return env["SPACELIFT_ATMOS_QUIET"] === "1";
}
