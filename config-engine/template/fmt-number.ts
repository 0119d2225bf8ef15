/** Go's `strconv.FormatFloat` for the verbs `e`, `E`, `f`, `g`, `G` (prec -1: shortest). */

/** Decimal digits and the position of the decimal point (`0.d1d2… × 10^dp`). */
interface Digits {
  readonly digits: string;
  readonly dp: number;
}

/** Shortest digits that round-trip (prec -1) or `sig` significant digits, trailing zeros trimmed. */
function decimalDigits(abs: number, sig: number): Digits {
  if (abs === 0) return { digits: "0", dp: 1 };
  const exp = sig < 0 ? abs.toExponential() : abs.toExponential(Math.max(sig - 1, 0));
  const [mant, e] = exp.split("e") as [string, string];
  const digits = mant.replace(".", "").replace(/0+$/, "") || "0";
  return { digits, dp: Number(e) + 1 };
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
      return `${neg ? "-" : ""}${fixedDigits(abs, prec)}`;
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

/** `abs` with exactly `decimals` decimals, exact for huge values (toFixed switches to exponents). */
function fixedDigits(abs: number, decimals: number): string {
  if (abs < 1e21) return abs.toFixed(decimals);
  const int = BigInt(Math.round(abs)).toString();
  return decimals > 0 ? `${int}.${"0".repeat(decimals)}` : int;
}
