#!/usr/bin/env node
/**
 * Extracts the hashicorp/aws 5.100.0 schema subset the validator checks AWS resources against.
 *
 * Runs `terraform providers schema -json` fully offline (a temporary CLI config whose only
 * installation method is the filesystem mirror) and keeps the provider block, the provider
 * functions, and the resource and data source types listed in provider-schemas/aws-types.json.
 * Each kept schema is exactly what terraform printed.
 *
 * Usage: node scripts/aws-schema-subset.js [--out <file>]   (default: provider-schemas/aws-5.100.0-subset.json)
 *        node scripts/aws-schema-subset.js --print-mirror   (prints the mirror it would use)
 *
 * The mirror is $TF_PLUGIN_MIRROR, else the first of /opt/tf-plugins, ~/.terraform.d/plugins,
 * /usr/share/terraform/plugins holding registry.terraform.io/hashicorp/aws/5.100.0/<os>_<arch>.
 * Keep this lookup identical to findAwsProviderMirror() in __tests__/helpers/terraform.ts (a test
 * compares them). Exit codes: 0 written, 1 a listed type does not exist, 2 terraform or mirror missing.
 */
"use strict";

const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const SOURCE = "registry.terraform.io/hashicorp/aws";
const VERSION = "5.100.0";
const TYPES_FILE = path.join(root, "provider-schemas/aws-types.json");
const DEFAULT_OUT = path.join(root, `provider-schemas/aws-${VERSION}-subset.json`);

function platformDir() {
  const arch = { x64: "amd64", arm64: "arm64", ia32: "386" }[process.arch] ?? process.arch;
  return `${process.platform}_${arch}`;
}

function findMirror(env) {
  const candidates = [];
  if (env.TF_PLUGIN_MIRROR) candidates.push(env.TF_PLUGIN_MIRROR);
  candidates.push(
    "/opt/tf-plugins",
    path.join(env.HOME ?? os.homedir(), ".terraform.d/plugins"),
    "/usr/share/terraform/plugins",
  );
  const rel = path.join("registry.terraform.io/hashicorp/aws", VERSION, platformDir());
  return candidates.find((dir) => fs.existsSync(path.join(dir, rel)));
}

function fail(code, message) {
  process.stderr.write(`aws-schema-subset: ${message}\n`);
  process.exit(code);
}

function main() {
  const args = process.argv.slice(2);
  const mirror = findMirror(process.env);
  if (args[0] === "--print-mirror") {
    process.stdout.write(`${mirror ?? ""}\n`);
    return;
  }
  const outIndex = args.indexOf("--out");
  const out = outIndex === -1 ? DEFAULT_OUT : path.resolve(args[outIndex + 1] ?? "");
  if (!mirror) fail(2, `no filesystem mirror of hashicorp/aws ${VERSION} found (set TF_PLUGIN_MIRROR)`);

  const started = process.hrtime.bigint();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aws-schema-"));
  try {
    fs.writeFileSync(
      path.join(dir, "offline.tfrc"),
      `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["${SOURCE}"]\n  }\n}\n`,
    );
    fs.writeFileSync(
      path.join(dir, "main.tf.json"),
      JSON.stringify({
        terraform: { required_providers: { aws: { source: "hashicorp/aws", version: VERSION } } },
      }),
    );
    const env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: path.join(dir, "offline.tfrc"),
      CHECKPOINT_DISABLE: "1",
      TF_IN_AUTOMATION: "1",
    };
    delete env.TF_PLUGIN_CACHE_DIR;
    const run = (argv) => {
      try {
        return execFileSync("terraform", argv, {
          cwd: dir,
          env,
          encoding: "utf8",
          maxBuffer: 256 * 1024 * 1024,
          stdio: ["ignore", "pipe", "pipe"],
        });
      } catch (e) {
        if (e.code === "ENOENT") fail(2, "terraform is not on PATH");
        fail(2, `terraform ${argv.join(" ")} failed:\n${e.stderr ?? e.message}`);
      }
    };
    run(["init", "-backend=false", "-input=false", "-no-color"]);
    const full = JSON.parse(run(["providers", "schema", "-json"]));
    const provider = full.provider_schemas[SOURCE];
    const wanted = JSON.parse(fs.readFileSync(TYPES_FILE, "utf8"));
    const pick = (table, names, what) => {
      const missing = names.filter((n) => !table[n]);
      if (missing.length > 0)
        fail(
          1,
          `${path.relative(root, TYPES_FILE)} lists ${what} that aws ${VERSION} does not have: ${missing.join(", ")}`,
        );
      return Object.fromEntries([...names].sort().map((n) => [n, table[n]]));
    };
    const subset = {
      format_version: full.format_version,
      provider_schemas: {
        [SOURCE]: {
          provider: provider.provider,
          resource_schemas: pick(provider.resource_schemas, wanted.resources, "resource types"),
          data_source_schemas: pick(provider.data_source_schemas, wanted.data_sources, "data sources"),
          functions: provider.functions ?? {},
        },
      },
      provider_versions: { [SOURCE]: VERSION },
    };
    fs.writeFileSync(out, `${JSON.stringify(subset, null, 2)}\n`);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), out)}: ${wanted.resources.length} resource types, ` +
        `${wanted.data_sources.length} data sources (${ms.toFixed(0)} ms)\n`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
