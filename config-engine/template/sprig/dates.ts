/**
 * Sprig v3 date functions (date.go) with Go's reference-time layouts. `Local` is the `TZ` of the
 * function environment (empty: UTC), else the process's zone, as Go reads it.
 */
import { TemplateEvalError } from "../ast";
import type { FunctionEnv, FunctionLibrary, GoValue } from "../contract";
import { DURATION_UNITS, GoDuration, parseDuration } from "../go-duration";
import { formatGoTime, GoTime, loadLocation, localLocation, parseGoTime, type GoLocation } from "../go-time";
import { fixed, goTypeName, str } from "./go-values";
import { nondeterministic } from "./strings";

function local(env: FunctionEnv): GoLocation {
  return localLocation(env.env.TZ);
}

/** `time.Now()` in Local, with the warning that output then changes per run. */
export function now(env: FunctionEnv, fn: string): GoTime {
  nondeterministic(env, fn);
  return GoTime.fromMillis(Date.now(), local(env));
}

/** A `time.Time` parameter. */
export function timeArg(v: GoValue): GoTime {
  if (v instanceof GoTime) return v;
  throw new TemplateEvalError(`wrong type for value; expected time.Time; got ${goTypeName(v)}`);
}

/** Sprig's date argument: a time, or Unix seconds; anything else means now. */
function dateValue(v: GoValue, env: FunctionEnv, fn: string): GoTime {
  if (v instanceof GoTime) return v;
  if (typeof v === "number" && Number.isInteger(v)) return new GoTime(BigInt(v) * 1_000_000_000n, local(env));
  return now(env, fn);
}

function dateInZone(layout: string, date: GoValue, zone: string, env: FunctionEnv, fn: string): string {
  let loc: GoLocation;
  try {
    loc = loadLocation(zone, env.env.TZ);
  } catch {
    loc = loadLocation("UTC");
  }
  return formatGoTime(dateValue(date, env, fn).in(loc), layout);
}

/** Sprig's durationRound: the largest whole unit (y, mo, d, h, m, s). */
function durationRound(v: GoValue, env: FunctionEnv): string {
  let d = 0n;
  if (typeof v === "string") {
    try {
      d = parseDuration(v).nanoseconds;
    } catch {
      d = 0n;
    }
  } else if (typeof v === "number" && Number.isInteger(v)) d = BigInt(v);
  else if (v instanceof GoDuration) d = v.nanoseconds;
  else if (v instanceof GoTime) d = BigInt(Date.now()) * 1_000_000n - v.unixNano;
  if (v instanceof GoTime) nondeterministic(env, "durationRound");
  const u = d < 0n ? -d : d;
  const { HOUR, MIN, SEC } = DURATION_UNITS;
  const day = HOUR * 24n;
  const units: [bigint, string][] = [
    [day * 365n, "y"],
    [day * 30n, "mo"],
    [day, "d"],
    [HOUR, "h"],
    [MIN, "m"],
    [SEC, "s"],
  ];
  for (const [size, suffix] of units) if (u > size) return `${u / size}${suffix}`;
  return "0s";
}

function dateModify(layout: string, date: GoTime, must: boolean): GoTime {
  try {
    return date.add(parseDuration(layout).nanoseconds);
  } catch (e) {
    if (must) throw e;
    return date;
  }
}

export const DATE_FUNCTIONS: FunctionLibrary = {
  now: fixed("now", 0, (_args, env) => now(env, "now")),
  date: fixed("date", 2, (args, env) => dateInZone(str(args[0]), args[1], "Local", env, "date")),
  dateInZone: fixed("dateInZone", 3, (args, env) =>
    dateInZone(str(args[0]), args[1], str(args[2]), env, "dateInZone"),
  ),
  date_in_zone: fixed("date_in_zone", 3, (args, env) =>
    dateInZone(str(args[0]), args[1], str(args[2]), env, "date_in_zone"),
  ),
  htmlDate: fixed("htmlDate", 1, (args, env) => dateInZone("2006-01-02", args[0], "Local", env, "htmlDate")),
  htmlDateInZone: fixed("htmlDateInZone", 2, (args, env) =>
    dateInZone("2006-01-02", args[0], str(args[1]), env, "htmlDateInZone"),
  ),
  dateModify: fixed("dateModify", 2, (args) => dateModify(str(args[0]), timeArg(args[1]), false)),
  date_modify: fixed("date_modify", 2, (args) => dateModify(str(args[0]), timeArg(args[1]), false)),
  mustDateModify: fixed("mustDateModify", 2, (args) => dateModify(str(args[0]), timeArg(args[1]), true)),
  must_date_modify: fixed("must_date_modify", 2, (args) => dateModify(str(args[0]), timeArg(args[1]), true)),
  ago: fixed("ago", 1, (args, env) => {
    const t = dateValue(args[0], env, "ago");
    nondeterministic(env, "ago");
    return new GoDuration(BigInt(Date.now()) * 1_000_000n - t.unixNano).round(DURATION_UNITS.SEC).goString();
  }),
  // Sprig reads an int64 or a decimal string of seconds (a Go `int` reads as 0 there; numbers
  // are int64 here since the two cannot be told apart).
  duration: fixed("duration", 1, (args) => {
    const v = args[0];
    let n = 0n;
    if (typeof v === "string") n = /^[+-]?\d+$/.test(v) ? BigInt(v) : 0n;
    else if (typeof v === "number" && Number.isInteger(v)) n = BigInt(v);
    return new GoDuration(n * DURATION_UNITS.SEC).goString();
  }),
  durationRound: fixed("durationRound", 1, (args, env) => durationRound(args[0], env)),
  toDate: fixed("toDate", 2, (args, env) => {
    try {
      return parseGoTime(str(args[0]), str(args[1]), local(env));
    } catch {
      return GoTime.zero();
    }
  }),
  mustToDate: fixed("mustToDate", 2, (args, env) => parseGoTime(str(args[0]), str(args[1]), local(env))),
  unixEpoch: fixed("unixEpoch", 1, (args) => String(timeArg(args[0]).unix())),
};
