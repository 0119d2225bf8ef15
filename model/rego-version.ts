/**
 * Which Rego dialect a policy body is written in, from its syntax alone (no OPA on the machine):
 * Spacelift runs a policy with the engine its `engine_type` names, and a body parsed by the other
 * engine fails to load, so a v1 body must never silently get `REGO_V0` (the provider default).
 *
 * The analysis tokenizes the body (comments, strings and raw strings are skipped, so keywords in
 * them do not count) and looks for what only one parser accepts:
 *  - v1 only: `import rego.v1` (v0 then requires v1 syntax as well), or the keywords `if`,
 *    `contains`, `in`, `every` without the `future.keywords` import that enables them in v0;
 *  - v0 only: a rule body `{` that follows a rule head without `if` (`allow { … }`,
 *    `deny[msg] { … }`, `else = x { … }`): OPA 1.0 requires `if` before every rule body.
 * A body with neither is valid under both engines and keeps Cloud Posse's default, `REGO_V0`.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import { modelDiagnostic, type FindingSite } from "./errors";

/** A Rego engine as Spacelift names it. */
export type RegoEngine = "REGO_V0" | "REGO_V1";

/** A piece of syntax only one engine accepts, with its 1-based line. */
export interface RegoEvidence {
  readonly engine: RegoEngine;
  readonly line: number;
  readonly what: string;
}

/** What the analysis found. */
export interface RegoAnalysis {
  /** The engine the body needs; undefined when both accept it. */
  readonly requires?: RegoEngine;
  /** Evidence for each engine (first occurrence of each kind). */
  readonly evidence: readonly RegoEvidence[];
  /** True when the body has syntax of both engines: neither parser accepts it. */
  readonly mixed: boolean;
}

interface Token {
  readonly text: string;
  readonly line: number;
}

const FUTURE_KEYWORDS = ["if", "contains", "in", "every"] as const;

/** Tokens that put a following `{` in value position (an object, set or comprehension). */
const VALUE_CONTEXT = new Set([
  ":=",
  "=",
  "==",
  "!=",
  ",",
  "(",
  "[",
  "{",
  ":",
  "|",
  "+",
  "-",
  "*",
  "/",
  "&",
  "<",
  ">",
  "<=",
  ">=",
  "if",
  "in",
  "contains",
  "every",
  "with",
  "as",
  "not",
  "some",
  ";",
]);

/** Splits Rego source into tokens: identifiers, numbers, operators and punctuation. */
export function tokenizeRego(src: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === "\n") {
      line++;
      i++;
    } else if (ch === "#") {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (ch === '"') {
      const start = line;
      i++;
      while (i < src.length && src[i] !== '"' && src[i] !== "\n") i += src[i] === "\\" ? 2 : 1;
      i++;
      tokens.push({ text: '""', line: start });
    } else if (ch === "`") {
      const start = line;
      i++;
      while (i < src.length && src[i] !== "`") {
        if (src[i] === "\n") line++;
        i++;
      }
      i++;
      tokens.push({ text: '""', line: start });
    } else if (/\s/.test(ch)) {
      i++;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      tokens.push({ text: m, line });
      i += m.length;
    } else if (/[0-9]/.test(ch)) {
      const m = /^[0-9][0-9.eE+-]*/.exec(src.slice(i))![0];
      tokens.push({ text: "0", line });
      i += m.length;
    } else {
      const two = src.slice(i, i + 2);
      const op = [":=", "==", "!=", "<=", ">="].includes(two) ? two : ch;
      tokens.push({ text: op, line });
      i += op.length;
    }
  }
  return tokens;
}

