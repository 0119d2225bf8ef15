/** Go's `strconv.FormatFloat` for the verbs `e`, `E`, `f`, `g`, `G` (prec -1: shortest). */

/** Decimal digits and the position of the decimal point (`0.d1d2… × 10^dp`). */
interface Digits {
  readonly digits: string;
  readonly dp: number;
}

/** The exact decimal expansion of a finite non-negative double (doubles are m × 2^e). */
function exactDigits(abs: number): Digits {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, abs);
  const hi = view.getUint32(0);
  const bits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let e = -1074;
  if (bits !== 0) {
    mant |= 1n << 52n;
    e = bits - 1075;
  }
  const n = e >= 0 ? mant << BigInt(e) : mant * 5n ** BigInt(-e);
  const text = n.toString();
  const dp = text.length + Math.min(e, 0);
  return { digits: text.replace(/0+$/, "") || "0", dp };
}

/** `d` rounded to `nd` significant digits, half to even on exact ties (as strconv does). */
function roundDigits(d: Digits, nd: number): Digits {
  if (nd >= d.digits.length) return d;
  if (nd < 0) return { digits: "0", dp: d.dp };
  const next = d.digits.charCodeAt(nd) - 48;
  const rest = d.digits.slice(nd + 1);
  const prevOdd = nd > 0 && (d.digits.charCodeAt(nd - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (/[1-9]/.test(rest) || prevOdd));
  let kept = d.digits.slice(0, nd);
  if (!up) return { digits: kept.replace(/0+$/, "") || "0", dp: d.dp };
  let dp = d.dp;
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === "9") i--;
  if (i < 0) {
    kept = "1";
    dp += 1;
  } else {
    kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  return { digits: kept.replace(/0+$/, "") || "0", dp };
}

/** Shortest digits that round-trip (sig < 0) or `sig` significant digits, trailing zeros trimmed. */
function decimalDigits(abs: number, sig: number): Digits {
  if (abs === 0) return { digits: "0", dp: 1 };
  if (sig < 0) {
    const [mant, e] = abs.toExponential().split("e") as [string, string];
    return { digits: mant.replace(".", "").replace(/0+$/, "") || "0", dp: Number(e) + 1 };
  }
  return roundDigits(exactDigits(abs), sig);
}

function expForm(neg: boolean, d: Digits, prec: number, upper: boolean, trim: boolean): string {
  let frac = d.digits.slice(1);
  if (!trim) frac = frac.padEnd(prec, "0");
  const exp = d.digits === "0" ? 0 : d.dp - 1;
  const e = `${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return `${neg ? "-" : ""}${d.digits[0]}${frac ? `.${frac}` : ""}${upper ? "E" : "e"}${e}`;
}

function fixedForm(neg: boolean, d: Digits, decimals: number): string {
  let int: string;
  let frac: string;
  if (d.dp <= 0) {
    int = "0";
    frac = "0".repeat(-d.dp) + d.digits;
  } else {
    int = d.digits.slice(0, d.dp).padEnd(d.dp, "0");
    frac = d.digits.slice(d.dp);
  }
  frac = frac.slice(0, decimals).padEnd(decimals, "0");
  return `${neg ? "-" : ""}${int}${decimals > 0 ? `.${frac}` : ""}`;
}

export function formatFloat(v: number, verb: "e" | "E" | "f" | "F" | "g" | "G", prec: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "+Inf" : "-Inf";
  const neg = v < 0 || Object.is(v, -0);
  const abs = Math.abs(v);
  switch (verb) {
    case "e":
    case "E": {
      const d = decimalDigits(abs, prec < 0 ? -1 : prec + 1);
      return expForm(neg, d, prec, verb === "E", prec < 0);
    }
    case "f":
    case "F": {
      if (prec < 0) {
        const d = decimalDigits(abs, -1);
        return fixedForm(neg, d, Math.max(d.digits.length - d.dp, 0));
      }
      if (abs === 0) return fixedForm(neg, { digits: "0", dp: 1 }, prec);
      const exact = exactDigits(abs);
      return fixedForm(neg, roundDigits(exact, exact.dp + prec), prec);
    }
    default: {
      const shortest = prec < 0;
      const p = prec === 0 ? 1 : prec;
      const d = decimalDigits(abs, shortest ? -1 : p);
      // strconv: the shortest form switches to an exponent at 1e+06, a fixed precision at 10^prec.
      let eprec = shortest ? 6 : p;
      if (!shortest && eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
      const exp = d.dp - 1;
      if (abs !== 0 && (exp < -4 || exp >= eprec)) {
        return expForm(neg, d, 0, verb === "G", true);
      }
      return fixedForm(neg, d, Math.max(d.digits.length - d.dp, 0));
    }
  }
}
