import { errorsOf, onlyError, stackBody, validate, withResource } from "./documents";

const bucket = (extra: Record<string, unknown>): Record<string, unknown> =>
  withResource("aws_s3_bucket", "state", { bucket: "state", ...extra }, { variable: { names: {} } });
const PATH = "resource.aws_s3_bucket.state";

describe("schema validator: meta-arguments", () => {
  it("accepts count, depends_on, provider alias and a full lifecycle", () => {
    const doc = withResource(
      "aws_s3_bucket",
      "state",
      {
        bucket: "state-${count.index}",
        count: 2,
        depends_on: ["spacelift_space.platform"],
        provider: "aws.replica",
        lifecycle: {
          create_before_destroy: true,
          prevent_destroy: true,
          ignore_changes: ["tags", 'tags["Owner"]'],
          replace_triggered_by: ["spacelift_space.platform.id"],
          precondition: [{ condition: "${count.index >= 0}", error_message: "never" }],
          postcondition: [{ condition: '${self.bucket != ""}', error_message: "bucket name" }],
        },
      },
      {
        provider: {
          aws: [{ region: "eu-west-1" }, { alias: "replica", region: "eu-central-1" }],
          spacelift: [{}],
        },
      },
    );
    expect(validate(doc)).toEqual({ errors: [], warnings: [] });
  });

  it("fails when count and for_each are both set", () => {
    expect(errorsOf(bucket({ count: 1, for_each: "${toset(var.names)}" }))).toEqual([
      { code: "INVALID_META_ARGUMENT", path: `${PATH}.for_each` },
    ]);
  });

  it("fails when for_each is a JSON array, with a hint to use toset()", () => {
    const issue = onlyError(bucket({ for_each: ["a", "b"] }));
    expect(issue).toMatchObject({ code: "INVALID_META_ARGUMENT", path: `${PATH}.for_each` });
    expect(issue.hint).toContain("toset");
  });

  it("fails when count is not a whole number", () => {
    expect(errorsOf(bucket({ count: "two" }))).toEqual([
      { code: "INVALID_META_ARGUMENT", path: `${PATH}.count` },
    ]);
  });

  it("fails when a depends_on entry is a template instead of a static reference", () => {
    expect(errorsOf(bucket({ depends_on: ["${spacelift_space.platform}"] }))).toEqual([
      { code: "INVALID_META_ARGUMENT", path: `${PATH}.depends_on[0]` },
    ]);
  });

  it("fails when depends_on names an undeclared resource", () => {
    expect(errorsOf(bucket({ depends_on: ["aws_s3_bucket.logs"] }))).toEqual([
      { code: "UNDECLARED_REFERENCE", path: `${PATH}.depends_on[0]` },
    ]);
  });

  it("fails when depends_on names an attribute instead of an object", () => {
    expect(errorsOf(bucket({ depends_on: ["spacelift_space.platform.id"] }))).toEqual([
      { code: "INVALID_META_ARGUMENT", path: `${PATH}.depends_on[0]` },
    ]);
  });

  it("fails when provider names an undeclared alias", () => {
    expect(errorsOf(bucket({ provider: "aws.replica" }))).toEqual([
      { code: "UNDECLARED_PROVIDER_CONFIG", path: `${PATH}.provider` },
    ]);
  });

  it("fails when a lifecycle key is unknown", () => {
    const issue = onlyError(bucket({ lifecycle: { prevent_destroys: true } }));
    expect(issue).toMatchObject({
      code: "INVALID_META_ARGUMENT",
      path: `${PATH}.lifecycle.prevent_destroys`,
    });
    expect(issue.message).toContain('Did you mean "prevent_destroy"?');
  });

  it("fails when prevent_destroy is not a literal boolean", () => {
    expect(errorsOf(bucket({ lifecycle: { prevent_destroy: "${true}" } }))).toEqual([
      { code: "INVALID_META_ARGUMENT", path: `${PATH}.lifecycle.prevent_destroy` },
    ]);
  });

  it("fails when ignore_changes names an attribute the resource does not have", () => {
    expect(errorsOf(bucket({ lifecycle: { ignore_changes: ["tagz"] } }))).toEqual([
      { code: "UNKNOWN_REFERENCE_ATTRIBUTE", path: `${PATH}.lifecycle.ignore_changes[0]` },
    ]);
  });

  it("fails when a precondition has no error_message", () => {
    expect(errorsOf(bucket({ lifecycle: { precondition: { condition: "${true}" } } }))).toEqual([
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: `${PATH}.lifecycle.precondition.error_message` },
    ]);
  });

  it("fails when self is used outside provisioners and postconditions", () => {
    expect(errorsOf(bucket({ tags: { name: "${self.bucket}" } }))).toEqual([
      { code: "INVALID_REFERENCE", path: `${PATH}.tags.name` },
    ]);
  });

  it("checks self references against the resource's own schema", () => {
    const doc = bucket({
      lifecycle: { postcondition: { condition: "${self.buckt != null}", error_message: "x" } },
    });
    expect(errorsOf(doc)).toEqual([
      { code: "UNKNOWN_REFERENCE_ATTRIBUTE", path: `${PATH}.lifecycle.postcondition.condition` },
    ]);
  });

  it("fails when a data source lifecycle uses a resource-only key", () => {
    const doc = withResource("spacelift_stack", "vpc", stackBody(), {
      data: { spacelift_role: { admin: { slug: "space-admin", lifecycle: { prevent_destroy: true } } } },
    });
    expect(errorsOf(doc)).toEqual([
      { code: "INVALID_META_ARGUMENT", path: "data.spacelift_role.admin.lifecycle.prevent_destroy" },
    ]);
  });

  it("checks provisioners: known types and keys, with self available", () => {
    const ok = bucket({ provisioner: [{ "local-exec": { command: "echo ${self.arn}", when: "destroy" } }] });
    const bad = bucket({ provisioner: [{ "local-exec": { comand: "echo" } }, { "remote-exec2": {} }] });
    expect(errorsOf(ok)).toEqual([]);
    expect(errorsOf(bad)).toEqual([
      { code: "INVALID_META_ARGUMENT", path: `${PATH}.provisioner[0].local-exec.comand` },
      { code: "INVALID_META_ARGUMENT", path: `${PATH}.provisioner[1].remote-exec2` },
    ]);
  });
});

