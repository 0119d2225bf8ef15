/**
 * Values from YAML reach Terraform literally (issue 20, item 3): every string passed through
 * `tfLiteral`, synthesized by cdktf and read back by the real `terraform` binary, is the string
 * itself. Outputs and a `terraform_data` input need no provider, so one `terraform apply` with
 * local state checks a few hundred random strings at once.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Fn, TerraformLocal, TerraformOutput, TerraformResource, TerraformStack, Testing } from "cdktf";
import fc from "fast-check";
import { hclQuoted, tfLiteral } from "../../constructs/private/literal";
import { mountedVarsContent } from "../../constructs/private/stack-config";
import { terraformAvailable } from "../helpers/terraform";

/** Pieces that mean something to Terraform's template language or to cdktf's token encoding. */
const FRAGMENTS = [
  "${",
  "$${",
  "$$${",
  "%{",
  "%%{",
  "}",
  "~}",
  "${~",
  "$",
  "%",
  "\\",
  '"',
  "'",
  "\n",
  "\r\n",
  "\t",
  '${file("/etc/hostname")}',
  "%{ if true }x%{ endif }",
  "${TfToken[TOKEN.0]}",
  "${TfToken[TOKEN.1]}",
  "#{TfToken[TOKEN.1]}",
  "&{TfToken[TOKEN.1]}",
  "${TfToken[",
  "ü",
  "😀",
  "\u2028",
  "e\u0301",
];

const literalText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme", maxLength: 6 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(""));

/**
 * What Terraform keeps of a string, whatever the syntax: its strings are NFC-normalized (cty) and
 * a leading byte-order mark is dropped. Neither is an escape problem.
 */
function asTerraformStores(value: string): string {
  return value.normalize("NFC").replace(/^\uFEFF+/, "");
}

const FIXED = [
  '${file("/etc/hostname")}',
  "%{for x in [1]}${x}%{endfor}",
  "$${already-escaped}",
  "%%{already-escaped}",
  "${TfToken[TOKEN.0]}",
  "#{TfToken[TOKEN.0]}",
  "&{TfToken[TOKEN.0]}",
  "a\\nb\\${c}",
  "",
];

/** Synthesizes the values with cdktf as outputs, a map output's keys and a terraform_data input. */
function synthesize(values: readonly string[]): string {
  const app = new App({ stackTraces: false });
  const stack = new TerraformStack(app, "literals");
  // Real tokens, so a forged `${TfToken[TOKEN.n]}` would have something to resolve to.
  const local = new TerraformLocal(stack, "token", Fn.upper("resolved-token"));
  new TerraformOutput(stack, "token_use", { value: local.asString });
  new TerraformOutput(stack, "values", { value: values.map(tfLiteral) });
  new TerraformOutput(stack, "keys", {
    value: Object.fromEntries(values.map((v, i) => [tfLiteral(v), String(i)])),
  });
  new TerraformOutput(stack, "quoted", {
    value: values.map((v) => `\${${hclQuoted(v)}}`),
  });
  const data = new TerraformResource(stack, "data", {
    terraformResourceType: "terraform_data",
    terraformGeneratorMetadata: { providerName: "terraform" },
  });
  data.addOverride("input", values.map(tfLiteral));
  new TerraformOutput(stack, "data_output", { value: `\${terraform_data.data.output}` });
  return Testing.synth(stack);
}

interface ReadBack {
  readonly values: string[];
  readonly keys: Record<string, string>;
  readonly quoted: string[];
  readonly data: string[];
}

function applyAndRead(json: string, tfvars?: string): ReadBack {
  const dir = mkdtempSync(join(tmpdir(), "tf-literal-"));
  try {
    writeFileSync(join(dir, "main.tf.json"), json);
    if (tfvars !== undefined) writeFileSync(join(dir, "spacelift.auto.tfvars.json"), tfvars);
    const env = { PATH: process.env.PATH ?? "", HOME: dir, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
    for (const args of [
      ["init", "-input=false", "-no-color"],
      ["apply", "-auto-approve", "-input=false", "-no-color"],
    ]) {
      const r = spawnSync("terraform", args, { cwd: dir, env, encoding: "utf8", timeout: 120000 });
      if (r.status !== 0) throw new Error(`terraform ${args[0]} failed:\n${r.stdout}\n${r.stderr}`);
    }
    const state = JSON.parse(readFileSync(join(dir, "terraform.tfstate"), "utf8")) as {
      outputs: Record<string, { value: unknown }>;
    };
    const out = (name: string): unknown => state.outputs[name]?.value;
    if (tfvars !== undefined) return { values: out("vars") as string[], keys: {}, quoted: [], data: [] };
    expect(out("token_use")).toBe("RESOLVED-TOKEN");
    return {
      values: out("values") as string[],
      keys: out("keys") as Record<string, string>,
      quoted: out("quoted") as string[],
      data: out("data_output") as string[],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("tfLiteral", () => {
  it("escapes interpolations, directives and cdktf token markers", () => {
    expect(tfLiteral('${file("/etc/hostname")}')).toBe('$${file("/etc/hostname")}');
    expect(tfLiteral("%{ if x }")).toBe("%%{ if x }");
    expect(tfLiteral("$${x}")).toBe("$$${x}");
    expect(tfLiteral("#{TfToken[TOKEN.1]}")).toBe('#{${""}TfToken[TOKEN.1]}');
    expect(tfLiteral("plain-value_1.2/x")).toBe("plain-value_1.2/x");
  });

  it("leaves no cdktf token marker in the synthesized JSON", () => {
    const json = synthesize(FIXED);
    expect(json).not.toContain("RESOLVED");
    expect(json).not.toMatch(/[$#&]\{TfToken\[/);
  });

  (terraformAvailable() ? it : it.skip)(
    "reads back, through cdktf and the terraform binary, exactly the YAML value (random strings)",
    () => {
      const sampled = fc.sample(literalText, { numRuns: 400, seed: 20 });
      const seen = new Set<string>();
      const values = [...FIXED, ...sampled].filter((v) => {
        const key = asTerraformStores(v);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const read = applyAndRead(synthesize(values));
      const expected = values.map(asTerraformStores);
      expect(read.values).toEqual(expected);
      expect(read.data).toEqual(expected);
      expect(read.quoted).toEqual(expected);
      expect(read.keys).toEqual(Object.fromEntries(expected.map((v, i) => [v, String(i)])));
    },
    240000,
  );

  (terraformAvailable() ? it : it.skip)(
    "is not applied to the mounted tfvars: terraform reads .tfvars.json values literally",
    () => {
      const values = [...FIXED, ...fc.sample(literalText, { numRuns: 100, seed: 21 })];
      const main = JSON.stringify({
        variable: { vars: { type: "list(string)" } },
        output: { vars: { value: "${var.vars}" } },
      });
      const tfvars = Buffer.from(mountedVarsContent({ vars: values }), "base64").toString("utf8");
      expect(applyAndRead(main, tfvars).values).toEqual(values.map(asTerraformStores));
    },
    240000,
  );
});
