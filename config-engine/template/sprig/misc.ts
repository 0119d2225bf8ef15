/** Sprig v3 environment, URL, uuid, semver, paths, encodings, `fail` and network functions. */
import { randomUUID } from "node:crypto";
import type { FunctionEnv, FunctionLibrary, GoValue } from "../contract";
import { looksSecretName } from "../secret-names";
import { base32Decode, base32Encode, base64Decode } from "./go-base";
import * as goPath from "./go-path";
import { dict, fixed, str } from "./go-values";
import { GoSemver, semverCompare } from "./semver";
import { nondeterministic } from "./strings";
import { formatUrl, parseUrl } from "./go-url";

/** Reads an environment variable, warning when its name looks secret. */
export function readEnv(env: FunctionEnv, name: string, fn: string): string {
  if (looksSecretName(name)) {
    env.warn?.(
      "TEMPLATE_ENV_SECRET",
      `'${fn}' reads ${name}, whose name looks secret: its value ends up in the synthesized configuration`,
    );
  }
  return env.env[name] ?? "";
}

const SHELL_SPECIAL = "*#$@!?-0123456789";

/** Go's `os.Expand` with `mapping`. */
export function goExpand(s: string, mapping: (name: string) => string): string {
  let out = "";
  let i = 0;
  for (let j = 0; j < s.length; j++) {
    if (s[j] !== "$" || j + 1 >= s.length) continue;
    out += s.slice(i, j);
    const [name, width] = shellName(s.slice(j + 1));
    if (name === "" && width > 0) {
      // Invalid syntax (`${}`, `${`): Go drops it.
    } else if (name === "") out += "$";
    else out += mapping(name);
    j += width;
    i = j + 1;
  }
  return out + s.slice(i);
}

function shellName(s: string): [string, number] {
  if (s[0] === "{") {
    if (s.length > 2 && SHELL_SPECIAL.includes(s[1] ?? "") && s[2] === "}") return [s.slice(1, 2), 3];
    const close = s.indexOf("}");
    if (close === 1) return ["", 2];
    if (close < 0) return ["", 1];
    return [s.slice(1, close), close + 1];
  }
  if (SHELL_SPECIAL.includes(s[0] ?? "")) return [s.slice(0, 1), 1];
  const m = /^[A-Za-z0-9_]*/.exec(s)?.[0] ?? "";
  return [m, m.length];
}

const p1 = (name: string, f: (s: string) => GoValue): FunctionLibrary[string] =>
  fixed(name, 1, (args) => f(str(args[0])));

export const MISC_FUNCTIONS: FunctionLibrary = {
  env: fixed("env", 1, (args, env) => readEnv(env, str(args[0]), "env")),
  expandenv: fixed("expandenv", 1, (args, env) =>
    goExpand(str(args[0]), (name) => readEnv(env, name, "expandenv")),
  ),
  uuidv4: (args, env) => {
    fixed("uuidv4", 0, () => null)(args, env);
    nondeterministic(env, "uuidv4");
    return randomUUID();
  },
  fail: fixed("fail", 1, (args) => {
    throw new Error(str(args[0]));
  }),
  getHostByName: fixed("getHostByName", 1, (args) => {
    throw new Error(
      `getHostByName ${JSON.stringify(str(args[0]))}: no network here: DNS lookups are not done during synthesis; put the address in the configuration`,
    );
  }),
  urlParse: p1("urlParse", (s) => {
    try {
      return parseUrl(s).asSprigDict();
    } catch (e) {
      throw new Error(`unable to parse url: ${(e as Error).message}`);
    }
  }),
  urlJoin: fixed("urlJoin", 1, (args) => formatUrl(dict(args[0]))),
  semver: p1("semver", (s) => new GoSemver(s)),
  semverCompare: fixed("semverCompare", 2, (args) => semverCompare(str(args[0]), str(args[1]))),
  base: p1("base", goPath.base),
  dir: p1("dir", goPath.dir),
  clean: p1("clean", goPath.clean),
  ext: p1("ext", goPath.ext),
  isAbs: p1("isAbs", goPath.isAbs),
  osBase: p1("osBase", goPath.base),
  osDir: p1("osDir", goPath.dir),
  osClean: p1("osClean", goPath.clean),
  osExt: p1("osExt", goPath.ext),
  osIsAbs: p1("osIsAbs", goPath.isAbs),
  b64enc: p1("b64enc", (s) => Buffer.from(s, "utf8").toString("base64")),
  // Sprig returns the decoding error's text as the result.
  b64dec: p1("b64dec", (s) => {
    try {
      return base64Decode(s).toString("utf8");
    } catch (e) {
      return (e as Error).message;
    }
  }),
  b32enc: p1("b32enc", (s) => base32Encode(Buffer.from(s, "utf8"))),
  b32dec: p1("b32dec", (s) => {
    try {
      return base32Decode(s).toString("utf8");
    } catch (e) {
      return (e as Error).message;
    }
  }),
};
