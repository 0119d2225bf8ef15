/**
 * atmos's published stack-manifest JSON Schema (`schemas/atmos-manifest-1.0.json`, see
 * `schemas/README.md`), checked with ajv as `atmos validate stacks` checks it: every manifest file
 * (not `.tmpl` files, which are not YAML before rendering), as parsed. Each violation is a
 * `MANIFEST_SCHEMA_INVALID` diagnostic at the file:line:col of the offending key.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020";
import { codeFrame } from "./code-frame";
import { isDiagnosticError, type Diagnostic } from "./diagnostics";
import { EngineErrors } from "./errors";
import { positionOf } from "./positions";
import { limitsOf } from "./limits";
import { repositoryRootOf, RepoRoot } from "./repo-files";
import type { AtmosConfig, JsonMap, JsonValue } from "./types";
import { parseManifest } from "./yaml-load";

const SCHEMA_FILE = path.join(__dirname, "schemas", "atmos-manifest-1.0.json");

let compiled: ValidateFunction | undefined;

/** The compiled schema (compiled once per process: the schema is 140 kB). */
function validator(): ValidateFunction {
  if (!compiled) {
    // strict: false: the schema uses annotations (e.g. `markdownDescription`) ajv does not know.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    compiled = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8")) as object);
  }
  return compiled;
}

/** Validates manifest files (absolute paths); returns one diagnostic per schema violation. */
export function validateManifestSchemas(config: AtmosConfig, files: readonly string[]): Diagnostic[] {
  const cwd = config.cwd ?? process.cwd();
  const display = (abs: string): string => path.relative(cwd, abs) || abs;
  const out: Diagnostic[] = [];
  const includeCache = new Map<string, JsonValue>();
  const repo = new RepoRoot(repositoryRootOf(config));
  const limits = limitsOf(config);
  for (const abs of [...files].sort()) {
    if (abs.endsWith(".tmpl")) continue;
    const text = fs.readFileSync(abs, "utf8");
    let doc: JsonMap;
    try {
      doc =
        text.trim() === ""
          ? {}
          : parseManifest(text, abs, {
              display,
              basePath: config.basePath,
              includeCache,
              importChain: [display(abs)],
              repo,
              limits,
            });
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      out.push(...e.diagnostics);
      continue;
    }
    const validate = validator();
    if (validate(doc)) continue;
    for (const err of relevantErrors(validate.errors ?? [])) out.push(toDiagnostic(err, text, display(abs)));
  }
  return out;
}

/**
 * ajv reports every failed branch of a `oneOf`/`anyOf`; keep the deepest errors of each path
 * (the most specific ones) and one message per (path, message).
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const concrete = errors.filter((e) => !["oneOf", "anyOf", "if", "not"].includes(e.keyword));
  const paths = concrete.map((e) => e.instancePath);
  // A failing alternative (e.g. "a string" for a map) is reported at every parent path: keep the
  // deepest paths only, they name the offending value.
  const deepest = concrete.filter((e) => !paths.some((p) => p.startsWith(`${e.instancePath}/`)));
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of deepest) {
    const key = `${e.instancePath}\0${e.message ?? ""}\0${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.length > 0 ? out : errors.slice(0, 1);
}

function toDiagnostic(e: ErrorObject, text: string, file: string): Diagnostic {
  const keyPath = e.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const extra =
    e.keyword === "additionalProperties"
      ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
      : e.keyword === "enum"
        ? `: ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
        : "";
  const at =
    e.keyword === "additionalProperties"
      ? [...keyPath, String((e.params as { additionalProperty?: string }).additionalProperty)]
      : keyPath;
  const { line, col } = positionOf(text, at);
  return EngineErrors.manifestSchemaInvalid(
    at.length > 0 ? at.join(".") : "(root)",
    `${e.message ?? "is invalid"}${extra}`,
    file,
    { location: { file, line, col }, keyPath: at.join("."), codeFrame: codeFrame(text, line, col) },
  );
}
