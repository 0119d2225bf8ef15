/**
 * Constructs pass every string that came from YAML through `tfLiteral` (issue 20, item 3): after
 * synthesis an injected `${…}` or `%{…}` only ever appears escaped (`$${…}`, `%%{…}`), while the
 * constructs' own references stay expressions.
 */
import { Testing } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SpaceliftProvider } from "../../.gen/providers/spacelift/provider";
import type { JsonMap } from "../../config-engine/types";
import { Policy } from "../../constructs/policy";
import { Space } from "../../constructs/space";
import { WorkerPool } from "../../constructs/worker-pool";
import { parseWorkerPoolConfig } from "../../model/worker-pool-config";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { workerPoolVars } from "../helpers/worker-pool-vars";

const INJECTED = '${file("/etc/hostname")}';
const DIRECTIVE = "%{ if true }x%{ endif }";

/** Unescaped occurrences of the injected text: `${file(` not preceded by another `$`. */
function unescaped(json: string): string[] {
  return [...json.matchAll(/(?<!\$)\$\{file\(|(?<!%)%\{ if/g)].map((m) => m[0]);
}

describe("strings from YAML in constructs", () => {
  it("worker pool: tags (keys and values) reach Terraform literally, references stay expressions", () => {
    const vars: JsonMap = {
      ...workerPoolVars(),
      tags: { Team: INJECTED, [`k${INJECTED}`]: DIRECTIVE },
    };
    const { config } = parseWorkerPoolConfig(vars, { spaceNames: ["core"] });
    const json = Testing.synthScope((scope) => {
      new AwsProvider(scope, "aws", { region: "us-east-1" });
      new SpaceliftProvider(scope, "spacelift", { apiKeyEndpoint: "https://acme.app.spacelift.io" });
      new WorkerPool(scope, "pool", { config, space: { id: "core-01HSPACE" } });
    });
    expectValidAgainstSchemas(json);
    expect(unescaped(json)).toEqual([]);
    expect(json).toContain('"Team": "$${file(\\"/etc/hostname\\")}"');
    expect(json).toMatch(
      /"secret_string_wo": "\$\{jsonencode\(\{\\"SPACELIFT_TOKEN\\" = spacelift_worker_pool\./,
    );
  });

  it("spaces and policies: names, descriptions, labels and bodies reach Terraform literally", () => {
    const json = Testing.synthScope((scope) => {
      new SpaceliftProvider(scope, "spacelift", { apiKeyEndpoint: "https://acme.app.spacelift.io" });
      new Space(scope, "space", {
        name: "plat",
        parentSpaceId: "root",
        description: INJECTED,
        labels: [DIRECTIVE],
      });
      new Policy(scope, "policy", {
        name: "PLAN x",
        type: "PLAN",
        engineType: "REGO_V1",
        spaceId: "root",
        body: { text: `package spacelift\n# ${INJECTED}\n` },
        labels: [INJECTED],
        description: DIRECTIVE,
      });
    });
    expectValidAgainstSchemas(json);
    expect(unescaped(json)).toEqual([]);
  });
});
