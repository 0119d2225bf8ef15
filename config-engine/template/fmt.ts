/**
 * Go's `fmt.Sprintf` over GoValues: the verbs %v %+v %#v %s %q %d %x %X %o %O %b %e %E %f %F %g
 * %G %t %c %U %T, width/precision (also `*`), the flags `+ - # 0 space`, and Go's error forms
 * `%!verb(type=value)`, `%!verb(MISSING)`, `%!(EXTRA type=value)`, `%!(NOVERB)`.
 */
import { goNumber, goTypeName, type GoValue } from "./contract";
import { formatFloat } from "./fmt-number";
import { formatGoValue, kindOf, sortedKeys, type GoMap } from "./values";

interface Spec {
  readonly minus: boolean;
  readonly plus: boolean;
  readonly sharp: boolean;
  readonly space: boolean;
  readonly zero: boolean;
  readonly width?: number;
  readonly prec?: number;
}

export function sprintf(format: string, args: readonly GoValue[]): string {
  let out = "";
  let argNum = 0;
  let i = 0;
  while (i < format.length) {
    const pct = format.indexOf("%", i);
    if (pct === -1) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const flags = { minus: false, plus: false, sharp: false, space: false, zero: false };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === "-") flags.minus = true;
      else if (c === "+") flags.plus = true;
      else if (c === "#") flags.sharp = true;
      else if (c === " ") flags.space = true;
      else if (c === "0") flags.zero = true;
      else break;
    }
    let width: number | undefined;
    let prec: number | undefined;
    if (format[i] === "*") {
      i++;
      const w = args[argNum++];
      if (typeof w === "number" && Number.isInteger(w)) {
        width = Math.abs(w);
        if (w < 0) flags.minus = true;
      } else out += "%!(BADWIDTH)";
    } else {
      const start = i;
      i = skipDigits(format, i);
      if (i > start) width = Number(format.slice(start, i));
    }
    if (format[i] === ".") {
      i++;
      if (format[i] === "*") {
        i++;
        const p = args[argNum++];
        if (typeof p === "number" && Number.isInteger(p) && p >= 0) prec = p;
        else out += "%!(BADPREC)";
      } else {
        const start = i;
        i = skipDigits(format, i);
        prec = i > start ? Number(format.slice(start, i)) : 0;
      }
    }
    if (i >= format.length) {
      out += "%!(NOVERB)";
      break;
    }
    const code = format.codePointAt(i) as number;
    const verb = code < 0x80 ? (format[i] as string) : String.fromCodePoint(code);
    i += verb.length;
    if (verb === "%") {
      out += "%";
      continue;
    }
    if (argNum >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const spec: Spec = {
      minus: flags.minus,
      plus: flags.plus,
      sharp: flags.sharp,
      space: flags.space,
      zero: flags.zero && !flags.minus,
      width,
      prec,
    };
    out += formatArg(args[argNum++], verb, spec);
  }
  if (argNum < args.length) {
    const extra = args
      .slice(argNum)
      .map((a) => (a === undefined || a === null ? "<nil>" : `${goTypeName(a)}=${formatGoValue(a)}`));
    out += `%!(EXTRA ${extra.join(", ")})`;
  }
  return out;
}

