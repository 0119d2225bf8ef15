/** Loads engine fixture folders (`__tests__/fixtures/engine/<case>/`) and their `expected.json`. */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  describeComponent,
  describeStacks,
  isDiagnosticError,
  loadAtmosConfig,
  resolveStacks,
  type Diagnostic,
} from "../../config-engine";
import type { JsonMap } from "../../config-engine/types";

/** The contract of one fixture folder. */
export interface FixtureExpectation {
  readonly description: string;
  readonly options?: {
    readonly processTemplates?: boolean;
    readonly processFunctions?: boolean;
    readonly env?: Record<string, string>;
    readonly configDir?: string;
  };
  /** Exact `list stacks` output. */
  readonly stacks?: readonly string[];
  /** `"<stack>::<component>"` → exact values of the listed keys of `describe component`. */
  readonly components?: Readonly<Record<string, JsonMap>>;
  /** `"<stack>::<component>"` → exact values of the listed keys of `describe stacks`' entry. */
  readonly describeStacks?: Readonly<Record<string, JsonMap>>;
  /** `"<stack>::<component>"` whose `describe component` fails: the error, partially matched. */
  readonly componentErrors?: Readonly<Record<string, { readonly code: string; readonly message?: string }>>;
  /** Warnings that must be reported (each partially matched). */
  readonly warnings?: readonly { readonly code: string; readonly message?: string }[];
  /** Components that must not exist, as `"<stack>::<component>"`. */
  readonly absent?: readonly string[];
  /** The first error, partially matched. */
  readonly error?: Partial<Pick<Diagnostic, "code" | "keyPath">> & {
    readonly file?: string;
    readonly line?: number;
    readonly col?: number;
    readonly message?: string;
  };
}

export const FIXTURES_DIR = path.join(__dirname, "..", "fixtures", "engine");

/** Every fixture folder name, sorted. */
export function fixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURES_DIR)
    .filter((d) => fs.existsSync(path.join(FIXTURES_DIR, d, "expected.json")))
    .sort();
}

/** Reads a fixture's expectation. */
export function expectation(name: string): FixtureExpectation {
  return JSON.parse(
    fs.readFileSync(path.join(FIXTURES_DIR, name, "expected.json"), "utf8"),
  ) as FixtureExpectation;
}

/** Resolves a fixture; returns the thrown diagnostics instead when resolution fails. */
export function runFixture(name: string):
  | {
      ok: true;
      stacks: string[];
      describe: (c: string, s: string) => JsonMap;
      all: JsonMap;
      warnings: readonly Diagnostic[];
    }
  | { ok: false; diagnostics: readonly Diagnostic[] } {
  const exp = expectation(name);
  const cwd = path.join(FIXTURES_DIR, name);
  try {
    const config = loadAtmosConfig({ cwd, env: exp.options?.env ?? {}, configDir: exp.options?.configDir });
    const resolved = resolveStacks(config, {
      processTemplates: exp.options?.processTemplates ?? false,
      processFunctions: exp.options?.processFunctions ?? false,
    });
    return {
      ok: true,
      stacks: [...resolved.stackNames],
      describe: (c, s) => describeComponent(resolved, c, s),
      all: describeStacks(resolved),
      warnings: resolved.warnings,
    };
  } catch (e) {
    if (isDiagnosticError(e)) return { ok: false, diagnostics: e.diagnostics };
    throw e;
  }
}
