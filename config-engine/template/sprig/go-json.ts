/** Go's `encoding/json` Marshal/MarshalIndent/Unmarshal as Sprig and Gomplate use them. */
import { isGoOpaque, type GoValue } from "../contract";
import { GoDuration } from "../go-duration";
import { formatGoTime, GoTime } from "../go-time";
import { GoBytes, isMap } from "./go-values";

export interface JsonOptions {
  /** MarshalIndent's indent ("" for compact). */
  readonly indent?: string;
  /** Go escapes <, > and & unless an Encoder turns it off (`toRawJson`). */
  readonly escapeHTML?: boolean;
}

/** Go's JSON string quoting. */
export function jsonQuote(s: string, escapeHTML = true): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (
      c < 0x20 ||
      (escapeHTML && (ch === "<" || ch === ">" || ch === "&")) ||
      c === 0x2028 ||
      c === 0x2029
    ) {
      out += `\\u${c.toString(16).padStart(4, "0")}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Go's float64 JSON form (ES6 number formatting, as JS). */
function jsonNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`json: unsupported value: ${n === Infinity ? "+Inf" : String(n)}`);
  return JSON.stringify(n);
}

/** json.Marshal / MarshalIndent; throws Go's message for values JSON cannot hold. */
export function marshalJson(v: GoValue, options: JsonOptions = {}): string {
  const indent = options.indent ?? "";
  const escapeHTML = options.escapeHTML ?? true;
  const walk = (x: GoValue, depth: number): string => {
    if (x === undefined || x === null) return "null";
    if (typeof x === "string") return jsonQuote(x, escapeHTML);
    if (typeof x === "number") return jsonNumber(x);
    if (typeof x === "boolean") return String(x);
    if (x instanceof GoTime)
      return jsonQuote(formatGoTime(x, "2006-01-02T15:04:05.999999999Z07:00"), escapeHTML);
    if (x instanceof GoDuration) return x.nanoseconds.toString();
    if (x instanceof GoBytes) return jsonQuote(x.bytes.toString("base64"), escapeHTML);
    if (isGoOpaque(x)) return jsonQuote(x.goString(), escapeHTML);
    const nl = indent ? `\n${indent.repeat(depth + 1)}` : "";
    const close = indent ? `\n${indent.repeat(depth)}` : "";
    if (Array.isArray(x)) {
      if (x.length === 0) return "[]";
      return `[${x.map((e: GoValue) => nl + walk(e, depth + 1)).join(",")}${close}]`;
    }
    if (!isMap(x)) return "null";
    const keys = Object.keys(x).sort();
    if (keys.length === 0) return "{}";
    const sep = indent ? ": " : ":";
    return `{${keys.map((k) => nl + jsonQuote(k, escapeHTML) + sep + walk(x[k], depth + 1)).join(",")}${close}}`;
  };
  return walk(v, 0);
}

/** json.Unmarshal into interface{}; throws Go-style messages. */
export function unmarshalJson(text: string): GoValue {
  try {
    return JSON.parse(text) as GoValue;
  } catch (e) {
    const trimmed = text.trim();
    if (trimmed === "") throw new Error("unexpected end of JSON input");
    const message = e instanceof Error ? e.message : "";
    const position = /position (\d+)/.exec(message)?.[1];
    if (
      /end of JSON input|Unterminated/i.test(message) ||
      (position !== undefined && Number(position) >= text.trimEnd().length)
    ) {
      throw new Error("unexpected end of JSON input");
    }
    const token =
      position !== undefined
        ? (text[Number(position)] ?? "")
        : (/Unexpected token '?(.)/.exec(message)?.[1] ?? trimmed[0] ?? "");
    throw new Error(`invalid character '${token}' looking for beginning of value`);
  }
}
