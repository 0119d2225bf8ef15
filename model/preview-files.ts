/**
 * Parses one YAML file of the preview-environments tree with a zod schema. Syntax errors, unknown
 * keys and bad values all become diagnostics at the file:line:col of the offending key.
 */
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { codeFrame } from "../config-engine/code-frame";
import type { Diagnostic } from "../config-engine/diagnostics";
import { suggestion } from "./did-you-mean";
import { knownKeysAt } from "./parse-section";
import { show } from "./errors";
import { fileDiagnostic, keyPathText, PREVIEW_CODES, type PreviewYamlText } from "./preview-errors";

/** The outcome: a value when the file is valid, and the diagnostics either way. */
export interface ParsedPreviewFile<T> {
  readonly value: T | undefined;
  readonly diagnostics: Diagnostic[];
}

/** Parses `file` with `schema`. */
export function parsePreviewFile<S extends z.ZodType>(
  file: PreviewYamlText,
  schema: S,
): ParsedPreviewFile<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      value: undefined,
      diagnostics: doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return {
          code: PREVIEW_CODES.invalidYaml,
          severity: "error",
          message: `invalid YAML: ${e.message.split("\n")[0] ?? e.message}`,
          location: { file: file.display, line, col },
          codeFrame: codeFrame(file.text, line, col),
        };
      }),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  const result = schema.safeParse(data ?? {});
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        diagnostics.push(
          fileDiagnostic(
            file,
            PREVIEW_CODES.unknownKey,
            [...path, key],
            `unknown key '${key}'.${suggestion(key, known)}`,
            {
              hint: `Known keys: ${known.join(", ")}.`,
            },
          ),
        );
      }
      continue;
    }
    diagnostics.push(
      fileDiagnostic(file, PREVIEW_CODES.invalidValue, path, describe(path, issue, valueAt(data, path))),
    );
  }
  return { value: undefined, diagnostics };
}

function describe(path: readonly (string | number)[], issue: z.core.$ZodIssue, received: unknown): string {
  const subject = path.length > 0 ? `'${keyPathText(path)}'` : "the file";
  if (issue.code === "invalid_type" && received === undefined) return `${subject} is required`;
  return `${subject} ${issueText(issue)}, got ${show(received)}`;
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `must be ${article(issue.expected)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => show(v)).join(", ")}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " characters long" : ""}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  const noun = expected === "array" ? "list" : expected === "object" ? "map" : expected;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let cur = value;
  for (const p of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}
