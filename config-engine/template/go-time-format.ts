/** Go's `Time.Format` with reference-time layouts (`2006-01-02 15:04:05.999999999 -0700 MST`). */
import type { GoTime, WallClock } from "./go-time";

export const LONG_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Layout tokens in Go's matching order (longest first where prefixes overlap). */
const TOKENS = [
  "January",
  "Jan",
  "Monday",
  "Mon",
  "MST",
  "2006",
  "-07:00:00",
  "-070000",
  "-07:00",
  "-0700",
  "-07",
  "Z07:00:00",
  "Z070000",
  "Z07:00",
  "Z0700",
  "Z07",
  "002",
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "15",
  "__2",
  "_2",
  "1",
  "2",
  "3",
  "4",
  "5",
  "PM",
  "pm",
];

export type LayoutChunk = { readonly literal: string } | { readonly token: string; readonly digits?: number };

/** Splits a Go layout into literal text and reference-time tokens. */
export function tokenizeLayout(layout: string): LayoutChunk[] {
  const out: LayoutChunk[] = [];
  let lit = "";
  let i = 0;
  while (i < layout.length) {
    const rest = layout.slice(i);
    // Fractional seconds: `.000`/`,000` (fixed width) or `.999` (trailing zeros dropped), as Go.
    const frac = /^[.,](0+|9+)(?![0-9])/.exec(rest);
    if (frac) {
      if (lit) out.push({ literal: lit });
      lit = "";
      out.push({ token: frac[1]?.startsWith("0") ? "frac0" : "frac9", digits: frac[0].length - 1 });
      i += frac[0].length;
      continue;
    }
    const tok = TOKENS.find((t) => rest.startsWith(t) && tokenAllowed(t, rest));
    if (tok) {
      if (lit) out.push({ literal: lit });
      lit = "";
      out.push({ token: tok });
      i += tok.length;
    } else {
      lit += layout[i];
      i++;
    }
  }
  if (lit) out.push({ literal: lit });
  return out;
}

function tokenAllowed(tok: string, rest: string): boolean {
  // Go: `Mon`/`Jan` followed by a lower-case letter is literal text (`Month`), as `MST` is in `MSTx`.
  if ((tok === "Jan" || tok === "Mon") && /^[a-z]/.test(rest.slice(3)) && !rest.startsWith("Monday"))
    return false;
  if (tok === "2006") return true;
  if (tok === "2" && rest.startsWith("2006")) return false;
  return true;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Go's `Time.Format(layout)`. */
export function formatGoTime(t: GoTime, layout: string): string {
  const f = t.fields();
  let out = "";
  for (const chunk of tokenizeLayout(layout)) {
    if ("literal" in chunk) {
      out += chunk.literal;
      continue;
    }
    out += formatToken(chunk, f);
  }
  return out;
}

function formatToken(chunk: { token: string; digits?: number }, f: WallClock): string {
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  switch (chunk.token) {
    case "January":
      return LONG_MONTHS[f.month - 1] ?? "";
    case "Jan":
      return (LONG_MONTHS[f.month - 1] ?? "").slice(0, 3);
    case "Monday":
      return LONG_DAYS[f.weekday] ?? "";
    case "Mon":
      return (LONG_DAYS[f.weekday] ?? "").slice(0, 3);
    case "MST":
      return f.abbrev;
    case "2006":
      return pad(f.year, 4);
    case "06":
      return pad(f.year % 100, 2);
    case "01":
      return pad(f.month, 2);
    case "1":
      return String(f.month);
    case "02":
      return pad(f.day, 2);
    case "_2":
      return String(f.day).padStart(2, " ");
    case "2":
      return String(f.day);
    case "002":
      return pad(f.yearDay, 3);
    case "__2":
      return String(f.yearDay).padStart(3, " ");
    case "15":
      return pad(f.hour, 2);
    case "03":
      return pad(hour12, 2);
    case "3":
      return String(hour12);
    case "04":
      return pad(f.minute, 2);
    case "4":
      return String(f.minute);
    case "05":
      return pad(f.second, 2);
    case "5":
      return String(f.second);
    case "PM":
      return f.hour >= 12 ? "PM" : "AM";
    case "pm":
      return f.hour >= 12 ? "pm" : "am";
    case "frac0":
      return `.${pad(f.nanosecond, 9).slice(0, chunk.digits)}`;
    case "frac9": {
      const digits = pad(f.nanosecond, 9).slice(0, chunk.digits).replace(/0+$/, "");
      return digits ? `.${digits}` : "";
    }
    default:
      return formatZone(chunk.token, f.offset);
  }
}

function formatZone(token: string, offset: number): string {
  if (token.startsWith("Z") && offset === 0) return "Z";
  const base = token.startsWith("Z") ? token.slice(1) : token.slice(1);
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const hh = pad(Math.floor(a / 3600), 2);
  const mm = pad(Math.floor((a % 3600) / 60), 2);
  const ss = pad(a % 60, 2);
  switch (base) {
    case "07:00:00":
      return `${sign}${hh}:${mm}:${ss}`;
    case "070000":
      return `${sign}${hh}${mm}${ss}`;
    case "07:00":
      return `${sign}${hh}:${mm}`;
    case "0700":
      return `${sign}${hh}${mm}`;
    default:
      return `${sign}${hh}`;
  }
}
