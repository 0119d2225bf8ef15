/** Sprig v3 string functions (strings.go, goutils, xstrings). */
import { randomInt } from "node:crypto";
import type { FunctionEnv, FunctionLibrary, GoValue } from "../contract";
import { arity, fixed, goSprint, int, isList, str, strval } from "./go-values";
import {
  abbreviate,
  abbreviateFull,
  initials,
  pascalCase,
  splitWords,
  swapCase,
  wrapCustom,
} from "./text-utils";

/** Go's `unicode.IsSpace`. */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu;

export function nondeterministic(env: FunctionEnv, fn: string): void {
  env.warn?.(
    "NONDETERMINISTIC_TEMPLATE",
    `'${fn}' returns a different value on every run: the output is not reproducible`,
  );
}

/**
 * Go's `strings.Title`: upper-cases a letter after a separator. Separators are ASCII characters
 * other than letters, digits and `_` (so `it's` → `It'S`, as Go does), and Unicode spaces.
 */
export function goTitle(s: string): string {
  const isSeparator = (ch: string): boolean => {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) return !/[A-Za-z0-9_]/.test(ch);
    return /\s/u.test(ch);
  };
  let prev = " ";
  let out = "";
  for (const ch of s) {
    out += isSeparator(prev) ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

/** Go's `strings.Trim(s, cutset)`. */
export function trimCutset(s: string, cutset: string): string {
  const set = new Set(cutset);
  const chars = [...s];
  let a = 0;
  let b = chars.length;
  while (a < b && set.has(chars[a] ?? "")) a++;
  while (b > a && set.has(chars[b - 1] ?? "")) b--;
  return chars.slice(a, b).join("");
}

/** Go's `%q` of a string. */
export function goQuote(s: string): string {
  return `"${[...s]
    .map((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      if (ch === '"' || ch === "\\") return `\\${ch}`;
      if (ch === "\n") return "\\n";
      if (ch === "\t") return "\\t";
      if (ch === "\r") return "\\r";
      if (c === 7) return "\\a";
      if (c === 8) return "\\b";
      if (c === 12) return "\\f";
      if (c === 11) return "\\v";
      if (c < 0x20 || c === 0x7f) return `\\x${c.toString(16).padStart(2, "0")}`;
      return ch;
    })
    .join("")}"`;
}

/** Sprig's `strslice`: a list's non-nil elements as strings, a scalar as a one-element list. */
export function strslice(v: GoValue): string[] {
  if (isList(v)) return v.filter((x) => x !== null && x !== undefined).map(strval);
  if (v === null || v === undefined) return [];
  return [strval(v)];
}

function randomString(alphabet: string, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += alphabet[randomInt(alphabet.length)] ?? "";
  return out;
}

const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

function rand(name: string, alphabet: string): FunctionLibrary[string] {
  return fixed(name, 1, (args, env) => {
    nondeterministic(env, name);
    return randomString(alphabet, Math.max(0, int(args[0])));
  });
}

const s1 = (name: string, f: (s: string) => string): FunctionLibrary[string] =>
  fixed(name, 1, (args) => f(str(args[0])));

/** `trimPrefix`/`trimSuffix`-style (arg, s) string functions. */
const s2 = <T extends GoValue>(name: string, f: (a: string, s: string) => T): FunctionLibrary[string] =>
  fixed(name, 2, (args) => f(str(args[0]), str(args[1])));

function indent(spaces: number, v: string): string {
  const pad = " ".repeat(Math.max(0, spaces));
  return pad + v.split("\n").join(`\n${pad}`);
}

function splitToMap(parts: readonly string[]): Record<string, GoValue> {
  const out: Record<string, GoValue> = {};
  parts.forEach((p, i) => (out[`_${i}`] = p));
  return out;
}

/** Go's `strings.SplitN`. */
export function splitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  const all = sep === "" ? [...s] : s.split(sep);
  if (n < 0 || all.length <= n) return all;
  return [...all.slice(0, n - 1), all.slice(n - 1).join(sep)];
}

/** Go's `strings.Split` (an empty separator splits into UTF-8 sequences). */
export function goSplit(s: string, sep: string): string[] {
  return sep === "" ? [...s] : s.split(sep);
}

