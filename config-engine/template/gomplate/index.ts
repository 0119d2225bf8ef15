/**
 * Gomplate v3 (github.com/hairyhenderson/gomplate/v3 v3.11.8, what atmos's
 * `gomplate.CreateFuncs` gives templates when `templates.settings.gomplate.enabled`), as flat keys:
 * namespaced functions (`strings.Title`, `conv.ToBool`, …) and gomplate's top-level aliases
 * (`getenv`, `ds`, `toJSON`, …).
 *
 * Precedence (atmos `internal/exec/template_utils.go`): the function map is
 * `lo.Assign(gomplateFuncs, sprigFuncs, atmosFuncs)`, so where Sprig and gomplate share a top-level
 * name (`contains`, `default`, `dict`, `merge`, `title`, `fail`, …) Sprig's function wins and
 * atmos's own functions win over both. The registry spreads GOMPLATE_FUNCTIONS first.
 */
import type { FunctionLibrary } from "../contract";
import { goErrors } from "../sprig";
import { COLL_FUNCTIONS, COLL_TOP_LEVEL } from "./coll";
import { CONV_FUNCTIONS, CONV_TOP_LEVEL } from "./conv";
import { DATA_FUNCTIONS, DATA_TOP_LEVEL, DATASOURCE_FUNCTIONS } from "./data";
import { MATH_FUNCTIONS, MATH_TOP_LEVEL } from "./math";
import { MISC_FUNCTIONS, MISC_TOP_LEVEL } from "./misc";
import { STRINGS_FUNCTIONS, STRINGS_TOP_LEVEL } from "./strings";
import { CRYPTO_FUNCTIONS, TIME_FUNCTIONS } from "./time-crypto";

const NO_NETWORK = "no network here: vendor the data into the repository and use a file:// datasource";

/** Gomplate functions that query cloud metadata, DNS or KMS: a clear error instead of a lookup. */
const NETWORK_FUNCTIONS: FunctionLibrary = Object.fromEntries(
  [
    "aws.EC2Meta",
    "aws.EC2Dynamic",
    "aws.EC2Region",
    "aws.EC2Tag",
    "aws.EC2Tags",
    "aws.KMSEncrypt",
    "aws.KMSDecrypt",
    "aws.Account",
    "aws.ARN",
    "aws.UserID",
    "gcp.Meta",
    "net.LookupIP",
    "net.LookupIPs",
    "net.LookupCNAME",
    "net.LookupSRV",
    "net.LookupSRVs",
    "net.LookupTXT",
    "ec2meta",
    "ec2dynamic",
    "ec2tag",
    "ec2region",
  ].map((name) => [
    name,
    () => {
      throw new Error(`${name}: ${NO_NETWORK}`);
    },
  ]),
);

/** `file.Read`/`file.Exists` through the repository-confined reader. */
const FILE_FUNCTIONS: FunctionLibrary = {
  "file.Read": (args, env) => {
    const path = typeof args[0] === "string" ? args[0] : "";
    if (!env.readFile) throw new Error("file.Read: reading files is not available here");
    return env.readFile(path);
  },
  "file.Exists": (args, env) => {
    try {
      env.readFile?.(typeof args[0] === "string" ? args[0] : "");
      return env.readFile !== undefined;
    } catch {
      return false;
    }
  },
};

const TOP_LEVEL: FunctionLibrary = {
  ...STRINGS_TOP_LEVEL,
  ...CONV_TOP_LEVEL,
  ...COLL_TOP_LEVEL,
  ...MATH_TOP_LEVEL,
  ...DATA_TOP_LEVEL,
  ...DATASOURCE_FUNCTIONS,
  ...MISC_TOP_LEVEL,
};

/** Every top-level (non-namespaced) name gomplate defines; Sprig overrides the shared ones. */
export const GOMPLATE_TOP_LEVEL: ReadonlySet<string> = new Set([
  ...Object.keys(TOP_LEVEL),
  "ec2meta",
  "ec2dynamic",
  "ec2tag",
  "ec2region",
]);

/** Gomplate namespaces covered (`<namespace>.<Function>` keys). */
export const GOMPLATE_NAMESPACES: readonly string[] = [
  "strings",
  "conv",
  "coll",
  "math",
  "data",
  "env",
  "path",
  "filepath",
  "regexp",
  "time",
  "crypto",
  "base64",
  "test",
  "uuid",
  "random",
  "file",
];

export const GOMPLATE_FUNCTIONS: FunctionLibrary = goErrors({
  ...STRINGS_FUNCTIONS,
  ...CONV_FUNCTIONS,
  ...COLL_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...DATA_FUNCTIONS,
  ...MISC_FUNCTIONS,
  ...TIME_FUNCTIONS,
  ...CRYPTO_FUNCTIONS,
  ...FILE_FUNCTIONS,
  ...NETWORK_FUNCTIONS,
  ...TOP_LEVEL,
});
