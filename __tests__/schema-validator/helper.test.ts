import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { App, TerraformStack, Testing } from "cdktf";

import { EnvironmentVariable as EnvironmentVariableResource } from "../../.gen/providers/spacelift/environment-variable";
import { SpaceliftProvider } from "../../.gen/providers/spacelift/provider";
import { Space as SpaceResource } from "../../.gen/providers/spacelift/space";
import { Stack as StackResource } from "../../.gen/providers/spacelift/stack";
import { loadProviderSchemas } from "../../schema-validator";
import { expectValidAgainstSchemas } from "../helpers/schema";

/** A small admin stack; `extra` lets a test break the stack resource. */
function adminStack(app: App, extra: (stack: StackResource) => void = () => undefined): TerraformStack {
  const scope = new TerraformStack(app, "admin");
  new SpaceliftProvider(scope, "spacelift", {});
  const space = new SpaceResource(scope, "platform", { name: "platform", parentSpaceId: "root" });
  const stack = new StackResource(scope, "vpc", {
    name: "vpc",
    repository: "infra",
    branch: "main",
    spaceId: space.id,
    labels: ["folder:vpc"],
    githubEnterprise: { namespace: "acme" },
  });
  extra(stack);
  return scope;
}

describe("expectValidAgainstSchemas", () => {
  it("accepts a valid TerraformStack", () => {
    expect(expectValidAgainstSchemas(adminStack(Testing.app()))).toEqual({ errors: [], warnings: [] });
  });

  it("accepts synthesized JSON text and parsed objects", () => {
    const json = Testing.synth(adminStack(Testing.app()));
    expect(() => expectValidAgainstSchemas(json)).not.toThrow();
    expect(() => expectValidAgainstSchemas(JSON.parse(json) as object)).not.toThrow();
  });

  it("accepts a synthesized cdktf.out stack directory, metadata included", () => {
    const outdir = mkdtempSync(join(tmpdir(), "cdktf-out-"));
    try {
      const app = new App({ outdir });
      adminStack(app);
      app.synth();
      expect(() => expectValidAgainstSchemas(join(outdir, "stacks", "admin"))).not.toThrow();
      expect(() => expectValidAgainstSchemas(join(outdir, "stacks", "admin", "cdk.tf.json"))).not.toThrow();
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it("fails with every issue listed by code and JSON path", () => {
    const broken = adminStack(Testing.app(), (s) => {
      s.addOverride("lables", ["x"]);
      s.addOverride("space_id", "${spacelift_space.platfrom.id}");
    });
    expect(() => expectValidAgainstSchemas(broken)).toThrow(
      [
        'stack "admin" does not pass the schema validator (2 issue(s)):',
        '  error UNKNOWN_ATTRIBUTE resource.spacelift_stack.vpc.lables: no attribute or block named "lables". Did you mean "labels"?',
        '  error UNDECLARED_REFERENCE resource.spacelift_stack.vpc.space_id: resource spacelift_space.platfrom is not declared. Did you mean "platform"? (in "spacelift_space.platfrom.id")',
      ].join("\n"),
    );
  });

  it("fails on warnings unless they are allowed", () => {
    const deprecated = adminStack(Testing.app(), (s) => s.addOverride("administrative", true));
    expect(() => expectValidAgainstSchemas(deprecated)).toThrow(
      /warning DEPRECATED resource\.spacelift_stack\.vpc\.administrative/,
    );
    expect(expectValidAgainstSchemas(deprecated, { allowWarnings: ["DEPRECATED"] }).warnings).toHaveLength(1);
    expect(() => expectValidAgainstSchemas(deprecated, { allowWarnings: true })).not.toThrow();
  });

  it("allows sensitive literals by default, and fails on them when asked", () => {
    const env = (app: App): TerraformStack => {
      const scope = adminStack(app);
      new EnvironmentVariableResource(scope, "stack-name", {
        stackId: "vpc",
        name: "ATMOS_STACK",
        value: "plat-ue1-dev",
      });
      return scope;
    };
    expect(expectValidAgainstSchemas(env(Testing.app())).warnings.map((w) => w.code)).toEqual([
      "SENSITIVE_LITERAL",
    ]);
    expect(() => expectValidAgainstSchemas(env(Testing.app()), { allowWarnings: [] })).toThrow(
      /SENSITIVE_LITERAL/,
    );
  });

  it("fails when a string is neither JSON nor an existing path", () => {
    expect(() => expectValidAgainstSchemas("no/such/dir")).toThrow(
      /neither JSON text nor a synthesized stack path/,
    );
  });

  it("is also a matcher", () => {
    expect(adminStack(Testing.app())).toBeValidAgainstSchemas();
    expect(adminStack(Testing.app(), (s) => s.addOverride("branch", null))).not.toBeValidAgainstSchemas();
  });
});

describe("loadProviderSchemas", () => {
  it("parses the committed schemas once per process", () => {
    expect(loadProviderSchemas()).toBe(loadProviderSchemas());
  });

  it("holds Spacelift 1.53.5, the AWS 5.100.0 subset, the http data source and Terraform's built-in provider", () => {
    const schemas = loadProviderSchemas();
    expect(schemas.sources).toEqual([
      "registry.terraform.io/hashicorp/aws",
      "registry.terraform.io/hashicorp/http",
      "registry.terraform.io/spacelift-io/spacelift",
      "terraform.io/builtin/terraform",
    ]);
    expect(schemas.provider("spacelift-io/spacelift")?.version).toBe("1.53.5");
    expect(schemas.provider("aws")).toMatchObject({
      version: "5.100.0",
      subsetHint: expect.stringContaining("aws-types.json"),
    });
  });
});
