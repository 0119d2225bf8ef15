/**
 * Go's `time.Time` for templates: an instant (nanoseconds since the Unix epoch) in a location,
 * printed as `Time.String()` and formatted/parsed with Go's reference-time layouts
 * (`2006-01-02 15:04:05.999999999 -0700 MST`).
 */
import { TemplateEvalError } from "./ast";
import { isGoOpaque, type GoOpaque, type GoValue } from "./contract";
import { formatGoTime, LONG_DAYS, LONG_MONTHS } from "./go-time-format";

/** A Go `*time.Location`: UTC, an IANA zone, or a fixed offset. */
export interface GoLocation {
  /** Go's `Location.String()`: `UTC`, `Local`, `America/New_York`, or a fixed zone's name. */
  readonly name: string;
  /** IANA zone used to compute offsets; undefined for a fixed offset. */
  readonly iana?: string;
  readonly fixedOffsetSec?: number;
}

export const UTC: GoLocation = { name: "UTC", fixedOffsetSec: 0 };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      timeZoneName: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Go's `time.LoadLocation`; throws Go's message for an unknown zone. */
export function loadLocation(name: string, localZone?: string): GoLocation {
  if (name === "" || name === "UTC") return UTC;
  if (name === "Local") return localLocation(localZone);
  try {
    formatter(name);
  } catch {
    throw new Error(`unknown time zone ${name}`);
  }
  return { name, iana: name };
}

/** Go's `time.Local`: `TZ` when set (empty means UTC), else the process's zone. */
export function localLocation(tz: string | undefined): GoLocation {
  if (tz === "" || tz === "UTC") return { name: "Local", fixedOffsetSec: 0, iana: "UTC" };
  const zone = tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    formatter(zone);
    return { name: "Local", iana: zone };
  } catch {
    return { name: "Local", fixedOffsetSec: 0, iana: "UTC" };
  }
}

/** Offset (seconds east of UTC) and abbreviation of `loc` at the instant `unixSec`. */
export function zoneAt(loc: GoLocation, unixSec: number): { offset: number; abbrev: string } {
  if (loc.iana === undefined || loc.iana === "UTC") {
    const offset = loc.fixedOffsetSec ?? 0;
    if (loc.iana === "UTC" || loc === UTC) return { offset, abbrev: "UTC" };
    // Go prints a nameless fixed zone as its offset (`-0700`).
    return { offset, abbrev: loc.name !== "" ? loc.name : offsetText(offset, "", true) };
  }
  const parts = formatter(loc.iana).formatToParts(new Date(unixSec * 1000));
  const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? "0");
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  const offset = Math.round((wall - unixSec * 1000) / 1000);
  return { offset, abbrev: abbreviation(loc.iana, unixSec, offset) };
}

const abbrevFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone abbreviation Go's tzdata gives (`CET`, `EST`, `IST`, `AEDT`): each English locale of
 * Intl knows the abbreviations of its region; a zone with none (`Asia/Tokyo` here) prints as its
 * offset (`+09`), which is what tzdata does for zones without letters.
 */
function abbreviation(zone: string, unixSec: number, offset: number): string {
  for (const locale of ["en-US", "en-GB", "en-IN", "en-AU"]) {
    const key = `${locale} ${zone}`;
    let f = abbrevFormatters.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" });
      abbrevFormatters.set(key, f);
    }
    const name =
      f.formatToParts(new Date(unixSec * 1000)).find((p) => p.type === "timeZoneName")?.value ?? "";
    if (!/^GMT[+-]/.test(name)) return name;
  }
  return offsetText(offset, "", false);
}

function offsetText(offset: number, sep: string, withMinutes: boolean): string {
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const hh = String(Math.floor(a / 3600)).padStart(2, "0");
  const mm = String(Math.floor((a % 3600) / 60)).padStart(2, "0");
  return withMinutes || mm !== "00" ? `${sign}${hh}${sep}${mm}` : `${sign}${hh}`;
}

const NS_PER_SEC = 1_000_000_000n;