export const STRING_FUNCTIONS: FunctionLibrary = {
  trim: s1("trim", (s) => s.replace(new RegExp(`^${GO_SPACE.source}+|${GO_SPACE.source}+$`, "gu"), "")),
  trimAll: s2("trimAll", (cut, s) => trimCutset(s, cut)),
  trimall: s2("trimall", (cut, s) => trimCutset(s, cut)),
  trimPrefix: s2("trimPrefix", (p, s) => (p !== "" && s.startsWith(p) ? s.slice(p.length) : s)),
  trimSuffix: s2("trimSuffix", (p, s) => (p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s)),
  upper: s1("upper", (s) => s.toUpperCase()),
  lower: s1("lower", (s) => s.toLowerCase()),
  title: s1("title", goTitle),
  // goutils.Uncapitalize: lower-cases the first letter of each space-separated word.
  untitle: s1("untitle", (s) => s.replace(/(^|\s)(\S)/gu, (_m, a: string, b: string) => a + b.toLowerCase())),
  substr: fixed("substr", 3, (args) => {
    const [start, end, s] = [int(args[0]), int(args[1]), Buffer.from(str(args[2]))];
    const slice = (a: number, b: number): string => {
      if (a < 0 || b > s.length || a > b)
        throw new Error(`runtime error: slice bounds out of range [${a}:${b}]`);
      return s.subarray(a, b).toString();
    };
    if (start < 0) return slice(0, end);
    if (end < 0 || end > s.length) return slice(start, s.length);
    return slice(start, end);
  }),
  repeat: fixed("repeat", 2, (args) => {
    const count = int(args[0]);
    if (count < 0) throw new Error("strings: negative Repeat count");
    return str(args[1]).repeat(count);
  }),
  nospace: s1("nospace", (s) => s.replace(GO_SPACE, "")),
  trunc: fixed("trunc", 2, (args) => {
    const [c, s] = [int(args[0]), str(args[1])];
    const b = Buffer.from(s);
    if (c < 0 && b.length + c > 0) return b.subarray(b.length + c).toString();
    if (c >= 0 && b.length > c) return b.subarray(0, c).toString();
    return s;
  }),
  abbrev: fixed("abbrev", 2, (args) => {
    const [w, s] = [int(args[0]), str(args[1])];
    return w < 4 ? s : abbreviate(s, w);
  }),
  abbrevboth: fixed("abbrevboth", 3, (args) => {
    const [left, right, s] = [int(args[0]), int(args[1]), str(args[2])];
    return right < 4 || (left > 0 && right < 7) ? s : abbreviateFull(s, left, right);
  }),
  initials: s1("initials", initials),
  randAlphaNum: rand("randAlphaNum", ALPHA + DIGITS),
  randAlpha: rand("randAlpha", ALPHA),
  randAscii: rand("randAscii", ASCII),
  randNumeric: rand("randNumeric", DIGITS),
  swapcase: s1("swapcase", swapCase),
  shuffle: fixed("shuffle", 1, (args, env) => {
    nondeterministic(env, "shuffle");
    const chars = [...str(args[0])];
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j] ?? "", chars[i] ?? ""];
    }
    return chars.join("");
  }),
  snakecase: s1("snakecase", (s) => splitWords(s).join("_")),
  camelcase: s1("camelcase", pascalCase),
  kebabcase: s1("kebabcase", (s) => splitWords(s).join("-")),
  wrap: fixed("wrap", 2, (args) => wrapCustom(str(args[1]), int(args[0]), "\n", false)),
  wrapWith: fixed("wrapWith", 3, (args) => wrapCustom(str(args[2]), int(args[0]), str(args[1]), true)),
  contains: s2("contains", (sub, s) => s.includes(sub)),
  hasPrefix: s2("hasPrefix", (p, s) => s.startsWith(p)),
  hasSuffix: s2("hasSuffix", (p, s) => s.endsWith(p)),
  quote: (args) =>
    args
      .filter((a) => a !== null && a !== undefined)
      .map((a) => goQuote(strval(a)))
      .join(" "),
  squote: (args) =>
    args
      .filter((a) => a !== null && a !== undefined)
      .map((a) => `'${goSprint(a)}'`)
      .join(" "),
  cat: (args) =>
    args
      .filter((a) => a !== null && a !== undefined)
      .map(goSprint)
      .join(" "),
  indent: fixed("indent", 2, (args) => indent(int(args[0]), str(args[1]))),
  nindent: fixed("nindent", 2, (args) => `\n${indent(int(args[0]), str(args[1]))}`),
  replace: fixed("replace", 3, (args) => {
    const [oldS, newS, src] = [str(args[0]), str(args[1]), str(args[2])];
    // Go's strings.Replace with an empty old string inserts `new` around every rune.
    if (oldS === "") return [...src].reduce((acc, ch) => acc + ch + newS, newS);
    return src.split(oldS).join(newS);
  }),
  plural: fixed("plural", 3, (args) => (int(args[2]) === 1 ? str(args[0]) : str(args[1]))),
  toString: fixed("toString", 1, (args) => strval(args[0])),
  splitList: s2("splitList", (sep, s) => goSplit(s, sep)),
  split: s2("split", (sep, s) => splitToMap(goSplit(s, sep))),
  splitn: fixed("splitn", 3, (args) => splitToMap(splitN(str(args[2]), str(args[0]), int(args[1])))),
  toStrings: fixed("toStrings", 1, (args) => strslice(args[0])),
  join: fixed("join", 2, (args) => strslice(args[1]).join(str(args[0]))),
  sortAlpha: fixed("sortAlpha", 1, (args) => {
    const v = args[0];
    // Sprig: a non-list is returned as a one-element list of its text.
    if (!isList(v)) return [strval(v)];
    return strslice(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }),
  hello: (args) => (arity("hello", args, 0), "Hello!"),
};
