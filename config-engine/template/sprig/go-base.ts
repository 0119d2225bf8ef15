/** Go's strict `encoding/base64` and `encoding/base32` standard encodings. */

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Go's StdEncoding.DecodeString: newlines ignored, padding required; throws `illegal base64 data at input byte N`. */
export function base64Decode(s: string): Buffer {
  const clean = s.replace(/[\r\n]/g, "");
  const illegal = (i: number): Error => new Error(`illegal base64 data at input byte ${i}`);
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i] ?? "";
    if (ch === "=") {
      // Padding only in the last group, at most two, and nothing after it.
      const tail = clean.slice(i);
      if (!/^={1,2}$/.test(tail) || clean.length % 4 !== 0 || i % 4 < 2) throw illegal(i);
      break;
    }
    if (!B64.includes(ch)) throw illegal(i);
  }
  if (clean.length % 4 !== 0) throw illegal(clean.length - (clean.length % 4));
  return Buffer.from(clean, "base64");
}

export function base32Encode(data: Buffer): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += "=";
  return out;
}

/** Go's base32.StdEncoding.DecodeString; throws `illegal base32 data at input byte N`. */
export function base32Decode(s: string): Buffer {
  const clean = s.replace(/[\r\n]/g, "");
  const illegal = (i: number): Error => new Error(`illegal base32 data at input byte ${i}`);
  if (clean.length % 8 !== 0) throw illegal(clean.length - (clean.length % 8));
  const firstPad = clean.indexOf("=");
  const body = firstPad < 0 ? clean : clean.slice(0, firstPad);
  if (firstPad >= 0) {
    const padLen = clean.length - firstPad;
    if (!/^=+$/.test(clean.slice(firstPad)) || ![1, 3, 4, 6].includes(padLen)) throw illegal(firstPad);
  }
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (let i = 0; i < body.length; i++) {
    const idx = B32.indexOf(body[i] ?? "");
    if (idx < 0) throw illegal(i);
    value = ((value << 5) | idx) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