describe("schema validator: dynamic blocks", () => {
  const dynamicStack = (content: Record<string, unknown>, iterator?: string): Record<string, unknown> =>
    withResource(
      "spacelift_stack",
      "vpc",
      stackBody({
        dynamic: {
          github_enterprise: {
            for_each: "${var.gh}",
            ...(iterator === undefined ? {} : { iterator }),
            content,
          },
        },
      }),
      { variable: { gh: {} } },
    );

  it("accepts a dynamic block whose content uses its iterator", () => {
    expect(validate(dynamicStack({ namespace: "${github_enterprise.value}" }))).toEqual({
      errors: [],
      warnings: [],
    });
    expect(errorsOf(dynamicStack({ namespace: "${gh.key}" }, "gh"))).toEqual([]);
  });

  it("fails when dynamic content has an unknown attribute", () => {
    expect(errorsOf(dynamicStack({ namespace: "acme", namespce: "x" }))).toEqual([
      {
        code: "UNKNOWN_ATTRIBUTE",
        path: "resource.spacelift_stack.vpc.dynamic.github_enterprise.content.namespce",
      },
    ]);
  });

  it("fails when the iterator is used with an attribute other than key or value", () => {
    expect(errorsOf(dynamicStack({ namespace: "${github_enterprise.item}" }))).toEqual([
      {
        code: "INVALID_REFERENCE",
        path: "resource.spacelift_stack.vpc.dynamic.github_enterprise.content.namespace",
      },
    ]);
  });

  it("fails when a dynamic block targets an unknown block type", () => {
    const doc = withResource(
      "spacelift_stack",
      "vpc",
      stackBody({ dynamic: { gitlabb: { for_each: [], content: {} } } }),
    );
    expect(errorsOf(doc)).toEqual([
      { code: "UNKNOWN_ATTRIBUTE", path: "resource.spacelift_stack.vpc.dynamic.gitlabb" },
    ]);
  });

  it("satisfies a required block through a dynamic block", () => {
    const doc = withResource("aws_s3_bucket_versioning", "v", {
      bucket: "b",
      dynamic: { versioning_configuration: { for_each: '${toset(["x"])}', content: { status: "Enabled" } } },
    });
    expect(errorsOf(doc)).toEqual([]);
  });
});
