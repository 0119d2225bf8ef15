/**
 * The part of shopspring/decimal Sprig's float math uses (`addf`, `subf`, `mulf`, `divf`): exact
 * decimal arithmetic on the shortest decimal form of each float64, so `addf 0.1 0.2` is 0.3.
 */

interface Decimal {
  readonly coef: bigint;
  /** value = coef × 10^exp */
  readonly exp: number;
}

/** Division keeps 16 fractional digits (decimal.DivisionPrecision). */
const DIVISION_PRECISION = 16;

/** `decimal.NewFromFloat`: the shortest decimal that round-trips. */
export function fromFloat(f: number): Decimal {
  if (!Number.isFinite(f)) throw new Error(`Cannot create a Decimal from ${f}`);
  const [mantissa = "0", expText = "0"] = f.toExponential().split("e");
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace(/^-/, "").replace(".", "");
  const fracLen = (mantissa.split(".")[1] ?? "").length;
  const coef = BigInt(digits) * (negative ? -1n : 1n);
  return { coef, exp: Number(expText) - fracLen };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp);
  return [a.coef * 10n ** BigInt(a.exp - exp), b.coef * 10n ** BigInt(b.exp - exp), exp];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { coef: x + y, exp };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return { coef: x - y, exp };
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return { coef: a.coef * b.coef, exp: a.exp + b.exp };
}

/** `Decimal.Div`: rounded half away from zero to 16 fractional digits; panics on zero. */
export function div(a: Decimal, b: Decimal): Decimal {
  if (b.coef === 0n) throw new Error("decimal division by zero");
  // a/b = (a.coef / b.coef) × 10^(a.exp-b.exp); scale to exp = -(precision+1) then round.
  const targetExp = -(DIVISION_PRECISION + 1);
  const shift = a.exp - b.exp - targetExp;
  let num = a.coef;
  let den = b.coef;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den *= 10n ** BigInt(-shift);
  const q = num / den;
  const negative = q < 0n;
  const abs = negative ? -q : q;
  const rounded = (abs + 5n) / 10n;
  return { coef: negative ? -rounded : rounded, exp: targetExp + 1 };
}

/** `Decimal.Float64()`. */
export function toFloat(d: Decimal): number {
  return Number(`${d.coef}e${d.exp}`);
}
