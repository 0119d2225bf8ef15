import * as path from "node:path";
import { loadAtmosConfig } from "../../config-engine";
import { validateManifestSchemas } from "../../config-engine/manifest-schema";

const cwd = path.join(__dirname, "..", "fixtures", "manifest-schema");

describe("atmos manifest JSON schema (ajv)", () => {
  const config = loadAtmosConfig({ cwd, env: {}, configDir: "stacks-config" });
  const files = ["dev", "prod"].map((s) => path.join(cwd, "stacks-config", "stacks", "deploy", `${s}.yaml`));

  it("reports each violation at the file, line and column of the offending key", () => {
    const found = validateManifestSchemas(config, files).map((d) => ({
      code: d.code,
      keyPath: d.keyPath,
      at: `${d.location?.file}:${d.location?.line}:${d.location?.col}`,
    }));
    expect(found).toEqual([
      {
        code: "MANIFEST_SCHEMA_INVALID",
        keyPath: "components.terraform.vpc.metadata.type",
        at: "stacks-config/stacks/deploy/dev.yaml:7:9",
      },
      {
        code: "MANIFEST_SCHEMA_INVALID",
        keyPath: "components.terraform.vpc.metadata.enabled",
        at: "stacks-config/stacks/deploy/dev.yaml:8:9",
      },
    ]);
  });

  it("accepts a manifest using HEAD's fields (source.ttl, required_version)", () => {
    const prod = files.filter((f) => f.endsWith("prod.yaml"));
    expect(validateManifestSchemas(config, prod)).toEqual([]);
  });
});
