/**
 * The policy catalogue: the Rego v1 policies in this folder, described by their header comments
 * (see `header.ts`) and validated before anything uses them. This module and the config engine
 * are the only places that read files.
 *
 * Each policy file declares its own package (`spacelift.<type>_<name>`), so `opa test policies/`
 * can load every policy and test at once without their rules colliding. Spacelift evaluates each
 * policy on its own, in the package every Spacelift document and example uses, `spacelift`;
 * {@link readCatalogPolicy} returns the body with that package, ready for `spacelift_policy.body`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  DiagnosticBag,
  DiagnosticError,
  type Diagnostic,
  type SourceLocation,
} from "../config-engine/diagnostics";
import { policyErrors } from "./errors";
import { parsePolicySource, type HeaderValue } from "./header";
import { lineAndColumn, maskRegoSource } from "./rego-source";

/** Spacelift policy types (`spacelift_policy.type`), without the deprecated aliases. */
export const SPACELIFT_POLICY_TYPES = [
  "ACCESS",
  "APPROVAL",
  "GIT_PUSH",
  "INITIALIZATION",
  "INTENT",
  "LOGIN",
  "NOTIFICATION",
  "PLAN",
  "TASK",
  "TRIGGER",
] as const;

/** One Spacelift policy type. */
export type SpaceliftPolicyType = (typeof SPACELIFT_POLICY_TYPES)[number];

/** The engine every catalogue policy is written for (`spacelift_policy.engine_type`). */
export const CATALOG_ENGINE_TYPE = "REGO_V1";

/** The package Spacelift evaluates; every uploaded body declares it. */
export const SPACELIFT_POLICY_PACKAGE = "spacelift";

/** One policy of the catalogue. */
export interface CatalogPolicy {
  /** File name inside the catalogue folder, e.g. `git_push.proposed-run.rego`. */
  readonly file: string;
  /** Spacelift policy name from the header, e.g. `GIT_PUSH Proposed Run`. */
  readonly name: string;
  readonly type: SpaceliftPolicyType;
  readonly engineType: typeof CATALOG_ENGINE_TYPE;
  /** What the policy decides (the header's `Decides:`). */
  readonly description: string;
  /** Which input fields the policy reads (the header's `Input:`). */
  readonly input: string;
  /** Labels the policy is created with, e.g. `autoattach:pr-comment-triggered`; empty when none. */
  readonly defaultLabels: readonly string[];
  /** Package declared in the file; uploads use {@link SPACELIFT_POLICY_PACKAGE} instead. */
  readonly sourcePackage: string;
}

/** Where the catalogue is. */
export interface CatalogOptions {
  /**
   * Folder holding the catalogue's `.rego` files.
   * @default this module's folder (`policies/`)
   */
  readonly dir?: string;
}

interface LoadedPolicy {
  readonly policy: CatalogPolicy;
  readonly source: string;
  readonly packageLine: number;
}

const FILE_NAME = /^([a-z]+(?:_[a-z]+)*)\.([a-z0-9]+(?:-[a-z0-9]+)*)\.rego$/;

/** The package a catalogue file must declare: `git_push.proposed-run.rego` → `spacelift.git_push_proposed_run`. */
export function catalogPackageFor(file: string): string {
  return `${SPACELIFT_POLICY_PACKAGE}.${file.replace(/\.rego$/, "").replace(/[.-]/g, "_")}`;
}

/** Returns `source` with its package statement (1-based `packageLine`) replaced by `package spacelift`. */
export function toSpaceliftBody(source: string, packageLine: number): string {
  const lines = source.split("\n");
  lines[packageLine - 1] = `package ${SPACELIFT_POLICY_PACKAGE}`;
  return lines.join("\n");
}

