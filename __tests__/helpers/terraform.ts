/**
 * Real Terraform checks for AWS-only stacks: `terraform init -backend=false`, `validate -json` and
 * `plan -refresh=false` against the offline filesystem mirror of hashicorp/aws 5.100.0, with fake
 * credentials. Nothing here can reach the Terraform registry or AWS: the CLI config's only installation
 * method is the mirror, and the provider skips every credential and metadata check.
 *
 * When terraform or the mirror is missing, tests written with {@link describeWithTerraform} or
 * {@link itWithTerraform} print a loud banner and are skipped (never passed); with
 * `TF_TESTS_REQUIRED=1` they fail instead.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

import { type SynthesizedInput, synthesizedDocument } from "./schema";

/** The AWS provider version the mirror holds and `@cdktf/provider-aws` 20.1.0 targets. */
export const AWS_PROVIDER_VERSION = "5.100.0";
const AWS_MIRROR_PATH = `registry.terraform.io/hashicorp/aws/${AWS_PROVIDER_VERSION}`;

/** Fake credentials and skip flags injected into every `provider "aws"` block for plans. */
export const TEST_ONLY_AWS_PROVIDER_SETTINGS = {
  access_key: "mock-access-key",
  secret_key: "mock-secret-key",
  skip_credentials_validation: true,
  skip_metadata_api_check: true,
  skip_region_validation: true,
  skip_requesting_account_id: true,
} as const;

function platformDir(): string {
  const arch =
    ({ x64: "amd64", arm64: "arm64", ia32: "386" } as Record<string, string>)[process.arch] ?? process.arch;
  return `${process.platform}_${arch}`;
}

/** Where the mirror is looked for, in order: `$TF_PLUGIN_MIRROR`, then the usual install locations. */
export function awsMirrorCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const home = env.HOME ?? homedir();
  const fromEnv = env.TF_PLUGIN_MIRROR ? [env.TF_PLUGIN_MIRROR] : [];
  return [...fromEnv, "/opt/tf-plugins", join(home, ".terraform.d/plugins"), "/usr/share/terraform/plugins"];
}

/**
 * The filesystem mirror directory holding `registry.terraform.io/hashicorp/aws/5.100.0/<os>_<arch>`,
 * or undefined. Same lookup as `scripts/aws-schema-subset.js`.
 */
export function findAwsProviderMirror(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return awsMirrorCandidates(env).find((dir) => existsSync(join(dir, AWS_MIRROR_PATH, platformDir())));
}

let cachedVersion: string | null | undefined;

/** The `terraform` version on PATH (e.g. "1.11.4"), or undefined when there is none. Cached. */
export function terraformVersion(): string | undefined {
  if (cachedVersion === undefined) {
    try {
      const out = execFileSync("terraform", ["version", "-json"], {
        encoding: "utf8",
        env: cleanEnv(process.env),
        stdio: "pipe",
      });
      cachedVersion = (JSON.parse(out) as { terraform_version?: string }).terraform_version ?? null;
    } catch {
      cachedVersion = null;
    }
  }
  return cachedVersion ?? undefined;
}

/** True when a `terraform` binary runs. */
export function terraformAvailable(): boolean {
  return terraformVersion() !== undefined;
}

/** Whether real terraform tests can run here, and if not, why. */
export type TerraformPrerequisites =
  | { readonly ready: true; readonly terraformVersion: string; readonly mirror: string }
  | { readonly ready: false; readonly reason: string };

/** Checks for terraform on PATH and the AWS provider mirror. */
export function terraformPrerequisites(env: NodeJS.ProcessEnv = process.env): TerraformPrerequisites {
  const version = terraformVersion();
  const mirror = findAwsProviderMirror(env);
  const missing: string[] = [];
  if (version === undefined) missing.push("no `terraform` binary on PATH");
  if (mirror === undefined) {
    missing.push(
      `no filesystem mirror of hashicorp/aws ${AWS_PROVIDER_VERSION} (looked in ${awsMirrorCandidates(env).join(", ")}; set TF_PLUGIN_MIRROR)`,
    );
  }
  if (version === undefined || mirror === undefined) return { ready: false, reason: missing.join("; ") };
  return { ready: true, terraformVersion: version, mirror };
}

/** The CLI configuration used for every run: the mirror is the only way to install providers. */
export function offlineCliConfig(mirror: string): string {
  return [
    "provider_installation {",
    "  filesystem_mirror {",
    `    path    = ${JSON.stringify(mirror)}`,
    '    include = ["registry.terraform.io/hashicorp/aws"]',
    "  }",
    "}",
    "",
  ].join("\n");
}

