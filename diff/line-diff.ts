/**
 * A line diff by longest common subsequence (no dependency), and unified hunks over it. Common
 * leading and trailing lines are trimmed before the quadratic part, so a one-line change in a long
 * policy costs almost nothing.
 */
import type { DiffLine } from "./types";

/** Above this many cells the middle part is shown as removed-then-added instead of aligned. */
const MAX_CELLS = 4_000_000;

/** Every line of `before` and `after`, marked kept, removed or added, in order. */
export function lineDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endA = before.length;
  let endB = after.length;
  while (endA > start && endB > start && before[endA - 1] === after[endB - 1]) {
    endA--;
    endB--;
  }
  const head = before.slice(0, start).map((text): DiffLine => ({ op: " ", text }));
  const tail = before.slice(endA).map((text): DiffLine => ({ op: " ", text }));
  return [...head, ...middle(before.slice(start, endA), after.slice(start, endB)), ...tail];
}

function middle(a: readonly string[], b: readonly string[]): DiffLine[] {
  if (a.length * b.length > MAX_CELLS) {
    return [
      ...a.map((text): DiffLine => ({ op: "-", text })),
      ...b.map((text): DiffLine => ({ op: "+", text })),
    ];
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..], one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: " ", text: a[i++]! });
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ op: "-", text: a[i++]! });
    } else {
      out.push({ op: "+", text: b[j++]! });
    }
  }
  while (i < a.length) out.push({ op: "-", text: a[i++]! });
  while (j < b.length) out.push({ op: "+", text: b[j++]! });
  return out;
}

/** The lines of a text, without a trailing empty line for a final newline. */
export function linesOf(text: string): string[] {
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * A unified diff of two texts: hunks with `context` unchanged lines around each change, each
 * headed by an `@@ -a,b +c,d @@` line. Empty when the texts are equal.
 */
export function unifiedDiff(before: string, after: string, context = 3): DiffLine[] {
  const lines = lineDiff(linesOf(before), linesOf(after));
  const changed = lines.map((l, k) => (l.op === " " ? -1 : k)).filter((k) => k >= 0);
  if (changed.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const k of changed) {
    const from = Math.max(0, k - context);
    const to = Math.min(lines.length, k + context + 1);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  // Line numbers on each side at every position of `lines`.
  const posA: number[] = [];
  const posB: number[] = [];
  let a = 1;
  let b = 1;
  for (const l of lines) {
    posA.push(a);
    posB.push(b);
    if (l.op !== "+") a++;
    if (l.op !== "-") b++;
  }
  const out: DiffLine[] = [];
  for (const [from, to] of ranges) {
    const slice = lines.slice(from, to);
    const countA = slice.filter((l) => l.op !== "+").length;
    const countB = slice.filter((l) => l.op !== "-").length;
    const startA = countA === 0 ? posA[from]! - 1 : posA[from]!;
    const startB = countB === 0 ? posB[from]! - 1 : posB[from]!;
    out.push({ op: "@", text: `@@ -${startA},${countA} +${startB},${countB} @@` });
    out.push(...slice);
  }
  return out;
}