/** Go's `time.Time`. */
export class GoTime implements GoOpaque {
  readonly goType = "time.Time";
  constructor(
    readonly unixNano: bigint,
    readonly location: GoLocation = UTC,
  ) {}

  static fromMillis(ms: number, location: GoLocation = UTC): GoTime {
    return new GoTime(BigInt(Math.trunc(ms)) * 1_000_000n, location);
  }

  /** Go's zero `time.Time` (January 1, year 1, UTC). */
  static zero(): GoTime {
    return new GoTime(-62135596800n * NS_PER_SEC, UTC);
  }

  isZero(): boolean {
    return this.unixNano === -62135596800n * NS_PER_SEC;
  }

  unix(): number {
    const s = this.unixNano / NS_PER_SEC;
    return Number(this.unixNano < 0n && this.unixNano % NS_PER_SEC !== 0n ? s - 1n : s);
  }

  nanosecond(): number {
    return Number(((this.unixNano % NS_PER_SEC) + NS_PER_SEC) % NS_PER_SEC);
  }

  in(location: GoLocation): GoTime {
    return new GoTime(this.unixNano, location);
  }

  add(ns: bigint): GoTime {
    return new GoTime(this.unixNano + ns, this.location);
  }

  /** Wall-clock fields in the time's location. */
  fields(): WallClock {
    const sec = this.unix();
    const { offset, abbrev } = zoneAt(this.location, sec);
    const d = new Date((sec + offset) * 1000);
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      nanosecond: this.nanosecond(),
      weekday: d.getUTCDay(),
      yearDay: Math.floor((d.getTime() - start) / 86_400_000) + 1,
      offset,
      abbrev,
    };
  }

  /** Fields and methods a template calls on a time (`.Year`, `.Format "2006"`, `.UTC`, …). */
  goField(name: string, args: readonly GoValue[]): GoValue {
    const f = this.fields();
    switch (name) {
      case "Format":
        if (typeof args[0] !== "string") throw new TemplateEvalError("wrong type for value; expected string");
        return formatGoTime(this, args[0]);
      case "UTC":
        return this.in(UTC);
      case "Unix":
        return this.unix();
      case "UnixMilli":
        return Number(this.unixNano / 1_000_000n);
      case "UnixNano":
        return Number(this.unixNano);
      case "Year":
        return f.year;
      case "Month":
        return LONG_MONTHS[f.month - 1] ?? "";
      case "Day":
        return f.day;
      case "Hour":
        return f.hour;
      case "Minute":
        return f.minute;
      case "Second":
        return f.second;
      case "Nanosecond":
        return f.nanosecond;
      case "YearDay":
        return f.yearDay;
      case "Weekday":
        return LONG_DAYS[f.weekday] ?? "";
      case "IsZero":
        return this.isZero();
      case "String":
        return this.goString();
      case "Location":
        return this.location.name;
      case "Before":
      case "After":
      case "Equal": {
        const other = args[0];
        if (!(other instanceof GoTime))
          throw new TemplateEvalError("wrong type for value; expected time.Time");
        const d = this.unixNano - other.unixNano;
        return name === "Before" ? d < 0n : name === "After" ? d > 0n : d === 0n;
      }
      case "Add": {
        const d = args[0];
        if (!isGoOpaque(d) || !("nanoseconds" in d))
          throw new TemplateEvalError("wrong type for value; expected time.Duration");
        return this.add((d as unknown as { nanoseconds: bigint }).nanoseconds);
      }
      default:
        throw new TemplateEvalError(`can't evaluate field ${name} in type time.Time`);
    }
  }

  /** Go's `Time.String()`: `2006-01-02 15:04:05.999999999 -0700 MST`. */
  goString(): string {
    return formatGoTime(this, "2006-01-02 15:04:05.999999999 -0700 MST");
  }
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly nanosecond: number;
  readonly weekday: number;
  readonly yearDay: number;
  readonly offset: number;
  readonly abbrev: string;
}

export { formatGoTime, tokenizeLayout, type LayoutChunk } from "./go-time-format";
export { parseGoTime } from "./go-time-parse";