type Json = { [key: string]: unknown };
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Provider settings that would make the AWS provider call STS or read local profiles at configure time. */
const CREDENTIAL_SOURCES = [
  "assume_role",
  "assume_role_with_web_identity",
  "profile",
  "shared_config_files",
  "shared_credentials_files",
  "token",
];

/**
 * A copy of the document ready for an offline plan: the backend removed (state stays local), and
 * every `provider "aws"` block given fake credentials, skip flags and a region when it has none, with
 * its credential sources (assume_role, profiles, …) removed. The schema validator still sees them.
 */
export function prepareForOfflinePlan(doc: unknown, options: { readonly region?: string } = {}): Json {
  if (!isObject(doc)) throw new Error("validateAndPlan: the stack JSON must be an object");
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  if (isObject(copy.terraform)) {
    delete copy.terraform.backend;
    delete copy.terraform.cloud;
  }
  const providers: Json = isObject(copy.provider) ? copy.provider : {};
  const aws =
    providers.aws === undefined ? [{}] : Array.isArray(providers.aws) ? providers.aws : [providers.aws];
  providers.aws = aws.map((block: unknown) => {
    const settings: Json = { region: options.region ?? "us-east-1", ...(isObject(block) ? block : {}) };
    for (const key of CREDENTIAL_SOURCES) delete settings[key];
    return { ...settings, ...TEST_ONLY_AWS_PROVIDER_SETTINGS };
  });
  copy.provider = providers;
  return copy;
}

/** One terraform command run. */
export interface TerraformStep {
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly durationMs: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A diagnostic as `terraform validate -json` / `plan -json` report it. */
export interface TerraformDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
  readonly range?: {
    readonly filename: string;
    readonly start: { readonly line: number; readonly column: number };
  };
  /** `context` names the block, e.g. `resource.aws_s3_bucket.state`. */
  readonly snippet?: { readonly context?: string | null; readonly code?: string };
}

/** What {@link validateAndPlan} returns. */
export interface ValidateAndPlanResult {
  readonly init: TerraformStep;
  readonly validate: TerraformStep & {
    readonly valid: boolean;
    readonly diagnostics: readonly TerraformDiagnostic[];
  };
  /** Absent when validation failed or `plan: false`. */
  readonly plan?: TerraformStep & {
    readonly succeeded: boolean;
    readonly diagnostics: readonly TerraformDiagnostic[];
    /** `<address>: <action>` for every planned change, sorted. */
    readonly changes: readonly string[];
  };
  /** The working directory, only when `keepWorkdir` was set. */
  readonly workdir?: string;
}

/** Options of {@link validateAndPlan}. */
export interface ValidateAndPlanOptions {
  /**
   * Run `terraform plan` after a successful validate.
   * @default true
   */
  readonly plan?: boolean;
  /**
   * Region given to provider blocks that set none.
   * @default "us-east-1"
   */
  readonly region?: string;
  /**
   * Values of the stack's input variables (passed as TF_VAR_*).
   * @default - none
   */
  readonly variables?: Readonly<Record<string, string>>;
  /**
   * Keep the working directory for inspection (its path is returned).
   * @default false
   */
  readonly keepWorkdir?: boolean;
  /**
   * Terraform step timeout in milliseconds.
   * @default 180000
   */
  readonly timeoutMs?: number;
}