/** Analyses a Rego module (see the module comment). */
export function analyseRego(src: string): RegoAnalysis {
  const tokens = tokenizeRego(src);
  const evidence: RegoEvidence[] = [];
  const add = (e: RegoEvidence): void => {
    if (!evidence.some((x) => x.engine === e.engine && x.what === e.what)) evidence.push(e);
  };
  const imported = importedKeywords(tokens, add);
  let depth = 0;
  let everyBodyPending = false; // `every x in xs { … }` opens its own body
  for (const [i, t] of tokens.entries()) {
    if (t.text === "every") everyBodyPending = true;
    if ((FUTURE_KEYWORDS as readonly string[]).includes(t.text) && !imported.has(t.text)) {
      const prev = tokens[i - 1]?.text;
      // `x.contains` is a ref and `contains(s, "x")` the built-in function (in both dialects).
      if (prev !== "." && tokens[i + 1]?.text !== "(")
        add({ engine: "REGO_V1", line: t.line, what: `the keyword '${t.text}'` });
    }
    if (t.text === "{") {
      const prev = tokens[i - 1];
      if (everyBodyPending) everyBodyPending = false;
      else if (depth === 0 && prev && !VALUE_CONTEXT.has(prev.text) && prev.text !== "}") {
        add({ engine: "REGO_V0", line: t.line, what: "a rule body without 'if'" });
      }
      depth++;
    } else if (t.text === "[" || t.text === "(") {
      depth++;
    } else if (t.text === "}" || t.text === "]" || t.text === ")") {
      depth = Math.max(0, depth - 1);
    }
  }
  const v0 = evidence.some((e) => e.engine === "REGO_V0");
  const v1 = evidence.some((e) => e.engine === "REGO_V1");
  return {
    ...(v0 !== v1 ? { requires: v1 ? ("REGO_V1" as const) : ("REGO_V0" as const) } : {}),
    evidence: evidence.sort((a, b) => a.line - b.line),
    mixed: v0 && v1,
  };
}

/** The future keywords a module imports; records `import rego.v1` as v1 evidence. */
function importedKeywords(tokens: readonly Token[], add: (e: RegoEvidence) => void): Set<string> {
  const imported = new Set<string>();
  for (const [i, t] of tokens.entries()) {
    if (t.text !== "import") continue;
    const path: string[] = [];
    for (let j = i + 1; j < tokens.length && tokens[j]!.line === t.line; j++) {
      const text = tokens[j]!.text;
      if (text !== ".") path.push(text);
      if (text === "as") break;
    }
    const name = path.join(".");
    if (name === "rego.v1") add({ engine: "REGO_V1", line: t.line, what: "'import rego.v1'" });
    if (name === "future.keywords") FUTURE_KEYWORDS.forEach((k) => imported.add(k));
    const m = /^future\.keywords\.(\w+)$/.exec(name);
    if (m) imported.add(m[1]!);
  }
  return imported;
}

/** The engine a body runs on: the explicit one, else the one its syntax needs, else `REGO_V0`. */
export function regoEngineOf(src: string, declared: RegoEngine | undefined): RegoEngine {
  return declared ?? analyseRego(src).requires ?? "REGO_V0";
}

/**
 * The engine of a policy body, with the checks OPA would make at load time: an explicit
 * `engine_type` the body's syntax contradicts, or a body mixing both dialects, is an error.
 */
export function policyEngine(
  src: string,
  declared: RegoEngine | undefined,
  site: FindingSite,
  out: Diagnostic[],
): RegoEngine {
  const analysis = analyseRego(src);
  const cite = (engine: RegoEngine): string =>
    analysis.evidence
      .filter((e) => e.engine === engine)
      .map((e) => `${e.what} (line ${e.line})`)
      .join(", ");
  if (analysis.mixed) {
    out.push(
      modelDiagnostic(
        "error",
        "REGO_ENGINE_MISMATCH",
        site,
        `the policy body mixes Rego v1 syntax (${cite("REGO_V1")}) with Rego v0 syntax (${cite("REGO_V0")}): neither engine can load it`,
        "Write the body in Rego v1 (`if` before every rule body, `contains` for multi-value rules) and set engine_type: REGO_V1.",
      ),
    );
  } else if (declared !== undefined && analysis.requires !== undefined && analysis.requires !== declared) {
    out.push(
      modelDiagnostic(
        "error",
        "REGO_ENGINE_MISMATCH",
        { ...site, path: [...site.path, "engine_type"] },
        `engine_type is ${declared}, but the policy body is written in ${analysis.requires === "REGO_V1" ? "Rego v1" : "Rego v0"} (${cite(analysis.requires)}): Spacelift's ${declared} engine would reject it`,
        `Set engine_type: ${analysis.requires}, or remove engine_type (it is detected from the body).`,
      ),
    );
  }
  return declared ?? analysis.requires ?? "REGO_V0";
}
