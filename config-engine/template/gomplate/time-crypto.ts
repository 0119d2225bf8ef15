/** Gomplate v3 `time` and `crypto` namespaces. */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  pbkdf2Sync,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  constants,
} from "node:crypto";
import bcryptjs from "bcryptjs";
import type { FunctionEnv, FunctionLibrary, GoValue } from "../contract";
import { DURATION_UNITS, GoDuration, parseDuration } from "../go-duration";
import { GoTime, loadLocation, localLocation, parseGoTime, zoneAt } from "../go-time";
import { arity, fixed, GoBytes, str } from "../sprig/go-values";
import { nondeterministic } from "../sprig/strings";
import { toInt64, toStr } from "./conv";

const LAYOUTS: Readonly<Record<string, string>> = {
  ANSIC: "Mon Jan _2 15:04:05 2006",
  UnixDate: "Mon Jan _2 15:04:05 MST 2006",
  RubyDate: "Mon Jan 02 15:04:05 -0700 2006",
  RFC822: "02 Jan 06 15:04 MST",
  RFC822Z: "02 Jan 06 15:04 -0700",
  RFC850: "Monday, 02-Jan-06 15:04:05 MST",
  RFC1123: "Mon, 02 Jan 2006 15:04:05 MST",
  RFC1123Z: "Mon, 02 Jan 2006 15:04:05 -0700",
  RFC3339: "2006-01-02T15:04:05Z07:00",
  RFC3339Nano: "2006-01-02T15:04:05.999999999Z07:00",
  Kitchen: "3:04PM",
  Stamp: "Jan _2 15:04:05",
  StampMilli: "Jan _2 15:04:05.000",
  StampMicro: "Jan _2 15:04:05.000000",
  StampNano: "Jan _2 15:04:05.000000000",
};

function nowTime(env: FunctionEnv, fn: string): GoTime {
  nondeterministic(env, fn);
  return GoTime.fromMillis(Date.now(), localLocation(env.env.TZ));
}

function timeArg(v: GoValue): GoTime {
  if (v instanceof GoTime) return v;
  throw new Error(`wrong type for value; expected time.Time`);
}

/** time.Nanosecond … time.Hour: a number of units as a Duration. */
function unit(name: string, size: bigint): FunctionLibrary[string] {
  return fixed(name, 1, (args) => new GoDuration(BigInt(toInt64(args[0])) * size));
}

export const TIME_FUNCTIONS: FunctionLibrary = {
  ...Object.fromEntries(
    Object.entries(LAYOUTS).map(([k, layout]) => [`time.${k}`, fixed(`time.${k}`, 0, () => layout)]),
  ),
  "time.ZoneName": fixed(
    "time.ZoneName",
    0,
    (_args, env) => zoneAt(localLocation(env.env.TZ), Math.floor(Date.now() / 1000)).abbrev,
  ),
  "time.ZoneOffset": fixed(
    "time.ZoneOffset",
    0,
    (_args, env) => zoneAt(localLocation(env.env.TZ), Math.floor(Date.now() / 1000)).offset,
  ),
  "time.Parse": fixed("time.Parse", 2, (args) => parseGoTime(str(args[0]), toStr(args[1]))),
  "time.ParseLocal": fixed("time.ParseLocal", 2, (args, env) =>
    parseGoTime(str(args[0]), toStr(args[1]), localLocation(env.env.TZ)),
  ),
  "time.ParseInLocation": fixed("time.ParseInLocation", 3, (args, env) =>
    parseGoTime(str(args[0]), toStr(args[2]), loadLocation(str(args[1]), env.env.TZ)),
  ),
  "time.Now": fixed("time.Now", 0, (_args, env) => nowTime(env, "time.Now")),
  // Seconds since the epoch (a number or a numeric string; fractions keep the nanoseconds).
  "time.Unix": fixed("time.Unix", 1, (args, env) => {
    const v = args[0];
    const seconds = typeof v === "number" ? v : Number(toStr(v));
    if (!Number.isFinite(seconds))
      throw new Error(`strconv.ParseFloat: parsing ${JSON.stringify(toStr(v))}: invalid syntax`);
    const whole = Math.trunc(seconds);
    const nanos = BigInt(whole) * 1_000_000_000n + BigInt(Math.round((seconds - whole) * 1e9));
    return new GoTime(nanos, localLocation(env.env.TZ));
  }),
  "time.Nanosecond": unit("time.Nanosecond", DURATION_UNITS.NS),
  "time.Microsecond": unit("time.Microsecond", DURATION_UNITS.US),
  "time.Millisecond": unit("time.Millisecond", DURATION_UNITS.MS),
  "time.Second": unit("time.Second", DURATION_UNITS.SEC),
  "time.Minute": unit("time.Minute", DURATION_UNITS.MIN),
  "time.Hour": unit("time.Hour", DURATION_UNITS.HOUR),
  "time.ParseDuration": fixed("time.ParseDuration", 1, (args) => parseDuration(toStr(args[0]))),
  "time.Since": fixed("time.Since", 1, (args, env) => {
    nondeterministic(env, "time.Since");
    return new GoDuration(BigInt(Date.now()) * 1_000_000n - timeArg(args[0]).unixNano);
  }),
  "time.Until": fixed("time.Until", 1, (args, env) => {
    nondeterministic(env, "time.Until");
    return new GoDuration(timeArg(args[0]).unixNano - BigInt(Date.now()) * 1_000_000n);
  }),
};

const HASHES = ["SHA1", "SHA224", "SHA256", "SHA384", "SHA512"] as const;

function bytesOf(v: GoValue): Buffer {
  return v instanceof GoBytes ? v.bytes : Buffer.from(toStr(v), "utf8");
}

