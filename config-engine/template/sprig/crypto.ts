/** Sprig v3 hashes, passwords, AES and keys (crypto.go); X.509 generation is not available here. */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  generateKeyPairSync,
  randomBytes,
  scryptSync,
} from "node:crypto";
import bcryptjs from "bcryptjs";
import type { FunctionLibrary } from "../contract";
import { base64Decode } from "./go-base";
import { fixed, int, str } from "./go-values";
import { nondeterministic } from "./strings";

const hash = (algo: string) => (s: string) => createHash(algo).update(s, "utf8").digest("hex");

/** hash/adler32 Checksum. */
export function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** x/crypto/bcrypt GenerateFromPassword at DefaultCost (10), with Go's `$2a$` prefix. */
function bcrypt(password: string): string {
  return bcryptjs.hashSync(password, 10).replace(/^\$2b\$/, "$2a$");
}

const MASTER_PASSWORD_SEED = "com.lyndir.masterpassword";
const PASSWORD_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  maximum: ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
  long: [
    "CvcvnoCvcvCvcv",
    "CvcvCvcvnoCvcv",
    "CvcvCvcvCvcvno",
    "CvccnoCvcvCvcv",
    "CvccCvcvnoCvcv",
    "CvccCvcvCvcvno",
    "CvcvnoCvccCvcv",
    "CvcvCvccnoCvcv",
    "CvcvCvccCvcvno",
    "CvcvnoCvcvCvcc",
    "CvcvCvcvnoCvcc",
    "CvcvCvcvCvccno",
    "CvccnoCvccCvcv",
    "CvccCvccnoCvcv",
    "CvccCvccCvcvno",
    "CvcvnoCvccCvcc",
    "CvcvCvccnoCvcc",
    "CvcvCvccCvccno",
    "CvccnoCvcvCvcc",
    "CvccCvcvnoCvcc",
    "CvccCvcvCvccno",
  ],
  medium: ["CvcnoCvc", "CvcCvcno"],
  short: ["Cvcn"],
  basic: ["aaanaaan", "aannaaan", "aaannaaa"],
  pin: ["nnnn"],
};
const TEMPLATE_CHARACTERS: Readonly<Record<string, string>> = {
  V: "AEIOU",
  C: "BCDFGHJKLMNPQRSTVWXYZ",
  v: "aeiou",
  c: "bcdfghjklmnpqrstvwxyz",
  A: "AEIOUBCDFGHJKLMNPQRSTVWXYZ",
  a: "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz",
  n: "0123456789",
  o: "@&%?,=[]_:-+*$#!'^~;()/.",
  x: "AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()",
};

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

/** The Master Password algorithm Sprig implements (scrypt N=32768 r=8 p=2, HMAC-SHA256 seed). */
export function derivePassword(
  counter: number,
  type: string,
  password: string,
  user: string,
  site: string,
): string {
  const templates = PASSWORD_TEMPLATES[type];
  if (!templates) return `cannot find password template ${type}`;
  const seedBytes = Buffer.from(MASTER_PASSWORD_SEED);
  const userBytes = Buffer.from(user);
  const salt = Buffer.concat([seedBytes, uint32(userBytes.length), userBytes]);
  const key = scryptSync(Buffer.from(password), salt, 64, {
    N: 32768,
    r: 8,
    p: 2,
    maxmem: 256 * 1024 * 1024,
  });
  const siteBytes = Buffer.from(site);
  const message = Buffer.concat([seedBytes, uint32(siteBytes.length), siteBytes, uint32(counter)]);
  const seed = createHmac("sha256", key).update(message).digest();
  const template = templates[(seed[0] ?? 0) % templates.length] ?? "";
  let out = "";
  [...template].forEach((ch, i) => {
    const chars = TEMPLATE_CHARACTERS[ch] ?? "";
    out += chars[(seed[i + 1] ?? 0) % chars.length] ?? "";
  });
  return out;
}

function aesKey(password: string): Buffer {
  const key = Buffer.alloc(32);
  Buffer.from(password).copy(key, 0, 0, 32);
  return key;
}

