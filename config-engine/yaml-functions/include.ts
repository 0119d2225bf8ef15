/**
 * `!include` and `!include.raw`, as atmos evaluates them at load time
 * (`pkg/utils/yaml_include_by_extension.go`, `pkg/filetype`):
 *
 * - the argument is a path (optionally quoted) and an optional YQ query after it;
 * - `./` and `../` paths are relative to the including manifest, absolute paths are taken as
 *   they are, other paths are relative to the atmos base path;
 * - by extension: `.yaml`/`.yml` and `.json` are parsed, `.hcl`/`.tf`/`.tfvars` are parsed as HCL
 *   attributes, `.env` files as dotenv, anything else (`.txt`, `.md`, no extension) is a string;
 *   `!include.raw` is always the file's text;
 * - remote sources (`https://`, `s3://`, `git::`, …) cannot be fetched here: an error says to
 *   vendor the file.
 *
 * Every file must be inside the repository root by real path (see repo-files.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseEnv } from "node:util";
import { EngineErrors, fail, type ErrorSite } from "../errors";
import { describeEscape, ESCAPE_HINT, type RepoRoot } from "../repo-files";
import type { JsonValue } from "../types";
import { evalJqSync, parseHclSync } from "./sync-worker";

/** go-getter style remote addresses (atmos `isRemoteURL` and its detectors' common forms). */
const REMOTE =
  /^(?:[a-z0-9+.-]+::|(?:https?|s3|gcs|git|oci|scp|sftp|github|ssh|file):\/\/|github\.com\/|gitlab\.com\/|bitbucket\.org\/|git@)/i;

/** True when `p` is a go-getter style remote address rather than a local path. */
export function isRemotePath(p: string): boolean {
  return REMOTE.test(p) || p.includes("::");
}

/** The parsed argument of `!include`: a path and an optional YQ query. */
export interface IncludeArgs {
  readonly path: string;
  readonly query?: string;
}

