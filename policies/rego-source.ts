/**
 * Lexical helpers for Rego source text. Rego has no parser in Node, so checks that must not be
 * fooled by strings or comments run on a masked copy of the source.
 */

/**
 * Returns `source` with the contents of every comment and string literal replaced by spaces.
 * Quotes, newlines and every other character stay where they were, so offsets, line numbers and
 * columns in the masked text are those of the original.
 */
export function maskRegoSource(source: string): string {
  const out: string[] = [];
  let i = 0;
  const blank = (ch: string): string => (ch === "\n" ? "\n" : " ");
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === "#") {
      while (i < source.length && source[i] !== "\n") {
        out.push(" ");
        i++;
      }
    } else if (ch === '"') {
      out.push('"');
      i++;
      while (i < source.length && source[i] !== '"' && source[i] !== "\n") {
        // An escape hides the character after the backslash, quotes included.
        if (source[i] === "\\" && i + 1 < source.length) {
          out.push(" ");
          i++;
        }
        out.push(blank(source[i]!));
        i++;
      }
      if (i < source.length && source[i] === '"') {
        out.push('"');
        i++;
      }
    } else if (ch === "`") {
      out.push("`");
      i++;
      while (i < source.length && source[i] !== "`") {
        out.push(blank(source[i]!));
        i++;
      }
      if (i < source.length) {
        out.push("`");
        i++;
      }
    } else {
      out.push(ch);
      i++;
    }
  }
  return out.join("");
}

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const col = offset - before.lastIndexOf("\n");
  return { line, col };
}
