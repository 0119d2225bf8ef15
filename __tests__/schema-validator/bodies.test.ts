import {
  documentWith,
  errorsOf,
  onlyError,
  stackBody,
  validate,
  warningsOf,
  withResource,
} from "./documents";

describe("schema validator: resource and data bodies", () => {
  it("accepts a well-formed Spacelift document", () => {
    const doc = withResource(
      "spacelift_stack",
      "vpc",
      stackBody({ labels: ["folder:vpc"], autodeploy: true }),
    );
    expect(validate(doc)).toEqual({ errors: [], warnings: [] });
  });

  it("fails when an attribute is misspelled, suggesting the right name", () => {
    const issue = onlyError(withResource("spacelift_stack", "vpc", stackBody({ lables: ["x"] })));
    expect(issue).toMatchObject({ code: "UNKNOWN_ATTRIBUTE", path: "resource.spacelift_stack.vpc.lables" });
    expect(issue.message).toContain('Did you mean "labels"?');
  });

  it("fails when a required attribute is missing", () => {
    const { repository: _, ...body } = stackBody();
    expect(errorsOf(withResource("spacelift_stack", "vpc", body))).toEqual([
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: "resource.spacelift_stack.vpc.repository" },
    ]);
  });

  it("fails when a required attribute is null", () => {
    expect(errorsOf(withResource("spacelift_stack", "vpc", stackBody({ branch: null })))).toEqual([
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: "resource.spacelift_stack.vpc.branch" },
    ]);
  });

  it("fails when a computed-only attribute is set", () => {
    const doc = withResource("spacelift_stack", "vpc", stackBody({ aws_assume_role_policy_statement: "{}" }));
    expect(errorsOf(doc)).toEqual([
      {
        code: "COMPUTED_ATTRIBUTE_SET",
        path: "resource.spacelift_stack.vpc.aws_assume_role_policy_statement",
      },
    ]);
  });

  it("fails when a data source sets a computed-only attribute (spacelift_role.name)", () => {
    const doc = documentWith({ data: { spacelift_role: { admin: { name: "Space admin" } } } });
    expect(errorsOf(doc)).toEqual([
      { code: "COMPUTED_ATTRIBUTE_SET", path: "data.spacelift_role.admin.name" },
    ]);
  });

  it("fails when a boolean attribute holds a non-boolean string", () => {
    const issue = onlyError(withResource("spacelift_stack", "vpc", stackBody({ autodeploy: "yes" })));
    expect(issue).toMatchObject({ code: "TYPE_MISMATCH", path: "resource.spacelift_stack.vpc.autodeploy" });
    expect(issue.message).toBe('expected bool, got the string "yes"');
  });

  it("fails when a number attribute holds a boolean", () => {
    const doc = withResource("spacelift_worker_pool", "pool", {
      name: "pool",
      drift_detection_run_limit: true,
    });
    expect(errorsOf(doc)).toEqual([
      { code: "TYPE_MISMATCH", path: "resource.spacelift_worker_pool.pool.drift_detection_run_limit" },
    ]);
  });

  it("accepts literals Terraform converts: numbers and booleans for strings, numeric and boolean strings", () => {
    const doc = withResource("spacelift_worker_pool", "pool", {
      name: 42,
      description: true,
      drift_detection_run_limit: "5",
    });
    expect(errorsOf(doc)).toEqual([]);
    expect(errorsOf(withResource("spacelift_stack", "vpc", stackBody({ autodeploy: "false" })))).toEqual([]);
  });

  it("fails when a set element has the wrong type, with the element's index in the path", () => {
    const doc = withResource("spacelift_stack", "vpc", stackBody({ labels: ["a", "b", ["c"]] }));
    expect(errorsOf(doc)).toEqual([
      { code: "TYPE_MISMATCH", path: "resource.spacelift_stack.vpc.labels[2]" },
    ]);
  });

  it("fails when a list attribute holds a plain string", () => {
    const doc = withResource("spacelift_stack", "vpc", stackBody({ before_init: "echo hi" }));
    expect(errorsOf(doc)).toEqual([
      { code: "TYPE_MISMATCH", path: "resource.spacelift_stack.vpc.before_init" },
    ]);
  });

  it("fails when a map value has the wrong type, with the key in the path", () => {
    const doc = withResource("aws_s3_bucket", "state", {
      bucket: "b",
      tags: { team: ["platform"], "cost center": "x" },
    });
    expect(errorsOf(doc)).toEqual([
      { code: "TYPE_MISMATCH", path: "resource.aws_s3_bucket.state.tags.team" },
    ]);
  });

  it("accepts a template string for any type", () => {
    const doc = withResource(
      "spacelift_stack",
      "vpc",
      stackBody({ labels: '${toset(["a"])}', autodeploy: "${true}" }),
    );
    expect(errorsOf(doc)).toEqual([]);
  });

  it("fails when a block appears more often than max_items", () => {
    const gh = { namespace: "acme" };
    const issue = onlyError(
      withResource("spacelift_stack", "vpc", stackBody({ github_enterprise: [gh, gh] })),
    );
    expect(issue).toMatchObject({
      code: "TOO_MANY_BLOCKS",
      path: "resource.spacelift_stack.vpc.github_enterprise",
    });
    expect(issue.message).toContain("at most 1");
  });

  it("fails when a single-nested block is given twice", () => {
    const doc = withResource("spacelift_stack_destructor", "vpc", { stack_id: "x", timeouts: [{}, {}] });
    expect(errorsOf(doc)).toEqual([
      { code: "TOO_MANY_BLOCKS", path: "resource.spacelift_stack_destructor.vpc.timeouts" },
    ]);
  });

  it("fails when a required block is missing (min_items)", () => {
    const doc = withResource("aws_s3_bucket_versioning", "state", { bucket: "b" });
    expect(errorsOf(doc)).toEqual([
      { code: "TOO_FEW_BLOCKS", path: "resource.aws_s3_bucket_versioning.state.versioning_configuration" },
    ]);
  });

  it("fails when a required block is an empty list", () => {
    const doc = withResource("aws_s3_bucket_versioning", "state", {
      bucket: "b",
      versioning_configuration: [],
    });
    expect(errorsOf(doc)).toEqual([
      { code: "TOO_FEW_BLOCKS", path: "resource.aws_s3_bucket_versioning.state.versioning_configuration" },
    ]);
  });

  it("fails when a nested block has an unknown attribute, for object and list syntax alike", () => {
    const asObject = withResource("aws_s3_bucket_versioning", "s", {
      bucket: "b",
      versioning_configuration: { status: "Enabled", mfa: "x" },
    });
    const asList = withResource("aws_s3_bucket_versioning", "s", {
      bucket: "b",
      versioning_configuration: [{ status: "Enabled", mfa: "x" }],
    });
    expect(errorsOf(asObject)).toEqual([
      { code: "UNKNOWN_ATTRIBUTE", path: "resource.aws_s3_bucket_versioning.s.versioning_configuration.mfa" },
    ]);
    expect(errorsOf(asList)).toEqual([
      {
        code: "UNKNOWN_ATTRIBUTE",
        path: "resource.aws_s3_bucket_versioning.s.versioning_configuration[0].mfa",
      },
    ]);
  });

  it("fails when a nested block misses a required attribute", () => {
    const doc = withResource("aws_s3_bucket_versioning", "s", {
      bucket: "b",
      versioning_configuration: { mfa_delete: "Disabled" },
    });
    expect(errorsOf(doc)).toEqual([
      {
        code: "MISSING_REQUIRED_ATTRIBUTE",
        path: "resource.aws_s3_bucket_versioning.s.versioning_configuration.status",
      },
    ]);
  });

  it("fails when a block type is unknown", () => {
    const issue = onlyError(
      withResource("spacelift_stack", "vpc", stackBody({ github_enterprize: { namespace: "acme" } })),
    );
    expect(issue).toMatchObject({
      code: "UNKNOWN_ATTRIBUTE",
      path: "resource.spacelift_stack.vpc.github_enterprize",
    });
    expect(issue.message).toContain('Did you mean "github_enterprise"?');
  });

  it("fails when a block is written as an expression", () => {
    const doc = withResource(
      "aws_s3_bucket_versioning",
      "s",
      { bucket: "b", versioning_configuration: "${var.config}" },
      {
        variable: { config: {} },
      },
    );
    expect(errorsOf(doc)).toEqual([
      { code: "INVALID_BLOCK", path: "resource.aws_s3_bucket_versioning.s.versioning_configuration" },
    ]);
  });

  it("fails when a resource type is unknown", () => {
    const issue = onlyError(withResource("spacelift_stak", "vpc", stackBody()));
    expect(issue).toMatchObject({ code: "UNKNOWN_RESOURCE_TYPE", path: "resource.spacelift_stak" });
    expect(issue.message).toContain('Did you mean "spacelift_stack"?');
  });

  it("fails when a data source type is unknown", () => {
    const issue = onlyError(documentWith({ data: { spacelift_rol: { admin: { slug: "space-admin" } } } }));
    expect(issue).toMatchObject({ code: "UNKNOWN_DATA_SOURCE", path: "data.spacelift_rol" });
    expect(issue.message).toContain('Did you mean "spacelift_role"?');
  });

  it("reports an AWS type missing from the committed subset with a hint to extend it", () => {
    const issue = onlyError(withResource("aws_instance", "web", { ami: "ami-1" }));
    expect(issue).toMatchObject({ code: "TYPE_MISSING_FROM_SUBSET", path: "resource.aws_instance" });
    expect(issue.hint).toContain("provider-schemas/aws-types.json");
    expect(issue.hint).toContain("scripts/aws-schema-subset.js");
  });

  it("fails when no schema is loaded for the resource's provider", () => {
    expect(errorsOf(withResource("random_pet", "name", {}))).toEqual([
      { code: "UNKNOWN_PROVIDER", path: "resource.random_pet" },
    ]);
  });

  it("checks object-typed attributes: unknown and missing object attributes", () => {
    const rule = {
      from_port: 443,
      to_port: 443,
      protocol: "tcp",
      cidr_blocks: ["10.0.0.0/8"],
      descripton: "x",
    };
    const doc = withResource("aws_security_group", "sg", { name: "sg", ingress: [rule] });
    expect(errorsOf(doc)).toEqual([
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: "resource.aws_security_group.sg.ingress[0]" },
      { code: "UNKNOWN_ATTRIBUTE", path: "resource.aws_security_group.sg.ingress[0].descripton" },
    ]);
  });

  it("accepts object attributes set to null, as cdktf writes them", () => {
    const rule = {
      from_port: 443,
      to_port: 443,
      protocol: "tcp",
      cidr_blocks: null,
      description: null,
      ipv6_cidr_blocks: null,
      prefix_list_ids: null,
      security_groups: null,
      self: null,
    };
    expect(errorsOf(withResource("aws_security_group", "sg", { name: "sg", ingress: [rule] }))).toEqual([]);
  });

  it("reports every problem of a document, not just the first", () => {
    const doc = withResource("spacelift_stack", "vpc", {
      name: "vpc",
      branch: 3,
      lables: [],
      autodeploy: "no",
    });
    expect(errorsOf(doc)).toEqual([
      { code: "TYPE_MISMATCH", path: "resource.spacelift_stack.vpc.autodeploy" },
      { code: "UNKNOWN_ATTRIBUTE", path: "resource.spacelift_stack.vpc.lables" },
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: "resource.spacelift_stack.vpc.repository" },
    ]);
  });

  it("ignores cdktf's // metadata keys at the top level and in bodies", () => {
    const doc = {
      ...withResource(
        "spacelift_stack",
        "vpc",
        stackBody({ "//": { metadata: { path: "app/vpc", uniqueId: "vpc" } } }),
      ),
      "//": { metadata: { backend: "local", stackName: "x", version: "0.21.0" }, outputs: {} },
    };
    expect(validate(doc)).toEqual({ errors: [], warnings: [] });
  });

  it("warns when a deprecated attribute is set", () => {
    const doc = withResource("spacelift_stack", "vpc", stackBody({ administrative: true }));
    expect(errorsOf(doc)).toEqual([]);
    expect(warningsOf(doc)).toEqual([
      { code: "DEPRECATED", path: "resource.spacelift_stack.vpc.administrative" },
    ]);
  });

  it("warns when a sensitive attribute holds a literal", () => {
    const doc = withResource("spacelift_environment_variable", "token", {
      name: "TOKEN",
      value: "hunter2",
      stack_id: "s",
    });
    expect(warningsOf(doc)).toEqual([
      { code: "SENSITIVE_LITERAL", path: "resource.spacelift_environment_variable.token.value" },
    ]);
  });

  it("does not warn when a sensitive attribute comes from a variable", () => {
    const doc = withResource(
      "spacelift_environment_variable",
      "token",
      { name: "TOKEN", value_wo: "${var.token}", stack_id: "s" },
      {
        variable: { token: { type: "string", sensitive: true } },
      },
    );
    expect(validate(doc)).toEqual({ errors: [], warnings: [] });
  });
});