/** Splits `path [query]`; the path may be single- or double-quoted (spaces in it). */
export function parseIncludeArgs(arg: string): IncludeArgs | undefined {
  const s = arg.trim();
  if (s === "") return undefined;
  let p: string;
  let rest: string;
  const quote = s[0];
  if (quote === '"' || quote === "'") {
    const end = s.indexOf(quote, 1);
    if (end === -1) return undefined;
    p = s.slice(1, end);
    rest = s.slice(end + 1);
  } else {
    const m = /\s/.exec(s);
    p = m ? s.slice(0, m.index) : s;
    rest = m ? s.slice(m.index) : "";
  }
  const query = rest.trim().replace(/^(['"])(.*)\1$/s, "$2");
  return query === "" ? { path: p } : { path: p, query };
}

/** What resolving an include needs from the loader. */
export interface IncludeEnv {
  readonly basePath: string;
  readonly repo: RepoRoot;
  readonly display: (abs: string) => string;
  /** Manifest holding the tag. */
  readonly fromFile: string;
  readonly site: ErrorSite;
}

/** Finds the file atmos would read for `p`, or undefined. */
export function findIncludeFile(
  p: string,
  env: Pick<IncludeEnv, "basePath" | "fromFile">,
): string | undefined {
  if (path.isAbsolute(p)) return isFile(p) ? path.normalize(p) : undefined;
  const first = p.split(/[\\/]/)[0];
  if (first === "." || first === "..") {
    const fromFile = path.resolve(path.dirname(env.fromFile), p);
    return isFile(fromFile) ? fromFile : undefined;
  }
  const fromBase = path.resolve(env.basePath, p);
  return isFile(fromBase) ? fromBase : undefined;
}

function isFile(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves `written` to an existing file inside the repository root (real path) or fails with
 * REMOTE_IMPORT_UNSUPPORTED, INCLUDE_NOT_FOUND or FILE_OUTSIDE_REPOSITORY at the tag.
 */
export function locateInclude(tag: string, written: string, env: IncludeEnv): string {
  if (isRemotePath(written)) fail(EngineErrors.remoteImportUnsupported(written, env.site));
  const abs = findIncludeFile(written, env);
  if (!abs) fail(EngineErrors.includeNotFound(written, env.display(env.fromFile), env.site));
  const confined = env.repo.check(written, abs);
  if (!confined.ok) {
    fail(
      EngineErrors.fileOutsideRepository(
        `'${tag} ${written}' in '${env.display(env.fromFile)}': ${describeEscape(confined.escape)}`,
        ESCAPE_HINT,
        env.site,
      ),
    );
  }
  return confined.real;
}

/** How the file's content becomes a value, by extension (atmos `ParseByExtension`). */
export type IncludeKind = "yaml" | "json" | "hcl" | "dotenv" | "text";

export function includeKindOf(abs: string, raw: boolean): IncludeKind {
  if (raw) return "text";
  const base = path.basename(abs).toLowerCase();
  if (base.startsWith(".env.")) return "dotenv";
  const ext = path.extname(base);
  // A dotfile such as `.json` is its own extension in atmos; `path.extname` says "".
  const e = ext === "" && base.startsWith(".") ? base : ext;
  switch (e) {
    case ".yaml":
    case ".yml":
      return "yaml";
    case ".json":
      return "json";
    case ".hcl":
    case ".tf":
    case ".tfvars":
      return "hcl";
    case ".env":
      return "dotenv";
    default:
      return "text";
  }
}

/** Parses JSON, HCL or dotenv text (YAML is the loader's job); errors name the file. */
export function parseNonYaml(
  kind: "json" | "hcl" | "dotenv",
  text: string,
  file: string,
  site: ErrorSite,
): JsonValue {
  try {
    if (kind === "json") return JSON.parse(text) as JsonValue;
    if (kind === "dotenv") return { ...parseEnv(text) } as JsonValue;
    return hclToJson(parseHclSync(path.basename(file), text));
  } catch (e) {
    const what = kind === "json" ? "JSON" : kind === "hcl" ? "HCL" : "dotenv";
    return fail(EngineErrors.invalidYaml(file, `invalid ${what}: ${(e as Error).message}`, site));
  }
}

/**
 * atmos converts HCL numbers with `big.Float.Int64()`, so `1.5` becomes `1`: the same here, so
 * included `.tfvars` give the values atmos gives.
 */
function hclToJson(v: unknown): JsonValue {
  if (typeof v === "number") return Math.trunc(v);
  if (Array.isArray(v)) return v.map(hclToJson);
  if (typeof v === "object" && v !== null) {
    const out: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v)) {
      Object.defineProperty(out, k, {
        value: hclToJson(x),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return v as JsonValue;
}

/** A yq path of plain segments (`.a.b-c[0].d`): the form atmos configurations use. */
const SIMPLE_PATH = /^(?:\.[A-Za-z_][\w-]*|\[-?\d+\])+$|^\.$/;

/**
 * The jq filter for a yq expression. yq's language is jq's with a few extensions; the one plain
 * paths meet is keys with dashes (`.component-1`), which jq reads as a subtraction: such keys are
 * quoted. Other expressions are passed to jq as written.
 */
export function jqFilterOf(query: string): string {
  if (!SIMPLE_PATH.test(query)) return query;
  return query.replace(/\.([A-Za-z_][\w-]*)/g, (segment, key: string) =>
    key.includes("-") ? `.${JSON.stringify(key)}` : segment,
  );
}

/** Evaluates a `!include` query over the included value; errors name the expression. */
export function applyIncludeQuery(value: JsonValue, query: string, file: string, site: ErrorSite): JsonValue {
  try {
    return evalJqSync(value, jqFilterOf(query)) as JsonValue;
  } catch (e) {
    const reason = (e as Error).message.replace(/^Non-zero exit code: \d+\s*/, "").trim();
    return fail(
      EngineErrors.includeUnsupported(`the YQ expression '${query}' on '${file}' failed: ${reason}`, site),
    );
  }
}