function isPolicyType(value: string): value is SpaceliftPolicyType {
  return (SPACELIFT_POLICY_TYPES as readonly string[]).includes(value);
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

function parseLabels(value: HeaderValue | undefined, file: string, problems: Diagnostic[]): string[] {
  if (!value) return [];
  const labels = value.value.split(",").map((l) => l.trim());
  if (labels.some((label) => label === "" || /\s/.test(label))) {
    problems.push(
      policyErrors.headerInvalid(
        { file, line: value.line, col: 1 },
        `# Labels: ${value.value}`,
        "has an empty label or a label with spaces",
      ),
    );
  }
  return labels;
}

/** The name and type must agree with each other and with the file name's type prefix. */
function checkIdentity(
  file: string,
  filePrefix: string,
  name: HeaderValue,
  type: HeaderValue,
  shown: string,
): Diagnostic[] {
  const at = (line: number): SourceLocation => ({ file: shown, line, col: 1 });
  if (!isPolicyType(type.value))
    return [policyErrors.unknownType(at(type.line), type.value, SPACELIFT_POLICY_TYPES)];
  const problems: Diagnostic[] = [];
  if (filePrefix.toUpperCase() !== type.value) {
    problems.push(
      policyErrors.nameMismatch(
        at(type.line),
        `file name '${file}' does not start with the type ${type.value}`,
      ),
    );
  }
  if (!name.value.startsWith(`${type.value} `)) {
    problems.push(
      policyErrors.nameMismatch(
        at(name.line),
        `policy name '${name.value}' does not start with its type ${type.value}`,
      ),
    );
  }
  return problems;
}

function checkDataReferences(source: string, file: string): Diagnostic[] {
  const masked = maskRegoSource(source);
  const match = /(?<![\w.])data\s*[.[]/.exec(masked);
  return match ? [policyErrors.dataReference({ file, ...lineAndColumn(masked, match.index) })] : [];
}

function loadPolicy(dir: string, file: string, bag: DiagnosticBag): LoadedPolicy | undefined {
  const shown = displayPath(join(dir, file));
  const fileName = FILE_NAME.exec(file);
  if (!fileName) {
    bag.add(policyErrors.fileNameInvalid(shown));
    return undefined;
  }
  const source = readFileSync(join(dir, file), "utf8");
  const parsed = parsePolicySource(shown, source);
  const problems: Diagnostic[] = [...parsed.diagnostics];
  const name = parsed.fields.get("Name");
  const type = parsed.fields.get("Type");
  const decides = parsed.fields.get("Decides");
  const input = parsed.fields.get("Input");
  let policy: LoadedPolicy | undefined;
  if (name && type && decides && input && parsed.packagePath && parsed.packageLine) {
    problems.push(...checkIdentity(file, fileName[1]!, name, type, shown));
    const expectedPackage = catalogPackageFor(file);
    if (parsed.packagePath !== expectedPackage) {
      problems.push(
        policyErrors.packageInvalid(
          { file: shown, line: parsed.packageLine, col: 1 },
          parsed.packagePath,
          expectedPackage,
        ),
      );
    }
    const defaultLabels = parseLabels(parsed.fields.get("Labels"), shown, problems);
    problems.push(...checkDataReferences(source, shown));
    if (problems.length === 0 && isPolicyType(type.value)) {
      policy = {
        policy: {
          file,
          name: name.value,
          type: type.value,
          engineType: CATALOG_ENGINE_TYPE,
          description: decides.value,
          input: input.value,
          defaultLabels,
          sourcePackage: parsed.packagePath,
        },
        source,
        packageLine: parsed.packageLine,
      };
    }
  }
  problems.forEach((d) => bag.add(d));
  return policy;
}

function loadCatalog(options: CatalogOptions | undefined): LoadedPolicy[] {
  const dir = options?.dir ?? __dirname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".rego") && !f.endsWith("_test.rego"))
    .sort();
  const bag = new DiagnosticBag();
  const loaded: LoadedPolicy[] = [];
  const byName = new Map<string, string>();
  for (const file of files) {
    const entry = loadPolicy(dir, file, bag);
    if (!entry) continue;
    const key = entry.policy.name.toLowerCase();
    const other = byName.get(key);
    if (other) {
      bag.add(
        policyErrors.duplicateName(
          { file: displayPath(join(dir, file)), line: 1, col: 1 },
          entry.policy.name,
          other,
        ),
      );
    } else {
      byName.set(key, file);
    }
    loaded.push(entry);
  }
  bag.throwIfErrors();
  return loaded;
}

/** A loaded, validated catalogue that serves policies and bodies without reading files again. */
export interface CatalogReader {
  /** The header facts and Spacelift body of a catalogue file; undefined when there is no such file. */
  read(file: string): (CatalogPolicy & { readonly body: string }) | undefined;
  /** Every catalogue file name, sorted. */
  files(): readonly string[];
  /** Every catalogue policy, sorted by file name. */
  policies(): readonly CatalogPolicy[];
}

/**
 * Loads and validates the catalogue once.
 * @throws DiagnosticError listing every invalid catalogue file.
 */
export function openCatalog(options?: CatalogOptions): CatalogReader {
  const loaded = loadCatalog(options);
  const byFile = new Map(loaded.map((l) => [l.policy.file, l]));
  return {
    read: (file) => {
      const entry = byFile.get(file);
      return entry && { ...entry.policy, body: toSpaceliftBody(entry.source, entry.packageLine) };
    },
    files: () => loaded.map((l) => l.policy.file),
    policies: () => loaded.map((l) => l.policy),
  };
}

/**
 * Every catalogue policy, sorted by file name.
 * @throws DiagnosticError listing every invalid catalogue file.
 */
export function listCatalogPolicies(options?: CatalogOptions): readonly CatalogPolicy[] {
  return openCatalog(options).policies();
}

/**
 * The Spacelift body of a catalogue policy: the file's text with `package spacelift`.
 * @param file catalogue file name, e.g. `plan.default.rego`.
 * @throws DiagnosticError when `file` is not a catalogue policy or the catalogue is invalid.
 */
export function readCatalogPolicy(file: string, options?: CatalogOptions): string {
  const catalog = openCatalog(options);
  const entry = catalog.read(file);
  if (!entry) throw new DiagnosticError([policyErrors.notFound(file, catalog.files())]);
  return entry.body;
}

/** Catalogue policies whose name is not among `referencedNames` (exact, case-sensitive). */
export function unreferencedCatalogPolicies(
  referencedNames: Iterable<string>,
  options?: CatalogOptions,
): readonly CatalogPolicy[] {
  const referenced = new Set(referencedNames);
  return listCatalogPolicies(options).filter((p) => !referenced.has(p.name));
}

/** The entries of `references` that name no catalogue policy, neither by name nor by file. */
export function unknownCatalogReferences(
  references: Iterable<string>,
  options?: CatalogOptions,
): readonly string[] {
  const known = new Set(listCatalogPolicies(options).flatMap((p) => [p.name, p.file]));
  return [...references].filter((r) => !known.has(r));
}
