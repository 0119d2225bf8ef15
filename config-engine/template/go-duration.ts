/** Go's `time.Duration`: nanoseconds, printed and parsed as Go does (`1h2m3.5s`). */
import { TemplateEvalError } from "./ast";
import type { GoOpaque, GoValue } from "./contract";

const NS = 1n;
const US = 1000n * NS;
const MS = 1000n * US;
const SEC = 1000n * MS;
const MIN = 60n * SEC;
const HOUR = 60n * MIN;

const UNITS: Readonly<Record<string, bigint>> = {
  ns: NS,
  us: US,
  µs: US,
  μs: US,
  ms: MS,
  s: SEC,
  m: MIN,
  h: HOUR,
};

/** Go's `time.Duration`, an int64 of nanoseconds. */
export class GoDuration implements GoOpaque {
  readonly goType = "time.Duration";
  constructor(readonly nanoseconds: bigint) {}

  static ofSeconds(s: number): GoDuration {
    return new GoDuration(BigInt(Math.trunc(s)) * SEC);
  }

  isZero(): boolean {
    return this.nanoseconds === 0n;
  }

  goString(): string {
    return formatDuration(this.nanoseconds);
  }

  /** `.Hours`, `.Minutes`, `.Seconds`, … on a duration. */
  goField(name: string, _args: readonly GoValue[]): GoValue {
    const ns = Number(this.nanoseconds);
    switch (name) {
      case "Hours":
        return ns / 3.6e12;
      case "Minutes":
        return ns / 6e10;
      case "Seconds":
        return ns / 1e9;
      case "Milliseconds":
        return Math.trunc(ns / 1e6);
      case "Microseconds":
        return Math.trunc(ns / 1e3);
      case "Nanoseconds":
        return ns;
      case "String":
        return this.goString();
      default:
        throw new TemplateEvalError(`can't evaluate field ${name} in type time.Duration`);
    }
  }

  seconds(): number {
    return Number(this.nanoseconds) / 1e9;
  }

  /** Go's `Duration.Round(m)`: halfway values round away from zero. */
  round(m: bigint): GoDuration {
    if (m <= 0n) return this;
    const d = this.nanoseconds;
    let r = d % m;
    if (d < 0n) {
      r = -r;
      return new GoDuration(r + r < m ? d + r : d + r - m);
    }
    return new GoDuration(r + r < m ? d - r : d + m - r);
  }
}

/** Go's `Duration.String()`. */
export function formatDuration(d: bigint): string {
  if (d === 0n) return "0s";
  const neg = d < 0n;
  const u = neg ? -d : d;
  let out: string;
  if (u < SEC) {
    // Sub-second: one unit with a fraction (`1.5ms`, `100ns`).
    const [unit, size] = u < US ? ["ns", NS] : u < MS ? ["µs", US] : ["ms", MS];
    out = fraction(u, size) + unit;
  } else {
    const h = u / HOUR;
    const m = (u % HOUR) / MIN;
    const s = fraction(u % MIN, SEC);
    out = h > 0n ? `${h}h${m}m${s}s` : m > 0n ? `${m}m${s}s` : `${s}s`;
  }
  return neg ? `-${out}` : out;
}

function fraction(v: bigint, unit: bigint): string {
  const whole = v / unit;
  const rest = v % unit;
  if (rest === 0n) return `${whole}`;
  const digits = unit.toString().length - 1;
  return `${whole}.${rest.toString().padStart(digits, "0").replace(/0+$/, "")}`;
}

/** Go's `time.ParseDuration`; throws Go's message on bad input. */
export function parseDuration(s: string): GoDuration {
  const orig = s;
  const bad = (): Error => new Error(`time: invalid duration ${JSON.stringify(orig)}`);
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s.startsWith("-");
    s = s.slice(1);
  }
  if (s === "0") return new GoDuration(0n);
  if (s === "") throw bad();
  let total = 0n;
  while (s !== "") {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s);
    const intPart = m?.[1] ?? "";
    const fracPart = m?.[2];
    if (intPart === "" && (fracPart === undefined || fracPart === "")) throw bad();
    s = s.slice(m?.[0].length ?? 0);
    const unitMatch = /^[^\d.]+/.exec(s);
    if (!unitMatch) throw new Error(`time: missing unit in duration ${JSON.stringify(orig)}`);
    const unit = UNITS[unitMatch[0]];
    if (unit === undefined) {
      throw new Error(
        `time: unknown unit ${JSON.stringify(unitMatch[0])} in duration ${JSON.stringify(orig)}`,
      );
    }
    s = s.slice(unitMatch[0].length);
    total += BigInt(intPart === "" ? "0" : intPart) * unit;
    if (fracPart) {
      const scale = 10n ** BigInt(fracPart.length);
      total += (BigInt(fracPart) * unit) / scale;
    }
  }
  return new GoDuration(neg ? -total : total);
}

export const DURATION_UNITS = { NS, US, MS, SEC, MIN, HOUR };
