import {
  REQUIRED_PROVIDERS,
  documentWith,
  errorsOf,
  onlyError,
  stackBody,
  validate,
  warningsOf,
} from "./documents";

const withBackend = (backend: Record<string, unknown>): Record<string, unknown> =>
  documentWith({ terraform: { ...REQUIRED_PROVIDERS, backend } });

describe("schema validator: the terraform block", () => {
  it("accepts a hardened s3 backend with use_lockfile and assume_role", () => {
    const doc = withBackend({
      s3: {
        bucket: "acme-tfstate",
        key: "spacelift/admin.tfstate",
        region: "eu-west-1",
        encrypt: true,
        kms_key_id: "alias/tfstate",
        use_lockfile: true,
        workspace_key_prefix: "env",
        assume_role: { role_arn: "arn:aws:iam::123456789012:role/tfstate", session_name: "spacelift" },
      },
    });
    expect(validate(doc)).toEqual({ errors: [], warnings: [] });
  });

  it("fails when an s3 backend key is misspelled", () => {
    const issue = onlyError(withBackend({ s3: { bucket: "b", key: "k", use_lock_file: true } }));
    expect(issue).toMatchObject({ code: "UNKNOWN_ATTRIBUTE", path: "terraform.backend.s3.use_lock_file" });
    expect(issue.message).toContain('Did you mean "use_lockfile"?');
  });

  it("fails when the s3 backend misses its bucket", () => {
    expect(errorsOf(withBackend({ s3: { key: "k" } }))).toEqual([
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: "terraform.backend.s3.bucket" },
    ]);
  });

  it("fails when assume_role misses role_arn", () => {
    expect(
      errorsOf(withBackend({ s3: { bucket: "b", key: "k", assume_role: { session_name: "x" } } })),
    ).toEqual([{ code: "MISSING_REQUIRED_ATTRIBUTE", path: "terraform.backend.s3.assume_role.role_arn" }]);
  });

  it("warns that dynamodb_table is deprecated in favour of use_lockfile", () => {
    expect(warningsOf(withBackend({ s3: { bucket: "b", key: "k", dynamodb_table: "locks" } }))).toEqual([
      { code: "DEPRECATED", path: "terraform.backend.s3.dynamodb_table" },
    ]);
  });

  it("fails when backend configuration uses a reference", () => {
    expect(errorsOf(withBackend({ s3: { bucket: "${var.bucket}", key: "k" } }))).toEqual([
      { code: "INVALID_META_ARGUMENT", path: "terraform.backend.s3.bucket" },
    ]);
  });

  it("accepts the local backend and rejects unknown backends", () => {
    expect(errorsOf(withBackend({ local: { path: "terraform.tfstate" } }))).toEqual([]);
    expect(errorsOf(withBackend({ gcs: { bucket: "b" } }))).toEqual([
      { code: "UNKNOWN_BACKEND", path: "terraform.backend.gcs" },
    ]);
  });

  it("warns when required_providers pins a version other than the schema's", () => {
    const doc = documentWith({
      terraform: {
        required_providers: {
          ...REQUIRED_PROVIDERS.required_providers,
          aws: { source: "hashicorp/aws", version: "5.99.0" },
        },
      },
    });
    expect(warningsOf(doc)).toEqual([
      { code: "PROVIDER_VERSION_MISMATCH", path: "terraform.required_providers.aws.version" },
    ]);
  });

  it("fails when the terraform block has an unknown key", () => {
    expect(
      errorsOf(documentWith({ terraform: { ...REQUIRED_PROVIDERS, required_version_: ">= 1.11" } })),
    ).toEqual([{ code: "UNKNOWN_ATTRIBUTE", path: "terraform.required_version_" }]);
  });

  it("fails when a provider configuration has an unknown argument", () => {
    expect(errorsOf(documentWith({ provider: { aws: [{ regoin: "eu-west-1" }], spacelift: [{}] } }))).toEqual(
      [{ code: "UNKNOWN_ATTRIBUTE", path: "provider.aws[0].regoin" }],
    );
  });

  it("fails when two provider configurations share an alias", () => {
    const doc = documentWith({ provider: { aws: [{ alias: "x" }, { alias: "x" }], spacelift: [{}] } });
    expect(errorsOf(doc)).toEqual([{ code: "INVALID_META_ARGUMENT", path: "provider.aws[1]" }]);
  });
});

