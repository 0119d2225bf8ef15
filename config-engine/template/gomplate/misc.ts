/** Gomplate v3 `env`, `path`, `filepath`, `regexp`, `base64`, `test`, `uuid` and `random` namespaces. */
import { randomInt, randomUUID } from "node:crypto";
import type { FunctionLibrary, GoValue } from "../contract";
import { base64Decode } from "../sprig/go-base";
import * as goPath from "../sprig/go-path";
import { GoRegexp, quoteMeta } from "../sprig/go-regexp";
import { arity, fixed, GoBytes, goKindName, isList, str } from "../sprig/go-values";
import { goExpand, readEnv } from "../sprig/misc";
import { nondeterministic } from "../sprig/strings";
import { toBool, toInt64, toStr } from "./conv";

const p1 = (name: string, f: (s: string) => GoValue): FunctionLibrary[string] =>
  fixed(name, 1, (args) => f(toStr(args[0])));

function pathNamespace(ns: "path" | "filepath"): FunctionLibrary {
  return {
    [`${ns}.Base`]: p1(`${ns}.Base`, goPath.base),
    [`${ns}.Clean`]: p1(`${ns}.Clean`, goPath.clean),
    [`${ns}.Dir`]: p1(`${ns}.Dir`, goPath.dir),
    [`${ns}.Ext`]: p1(`${ns}.Ext`, goPath.ext),
    [`${ns}.IsAbs`]: p1(`${ns}.IsAbs`, goPath.isAbs),
    [`${ns}.Join`]: (args) => goPath.join(args.map(toStr)),
    [`${ns}.Match`]: fixed(`${ns}.Match`, 2, (args) => goPath.match(toStr(args[0]), toStr(args[1]))),
    [`${ns}.Split`]: p1(`${ns}.Split`, (s) => goPath.split(s)),
  };
}

/** Go's filepath.Rel on slash paths. */
function rel(basePath: string, target: string): string {
  const b = goPath.clean(basePath);
  const t = goPath.clean(target);
  if (goPath.isAbs(b) !== goPath.isAbs(t))
    throw new Error(`Rel: can't make ${target} relative to ${basePath}`);
  const bp = b === "." ? [] : b.split("/").filter(Boolean);
  const tp = t === "." ? [] : t.split("/").filter(Boolean);
  let i = 0;
  while (i < bp.length && i < tp.length && bp[i] === tp[i]) i++;
  if (bp.slice(i).includes("..")) throw new Error(`Rel: can't make ${target} relative to ${basePath}`);
  const parts = [...bp.slice(i).map(() => ".."), ...tp.slice(i)];
  return parts.length === 0 ? "." : parts.join("/");
}

/** regexp functions take (re, [n], input); a bad pattern is an error. */
function countAndInput(name: string, args: readonly GoValue[]): [string, number, string] {
  arity(name, args, 2, 3);
  const n = args.length === 3 ? toInt64(args[1]) : -1;
  return [toStr(args[0]), n, toStr(args[args.length - 1])];
}

const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ALNUM = `${ALPHA}0123456789`;
const ASCII_PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

function randomFrom(alphabet: string, count: number): string {
  let out = "";
  for (let i = 0; i < count; i++) out += alphabet[randomInt(alphabet.length)] ?? "";
  return out;
}

const UUID = /^(urn:uuid:)?\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;

