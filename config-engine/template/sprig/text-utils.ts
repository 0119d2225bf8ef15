/** Text helpers Sprig takes from Masterminds/goutils and huandu/xstrings. */

/** goutils `AbbreviateFull(str, offset, maxWidth)` (callers ensure maxWidth ≥ 4). */
export function abbreviateFull(s: string, offset: number, maxWidth: number): string {
  if (s === "" || s.length <= maxWidth) return s;
  if (offset > s.length) offset = s.length;
  if (s.length - offset < maxWidth - 3) offset = s.length - (maxWidth - 3);
  if (offset <= 4) return `${s.slice(0, maxWidth - 3)}...`;
  if (offset + maxWidth - 3 < s.length) return `...${abbreviate(s.slice(offset), maxWidth - 3)}`;
  return `...${s.slice(s.length - (maxWidth - 3))}`;
}

/** goutils `Abbreviate(str, maxWidth)`. */
export function abbreviate(s: string, maxWidth: number): string {
  return abbreviateFull(s, 0, maxWidth);
}

/** goutils `Initials`: the first character of each whitespace-separated word. */
export function initials(s: string): string {
  let out = "";
  let gap = true;
  for (const ch of s) {
    if (/\s/u.test(ch)) gap = true;
    else if (gap) {
      out += ch;
      gap = false;
    }
  }
  return out;
}

/** goutils `SwapCase`: upper ↔ lower (a lower letter after a space becomes title case). */
export function swapCase(s: string): string {
  let out = "";
  for (const ch of s) {
    const up = ch.toUpperCase();
    const low = ch.toLowerCase();
    out += ch === up && ch !== low ? low : ch === low && ch !== up ? up : ch;
  }
  return out;
}

/** goutils `WrapCustom(str, wrapLength, newLine, wrapLongWords)`. */
export function wrapCustom(s: string, wrapLength: number, newLine: string, wrapLongWords: boolean): string {
  if (wrapLength < 1) wrapLength = 1;
  if (newLine === "") newLine = "\n";
  let out = "";
  let offset = 0;
  while (s.length - offset > wrapLength) {
    if (s[offset] === " ") {
      offset++;
      continue;
    }
    const spaceAt = s.slice(offset, wrapLength + offset + 1).lastIndexOf(" ") + offset;
    if (spaceAt >= offset) {
      out += s.slice(offset, spaceAt) + newLine;
      offset = spaceAt + 1;
    } else if (wrapLongWords) {
      out += s.slice(offset, offset + wrapLength) + newLine;
      offset += wrapLength;
    } else {
      const index = s.slice(offset + wrapLength).indexOf(" ");
      if (index === -1) {
        out += s.slice(offset);
        offset = s.length;
      } else {
        const at = index + offset + wrapLength;
        out += s.slice(offset, at) + newLine;
        offset = at + 1;
      }
    }
  }
  return out + s.slice(offset);
}

/**
 * xstrings `ToPascalCase` on snake_case input: leading underscores kept, `_x` → `X`, a doubled
 * underscore keeps one (`_complex__case_` → `_Complex_Case_`).
 */
export function pascalCase(s: string): string {
  const chars = [...s];
  let out = "";
  let i = 0;
  while (i < chars.length && chars[i] === "_") out += chars[i++];
  if (i >= chars.length) return out;
  let r0 = (chars[i++] ?? "").toUpperCase();
  while (i < chars.length) {
    const r1 = r0;
    r0 = chars[i++] ?? "";
    if (r1 === "_" && r0 === "_") {
      out += r1;
      continue;
    }
    if (r1 === "_") r0 = r0.toUpperCase();
    else out += r1;
  }
  return out + r0;
}

/**
 * Words of an identifier for xstrings `ToSnakeCase`/`ToKebabCase`, lower-cased: split at
 * separators (`_`, `-`, spaces, `.`), lower→upper changes, the end of an acronym (`HTTPServer` →
 * http, server) and between letters and a following number group (`http2xx` → http, 2xx).
 */
export function splitWords(s: string): string[] {
  const words: string[] = [];
  const re = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+\d*|\p{Lu}+\d*|\d+\p{Ll}*\d*/gu;
  for (const chunk of s.split(/[^\p{L}\p{N}]+/u)) {
    for (const m of chunk.matchAll(re)) words.push(m[0].toLowerCase());
  }
  return words;
}
