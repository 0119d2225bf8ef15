/**
 * Finds the references (`aws_s3_bucket.state.arn`, `var.x`, `each.value`, …) and function calls in
 * tokenized expressions. Names bound by `for` expressions and `%{ for }` directives are in scope for
 * their body and are not reported; literal strings are never references, but interpolations inside
 * quoted strings are.
 */
import type { TemplatePiece, Token } from "./lexer";

/** One step after the root name of a reference. `key` is undefined for a computed index. */
export type TraversalStep =
  | { readonly kind: "attr"; readonly name: string }
  | { readonly kind: "index"; readonly key: string | number | undefined }
  | { readonly kind: "splat" };

/** A reference found in an expression. */
export interface Reference {
  readonly root: string;
  readonly steps: readonly TraversalStep[];
  /** The reference as written, e.g. `aws_s3_bucket.state[0].arn`. */
  readonly text: string;
}

/** A function call found in an expression; `provider` is set for `provider::<name>::<fn>` calls. */
export interface FunctionCall {
  readonly name: string;
  readonly provider?: string;
}

/** Everything an expression refers to. */
export interface ExpressionFacts {
  readonly references: Reference[];
  readonly functions: FunctionCall[];
}

const LITERAL_KEYWORDS = new Set(["true", "false", "null"]);

interface Frame {
  readonly open: string;
  readonly bound: ReadonlySet<string>;
  readonly isFor: boolean;
  /** An object constructor `{ k = v }`: an identifier at the start of an item is a key. */
  readonly objectConstructor: boolean;
  itemStart: boolean;
}

const isPunct = (t: Token | undefined, text: string): boolean => t?.kind === "punct" && t.text === text;

/** Collects references and calls from template pieces (`%{ for }` binds names for the rest). */
export function factsOfPieces(src: string, pieces: readonly TemplatePiece[]): ExpressionFacts {
  const facts: ExpressionFacts = { references: [], functions: [] };
  const bound = new Set<string>();
  for (const piece of pieces) {
    let tokens = piece.tokens;
    if (piece.kind === "directive" && tokens[0]?.kind === "ident" && tokens[0].text === "for") {
      const inAt = tokens.findIndex((t) => t.kind === "ident" && t.text === "in");
      for (const t of tokens.slice(1, inAt === -1 ? tokens.length : inAt)) {
        if (t.kind === "ident") bound.add(t.text);
      }
      tokens = inAt === -1 ? [] : tokens.slice(inAt + 1);
    } else if (piece.kind === "directive" && tokens[0]?.kind === "ident" && tokens[0].text === "if") {
      tokens = tokens.slice(1);
    } else if (piece.kind === "directive") {
      continue; // else, endif, endfor
    }
    walk(src, tokens, bound, facts);
  }
  return facts;
}

/** Collects references and calls from one expression's tokens. */
export function factsOfTokens(src: string, tokens: readonly Token[]): ExpressionFacts {
  const facts: ExpressionFacts = { references: [], functions: [] };
  walk(src, tokens, new Set(), facts);
  return facts;
}

function walk(
  src: string,
  tokens: readonly Token[],
  outer: ReadonlySet<string>,
  facts: ExpressionFacts,
): void {
  const frames: Frame[] = [];
  const isBound = (name: string): boolean => outer.has(name) || frames.some((f) => f.bound.has(name));
  const scope = (): Set<string> => new Set([...outer, ...frames.flatMap((f) => [...f.bound])]);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const top = frames[frames.length - 1];
    if (t.nl === true && top?.objectConstructor) top.itemStart = true;
    if (t.kind === "string") {
      if (t.pieces) for (const p of t.pieces) walk(src, p.tokens, scope(), facts);
      if (top?.objectConstructor) top.itemStart = false;
      i++;
      continue;
    }
    if (t.kind === "punct") {
      i = punctuation(tokens, i, frames);
      continue;
    }
    if (t.kind === "number") {
      if (top?.objectConstructor) top.itemStart = false;
      i++;
      continue;
    }
    // An identifier.
    const next = tokens[i + 1];
    if (top?.objectConstructor && top.itemStart && (isPunct(next, "=") || isPunct(next, ":"))) {
      top.itemStart = false;
      i++;
      continue;
    }
    if (top?.objectConstructor) top.itemStart = false;
    if (LITERAL_KEYWORDS.has(t.text) || (top?.isFor && (t.text === "if" || t.text === "in"))) {
      i++;
      continue;
    }
    if (isPunct(next, "::")) {
      const parts = [t.text];
      let j = i + 1;
      while (isPunct(tokens[j], "::") && tokens[j + 1]?.kind === "ident") {
        parts.push(tokens[j + 1]!.text);
        j += 2;
      }
      if (parts[0] === "provider" && parts.length === 3) {
        facts.functions.push({ provider: parts[1]!, name: parts[2]! });
      } else {
        facts.functions.push({ name: parts.join("::") });
      }
      i = j;
      continue;
    }
    if (isPunct(next, "(")) {
      facts.functions.push({ name: t.text });
      i++;
      continue;
    }
    const [steps, end] = traversal(src, tokens, i + 1, scope(), facts);
    if (!isBound(t.text)) {
      facts.references.push({ root: t.text, steps, text: src.slice(t.start, tokens[end - 1]!.end) });
    }
    i = end;
  }
}

