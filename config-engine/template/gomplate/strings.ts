/** Gomplate v3 `strings` namespace and its top-level aliases. */
import type { FunctionLibrary, GoValue } from "../contract";
import { goQuote, goSplit, splitN, trimCutset } from "../sprig/strings";
import { abbreviate, abbreviateFull, wrapCustom } from "../sprig/text-utils";
import { arity, fixed, int, isList, str } from "../sprig/go-values";
import { toInt64, toStr } from "./conv";

/** gomplate's Indent: `width` copies of `indent` before each non-empty line. */
function indent(width: number, ind: string, s: string): string {
  if (width === 0) return s;
  const pad = width > 1 ? ind.repeat(width) : ind;
  let out = "";
  let bol = true;
  for (const c of s) {
    if (bol && c !== "\n") out += pad;
    out += c;
    bol = c === "\n";
  }
  return out;
}

/** x/text cases.Title: first letter of each word upper, the rest lower. */
function title(s: string): string {
  return s.replace(/[\p{L}\p{N}_'’]+/gu, (w) => (w[0] ?? "").toUpperCase() + w.slice(1).toLowerCase());
}

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** gomplate's casePrepare: trimmed, lower-cased except the first letter, separators as spaces. */
function casePrepare(input: string): string {
  const t = input.trim();
  if (t === "") return "";
  const lower = t.toLowerCase();
  const first = t[0] ?? "";
  return (first + lower.slice(1)).replace(NON_ALNUM, " ").trim();
}

/** gomplate's CamelCase: Title-cased, the first letter as given, non-alphanumerics removed. */
function camelCase(input: string): string {
  const t = input.trim();
  if (t === "") return "";
  return ((t[0] ?? "") + title(t).slice(1)).replace(NON_ALNUM, "");
}

/** gosimple/slug: ASCII-folded, lower case, runs of other characters as `-`. */
function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function shellQuote(s: string): string {
  return `'${s.split("'").join(`'"'"'`)}'`;
}

const s1 = (name: string, f: (s: string) => GoValue): FunctionLibrary[string] =>
  fixed(name, 1, (args) => f(toStr(args[0])));

/** (arg string, s interface{}) — the pipelinable order. */
const s2 = (name: string, f: (a: string, s: string) => GoValue): FunctionLibrary[string] =>
  fixed(name, 2, (args) => f(str(args[0]), toStr(args[1])));

export const STRINGS_FUNCTIONS: FunctionLibrary = {
  "strings.Abbrev": (args) => {
    arity("strings.Abbrev", args, 2, 3);
    const s = toStr(args[args.length - 1]);
    const maxWidth = toInt64(args[args.length - 2]);
    if (maxWidth < 4) throw new Error("minimum abbreviation width is 4");
    if (args.length === 3) return abbreviateFull(s, toInt64(args[0]), maxWidth);
    return abbreviate(s, maxWidth);
  },
  "strings.ReplaceAll": fixed("strings.ReplaceAll", 3, (args) =>
    toStr(args[2]).split(str(args[0])).join(str(args[1])),
  ),
  "strings.Contains": s2("strings.Contains", (sub, s) => s.includes(sub)),
  "strings.HasPrefix": s2("strings.HasPrefix", (p, s) => s.startsWith(p)),
  "strings.HasSuffix": s2("strings.HasSuffix", (p, s) => s.endsWith(p)),
  "strings.Repeat": fixed("strings.Repeat", 2, (args) => {
    const count = int(args[0]);
    if (count < 0) throw new Error(`negative count ${count}`);
    return toStr(args[1]).repeat(count);
  }),
  "strings.Sort": fixed("strings.Sort", 1, (args) => {
    if (!isList(args[0])) throw new Error("sort: input must be an array");
    return args[0].map(toStr).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }),
  "strings.Split": s2("strings.Split", (sep, s) => goSplit(s, sep)),
  "strings.SplitN": fixed("strings.SplitN", 3, (args) => splitN(toStr(args[2]), str(args[0]), int(args[1]))),
  "strings.Trim": s2("strings.Trim", (cut, s) => trimCutset(s, cut)),
  "strings.TrimPrefix": s2("strings.TrimPrefix", (p, s) => (s.startsWith(p) ? s.slice(p.length) : s)),
  "strings.TrimSuffix": s2("strings.TrimSuffix", (p, s) =>
    p !== "" && s.endsWith(p) ? s.slice(0, -p.length) : s,
  ),
  "strings.Title": s1("strings.Title", title),
  "strings.ToUpper": s1("strings.ToUpper", (s) => s.toUpperCase()),
  "strings.ToLower": s1("strings.ToLower", (s) => s.toLowerCase()),
  "strings.TrimSpace": s1("strings.TrimSpace", (s) => s.trim()),
  "strings.Trunc": fixed("strings.Trunc", 2, (args) => {
    const length = int(args[0]);
    const s = toStr(args[1]);
    if (length < 0) return s;
    return s.length <= length ? s : s.slice(0, length);
  }),
  "strings.Indent": (args) => {
    arity("strings.Indent", args, 1, 3);
    const s = toStr(args[args.length - 1]);
    if (args.length === 1) return indent(1, " ", s);
    if (args.length === 2) {
      const a = args[0];
      return typeof a === "number" ? indent(a, " ", s) : indent(1, toStr(a), s);
    }
    const width = toInt64(args[0]);
    if (width < 0) throw new Error("width must be > 0");
    return indent(width, toStr(args[1]), s);
  },
  "strings.Slug": s1("strings.Slug", slug),
  "strings.Quote": s1("strings.Quote", goQuote),
  "strings.ShellQuote": fixed("strings.ShellQuote", 1, (args) => {
    const v = args[0];
    return isList(v) ? v.map((x) => shellQuote(toStr(x))).join(" ") : shellQuote(toStr(v));
  }),
  "strings.Squote": s1("strings.Squote", (s) => `'${s.split("'").join("''")}'`),
  "strings.SnakeCase": s1("strings.SnakeCase", (s) => casePrepare(s).replace(/ /g, "_")),
  "strings.CamelCase": s1("strings.CamelCase", camelCase),
  "strings.KebabCase": s1("strings.KebabCase", (s) => casePrepare(s).replace(/ /g, "-")),
  "strings.WordWrap": (args) => {
    arity("strings.WordWrap", args, 1, 3);
    const s = toStr(args[args.length - 1]);
    let width = 80;
    let lbseq = "\n";
    if (args.length === 2) {
      if (typeof args[0] === "number") width = args[0];
      else lbseq = toStr(args[0]);
    } else if (args.length === 3) {
      width = toInt64(args[0]);
      lbseq = toStr(args[1]);
    }
    return wrapCustom(s, width, lbseq, false);
  },
  "strings.RuneCount": (args) => args.reduce<number>((n, a) => n + [...toStr(a)].length, 0),
};

const pick = (name: string): FunctionLibrary[string] => STRINGS_FUNCTIONS[name] ?? (() => null);

/** Go's `strings.X(s, arg)` order, kept by gomplate's legacy aliases. */
const legacy = (name: string, f: (s: string, a: string) => GoValue): FunctionLibrary[string] =>
  fixed(name, 2, (args) => f(str(args[0]), str(args[1])));

/** Gomplate's top-level aliases from `strings`. */
export const STRINGS_TOP_LEVEL: FunctionLibrary = {
  replaceAll: pick("strings.ReplaceAll"),
  title: pick("strings.Title"),
  toUpper: pick("strings.ToUpper"),
  toLower: pick("strings.ToLower"),
  trimSpace: pick("strings.TrimSpace"),
  indent: pick("strings.Indent"),
  quote: pick("strings.Quote"),
  shellQuote: pick("strings.ShellQuote"),
  squote: pick("strings.Squote"),
  contains: legacy("contains", (s, sub) => s.includes(sub)),
  hasPrefix: legacy("hasPrefix", (s, p) => s.startsWith(p)),
  hasSuffix: legacy("hasSuffix", (s, p) => s.endsWith(p)),
  split: legacy("split", (s, sep) => goSplit(s, sep)),
  splitN: fixed("splitN", 3, (args) => splitN(str(args[0]), str(args[1]), int(args[2]))),
  trim: legacy("trim", (s, cut) => trimCutset(s, cut)),
};