function skipDigits(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

function pad(s: string, spec: Spec, zeroOk = false): string {
  if (spec.width === undefined || s.length >= spec.width * 2) return s;
  const len = [...s].length;
  if (len >= spec.width) return s;
  const fill = spec.width - len;
  if (spec.minus) return s + " ".repeat(fill);
  if (spec.zero && zeroOk) {
    const sign = /^[+\- ]/.test(s) ? (s[0] as string) : "";
    return sign + "0".repeat(fill) + s.slice(sign.length);
  }
  return " ".repeat(fill) + s;
}

function badVerb(v: GoValue, verb: string): string {
  return v === undefined || v === null
    ? `%!${verb}(<nil>)`
    : `%!${verb}(${goTypeName(v)}=${formatGoValue(v)})`;
}

/** Formats one operand; slices and maps apply the verb to each element, as Go does. */
function formatArg(v: GoValue, verb: string, spec: Spec): string {
  if (verb === "T") return pad(goTypeName(v), spec);
  if (verb === "v" && spec.sharp) return pad(goSyntax(v, true), spec);
  // `%+v` is Go's struct-field form, not a sign: the plus flag does not reach numbers.
  if (verb === "v" && spec.plus) return formatArg(v, verb, { ...spec, plus: false });
  switch (kindOf(v)) {
    case "nil":
      return verb === "v" ? pad("<nil>", spec) : badVerb(v, verb);
    case "bool":
      return verb === "v" || verb === "t" ? pad(v === true ? "true" : "false", spec) : badVerb(v, verb);
    case "int":
      return formatInt(v as number, verb, spec) ?? badVerb(v, verb);
    case "float":
      return formatFloatVerb(goNumber(v) as number, verb, spec) ?? badVerb(v, verb);
    case "string":
      return formatString(v as string, verb, spec) ?? badVerb(v, verb);
    case "slice":
      return `[${(v as readonly GoValue[]).map((x) => formatArg(x, verb, spec)).join(" ")}]`;
    case "map": {
      const m = v as GoMap;
      const parts = sortedKeys(m).map((k) => `${formatArg(k, verb, spec)}:${formatArg(m[k], verb, spec)}`);
      return `map[${parts.join(" ")}]`;
    }
    default:
      return verb === "v" || verb === "s" ? pad(formatGoValue(v), spec) : badVerb(v, verb);
  }
}

function sign(negative: boolean, spec: Spec): string {
  return negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
}

function formatInt(n: number, verb: string, spec: Spec): string | undefined {
  const neg = n < 0;
  const abs = BigInt(Math.abs(n));
  let digits: string;
  let prefix = "";
  switch (verb) {
    case "v":
    case "d":
      digits = abs.toString(10);
      break;
    case "b":
      digits = abs.toString(2);
      if (spec.sharp) prefix = "0b";
      break;
    case "o":
      digits = abs.toString(8);
      if (spec.sharp) prefix = "0";
      break;
    case "O":
      digits = abs.toString(8);
      prefix = "0o";
      break;
    case "x":
      digits = abs.toString(16);
      if (spec.sharp) prefix = "0x";
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      if (spec.sharp) prefix = "0X";
      break;
    case "c":
      return pad(validRune(n), spec);
    case "q":
      return pad(quoteRune(validRune(n), spec.plus), spec);
    case "U": {
      const u = `U+${abs.toString(16).toUpperCase().padStart(4, "0")}`;
      return pad(spec.sharp ? `${u} '${validRune(n)}'` : u, spec);
    }
    default:
      return undefined;
  }
  if (spec.prec !== undefined) {
    if (spec.prec === 0 && n === 0) digits = "";
    digits = digits.padStart(spec.prec, "0");
    return pad(sign(neg, spec) + prefix + digits, spec);
  }
  if (spec.zero && spec.width !== undefined) {
    const head = sign(neg, spec) + prefix;
    return head + digits.padStart(spec.width - head.length, "0");
  }
  return pad(sign(neg, spec) + prefix + digits, spec);
}

function validRune(n: number): string {
  return n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : "\ufffd";
}

function formatFloatVerb(f: number, verb: string, spec: Spec): string | undefined {
  let s: string;
  switch (verb) {
    case "v":
    case "g":
    case "G":
      s = formatFloat(f, verb === "G" ? "G" : "g", spec.prec ?? -1);
      break;
    case "e":
    case "E":
    case "f":
    case "F":
      s = formatFloat(f, verb, spec.prec ?? 6);
      break;
    default:
      return undefined;
  }
  if (!s.startsWith("-")) s = (spec.plus ? "+" : spec.space ? " " : "") + s;
  const finite = Number.isFinite(f);
  if (!finite && s === "+Inf" && !spec.plus) s = spec.space ? " Inf" : "+Inf";
  return pad(s, spec, finite);
}

function formatString(s: string, verb: string, spec: Spec): string | undefined {
  const truncated = spec.prec === undefined ? s : [...s].slice(0, spec.prec).join("");
  switch (verb) {
    case "v":
    case "s":
      return pad(truncated, spec);
    case "q":
      return pad(
        spec.sharp && canBackquote(truncated) ? `\`${truncated}\`` : quote(truncated, spec.plus),
        spec,
      );
    case "x":
    case "X": {
      const bytes = [...Buffer.from(truncated, "utf8")].map((b) => b.toString(16).padStart(2, "0"));
      const prefix = spec.sharp ? "0x" : "";
      let hex = spec.space ? bytes.map((b) => prefix + b).join(" ") : prefix + bytes.join("");
      if (verb === "X") hex = hex.toUpperCase();
      return pad(hex, spec);
    }
    default:
      return undefined;
  }
}

function canBackquote(s: string): boolean {
  return !/[`\u0000-\u0008\u000a-\u001f\u007f\ufeff]/.test(s);
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function escapeRune(ch: string, q: string, asciiOnly: boolean): string {
  const cp = ch.codePointAt(0) as number;
  if (ch === q || ch === "\\") return `\\${ch}`;
  if (asciiOnly ? cp < 0x7f && cp >= 0x20 : PRINTABLE.test(ch)) return ch;
  const named: Record<string, string> = {
    "\x07": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
  };
  if (named[ch]) return named[ch];
  if (cp < 0x20 || cp === 0x7f) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

/** Go's `strconv.Quote` (`QuoteToASCII` when asciiOnly). */
export function quote(s: string, asciiOnly = false): string {
  return `"${[...s].map((c) => escapeRune(c, '"', asciiOnly)).join("")}"`;
}

function quoteRune(r: string, asciiOnly: boolean): string {
  return `'${escapeRune(r, "'", asciiOnly)}'`;
}

/** Go's `%#v` for decoded values (`[]interface {}{1, "a"}`, `map[string]interface {}{"k":1}`). */
function goSyntax(v: GoValue, top: boolean): string {
  switch (kindOf(v)) {
    case "nil":
      return top ? "<nil>" : "interface {}(nil)";
    case "string":
      return quote(v as string);
    case "float":
      return formatFloat(goNumber(v) as number, "g", -1);
    case "slice":
      return `[]interface {}{${(v as readonly GoValue[]).map((x) => goSyntax(x, false)).join(", ")}}`;
    case "map": {
      const m = v as GoMap;
      return `map[string]interface {}{${sortedKeys(m)
        .map((k) => `${quote(k)}:${goSyntax(m[k], false)}`)
        .join(", ")}}`;
    }
    default:
      return formatGoValue(v);
  }
}
