/**
 * The header comment block every catalogue policy starts with. It is the catalogue's metadata:
 * the policy's Spacelift name and type, what it decides, which input it reads and the labels the
 * policy is created with.
 *
 * ```rego
 * # Name: GIT_PUSH Proposed Run
 * # Type: GIT_PUSH
 * # Decides: Proposes a run when …
 * #   (a continuation line: '#' and at least two spaces)
 * # Input: GIT_PUSH input: pull_request.{action, diff}, …
 * # Labels: autoattach:pr-comment-triggered
 * # Notes: Why the policy behaves as it does.
 * package spacelift.git_push_proposed_run
 * ```
 *
 * Name, Type, Decides and Input are required; Labels (comma-separated) and Notes are optional.
 * A line holding only `#` separates fields.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import { policyErrors } from "./errors";

/** Keys a header may hold, in the order they are written. */
export const HEADER_FIELDS = ["Name", "Type", "Decides", "Input", "Labels", "Notes"] as const;

/** One header key. */
export type HeaderField = (typeof HEADER_FIELDS)[number];

const REQUIRED_FIELDS: readonly HeaderField[] = ["Name", "Type", "Decides", "Input"];

/** A header field's text (continuation lines joined with single spaces) and where it starts. */
export interface HeaderValue {
  readonly value: string;
  /** 1-based line of the `# Key:` line. */
  readonly line: number;
}

/** The parsed header and the package statement that follows it. */
export interface ParsedPolicySource {
  readonly fields: ReadonlyMap<HeaderField, HeaderValue>;
  /** The package path declared after the header, e.g. `spacelift.git_push_proposed_run`. */
  readonly packagePath?: string;
  /** 1-based line of the package statement. */
  readonly packageLine?: number;
  readonly diagnostics: readonly Diagnostic[];
}

const FIELD_LINE = /^# ([A-Z][A-Za-z]*): (\S.*)$/;
const CONTINUATION_LINE = /^# {2,}(\S.*)$/;
const PACKAGE_LINE = /^package\s+([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*$/;

function isHeaderField(key: string): key is HeaderField {
  return (HEADER_FIELDS as readonly string[]).includes(key);
}

/** Parses the header block and the package line of a catalogue policy's source. */
export function parsePolicySource(file: string, source: string): ParsedPolicySource {
  const lines = source.split("\n");
  const diagnostics: Diagnostic[] = [];
  const raw = new Map<HeaderField, { parts: string[]; line: number }>();
  let current: { parts: string[] } | undefined;
  let index = 0;

  for (; index < lines.length && lines[index]!.startsWith("#"); index++) {
    const text = lines[index]!.trimEnd();
    const line = index + 1;
    const field = FIELD_LINE.exec(text);
    const continuation = CONTINUATION_LINE.exec(text);
    if (text === "#") {
      current = undefined;
    } else if (field) {
      const key = field[1]!;
      if (!isHeaderField(key)) {
        diagnostics.push(
          policyErrors.headerInvalid({ file, line, col: 3 }, text, `has an unknown key '${key}'`),
        );
        current = undefined;
      } else if (raw.has(key)) {
        diagnostics.push(
          policyErrors.headerInvalid({ file, line, col: 3 }, text, `repeats the key '${key}'`),
        );
        current = undefined;
      } else {
        current = { parts: [field[2]!] };
        raw.set(key, { parts: current.parts, line });
      }
    } else if (continuation && current) {
      current.parts.push(continuation[1]!);
    } else {
      diagnostics.push(
        policyErrors.headerInvalid(
          { file, line, col: 1 },
          text,
          "is neither a '# Key: value' line nor a continuation",
        ),
      );
    }
  }

  for (const key of REQUIRED_FIELDS) {
    if (!raw.has(key)) diagnostics.push(policyErrors.missingField(file, key));
  }

  while (index < lines.length && lines[index]!.trim() === "") index++;
  const packageMatch = index < lines.length ? PACKAGE_LINE.exec(lines[index]!.trim()) : null;
  if (!packageMatch) {
    const line = Math.min(index + 1, lines.length);
    diagnostics.push(
      policyErrors.headerInvalid(
        { file, line, col: 1 },
        lines[index] ?? "",
        "should be the package statement",
      ),
    );
  }

  const fields = new Map<HeaderField, HeaderValue>();
  for (const [key, { parts, line }] of raw) fields.set(key, { value: parts.join(" "), line });
  return packageMatch
    ? { fields, packagePath: packageMatch[1]!, packageLine: index + 1, diagnostics }
    : { fields, diagnostics };
}