/** The environment terraform runs in: no inherited credentials, variables or plugin cache. */
function cleanEnv(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) {
    if (/^(AWS_|TF_VAR_|TF_CLI_ARGS|TF_PLUGIN_CACHE_DIR$|TF_LOG)/.test(k)) continue;
    env[k] = v;
  }
  return {
    ...env,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

function run(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): TerraformStep {
  const started = process.hrtime.bigint();
  const r = spawnSync("terraform", args, {
    cwd,
    env,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  if (r.error) throw new Error(`terraform ${args.join(" ")} could not run: ${r.error.message}`);
  return { args, exitCode: r.status ?? -1, durationMs, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Json[] {
  return stdout
    .split("\n")
    .filter((l) => l.trim().startsWith("{"))
    .map((l) => JSON.parse(l) as Json);
}

/**
 * Writes the stack into a temporary directory and runs `terraform init -backend=false`,
 * `terraform validate -json` and, when validation passes, `terraform plan -refresh=false -input=false
 * -lock=false -json`, fully offline. Throws when prerequisites are missing or init fails (both are
 * environment problems, not findings about the stack).
 */
export function validateAndPlan(
  stack: SynthesizedInput,
  options: ValidateAndPlanOptions = {},
): ValidateAndPlanResult {
  const pre = terraformPrerequisites();
  if (!pre.ready) throw new Error(`validateAndPlan: ${pre.reason}`);
  const timeoutMs = options.timeoutMs ?? 180_000;
  const dir = mkdtempSync(join(tmpdir(), "tf-check-"));
  try {
    writeFileSync(join(dir, "offline.tfrc"), offlineCliConfig(pre.mirror));
    writeFileSync(
      join(dir, "main.tf.json"),
      JSON.stringify(prepareForOfflinePlan(synthesizedDocument(stack), options), null, 2),
    );
    const env: NodeJS.ProcessEnv = {
      ...cleanEnv(process.env),
      TF_CLI_CONFIG_FILE: join(dir, "offline.tfrc"),
    };
    for (const [k, v] of Object.entries(options.variables ?? {})) env[`TF_VAR_${k}`] = v;

    const init = run(["init", "-backend=false", "-input=false", "-no-color"], dir, env, timeoutMs);
    if (init.exitCode !== 0)
      throw new Error(`terraform init failed (offline mirror ${pre.mirror}):\n${init.stderr || init.stdout}`);

    const v = run(["validate", "-json", "-no-color"], dir, env, timeoutMs);
    const vr = JSON.parse(v.stdout) as { valid: boolean; diagnostics?: TerraformDiagnostic[] };
    const validate = { ...v, valid: vr.valid, diagnostics: vr.diagnostics ?? [] };
    let plan: ValidateAndPlanResult["plan"];
    if (validate.valid && options.plan !== false) {
      const p = run(
        ["plan", "-refresh=false", "-input=false", "-lock=false", "-json", "-no-color"],
        dir,
        env,
        timeoutMs,
      );
      const messages = jsonLines(p.stdout);
      const diagnostics = messages
        .filter((m) => m.type === "diagnostic")
        .map((m) => m.diagnostic as TerraformDiagnostic);
      const changes = messages
        .filter((m) => m.type === "planned_change")
        .map((m) => {
          const change = m.change as { resource: { addr: string }; action: string };
          return `${change.resource.addr}: ${change.action}`;
        })
        .sort();
      plan = { ...p, succeeded: p.exitCode === 0, diagnostics, changes };
    }
    return {
      init,
      validate,
      ...(plan === undefined ? {} : { plan }),
      ...(options.keepWorkdir === true ? { workdir: dir } : {}),
    };
  } finally {
    if (options.keepWorkdir !== true) rmSync(dir, { recursive: true, force: true });
  }
}

const announced = new Set<string>();

function banner(title: string, reason: string): void {
  if (announced.has(title)) return;
  announced.add(title);
  const line = "!".repeat(100);
  console.warn(
    `${line}\n!! TERRAFORM TESTS SKIPPED: ${title}\n!! ${reason}\n!! These tests did NOT run. Install terraform 1.11 and the hashicorp/aws ${AWS_PROVIDER_VERSION} mirror, or set TF_PLUGIN_MIRROR.\n${line}`,
  );
}

function required(): boolean {
  return process.env.TF_TESTS_REQUIRED === "1";
}

/**
 * `describe` for tests that need terraform and the AWS mirror. When they are missing, the block's
 * tests are skipped with a loud banner (or, with TF_TESTS_REQUIRED=1, replaced by one failing test).
 */
export function describeWithTerraform(title: string, body: () => void): void {
  const pre = terraformPrerequisites();
  if (pre.ready) {
    describe(title, body);
  } else if (required()) {
    describe(title, () => {
      it("has terraform and the AWS provider mirror (TF_TESTS_REQUIRED=1)", () => {
        throw new Error(pre.reason);
      });
    });
  } else {
    banner(title, pre.reason);
    describe.skip(`${title} [SKIPPED: ${pre.reason}]`, body);
  }
}

/** `it` for a single test that needs terraform and the AWS mirror; see {@link describeWithTerraform}. */
export function itWithTerraform(title: string, fn: jest.ProvidesCallback, timeoutMs = 300_000): void {
  const pre = terraformPrerequisites();
  if (pre.ready) {
    it(title, fn, timeoutMs);
  } else if (required()) {
    it(title, () => {
      throw new Error(pre.reason);
    });
  } else {
    banner(title, pre.reason);
    it.skip(`${title} [SKIPPED: ${pre.reason}]`, fn);
  }
}
