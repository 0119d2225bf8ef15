import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { AWS_PROVIDER_VERSION, describeWithTerraform, findAwsProviderMirror } from "../helpers/terraform";

const root = join(__dirname, "../..");
const script = join(root, "scripts/aws-schema-subset.js");
const subsetFile = join(root, `provider-schemas/aws-${AWS_PROVIDER_VERSION}-subset.json`);

interface Subset {
  provider_schemas: Record<
    string,
    { resource_schemas: object; data_source_schemas: object; provider: object }
  >;
  provider_versions: Record<string, string>;
}

describe("the committed AWS schema subset", () => {
  it("holds exactly the types listed in aws-types.json, and the provider block", () => {
    const types = JSON.parse(readFileSync(join(root, "provider-schemas/aws-types.json"), "utf8")) as {
      resources: string[];
      data_sources: string[];
    };
    const subset = JSON.parse(readFileSync(subsetFile, "utf8")) as Subset;
    const aws = subset.provider_schemas["registry.terraform.io/hashicorp/aws"]!;
    expect(Object.keys(aws.resource_schemas)).toEqual([...types.resources].sort());
    expect(Object.keys(aws.data_source_schemas)).toEqual([...types.data_sources].sort());
    expect(aws.provider).toHaveProperty("block.attributes.region");
    expect(subset.provider_versions).toEqual({ "registry.terraform.io/hashicorp/aws": AWS_PROVIDER_VERSION });
  });

  it("is found by the script in the same mirror as the test helper", () => {
    const fake = mkdtempSync(join(tmpdir(), "mirror-"));
    try {
      const arch = ({ x64: "amd64", arm64: "arm64" } as Record<string, string>)[process.arch] ?? process.arch;
      mkdirSync(
        join(fake, `registry.terraform.io/hashicorp/aws/${AWS_PROVIDER_VERSION}/${process.platform}_${arch}`),
        {
          recursive: true,
        },
      );
      for (const env of [
        { ...process.env, TF_PLUGIN_MIRROR: fake },
        { ...process.env, TF_PLUGIN_MIRROR: "" },
      ]) {
        const printed = execFileSync(process.execPath, [script, "--print-mirror"], {
          env,
          encoding: "utf8",
        }).trim();
        expect(printed).toBe(findAwsProviderMirror(env) ?? "");
      }
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });
});

describeWithTerraform("the AWS schema subset extraction", () => {
  it("reproduces the committed subset byte for byte", () => {
    const dir = mkdtempSync(join(tmpdir(), "aws-subset-"));
    try {
      const out = join(dir, "subset.json");
      execFileSync(process.execPath, [script, "--out", out], { stdio: "pipe" });
      const fresh = readFileSync(out);
      // A difference means provider-schemas/ is stale: rerun `node scripts/aws-schema-subset.js`.
      expect(fresh.equals(readFileSync(subsetFile))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