/** gomplate's AES-CBC: key zero-padded/truncated to keyBits, random IV first, PKCS#7 padding. */
function aesArgs(name: string, args: readonly GoValue[]): [Buffer, GoValue] {
  arity(name, args, 2, 3);
  const bits = args.length === 3 ? toInt64(args[1]) : 256;
  if (![128, 192, 256].includes(bits)) throw new Error(`crypto/aes: invalid key size ${bits / 8}`);
  const key = Buffer.alloc(bits / 8);
  Buffer.from(str(args[0])).copy(key);
  return [key, args[args.length - 1]];
}

function decryptAes(name: string, args: readonly GoValue[]): Buffer {
  const [key, input] = aesArgs(name, args);
  const data = bytesOf(input);
  const decipher = createDecipheriv(`aes-${key.length * 8}-cbc`, key, data.subarray(0, 16));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
}

export const CRYPTO_FUNCTIONS: FunctionLibrary = {
  ...Object.fromEntries(
    HASHES.flatMap((h) => [
      [
        `crypto.${h}`,
        fixed(`crypto.${h}`, 1, (args) => createHash(h.toLowerCase()).update(bytesOf(args[0])).digest("hex")),
      ],
      [
        `crypto.${h}Bytes`,
        fixed(
          `crypto.${h}Bytes`,
          1,
          (args) => new GoBytes(createHash(h.toLowerCase()).update(bytesOf(args[0])).digest()),
        ),
      ],
    ]),
  ),
  "crypto.PBKDF2": (args) => {
    arity("crypto.PBKDF2", args, 4, 5);
    const hash = args.length === 5 ? str(args[4]).toLowerCase().replace("-", "") : "sha1";
    const key = pbkdf2Sync(toStr(args[0]), toStr(args[1]), toInt64(args[2]), toInt64(args[3]), hash);
    return key.toString("hex");
  },
  "crypto.WPAPSK": fixed("crypto.WPAPSK", 2, (args) =>
    pbkdf2Sync(toStr(args[1]), toStr(args[0]), 4096, 32, "sha1").toString("hex"),
  ),
  "crypto.Bcrypt": (args, env) => {
    arity("crypto.Bcrypt", args, 1, 2);
    nondeterministic(env, "crypto.Bcrypt");
    const cost = args.length === 2 ? toInt64(args[0]) : 10;
    return bcryptjs.hashSync(toStr(args[args.length - 1]), cost).replace(/^\$2b\$/, "$2a$");
  },
  "crypto.RSAGenerateKey": (args, env) => {
    arity("crypto.RSAGenerateKey", args, 0, 1);
    nondeterministic(env, "crypto.RSAGenerateKey");
    const bits = args.length === 1 ? toInt64(args[0]) : 4096;
    return generateKeyPairSync("rsa", { modulusLength: bits })
      .privateKey.export({ type: "pkcs1", format: "pem" })
      .toString();
  },
  "crypto.RSADerivePublicKey": fixed("crypto.RSADerivePublicKey", 1, (args) =>
    createPublicKey(createPrivateKey(str(args[0])))
      .export({ type: "spki", format: "pem" })
      .toString(),
  ),
  "crypto.RSAEncrypt": fixed("crypto.RSAEncrypt", 2, (args, env) => {
    nondeterministic(env, "crypto.RSAEncrypt");
    const key = createPublicKey(str(args[0]));
    return new GoBytes(publicEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, bytesOf(args[1])));
  }),
  "crypto.RSADecrypt": fixed("crypto.RSADecrypt", 2, (args) =>
    privateDecrypt(
      { key: createPrivateKey(str(args[0])), padding: constants.RSA_PKCS1_PADDING },
      bytesOf(args[1]),
    ).toString("utf8"),
  ),
  "crypto.RSADecryptBytes": fixed(
    "crypto.RSADecryptBytes",
    2,
    (args) =>
      new GoBytes(
        privateDecrypt(
          { key: createPrivateKey(str(args[0])), padding: constants.RSA_PKCS1_PADDING },
          bytesOf(args[1]),
        ),
      ),
  ),
  "crypto.ECDSAGenerateKey": (args, env) => {
    arity("crypto.ECDSAGenerateKey", args, 0, 1);
    nondeterministic(env, "crypto.ECDSAGenerateKey");
    const curves: Readonly<Record<string, string>> = {
      P224: "secp224r1",
      P256: "prime256v1",
      P384: "secp384r1",
      P521: "secp521r1",
    };
    const name = args.length === 1 ? str(args[0]) : "P256";
    const curve = curves[name];
    if (!curve) throw new Error(`unknown curve: ${name}`);
    return generateKeyPairSync("ec", { namedCurve: curve })
      .privateKey.export({ type: "sec1", format: "pem" })
      .toString();
  },
  "crypto.ECDSADerivePublicKey": fixed("crypto.ECDSADerivePublicKey", 1, (args) =>
    createPublicKey(createPrivateKey(str(args[0])))
      .export({ type: "spki", format: "pem" })
      .toString(),
  ),
  "crypto.EncryptAES": (args, env) => {
    const [key, input] = aesArgs("crypto.EncryptAES", args);
    nondeterministic(env, "crypto.EncryptAES");
    const iv = randomBytes(16);
    const cipher = createCipheriv(`aes-${key.length * 8}-cbc`, key, iv);
    return new GoBytes(Buffer.concat([iv, cipher.update(bytesOf(input)), cipher.final()]));
  },
  "crypto.DecryptAES": (args) => decryptAes("crypto.DecryptAES", args).toString("utf8"),
  "crypto.DecryptAESBytes": (args) => new GoBytes(decryptAes("crypto.DecryptAESBytes", args)),
};
