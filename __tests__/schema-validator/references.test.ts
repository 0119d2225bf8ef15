import {
  documentWith,
  errorsOf,
  onlyError,
  stackBody,
  validate,
  warningsOf,
  withResource,
} from "./documents";

/** A stack whose `space_id` holds `expr`, plus extra sections. */
function stackReferencing(expr: string, sections: Record<string, unknown> = {}): Record<string, unknown> {
  return withResource("spacelift_stack", "vpc", stackBody({ space_id: expr }), sections);
}

const STACK_PATH = "resource.spacelift_stack.vpc.space_id";

describe("schema validator: references in expressions", () => {
  it("accepts a reference to a declared resource's attribute", () => {
    expect(validate(stackReferencing("${spacelift_space.platform.id}"))).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it("fails when a reference names an undeclared resource", () => {
    const issue = onlyError(stackReferencing("${spacelift_space.platfrom.id}"));
    expect(issue).toMatchObject({ code: "UNDECLARED_REFERENCE", path: STACK_PATH });
    expect(issue.message).toContain("spacelift_space.platfrom is not declared");
    expect(issue.message).toContain('Did you mean "platform"?');
  });

  it("fails when a reference names an attribute the schema does not have", () => {
    const issue = onlyError(stackReferencing("${spacelift_space.platform.space_id}"));
    expect(issue).toMatchObject({ code: "UNKNOWN_REFERENCE_ATTRIBUTE", path: STACK_PATH });
    expect(issue.message).toContain('no attribute or block named "space_id"');
  });

  it("checks data source references against declarations and schema", () => {
    const data = { data: { spacelift_role: { admin: { slug: "space-admin" } } } };
    expect(errorsOf(stackReferencing("${data.spacelift_role.admin.id}", data))).toEqual([]);
    expect(errorsOf(stackReferencing("${data.spacelift_role.owner.id}", data))).toEqual([
      { code: "UNDECLARED_REFERENCE", path: STACK_PATH },
    ]);
    expect(errorsOf(stackReferencing("${data.spacelift_role.admin.uuid}", data))).toEqual([
      { code: "UNKNOWN_REFERENCE_ATTRIBUTE", path: STACK_PATH },
    ]);
  });

  it("fails when var, local or module names are not declared", () => {
    const doc = stackReferencing('${join("-", [var.prefix, local.suffix, module.vpc.id])}');
    expect(validate(doc).errors.map((e) => e.message)).toEqual([
      'input variable "prefix" is not declared. (in "var.prefix")',
      'local value "suffix" is not declared. (in "local.suffix")',
      'module "vpc" is not declared. (in "module.vpc.id")',
    ]);
  });

  it("accepts declared var, local and module references, with any module output", () => {
    const doc = stackReferencing('${join("-", [var.prefix, local.suffix, module.vpc.anything])}', {
      variable: { prefix: { type: "string" } },
      locals: { suffix: "x" },
      module: { vpc: { source: "./vpc" } },
    });
    expect(errorsOf(doc)).toEqual([]);
  });

  it("finds references inside function calls, conditionals and for expressions", () => {
    const doc = stackReferencing('${length(var.x) > 0 ? [for s in spacelift_space.nope[*] : s.id][0] : ""}', {
      variable: { x: {} },
    });
    expect(errorsOf(doc)).toEqual([{ code: "UNDECLARED_REFERENCE", path: STACK_PATH }]);
  });

  it("does not treat names bound by a for expression as references", () => {
    const doc = stackReferencing('${join(",", [for k, v in var.m : "${k}=${v.id}" if v.enabled])}', {
      variable: { m: {} },
    });
    expect(errorsOf(doc)).toEqual([]);
  });

  it("does not treat quoted strings inside an expression as references", () => {
    expect(errorsOf(stackReferencing('${format("%s", "spacelift_space.nope.id")}'))).toEqual([]);
  });

  it("checks interpolations nested in quoted strings", () => {
    expect(errorsOf(stackReferencing('${upper("x-${spacelift_space.nope.id}")}'))).toEqual([
      { code: "UNDECLARED_REFERENCE", path: STACK_PATH },
    ]);
  });

  it("ignores escaped $${ sequences", () => {
    expect(errorsOf(stackReferencing("literal $${spacelift_space.nope.id}"))).toEqual([]);
  });

  it("checks template directives", () => {
    const ok = stackReferencing("%{ for s in var.list }${s}%{ endfor }", { variable: { list: {} } });
    const bad = stackReferencing('%{ if spacelift_space.nope.id != "" }x%{ endif }');
    expect(errorsOf(ok)).toEqual([]);
    expect(errorsOf(bad)).toEqual([{ code: "UNDECLARED_REFERENCE", path: STACK_PATH }]);
  });

  it("does not treat object constructor keys as references", () => {
    const doc = stackReferencing(
      '${jsonencode({ name = "x", "quoted" = 1, space: spacelift_space.platform.id,\n  newline_key = 2 })}',
    );
    expect(errorsOf(doc)).toEqual([]);
  });

  it("fails when a function is unknown, suggesting the right one", () => {
    const issue = onlyError(stackReferencing('${jion(",", ["a"])}'));
    expect(issue).toMatchObject({ code: "UNKNOWN_FUNCTION", path: STACK_PATH });
    expect(issue.message).toContain('Did you mean "join"?');
  });

  it("checks provider-defined functions against the provider schema", () => {
    const arn = '"arn:aws:iam::123456789012:role/x"';
    expect(errorsOf(stackReferencing(`\${provider::aws::arn_parse(${arn}).account_id}`))).toEqual([]);
    expect(errorsOf(stackReferencing(`\${provider::aws::arn_split(${arn})}`))).toEqual([
      { code: "UNKNOWN_FUNCTION", path: STACK_PATH },
    ]);
  });

  it("fails when an expression is unterminated", () => {
    expect(errorsOf(stackReferencing("${spacelift_space.platform.id"))).toEqual([
      { code: "EXPRESSION_SYNTAX", path: STACK_PATH },
    ]);
  });

  it("checks references in map keys", () => {
    const doc = withResource("aws_s3_bucket", "b", { bucket: "b", tags: { "${var.key}": "v" } });
    expect(errorsOf(doc)).toEqual([
      { code: "UNDECLARED_REFERENCE", path: 'resource.aws_s3_bucket.b.tags["${var.key}"]' },
    ]);
  });

  it("accepts path.* and terraform.workspace, and rejects unknown attributes of them", () => {
    expect(errorsOf(stackReferencing('${"${path.module}/${terraform.workspace}"}'))).toEqual([]);
    expect(errorsOf(stackReferencing("${path.home}"))).toEqual([
      { code: "INVALID_REFERENCE", path: STACK_PATH },
    ]);
  });

  it("warns when a reference reads a write-only attribute", () => {
    const doc = stackReferencing("${spacelift_environment_variable.token.value_wo}", {
      resource: { spacelift_environment_variable: { token: { name: "T", value_wo: "${var.t}" } } },
      variable: { t: { sensitive: true } },
    });
    expect(warningsOf(doc)).toEqual([{ code: "WRITE_ONLY_REFERENCE", path: STACK_PATH }]);
  });
});

describe("schema validator: instance keys and nested traversal", () => {
  const buckets = {
    resource: {
      aws_s3_bucket: {
        many: { count: 2, bucket: "b-${count.index}" },
        keyed: { for_each: '${toset(["a"])}', bucket: "${each.key}" },
        one: { bucket: "one" },
      },
      aws_s3_bucket_versioning: { v: { bucket: "one", versioning_configuration: { status: "Enabled" } } },
    },
  };
  const policyReferencing = (expr: string): Record<string, unknown> =>
    documentWith({
      ...buckets,
      resource: { ...buckets.resource, aws_sqs_queue: { q: { name: "q", policy: expr } } },
    });
  const PATH = "resource.aws_sqs_queue.q.policy";

  it("accepts indexed, keyed and splat references to counted resources", () => {
    const doc = policyReferencing(
      '${jsonencode([aws_s3_bucket.many[0].arn, aws_s3_bucket.keyed["a"].arn, aws_s3_bucket.many[*].arn, aws_s3_bucket.one.arn])}',
    );
    expect(validate(doc)).toEqual({ errors: [], warnings: [] });
  });

  it("fails when a counted resource's attribute is read without an instance key", () => {
    const issue = onlyError(policyReferencing("${aws_s3_bucket.many.arn}"));
    expect(issue).toMatchObject({ code: "INVALID_REFERENCE", path: PATH });
    expect(issue.message).toContain("aws_s3_bucket.many[0].arn");
  });

  it("fails when a single resource is indexed", () => {
    expect(errorsOf(policyReferencing("${aws_s3_bucket.one[0].arn}"))).toEqual([
      { code: "INVALID_REFERENCE", path: PATH },
    ]);
  });

  it("fails when a list block is read without an index, and accepts it indexed", () => {
    expect(
      errorsOf(policyReferencing("${aws_s3_bucket_versioning.v.versioning_configuration.status}")),
    ).toEqual([{ code: "INVALID_REFERENCE", path: PATH }]);
    expect(
      errorsOf(policyReferencing("${aws_s3_bucket_versioning.v.versioning_configuration[0].status}")),
    ).toEqual([]);
  });

  it("fails when a nested block attribute does not exist", () => {
    expect(
      errorsOf(policyReferencing("${aws_s3_bucket_versioning.v.versioning_configuration[0].state}")),
    ).toEqual([{ code: "UNKNOWN_REFERENCE_ATTRIBUTE", path: PATH }]);
  });

  it("fails when a set is indexed, and accepts a splat over it", () => {
    expect(errorsOf(policyReferencing("${aws_s3_bucket.one.grant[0].id}"))).toEqual([
      { code: "INVALID_REFERENCE", path: PATH },
    ]);
    expect(errorsOf(policyReferencing("${aws_s3_bucket.one.grant[*].id}"))).toEqual([]);
  });

  it("accepts any key of a map attribute", () => {
    expect(errorsOf(policyReferencing('${aws_s3_bucket.one.tags_all["Owner"]}'))).toEqual([]);
  });

  it("fails when a primitive attribute is traversed further", () => {
    expect(errorsOf(policyReferencing("${aws_s3_bucket.one.arn.value}"))).toEqual([
      { code: "INVALID_REFERENCE", path: PATH },
    ]);
  });

  it("fails when count.index or each.* are used where neither count nor for_each is set", () => {
    expect(errorsOf(policyReferencing("${count.index}"))).toEqual([
      { code: "INVALID_REFERENCE", path: PATH },
    ]);
    expect(errorsOf(policyReferencing("${each.value}"))).toEqual([{ code: "INVALID_REFERENCE", path: PATH }]);
  });

  it("fails when a bare resource type is used as a value", () => {
    expect(errorsOf(policyReferencing("${aws_s3_bucket}"))).toEqual([
      { code: "INVALID_REFERENCE", path: PATH },
    ]);
  });
});
