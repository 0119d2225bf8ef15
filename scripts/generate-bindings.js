#!/usr/bin/env node
/**
 * Generates the TypeScript bindings of the Spacelift provider into `.gen/` from the provider schema
 * snapshot kept in `provider-schemas/`, with the same generator `cdktf get` uses. No network and no
 * terraform binary are involved, so the bindings are reproducible on any machine.
 *
 * Usage: node scripts/generate-bindings.js [outdir]   (default: .gen)
 */
"use strict";

// @cdktf/commons runs `terraform version` and a telemetry check when it is loaded; neither is needed
// (or possible offline) to generate bindings.
process.env.CHECKPOINT_DISABLE = "1";
process.env.TERRAFORM_BINARY_NAME = "true";

const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const cdktfJson = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8"));

/** The providers generated from a local schema snapshot, keyed by their registry source. */
const LOCAL_SCHEMAS = {
  "spacelift-io/spacelift": "provider-schemas/spacelift-v1.53.5.json",
};

async function main() {
  const started = process.hrtime.bigint();
  const outdir = path.resolve(process.argv[2] ?? path.join(root, ".gen"));
  const { CodeMaker } = require("codemaker");
  const {
    TerraformProviderGenerator,
  } = require("@cdktf/provider-generator/lib/get/generator/provider-generator");
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require("@cdktf/commons");

  const code = new CodeMaker();
  const generated = [];
  for (const spec of cdktfJson.terraformProviders) {
    const [source, version] = spec.split("@").map((s) => s.trim());
    const schemaFile = LOCAL_SCHEMAS[source];
    if (!schemaFile) continue; // AWS comes prebuilt from @cdktf/provider-aws
    const exactVersion = version.replace(/^[=~>< ]+/, "");
    const schema = JSON.parse(fs.readFileSync(path.join(root, schemaFile), "utf8"));
    const fqpn = Object.keys(schema.provider_schemas)[0];
    schema.provider_versions = { [fqpn]: exactVersion };
    const name = source.split("/").pop();
    const target = new ConstructsMakerProviderTarget(
      new TerraformProviderConstraint({ name, source, version: exactVersion }),
      LANGUAGES[0],
    );
    new TerraformProviderGenerator(code, schema).generate(target);
    generated.push(`${source}@${exactVersion}`);
  }
  fs.rmSync(path.join(outdir, "providers"), { recursive: true, force: true });
  await code.save(outdir);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(
    `generated ${generated.join(", ")} into ${path.relative(process.cwd(), outdir) || "."} in ${ms.toFixed(0)} ms\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`binding generation failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