export const MISC_FUNCTIONS: FunctionLibrary = {
  "env.Getenv": (args, env) => {
    arity("env.Getenv", args, 1, 2);
    const value = readEnv(env, toStr(args[0]), "env.Getenv");
    return value === "" && args.length === 2 ? str(args[1]) : value;
  },
  "env.ExpandEnv": fixed("env.ExpandEnv", 1, (args, env) =>
    goExpand(toStr(args[0]), (name) => readEnv(env, name, "env.ExpandEnv")),
  ),
  ...pathNamespace("path"),
  ...pathNamespace("filepath"),
  "filepath.FromSlash": p1("filepath.FromSlash", (s) => s),
  "filepath.ToSlash": p1("filepath.ToSlash", (s) => s),
  "filepath.VolumeName": p1("filepath.VolumeName", () => ""),
  "filepath.Rel": fixed("filepath.Rel", 2, (args) => rel(toStr(args[0]), toStr(args[1]))),
  "regexp.Find": fixed("regexp.Find", 2, (args) => GoRegexp.compile(toStr(args[0])).find(toStr(args[1]))),
  "regexp.FindAll": (args) => {
    const [re, n, input] = countAndInput("regexp.FindAll", args);
    return GoRegexp.compile(re).findAll(input, n);
  },
  "regexp.Match": fixed("regexp.Match", 2, (args) =>
    GoRegexp.mustCompile(toStr(args[0])).test(toStr(args[1])),
  ),
  "regexp.QuoteMeta": p1("regexp.QuoteMeta", quoteMeta),
  "regexp.Replace": fixed("regexp.Replace", 3, (args) =>
    GoRegexp.mustCompile(toStr(args[0])).replaceAll(toStr(args[2]), toStr(args[1])),
  ),
  "regexp.ReplaceLiteral": fixed("regexp.ReplaceLiteral", 3, (args) =>
    GoRegexp.compile(toStr(args[0])).replaceAllLiteral(toStr(args[2]), toStr(args[1])),
  ),
  "regexp.Split": (args) => {
    const [re, n, input] = countAndInput("regexp.Split", args);
    return GoRegexp.compile(re).split(input, n);
  },
  "base64.Encode": fixed("base64.Encode", 1, (args) => {
    const v = args[0];
    return (v instanceof GoBytes ? v.bytes : Buffer.from(toStr(v), "utf8")).toString("base64");
  }),
  "base64.Decode": p1("base64.Decode", (s) => decodeAnyBase64(s).toString("utf8")),
  "base64.DecodeBytes": p1("base64.DecodeBytes", (s) => new GoBytes(decodeAnyBase64(s))),
  "test.Assert": (args) => {
    arity("test.Assert", args, 1, 2);
    if (toBool(args[args.length - 1])) return "";
    if (args.length === 2) {
      if (typeof args[0] !== "string")
        throw new Error(`at <1>: expected string; found ${goKindName(args[0])}`);
      throw new Error(`assertion failed: ${args[0]}`);
    }
    throw new Error("assertion failed");
  },
  "test.Fail": (args) => {
    arity("test.Fail", args, 0, 1);
    const message = args.length === 1 ? toStr(args[0]) : "";
    throw new Error(message ? `template generation failed: ${message}` : "template generation failed");
  },
  "test.Required": (args) => {
    arity("test.Required", args, 1, 2);
    let message = "can not render template: a required value was not set";
    if (args.length === 2) {
      if (typeof args[0] !== "string")
        throw new Error(`at <1>: expected string; found ${goKindName(args[0])}`);
      if (args[0] !== "") message = args[0];
    }
    const value = args[args.length - 1];
    if (value === null || value === undefined || value === "") throw new Error(message);
    return value;
  },
  "test.Ternary": fixed("test.Ternary", 3, (args) => (toBool(args[2]) ? args[0] : args[1])),
  "test.Kind": fixed("test.Kind", 1, (args) => goKindName(args[0])),
  "test.IsKind": fixed("test.IsKind", 2, (args) => {
    const kind = str(args[0]);
    const actual = goKindName(args[1]);
    return kind === "number" ? actual === "int" || actual === "float64" : kind === actual;
  }),
  "uuid.V1": fixed("uuid.V1", 0, (_args, env) => {
    nondeterministic(env, "uuid.V1");
    const v4 = randomUUID();
    // A time-based layout (version nibble 1) over random bits: no MAC address is read.
    return `${v4.slice(0, 14)}1${v4.slice(15)}`;
  }),
  "uuid.V4": fixed("uuid.V4", 0, (_args, env) => {
    nondeterministic(env, "uuid.V4");
    return randomUUID();
  }),
  "uuid.Nil": fixed("uuid.Nil", 0, () => "00000000-0000-0000-0000-000000000000"),
  "uuid.IsValid": p1("uuid.IsValid", (s) => UUID.test(s)),
  "uuid.Parse": p1("uuid.Parse", (s) => {
    if (!UUID.test(s)) throw new Error(`invalid UUID length: ${s.length}`);
    const hex = s
      .replace(/^urn:uuid:/i, "")
      .replace(/[{}-]/g, "")
      .toLowerCase();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }),
  "random.ASCII": fixed("random.ASCII", 1, (args, env) => {
    nondeterministic(env, "random.ASCII");
    return randomFrom(ASCII_PRINTABLE, toInt64(args[0]));
  }),
  "random.Alpha": fixed("random.Alpha", 1, (args, env) => {
    nondeterministic(env, "random.Alpha");
    return randomFrom(ALPHA, toInt64(args[0]));
  }),
  "random.AlphaNum": fixed("random.AlphaNum", 1, (args, env) => {
    nondeterministic(env, "random.AlphaNum");
    return randomFrom(ALNUM, toInt64(args[0]));
  }),
  "random.Item": fixed("random.Item", 1, (args, env) => {
    nondeterministic(env, "random.Item");
    const items = args[0];
    if (!isList(items) || items.length === 0) throw new Error("expected a non-empty array or slice");
    return items[randomInt(items.length)];
  }),
  "random.Number": (args, env) => {
    arity("random.Number", args, 0, 2);
    nondeterministic(env, "random.Number");
    const [min, max] =
      args.length === 2
        ? [toInt64(args[0]), toInt64(args[1])]
        : [0, args.length === 1 ? toInt64(args[0]) : 100];
    if (min > max) throw new Error(`min must not be greater than max (was ${min}, ${max})`);
    return min + randomInt(max - min + 1);
  },
  "random.Float": (args, env) => {
    arity("random.Float", args, 0, 2);
    nondeterministic(env, "random.Float");
    const [min, max] =
      args.length === 2 ? [Number(args[0]), Number(args[1])] : [0, args.length === 1 ? Number(args[0]) : 1];
    return min + Math.random() * (max - min);
  },
};

/** gomplate's base64 decoding accepts standard and URL alphabets, padded or not. */
function decodeAnyBase64(s: string): Buffer {
  try {
    return base64Decode(s);
  } catch (e) {
    const normalized = s.replace(/-/g, "+").replace(/_/g, "/");
    const padded = normalized + "=".repeat((4 - (normalized.length % 4)) % 4);
    if (/^[A-Za-z0-9+/]*=*$/.test(padded) && padded !== s) return base64Decode(padded);
    throw e;
  }
}

export const MISC_TOP_LEVEL: FunctionLibrary = {
  getenv: MISC_FUNCTIONS["env.Getenv"] ?? (() => null),
  assert: MISC_FUNCTIONS["test.Assert"] ?? (() => null),
  fail: MISC_FUNCTIONS["test.Fail"] ?? (() => null),
  required: MISC_FUNCTIONS["test.Required"] ?? (() => null),
  ternary: MISC_FUNCTIONS["test.Ternary"] ?? (() => null),
  kind: MISC_FUNCTIONS["test.Kind"] ?? (() => null),
  isKind: MISC_FUNCTIONS["test.IsKind"] ?? (() => null),
};