/** Handles brackets, `for` introductions and separators; returns the next index. */
function punctuation(tokens: readonly Token[], i: number, frames: Frame[]): number {
  const t = tokens[i]!;
  const top = frames[frames.length - 1];
  switch (t.text) {
    case "[":
    case "{": {
      const next = tokens[i + 1];
      if (next?.kind === "ident" && next.text === "for") {
        const bound = new Set<string>();
        let j = i + 2;
        while (j < tokens.length && !(tokens[j]!.kind === "ident" && tokens[j]!.text === "in")) {
          if (tokens[j]!.kind === "ident") bound.add(tokens[j]!.text);
          j++;
        }
        frames.push({ open: t.text, bound, isFor: true, objectConstructor: false, itemStart: false });
        return j + 1;
      }
      frames.push({
        open: t.text,
        bound: new Set(),
        isFor: false,
        objectConstructor: t.text === "{",
        itemStart: true,
      });
      return i + 1;
    }
    case "(":
      frames.push({ open: "(", bound: new Set(), isFor: false, objectConstructor: false, itemStart: false });
      return i + 1;
    case "]":
    case "}":
    case ")":
      frames.pop();
      if (frames[frames.length - 1]?.objectConstructor) frames[frames.length - 1]!.itemStart = false;
      return i + 1;
    case ",":
      if (top?.objectConstructor) top.itemStart = true;
      return i + 1;
    case ".":
      // An attribute access on a call result or a parenthesized expression: not a reference root.
      return tokens[i + 1]?.kind === "ident" ||
        tokens[i + 1]?.kind === "number" ||
        isPunct(tokens[i + 1], "*")
        ? i + 2
        : i + 1;
    default:
      if (top?.objectConstructor && t.text !== "=" && t.text !== ":") top.itemStart = false;
      return i + 1;
  }
}

/** Reads `.name`, `.0`, `.*`, `[…]` steps from `start`; returns the steps and the index after them. */
function traversal(
  src: string,
  tokens: readonly Token[],
  start: number,
  bound: ReadonlySet<string>,
  facts: ExpressionFacts,
): [TraversalStep[], number] {
  const steps: TraversalStep[] = [];
  let j = start;
  for (;;) {
    const t = tokens[j];
    if (isPunct(t, ".")) {
      const n = tokens[j + 1];
      if (n?.kind === "ident") steps.push({ kind: "attr", name: n.text });
      else if (n?.kind === "number") steps.push({ kind: "index", key: Number(n.text) });
      else if (isPunct(n, "*")) steps.push({ kind: "splat" });
      else return [steps, j];
      j += 2;
    } else if (isPunct(t, "[")) {
      const close = matchingBracket(tokens, j);
      const inner = tokens.slice(j + 1, close);
      steps.push(indexStep(inner));
      if (inner.length > 0 && steps[steps.length - 1]!.kind === "index") {
        const step = steps[steps.length - 1] as { key: unknown };
        if (step.key === undefined) walk(src, inner, bound, facts);
      }
      j = close + 1;
    } else {
      return [steps, j];
    }
  }
}

function indexStep(inner: readonly Token[]): TraversalStep {
  if (inner.length === 1) {
    const only = inner[0]!;
    if (isPunct(only, "*")) return { kind: "splat" };
    if (only.kind === "number") return { kind: "index", key: Number(only.text) };
    if (only.kind === "string" && (only.pieces ?? []).length === 0) {
      return { kind: "index", key: unquote(only.text) };
    }
  }
  return { kind: "index", key: undefined };
}

function unquote(text: string): string {
  try {
    return JSON.parse(text) as string;
  } catch {
    return text.slice(1, -1);
  }
}

function matchingBracket(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let j = open; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== "punct") continue;
    if (t.text === "[" || t.text === "(" || t.text === "{") depth++;
    if (t.text === "]" || t.text === ")" || t.text === "}") {
      depth--;
      if (depth === 0) return j;
    }
  }
  return tokens.length;
}
