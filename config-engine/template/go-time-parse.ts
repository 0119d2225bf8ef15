/** Go's `time.ParseInLocation` for reference-time layouts. */
import { GoTime, UTC, zoneAt, type GoLocation } from "./go-time";
import { tokenizeLayout } from "./go-time-format";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const LONG_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Throws Go's `parsing time …` error. */
export function parseGoTime(layout: string, value: string, loc: GoLocation = UTC): GoTime {
  const q = JSON.stringify;
  const fail = (elem: string, rest: string, msg = ""): never => {
    throw new Error(
      msg
        ? `parsing time ${q(value)}${msg}`
        : `parsing time ${q(value)} as ${q(layout)}: cannot parse ${q(rest)} as ${q(elem)}`,
    );
  };
  let year = 1;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nano = 0;
  let pm: boolean | undefined;
  let offset: number | undefined;
  let abbrev: string | undefined;
  let yday = -1;
  let rest = value;
  const num = (elem: string, min: number, max: number, fixedWidth: boolean): number => {
    const m = (fixedWidth ? new RegExp(`^\\d{${max}}`) : new RegExp(`^\\d{${min},${max}}`)).exec(rest);
    if (!m) return fail(elem, rest);
    rest = rest.slice(m[0].length);
    return Number(m[0]);
  };
  for (const chunk of tokenizeLayout(layout)) {
    if ("literal" in chunk) {
      // Go skips leading spaces in both when the literal starts with one.
      if (!rest.startsWith(chunk.literal)) return fail(chunk.literal, rest);
      rest = rest.slice(chunk.literal.length);
      continue;
    }
    const t = chunk.token;
    switch (t) {
      case "2006":
        year = num(t, 4, 4, true);
        break;
      case "06": {
        const y = num(t, 2, 2, true);
        year = y >= 69 ? 1900 + y : 2000 + y;
        break;
      }
      case "01":
      case "1":
        month = num(t, t === "01" ? 2 : 1, 2, t === "01");
        if (month < 1 || month > 12) fail(t, rest, `: month out of range`);
        break;
      case "Jan":
      case "January": {
        const names = t === "Jan" ? MONTHS : LONG_MONTHS;
        const idx = names.findIndex((n) => rest.toLowerCase().startsWith(n));
        if (idx < 0) fail(t, rest);
        rest = rest.slice(names[idx]?.length ?? 0);
        month = idx + 1;
        break;
      }
      case "Mon":
      case "Monday": {
        const idx = DAYS.findIndex((n) => rest.toLowerCase().startsWith(t === "Mon" ? n.slice(0, 3) : n));
        if (idx < 0) fail(t, rest);
        rest = rest.slice(t === "Mon" ? 3 : (DAYS[idx]?.length ?? 0));
        break;
      }
      case "02":
      case "_2":
      case "2":
        if (t === "_2" && rest.startsWith(" ")) rest = rest.slice(1);
        day = num(t, t === "02" ? 2 : 1, 2, t === "02");
        break;
      case "002":
      case "__2":
        yday = num(t, t === "002" ? 3 : 1, 3, t === "002");
        break;
      case "15":
        hour = num(t, 1, 2, false);
        if (hour > 23) fail(t, rest, `: hour out of range`);
        break;
      case "03":
      case "3":
        hour = num(t, t === "03" ? 2 : 1, 2, t === "03");
        if (hour > 12) fail(t, rest, `: hour out of range`);
        break;
      case "04":
      case "4":
        minute = num(t, t === "04" ? 2 : 1, 2, t === "04");
        if (minute > 59) fail(t, rest, `: minute out of range`);
        break;
      case "05":
      case "5": {
        second = num(t, t === "05" ? 2 : 1, 2, t === "05");
        if (second > 59) fail(t, rest, `: second out of range`);
        // Go accepts a fractional second after seconds even when the layout has none.
        const frac = /^[.,](\d+)/.exec(rest);
        if (frac && !/^[.,][09]/.test(layout.slice(layout.indexOf(t) + t.length))) {
          nano = Number((frac[1] ?? "").padEnd(9, "0").slice(0, 9));
          rest = rest.slice(frac[0].length);
        }
        break;
      }
      case "PM":
      case "pm": {
        const ap = rest.slice(0, 2).toUpperCase();
        if (ap !== "AM" && ap !== "PM") fail(t, rest);
        pm = ap === "PM";
        rest = rest.slice(2);
        break;
      }
      case "frac0":
      case "frac9": {
        const m = /^[.,](\d+)/.exec(rest);
        if (!m) {
          if (t === "frac9") break;
          fail(t, rest);
        }
        nano = Number((m?.[1] ?? "").padEnd(9, "0").slice(0, 9));
        rest = rest.slice(m?.[0].length ?? 0);
        break;
      }
      case "MST": {
        const m = /^(UTC|GMT[+-]\d+|[A-Z]{3,5}|[+-]\d\d(\d\d)?)/.exec(rest);
        if (!m) return fail(t, rest);
        abbrev = m[0];
        rest = rest.slice(m[0].length);
        break;
      }
      default: {
        // Zone offsets: -07, -0700, -07:00, -07:00:00, Z variants.
        if (t.startsWith("Z") && rest.startsWith("Z")) {
          rest = rest.slice(1);
          offset = 0;
          break;
        }
        const m = /^([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?/.exec(rest);
        if (!m) return fail(t, rest);
        const sign = m[1] === "-" ? -1 : 1;
        offset = sign * (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0));
        rest = rest.slice(m[0].length);
      }
    }
  }
  if (rest !== "") fail("", rest, `: extra text: ${q(rest)}`);
  if (pm !== undefined) {
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  if (yday >= 0) {
    const d = new Date(Date.UTC(year, 0, yday));
    month = d.getUTCMonth() + 1;
    day = d.getUTCDate();
  }
  const daysIn = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysIn) fail("", rest, `: day out of range`);
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  const wall = new Date(wallMs);
  // Date.UTC reads years 0-99 as 19xx.
  if (year < 100) wall.setUTCFullYear(year);
  const wallSec = Math.floor(wall.getTime() / 1000);
  const nanos = BigInt(nano);
  const at = (unixSec: number, location: GoLocation): GoTime =>
    new GoTime(BigInt(unixSec) * 1_000_000_000n + nanos, location);
  if (offset !== undefined) {
    const unixSec = wallSec - offset;
    if (zoneAt(loc, unixSec).offset === offset) return at(unixSec, loc);
    return at(unixSec, offset === 0 && loc === UTC ? UTC : { name: "", fixedOffsetSec: offset });
  }
  if (abbrev !== undefined) {
    const guess = wallSec - zoneAt(loc, wallSec).offset;
    if (zoneAt(loc, guess).abbrev === abbrev) return at(guess, loc);
    if (abbrev === "UTC") return at(wallSec, UTC);
    // Go: an unknown abbreviation is a zone of that name with offset 0.
    return at(wallSec, { name: abbrev, fixedOffsetSec: 0 });
  }
  if (loc === UTC) return at(wallSec, UTC);
  // Wall clock in `loc`: the offset at the guessed instant, corrected once around transitions.
  let unixSec = wallSec - zoneAt(loc, wallSec).offset;
  unixSec = wallSec - zoneAt(loc, unixSec).offset;
  return at(unixSec, loc);
}