function encryptAES(password: string, plaintext: string): string {
  if (plaintext === "") return "";
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", aesKey(password), iv);
  return Buffer.concat([iv, cipher.update(plaintext, "utf8"), cipher.final()]).toString("base64");
}

function decryptAES(password: string, crypt64: string): string {
  if (crypt64 === "") return "";
  const crypt = base64Decode(crypt64);
  if (crypt.length < 16 || (crypt.length - 16) % 16 !== 0)
    throw new Error("crypto/cipher: input not full blocks");
  const decipher = createDecipheriv("aes-256-cbc", aesKey(password), crypt.subarray(0, 16));
  // Sprig strips the padding by its last byte without checking it.
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(crypt.subarray(16)), decipher.final()]);
  return plain.subarray(0, plain.length - (plain[plain.length - 1] ?? 0)).toString("utf8");
}

function genPrivateKey(type: string): string {
  switch (type) {
    case "":
    case "rsa":
      return generateKeyPairSync("rsa", { modulusLength: 4096 })
        .privateKey.export({ type: "pkcs1", format: "pem" })
        .toString();
    case "ecdsa":
      return generateKeyPairSync("ec", { namedCurve: "prime256v1" })
        .privateKey.export({ type: "sec1", format: "pem" })
        .toString();
    case "ed25519":
      return generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    case "dsa":
      throw new Error('genPrivateKey "dsa" is not supported here (Node cannot write Go\'s DSA PEM form)');
    default:
      return `Unknown type ${type}`;
  }
}

const CERTIFICATE_FUNCTIONS = [
  "buildCustomCert",
  "genCA",
  "genCAWithKey",
  "genSelfSignedCert",
  "genSelfSignedCertWithKey",
  "genSignedCert",
  "genSignedCertWithKey",
] as const;

function unsupportedCertificate(name: string): FunctionLibrary[string] {
  return () => {
    throw new Error(
      `${name} is not supported here: certificates generated during synthesis would change on every run; create them outside the stack configuration`,
    );
  };
}

export const CRYPTO_FUNCTIONS: FunctionLibrary = {
  sha1sum: fixed("sha1sum", 1, (args) => hash("sha1")(str(args[0]))),
  sha256sum: fixed("sha256sum", 1, (args) => hash("sha256")(str(args[0]))),
  sha512sum: fixed("sha512sum", 1, (args) => hash("sha512")(str(args[0]))),
  adler32sum: fixed("adler32sum", 1, (args) => String(adler32(Buffer.from(str(args[0]))))),
  bcrypt: fixed("bcrypt", 1, (args, env) => {
    nondeterministic(env, "bcrypt");
    return bcrypt(str(args[0]));
  }),
  htpasswd: fixed("htpasswd", 2, (args, env) => {
    const user = str(args[0]);
    if (user.includes(":")) return `invalid username: ${user}`;
    nondeterministic(env, "htpasswd");
    return `${user}:${bcrypt(str(args[1]))}`;
  }),
  derivePassword: fixed("derivePassword", 5, (args) =>
    derivePassword(int(args[0]), str(args[1]), str(args[2]), str(args[3]), str(args[4])),
  ),
  genPrivateKey: fixed("genPrivateKey", 1, (args, env) => {
    nondeterministic(env, "genPrivateKey");
    return genPrivateKey(str(args[0]));
  }),
  encryptAES: fixed("encryptAES", 2, (args, env) => {
    nondeterministic(env, "encryptAES");
    return encryptAES(str(args[0]), str(args[1]));
  }),
  decryptAES: fixed("decryptAES", 2, (args) => decryptAES(str(args[0]), str(args[1]))),
  randBytes: fixed("randBytes", 1, (args, env) => {
    nondeterministic(env, "randBytes");
    return randomBytes(Math.max(0, int(args[0]))).toString("base64");
  }),
  ...Object.fromEntries(CERTIFICATE_FUNCTIONS.map((n) => [n, unsupportedCertificate(n)])),
};
