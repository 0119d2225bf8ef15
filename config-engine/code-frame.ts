/** Source excerpts with a caret under the reported column, for diagnostics. */
import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { withCodeFrames, type Diagnostic } from "./diagnostics";
import { maskSecretYamlLine } from "./secret-patterns";

/**
 * Renders the line `line` (1-based) of `text` with its neighbours and a caret at `col`. The value
 * of a secret-looking key is masked: a refused `webhook_secret: …` must not be printed back.
 */
export function codeFrame(text: string, line: number, col: number): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? ">" : " ";
    out.push(`${marker} ${String(n).padStart(width)} | ${maskSecretYamlLine(lines[n - 1] ?? "")}`);
    if (n === line) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, col - 1))}^`);
  }
  return out.join("\n");
}

/** 1-based line and column of a character offset in `text`. */
export function lineColOf(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}

/** Diagnostics with a source excerpt under each located one (files read relative to `cwd`). */
export function framed(diagnostics: readonly Diagnostic[], cwd: string): Diagnostic[] {
  return withCodeFrames(
    diagnostics,
    (file) => {
      try {
        return readFileSync(isAbsolute(file) ? file : join(cwd, file), "utf8");
      } catch {
        return undefined;
      }
    },
    codeFrame,
  );
}