describe("schema validator: variables, outputs, locals and modules", () => {
  it("accepts a variable whose default matches its object type, optional attributes included", () => {
    const doc = documentWith({
      variable: {
        pools: {
          type: "map(object({ name = string, size = optional(number, 1), tags = optional(map(string)) }))",
          default: { a: { name: "a" }, b: { name: "b", size: 3 } },
          validation: [{ condition: "${length(var.pools) > 0}", error_message: "need a pool" }],
        },
      },
    });
    expect(validate(doc)).toEqual({ errors: [], warnings: [] });
  });

  it("fails when a variable default does not match its type", () => {
    const doc = documentWith({ variable: { size: { type: "list(number)", default: [1, "two"] } } });
    expect(errorsOf(doc)).toEqual([{ code: "TYPE_MISMATCH", path: "variable.size.default[1]" }]);
  });

  it("fails when a variable type constraint does not parse", () => {
    expect(errorsOf(documentWith({ variable: { x: { type: "lst(string)" } } }))).toEqual([
      { code: "INVALID_TYPE_CONSTRAINT", path: "variable.x.type" },
    ]);
  });

  it("fails when a variable default uses a reference", () => {
    expect(errorsOf(documentWith({ variable: { x: { default: "${local.y}" } }, locals: { y: 1 } }))).toEqual([
      { code: "INVALID_META_ARGUMENT", path: "variable.x.default" },
    ]);
  });

  it("fails when an output has no value", () => {
    expect(errorsOf(documentWith({ output: { id: { description: "x" } } }))).toEqual([
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: "output.id.value" },
    ]);
  });

  it("checks output and local references", () => {
    const doc = documentWith({
      locals: { a: "${local.b}", b: "${spacelift_space.platform.id}" },
      output: { a: { value: "${local.c}" } },
    });
    expect(errorsOf(doc)).toEqual([{ code: "UNDECLARED_REFERENCE", path: "output.a.value" }]);
  });

  it("fails when a module call has no literal source", () => {
    expect(errorsOf(documentWith({ module: { vpc: { cidr: "10.0.0.0/16" } } }))).toEqual([
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: "module.vpc.source" },
    ]);
  });
});

describe("schema validator: moved, import, removed and check blocks", () => {
  it("accepts a moved block from a removed address to a declared one", () => {
    expect(
      errorsOf(documentWith({ moved: [{ from: "spacelift_space.old", to: "spacelift_space.platform" }] })),
    ).toEqual([]);
  });

  it("fails when a moved block's target is not declared", () => {
    expect(
      errorsOf(documentWith({ moved: [{ from: "spacelift_space.old", to: "spacelift_space.new" }] })),
    ).toEqual([{ code: "INVALID_MOVED", path: "moved[0].to" }]);
  });

  it("fails when a moved block's source is still declared", () => {
    const doc = documentWith({
      moved: [{ from: "spacelift_space.platform", to: "spacelift_space.platform2" }],
    });
    expect(errorsOf(doc)).toEqual([
      { code: "INVALID_MOVED", path: "moved[0].from" },
      { code: "INVALID_MOVED", path: "moved[0].to" },
    ]);
  });

  it("fails when an import block targets an undeclared resource or lacks an id", () => {
    expect(
      errorsOf(documentWith({ import: [{ to: "spacelift_space.platform", id: "platform-01" }] })),
    ).toEqual([]);
    expect(errorsOf(documentWith({ import: [{ to: "spacelift_space.other" }] }))).toEqual([
      { code: "MISSING_REQUIRED_ATTRIBUTE", path: "import[0].id" },
      { code: "INVALID_MOVED", path: "import[0].to" },
    ]);
  });

  it("fails when a removed block names a resource that is still declared", () => {
    const doc = documentWith({
      removed: [{ from: "spacelift_space.platform", lifecycle: { destroy: false } }],
    });
    expect(errorsOf(doc)).toEqual([{ code: "INVALID_MOVED", path: "removed[0].from" }]);
  });

  it("checks a check block's scoped data source and assertions", () => {
    const doc = documentWith({
      check: {
        admin_role: {
          data: { spacelift_role: { admin: { slug: "space-admin" } } },
          assert: [{ condition: "${data.spacelift_role.admin.is_system}", error_message: "missing" }],
        },
      },
    });
    expect(validate(doc)).toEqual({ errors: [], warnings: [] });
  });
});

describe("schema validator: the document", () => {
  it("fails when a top-level key is unknown", () => {
    const issue = onlyError({ ...documentWith({}), resources: {} });
    expect(issue).toMatchObject({ code: "UNKNOWN_TOP_LEVEL_KEY", path: "resources" });
    expect(issue.message).toContain('Did you mean "resource"?');
  });

  it("fails when the input is not a JSON object", () => {
    expect(errorsOf("[]")).toEqual([{ code: "INVALID_DOCUMENT", path: "" }]);
    expect(errorsOf("{ not json")).toEqual([{ code: "INVALID_DOCUMENT", path: "" }]);
  });

  it("accepts the document as JSON text", () => {
    expect(validate(JSON.stringify(documentWith({})))).toEqual({ errors: [], warnings: [] });
  });
});

describe("moved chains", () => {
  it("accepts a rename chain whose middle address is the source of the next move", () => {
    const doc = documentWith({
      resource: { spacelift_stack: { c: stackBody() } },
      moved: [
        { from: "spacelift_stack.a", to: "spacelift_stack.b" },
        { from: "spacelift_stack.b", to: "spacelift_stack.c" },
      ],
    });
    expect(errorsOf(doc)).toEqual([]);
  });

  it("still fails on a move to an address that is neither declared nor moved on", () => {
    const doc = documentWith({
      resource: { spacelift_stack: { c: stackBody() } },
      moved: [{ from: "spacelift_stack.a", to: "spacelift_stack.b" }],
    });
    expect(errorsOf(doc).map((e) => e.code)).toEqual(["INVALID_MOVED"]);
  });
});
