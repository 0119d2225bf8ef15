/**
 * The s3 backend of app-synthesized stacks: every argument of Terraform 1.11 is written through
 * (checked by the real `terraform init`, which rejects unknown arguments before any network call),
 * the top-level assume-role arguments Terraform 1.11 removed move into `assume_role`, and an
 * unknown key is a warning, not an abort.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSpaceliftModel } from "../../model";
import { LEGACY_ASSUME_ROLE_KEYS, S3_BACKEND_KEYS, s3BackendArguments } from "../../model/s3-backend";
import { itWithTerraform } from "../helpers/terraform";
import { emptyCatalog, fakeResolved, organisation } from "./fake-resolved";

/** A value of the right type for each argument, so `terraform init` checks names, not types. */
function sampleValue(key: string): unknown {
  if (["shared_config_files", "shared_credentials_files", "allowed_account_ids"].includes(key)) return ["x"];
  if (key === "forbidden_account_ids") return ["222222222222"];
  if (key === "max_retries") return 3;
  if (key === "endpoints") return { s3: "https://s3.example.com", sts: "https://sts.example.com" };
  if (key === "assume_role") return { role_arn: "arn:aws:iam::111111111111:role/tfstate", session_name: "x" };
  if (key === "assume_role_with_web_identity")
    return { role_arn: "arn:aws:iam::111111111111:role/tfstate", web_identity_token: "x" };
  if (/^(skip_|use_|encrypt|insecure|force_path_style)/.test(key)) return true;
  return "x";
}

describe("s3 backend arguments", () => {
  it("moves the top-level assume-role arguments Terraform 1.11 removed into assume_role", () => {
    expect(
      s3BackendArguments({
        bucket: "b",
        role_arn: "arn:aws:iam::1:role/r",
        external_id: "e",
        session_name: "s",
        assume_role_duration_seconds: 900,
        skip_s3_checksum: true,
      }),
    ).toEqual({
      bucket: "b",
      skip_s3_checksum: true,
      assume_role: {
        role_arn: "arn:aws:iam::1:role/r",
        external_id: "e",
        session_name: "s",
        duration: "900s",
      },
    });
  });

  it("keeps an explicit assume_role block as given", () => {
    expect(s3BackendArguments({ bucket: "b", role_arn: "a", assume_role: { role_arn: "b" } })).toEqual({
      bucket: "b",
      assume_role: { role_arn: "b" },
    });
  });

  it("warns on an unknown key of an app-synthesized stack's backend, with a suggestion, and builds the model", () => {
    const components = organisation();
    const admin = components[0]! as { backend: Record<string, unknown> };
    admin.backend = { ...admin.backend, skip_s3_checksum: true, use_lockfle: true };
    const model = buildSpaceliftModel(fakeResolved(components), { catalog: emptyCatalog });
    const warnings = model.warnings.filter((w) => w.code === "UNKNOWN_BACKEND_KEY");
    expect(warnings).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(warnings[0]!.message).toContain("'use_lockfle' is not an argument of Terraform's s3 backend");
    expect(warnings[0]!.message).toContain("Did you mean 'use_lockfile'?");
  });

  itWithTerraform("every key listed is accepted by terraform init, and an unknown one is refused", () => {
    const init = (s3: Record<string, unknown>): string => {
      const dir = mkdtempSync(join(tmpdir(), "s3-backend-"));
      writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ terraform: { backend: { s3 } } }));
      const r = spawnSync("terraform", ["init", "-input=false", "-no-color"], {
        cwd: dir,
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, TF_IN_AUTOMATION: "1", AWS_EC2_METADATA_DISABLED: "true" },
      });
      return `${r.stdout}${r.stderr}`;
    };
    const deprecated = new Set([
      "endpoint",
      "iam_endpoint",
      "sts_endpoint",
      "dynamodb_endpoint",
      "force_path_style",
    ]);
    const all = Object.fromEntries(
      [...S3_BACKEND_KEYS].filter((k) => !deprecated.has(k)).map((k) => [k, sampleValue(k)]),
    );
    const legacy = Object.fromEntries(Object.keys(LEGACY_ASSUME_ROLE_KEYS).map((k) => [k, "x"]));
    expect(
      init(s3BackendArguments({ ...all, ...legacy, bucket: "b", key: "k", region: "us-east-1" })),
    ).not.toMatch(/Extraneous JSON object property|Unsupported argument/);
    expect(init({ bucket: "b", key: "k", region: "us-east-1", use_lockfle: true })).toMatch(
      /Extraneous JSON object property/,
    );
  });
});
