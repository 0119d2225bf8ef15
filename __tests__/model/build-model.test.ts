import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import { buildSpaceliftModel, type SpaceliftModel } from "../../model";
import { adminVars, emptyCatalog, fakeComponent, fakeResolved, organisation } from "./fake-resolved";

function build(components = organisation()): SpaceliftModel {
  return buildSpaceliftModel(fakeResolved(components), { catalog: emptyCatalog });
}

/** The same build with every warning turned into an error (`--strict`). */
function buildStrict(components = organisation()): SpaceliftModel {
  return buildSpaceliftModel(fakeResolved(components), { catalog: emptyCatalog, strict: true });
}

function errorsOf(fn: () => unknown): Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  throw new Error("expected a DiagnosticError");
}

const spacelift = (s: Record<string, unknown>) => ({ spacelift: { workspace_enabled: true, ...s } });

describe("buildSpaceliftModel: which stacks and their names", () => {
  it("derives <prefix>-<component> names with '/' replaced by '-'", () => {
    expect(build().stacks.map((s) => s.id)).toEqual([
      "plat-gbl-spacelift-admin-stack",
      "plat-ue1-dev-eks-cluster",
      "plat-ue1-dev-vpc",
      "root-gbl-spacelift-admin-stack",
      "root-gbl-spacelift-spaces",
    ]);
  });

  it("skips components without workspace_enabled, abstract ones and disabled ones", () => {
    const model = build(
      organisation([
        fakeComponent({ component: "rds", vars: { tenant: "plat", environment: "ue1", stage: "dev" } }),
        fakeComponent({
          component: "base",
          vars: { tenant: "plat", environment: "ue1", stage: "dev" },
          settings: spacelift({}),
          metadata: { type: "abstract" },
        }),
        fakeComponent({
          component: "off",
          vars: { tenant: "plat", environment: "ue1", stage: "dev" },
          settings: spacelift({}),
          metadata: { enabled: false },
        }),
      ]),
    );
    expect(model.stacks.map((s) => s.id)).not.toEqual(
      expect.arrayContaining(["plat-ue1-dev-rds", "plat-ue1-dev-base", "plat-ue1-dev-off"]),
    );
  });

  it("honours stack_name_pattern with context tokens", () => {
    const model = build(
      organisation([
        fakeComponent({
          component: "app",
          vars: { tenant: "plat", environment: "ue1", stage: "test-1" },
          settings: spacelift({ space_name: "plat", stack_name_pattern: "{tenant}-{stage}-{component}-x" }),
        }),
      ]),
    );
    expect(model.stack("plat-test-1-app-x")?.atmosStack).toBe("plat-ue1-test-1");
  });

  it("names the root admin stack by its stack_name var, as Cloud Posse's admin-stack does", () => {
    const components = organisation();
    (components[0]!.vars as Record<string, unknown>)["stack_name"] = "infra-root";
    const model = build(components);
    expect(model.rootAdminStackId).toBe("infra-root");
    expect(model.stack("root-gbl-spacelift-admin-stack")).toBeUndefined();
    expect(model.stack("plat-gbl-spacelift-admin-stack")?.managerId).toBe("infra-root");
  });

  it("fails when a name is not a valid Spacelift slug", () => {
    const errors = errorsOf(() =>
      build(
        organisation([
          fakeComponent({
            component: "My_App",
            vars: { tenant: "plat", environment: "ue1", stage: "dev" },
            settings: spacelift({ space_name: "plat" }),
          }),
        ]),
      ),
    );
    expect(errors).toEqual([expect.objectContaining({ code: "INVALID_STACK_NAME" })]);
    expect(errors[0]!.message).toContain("plat-ue1-dev-My_App");
  });

  it("fails when two components produce the same name, naming both", () => {
    const errors = errorsOf(() =>
      build(
        organisation([
          fakeComponent({
            component: "app",
            vars: { tenant: "plat", environment: "ue1", stage: "dev" },
            settings: spacelift({ space_name: "plat", stack_name: "same" }),
          }),
          fakeComponent({
            component: "web",
            vars: { tenant: "plat", environment: "ue1", stage: "dev" },
            settings: spacelift({ space_name: "plat", stack_name: "same" }),
          }),
        ]),
      ),
    );
    expect(errors).toEqual([expect.objectContaining({ code: "DUPLICATE_STACK_NAME" })]);
    expect(errors[0]!.message).toMatch(/'same'.*'app'/);
  });
});

describe("buildSpaceliftModel: settings", () => {
  it("warns on a misspelled settings.spacelift key with a suggestion, and keeps the stack's other settings", () => {
    const model = build(
      organisation([], { platVpcSettings: { protect_from_deleton: true, autodeploy: true } }),
    );
    expect(model.stack("plat-ue1-dev-vpc")?.autodeploy).toBe(true);
    expect(model.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "UNKNOWN_SETTING",
          severity: "warning",
          keyPath: "components.terraform.vpc.settings.spacelift.protect_from_deleton",
        }),
      ]),
    );
  });

  it("fails under strict on a misspelled settings.spacelift key with a suggestion and the file location", () => {
    const errors = errorsOf(() =>
      buildStrict(organisation([], { platVpcSettings: { protect_from_deleton: true } })),
    ).filter((e) => e.code !== "ADMINISTRATIVE_TRANSLATED");
    expect(errors).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_SETTING",
        keyPath: "components.terraform.vpc.settings.spacelift.protect_from_deleton",
        location: expect.objectContaining({ file: "stacks/orgs/plat/ue1/dev.yaml" }),
      }),
    ]);
    expect(errors[0]!.message).toContain("Did you mean 'protect_from_deletion'?");
  });

  it("fails on a wrong type, showing the value received", () => {
    const errors = errorsOf(() => build(organisation([], { platVpcSettings: { autodeploy: "yes" } })));
    expect(errors).toEqual([
      expect.objectContaining({
        code: "INVALID_SETTING",
        keyPath: "components.terraform.vpc.settings.spacelift.autodeploy",
        // The fake's sourceOf encodes the path it was asked for: line 1 + path length, col = section length.
        location: { file: "stacks/orgs/plat/ue1/dev.yaml", line: 3, col: "settings".length },
      }),
    ]);
    expect(errors[0]!.message).toContain('must be a boolean, got "yes"');
  });

  it("reports keys Cloud Posse no longer honours with their replacement (an error under strict)", () => {
    const components = organisation([], { platVpcSettings: { policies_enabled: ["x"] } });
    expect(build(components).warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "LEGACY_SETTING", severity: "warning" })]),
    );
    const errors = errorsOf(() => buildStrict(components)).filter(
      (e) => e.code !== "ADMINISTRATIVE_TRANSLATED",
    );
    expect(errors).toEqual([expect.objectContaining({ code: "LEGACY_SETTING", severity: "error" })]);
  });

  it("treats a key set to null as unset, with a warning", () => {
    const model = build(organisation([], { platVpcSettings: { before_init: null, autodeploy: null } }));
    expect(model.stack("plat-ue1-dev-vpc")?.autodeploy).toBe(false);
    expect(model.warnings.filter((w) => w.code === "NULL_SETTING").map((w) => w.keyPath)).toEqual([
      "components.terraform.vpc.settings.spacelift.before_init",
      "components.terraform.vpc.settings.spacelift.autodeploy",
    ]);
  });

  it("warns that cloudformation and pulumi stacks are not supported, never drops them silently", () => {
    const model = build(
      organisation([], { platVpcSettings: { pulumi: { login_url: "s3://state", stack_name: "vpc" } } }),
    );
    expect(model.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "IGNORED_SETTING",
          keyPath: "components.terraform.vpc.settings.spacelift.pulumi",
        }),
      ]),
    );
  });

  it("refuses a webhook_secret in settings.spacelift even without strict (a secret in YAML)", () => {
    const errors = errorsOf(() => build(organisation([], { platVpcSettings: { webhook_secret: "s3cr3t" } })));
    expect(errors).toEqual([expect.objectContaining({ code: "SECRET_IN_CONFIG" })]);
  });

  it("fails under strict on is_default in a VCS block (the provider computes it), naming the key", () => {
    const errors = errorsOf(() =>
      buildStrict(organisation([], { platVpcSettings: { gitlab: { namespace: "acme", is_default: true } } })),
    ).filter((e) => e.code !== "ADMINISTRATIVE_TRANSLATED");
    expect(errors).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_SETTING",
        keyPath: "components.terraform.vpc.settings.spacelift.gitlab.is_default",
      }),
    ]);
  });

  it("reads aws_integration by name with read and write defaulting to true", () => {
    const model = build(organisation([], { platVpcSettings: { aws_integration: { name: "plat-deploy" } } }));
    expect(model.stack("plat-ue1-dev-vpc")?.awsIntegration).toEqual({
      name: "plat-deploy",
      read: true,
      write: true,
    });
    expect(model.stack("plat-ue1-dev-eks-cluster")?.awsIntegration).toBeUndefined();
  });

  it("reads aws_integration by id with explicit read and write", () => {
    const model = build(
      organisation([], { platVpcSettings: { aws_integration: { id: "01HXYZ", read: true, write: false } } }),
    );
    expect(model.stack("plat-ue1-dev-vpc")?.awsIntegration).toEqual({
      id: "01HXYZ",
      read: true,
      write: false,
    });
  });

  it("lets aws_integration replace the admin stack's default AWS role", () => {
    const components = organisation([], { platVpcSettings: { aws_integration: { name: "plat-deploy" } } });
    const plat = components[2]!.vars as Record<string, unknown>;
    plat["aws_role_enabled"] = true;
    plat["aws_role_arn"] = "arn:aws:iam::1:role/default";
    const model = build(components);
    expect(model.stack("plat-ue1-dev-vpc")?.awsRole).toBeUndefined();
    expect(model.stack("plat-ue1-dev-eks-cluster")?.awsRole?.roleArn).toBe("arn:aws:iam::1:role/default");
  });

  it("fails when aws_integration and aws_role_* settings are both set, with the file location", () => {
    const errors = errorsOf(() =>
      build(
        organisation([], {
          platVpcSettings: {
            aws_integration: { name: "plat-deploy" },
            aws_role_enabled: true,
            aws_role_arn: "arn:aws:iam::1:role/x",
          },
        }),
      ),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        code: "INVALID_SETTING",
        keyPath: "components.terraform.vpc.settings.spacelift.aws_integration",
        location: expect.objectContaining({
          file: "stacks/orgs/plat/ue1/dev.yaml",
          line: expect.any(Number),
        }),
      }),
    ]);
    expect(errors[0]!.message).toContain("aws_role_enabled, aws_role_arn are mutually exclusive");
  });

  it("accepts aws_role_enabled: false next to aws_integration", () => {
    expect(() =>
      build(
        organisation([], {
          platVpcSettings: { aws_integration: { id: "01HXYZ" }, aws_role_enabled: false },
        }),
      ),
    ).not.toThrow();
  });

  it.each([
    ["neither name nor id", { read: true }],
    ["both name and id", { name: "plat-deploy", id: "01HXYZ" }],
  ])("fails on an aws_integration with %s", (_, value) => {
    const errors = errorsOf(() => build(organisation([], { platVpcSettings: { aws_integration: value } })));
    expect(errors).toEqual([
      expect.objectContaining({
        code: "INVALID_SETTING",
        keyPath: "components.terraform.vpc.settings.spacelift.aws_integration",
      }),
    ]);
    expect(errors[0]!.message).toContain("exactly one of 'name' or 'id'");
  });

  it("fails under strict on an unknown aws_integration key with a suggestion", () => {
    const errors = errorsOf(() =>
      buildStrict(organisation([], { platVpcSettings: { aws_integration: { name: "x", wrte: false } } })),
    ).filter((e) => e.code !== "ADMINISTRATIVE_TRANSLATED");
    expect(errors).toEqual([expect.objectContaining({ code: "UNKNOWN_SETTING" })]);
    expect(errors[0]!.message).toContain("'write'");
  });

  it("passes x_ keys through untouched", () => {
    expect(() => build(organisation([], { platVpcSettings: { x_team: "payments" } }))).not.toThrow();
  });

  it("maps terraform_version through the admin stack's terraform_version_map", () => {
    const components = organisation([], { platVpcSettings: { terraform_version: 1 } });
    const plat = components[2]!;
    (plat.vars as Record<string, unknown>)["terraform_version_map"] = { "1": "1.9.8" };
    expect(build(components).stack("plat-ue1-dev-vpc")?.terraformVersion).toBe("1.9.8");
  });

  it("falls back to the admin stack's terraform_version when the setting is not a map key, as Cloud Posse does, with a warning", () => {
    const components = organisation([], { platVpcSettings: { terraform_version: "1.5.7" } });
    (components[2]!.vars as Record<string, unknown>)["terraform_version"] = "1.9.8";
    const model = build(components);
    expect(model.stack("plat-ue1-dev-vpc")?.terraformVersion).toBe("1.9.8");
    expect(model.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "IGNORED_SETTING",
          keyPath: "components.terraform.vpc.settings.spacelift.terraform_version",
        }),
      ]),
    );
  });

  it("leaves the version to Spacelift when neither the map nor the admin stack gives one", () => {
    expect(
      build(organisation([], { platVpcSettings: { terraform_version: "latest" } })).stack("plat-ue1-dev-vpc")
        ?.terraformVersion,
    ).toBeUndefined();
  });

  it("falls back to the admin stack's vars (settings win)", () => {
    const model = build(organisation([], { platVpcSettings: { autodeploy: true } }));
    expect(model.stack("plat-ue1-dev-vpc")?.autodeploy).toBe(true);
    expect(model.stack("plat-ue1-dev-eks-cluster")?.autodeploy).toBe(false);
    expect(model.stack("plat-ue1-dev-vpc")?.projectRoot).toBe("components/terraform/vpc");
    expect(model.stack("plat-ue1-dev-eks-cluster")?.projectRoot).toBe("components/terraform/eks");
  });

  it("keeps state in the atmos backend when one is configured", () => {
    const model = build();
    expect(model.stack("plat-ue1-dev-vpc")?.manageState).toBe(false);
  });

  it("sets ATMOS_STACK, ATMOS_COMPONENT and the component env", () => {
    const components = organisation();
    const vpc = fakeComponent({
      component: "vpc",
      vars: { tenant: "plat", environment: "ue1", stage: "dev" },
      settings: spacelift({ space_name: "plat" }),
      env: { TF_LOG: "info", RETRIES: 3 },
    });
    components[3] = vpc;
    const env = build(components).stack("plat-ue1-dev-vpc")!.environment;
    expect(env).toEqual(
      expect.arrayContaining([
        { name: "ATMOS_STACK", value: "plat-ue1-dev" },
        { name: "ATMOS_COMPONENT", value: "vpc" },
        { name: "TF_LOG", value: "info" },
        { name: "RETRIES", value: "3" },
      ]),
    );
  });

  it("fails when an admin stack's vars carry a webhook secret", () => {
    const components = organisation();
    (components[2]!.vars as Record<string, unknown>)["webhook_secret"] = "s3cr3t";
    expect(errorsOf(() => build(components))).toEqual([
      expect.objectContaining({ code: "SECRET_IN_CONFIG" }),
    ]);
  });
});

describe("buildSpaceliftModel: labels", () => {
  it("orders labels as atmos does, then managed-by", () => {
    expect(build().stack("plat-ue1-dev-eks-cluster")?.labels).toEqual([
      "deps:stacks/orgs/plat/ue1/dev.yaml",
      "folder:component/eks/cluster",
      "folder:plat/ue1/dev",
      "managed-by:plat-gbl-spacelift-admin-stack",
    ]);
  });

  it("keeps depends-on labels when stack dependency resources are turned off", () => {
    const components = organisation();
    (components[2]!.vars as Record<string, unknown>)["spacelift_stack_dependency_enabled"] = false;
    const stack = build(components).stack("plat-ue1-dev-eks-cluster")!;
    expect(stack.labels).toContain("depends-on:plat-ue1-dev-vpc");
    expect(stack.labels.indexOf("depends-on:plat-ue1-dev-vpc")).toBeLessThan(
      stack.labels.indexOf("folder:component/eks/cluster"),
    );
    expect(stack.stackDependencyResources).toBe(false);
  });

  it("labels the root's children with depends-on the root only in label mode, never with an empty label", () => {
    const components = organisation();
    (components[0]!.vars as Record<string, unknown>)["spacelift_stack_dependency_enabled"] = false;
    const labels = build(components).stack("root-gbl-spacelift-spaces")!.labels;
    expect(labels).toContain("depends-on:root-gbl-spacelift-admin-stack");
    expect(labels).not.toContain("");
  });
});

describe("buildSpaceliftModel: admin stacks", () => {
  it("gives every stack exactly one manager; the root manages itself", () => {
    const model = build();
    expect(Object.fromEntries(model.stacks.map((s) => [s.id, s.managerId]))).toEqual({
      "plat-gbl-spacelift-admin-stack": "root-gbl-spacelift-admin-stack",
      "plat-ue1-dev-eks-cluster": "plat-gbl-spacelift-admin-stack",
      "plat-ue1-dev-vpc": "plat-gbl-spacelift-admin-stack",
      "root-gbl-spacelift-admin-stack": "root-gbl-spacelift-admin-stack",
      "root-gbl-spacelift-spaces": "root-gbl-spacelift-admin-stack",
    });
  });

  it("lists a stack no admin stack selects as a warning and does not synthesize it (an error under strict)", () => {
    const components = organisation([
      fakeComponent({
        component: "app",
        vars: { tenant: "core", environment: "ue1", stage: "dev" },
        settings: spacelift({}),
      }),
    ]);
    const model = build(components);
    expect(model.stack("core-ue1-dev-app")).toBeUndefined();
    const orphans = model.warnings.filter((w) => w.code === "ORPHAN_STACK");
    expect(orphans).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(orphans[0]!.message).toContain("core-ue1-dev-app");
    const errors = errorsOf(() => buildStrict(components)).filter((e) => e.code === "ORPHAN_STACK");
    expect(errors).toEqual([expect.objectContaining({ severity: "error" })]);
  });

  it("fails on a stack selected by two admin stacks", () => {
    const second = fakeComponent({
      component: "admin-stack-2",
      folder: "spacelift/admin-stack",
      vars: adminVars({ tenant: "plat", context_filters: { stages: ["dev"], administrative: false } }),
      settings: spacelift({ administrative: true, space_name: "plat" }),
    });
    const errors = errorsOf(() => build(organisation([second])));
    expect(errors.map((e) => e.code)).toEqual(["STACK_CLAIMED_TWICE", "STACK_CLAIMED_TWICE"]);
  });

  it("never lets a tenant admin stack select itself, and says so", () => {
    const components = organisation();
    (components[2]!.vars as Record<string, unknown>)["context_filters"] = { tenants: ["plat"] };
    const model = build(components);
    expect(model.stack("plat-gbl-spacelift-admin-stack")?.managerId).toBe("root-gbl-spacelift-admin-stack");
    expect(model.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["ADMIN_SELF_MATCH_IGNORED"]));
  });

  it("matches tags filters when any tag matches and honours excluded filters", () => {
    const components = organisation([
      fakeComponent({
        component: "tagged",
        vars: { tenant: "core", environment: "ue1", stage: "dev", tags: { team: "data", cost: "x" } },
        settings: spacelift({ space_name: "plat" }),
      }),
      fakeComponent({
        component: "excluded",
        vars: { tenant: "plat", environment: "ue1", stage: "prod" },
        settings: spacelift({ space_name: "plat" }),
      }),
    ]);
    const plat = components[2]!.vars as Record<string, unknown>;
    plat["context_filters"] = { tenants: [], tags: { team: "data", owner: "nobody" }, administrative: false };
    plat["excluded_context_filters"] = { stages: ["prod"] };
    const model = build(components);
    // vpc/eks (no tags) and the excluded prod stack are orphans; the tagged one is managed.
    const orphans = model.warnings.filter((w) => w.code === "ORPHAN_STACK").map((w) => w.message);
    expect(orphans.join("\n")).toContain("plat-ue1-prod-excluded");
    expect(orphans.join("\n")).not.toContain("core-ue1-dev-tagged");
    expect(model.stack("core-ue1-dev-tagged")?.managerId).toBe("plat-gbl-spacelift-admin-stack");
  });

  it("translates administrative: true into Space admin role attachments", () => {
    const model = build();
    expect(model.stack("root-gbl-spacelift-admin-stack")?.spaceAdminIn).toEqual(["root"]);
    expect(model.stack("plat-gbl-spacelift-admin-stack")?.spaceAdminIn).toEqual(["plat"]);
    expect(model.stack("root-gbl-spacelift-spaces")?.spaceAdminIn).toEqual(["root"]);
    expect(model.stack("plat-ue1-dev-vpc")?.spaceAdminIn).toEqual([]);
    const translated = model.warnings.filter((w) => w.code === "ADMINISTRATIVE_TRANSLATED");
    expect(translated).toHaveLength(1);
    expect(translated[0]!.message).toContain(
      "plat-gbl-spacelift-admin-stack, root-gbl-spacelift-admin-stack, root-gbl-spacelift-spaces",
    );
  });
});

describe("buildSpaceliftModel: references", () => {
  it("resolves the policies attached by the admin stack", () => {
    expect(build().stack("plat-ue1-dev-vpc")?.policyNames).toEqual(["TRIGGER Dependencies"]);
  });

  it("warns on an undeclared policy name (a plan-time lookup) with a case-insensitive suggestion", () => {
    const components = organisation();
    (components[2]!.vars as Record<string, unknown>)["child_policy_attachments"] = ["TRIGGER dependencies"];
    expect(build(components).stack("plat-ue1-dev-vpc")?.policyNames).toEqual(["TRIGGER dependencies"]);
    const errors = errorsOf(() => buildStrict(components)).filter(
      (e) => e.code !== "ADMINISTRATIVE_TRANSLATED",
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.code === "UNKNOWN_POLICY")).toBe(true);
    expect(errors[0]!.message).toContain("Did you mean 'TRIGGER Dependencies'?");
    expect(errors[0]!.keyPath).toBe("components.terraform.admin-stack.vars.child_policy_attachments");
  });

  it("warns on an undeclared space (a plan-time lookup), an error under strict", () => {
    const components = organisation([], { platVpcSettings: { space_name: "platt" } });
    expect(build(components).warnings.map((w) => w.code)).toContain("UNKNOWN_SPACE");
    const errors = errorsOf(() => buildStrict(components)).filter(
      (e) => e.code !== "ADMINISTRATIVE_TRANSLATED",
    );
    expect(errors).toEqual([expect.objectContaining({ code: "UNKNOWN_SPACE" })]);
    expect(errors[0]!.message).toContain("Did you mean 'plat'?");
  });

  it("warns on an undeclared worker pool (a plan-time lookup), an error under strict", () => {
    const components = organisation([], { platVpcSettings: { worker_pool_name: "nope" } });
    expect(build(components).stack("plat-ue1-dev-vpc")?.workerPoolName).toBe("nope");
    const errors = errorsOf(() => buildStrict(components)).filter(
      (e) => e.code !== "ADMINISTRATIVE_TRANSLATED",
    );
    expect(errors).toEqual([expect.objectContaining({ code: "UNKNOWN_WORKER_POOL" })]);
  });

  it("resolves settings.depends_on to a stack dependency", () => {
    expect(build().stack("plat-ue1-dev-eks-cluster")?.dependsOn).toEqual(["plat-ue1-dev-vpc"]);
  });

  it("resolves dependencies.components like settings.depends_on: union, duplicates collapsed", () => {
    const model = build(
      organisation([
        fakeComponent({
          component: "app",
          vars: { tenant: "plat", environment: "ue1", stage: "dev" },
          settings: { ...spacelift({ space_name: "plat" }), depends_on: { "1": { component: "vpc" } } },
          dependencies: {
            components: [
              "vpc",
              { component: "eks/cluster" },
              { name: "vpc", stack: "plat-ue1-dev" },
              { component: "echo-server", kind: "helmfile" },
              { kind: "file", path: "configs/x.json" },
            ],
          },
        }),
      ]),
    );
    expect(model.stack("plat-ue1-dev-app")?.dependsOn).toEqual([
      "plat-ue1-dev-eks-cluster",
      "plat-ue1-dev-vpc",
    ]);
  });

  it("fails on an unknown dependencies.components target with its key path", () => {
    const errors = errorsOf(() =>
      build(
        organisation([
          fakeComponent({
            component: "app",
            vars: { tenant: "plat", environment: "ue1", stage: "dev" },
            settings: spacelift({ space_name: "plat" }),
            dependencies: { components: ["vpc", "rds"] },
          }),
        ]),
      ),
    );
    expect(errors).toEqual([expect.objectContaining({ code: "UNKNOWN_DEPENDENCY" })]);
    expect(errors[0]!.keyPath).toBe("components.terraform.app.dependencies.components[1]");
    expect(errors[0]!.hint).toContain("Components of the stack 'plat-ue1-dev': app, eks/cluster, vpc.");
  });

  it("resolves legacy settings.spacelift.depends_on by component name in the same stack", () => {
    const model = build(
      organisation([
        fakeComponent({
          component: "app",
          vars: { tenant: "plat", environment: "ue1", stage: "dev" },
          settings: spacelift({ space_name: "plat", depends_on: ["eks/cluster"] }),
        }),
      ]),
    );
    expect(model.stack("plat-ue1-dev-app")?.dependsOn).toEqual(["plat-ue1-dev-eks-cluster"]);
  });

  it("fails on an unknown dependency target", () => {
    const errors = errorsOf(() =>
      build(
        organisation([
          fakeComponent({
            component: "app",
            vars: { tenant: "plat", environment: "ue1", stage: "dev" },
            settings: { ...spacelift({ space_name: "plat" }), depends_on: { "1": { component: "rds" } } },
          }),
        ]),
      ),
    );
    expect(errors).toEqual([expect.objectContaining({ code: "UNKNOWN_DEPENDENCY" })]);
    expect(errors[0]!.hint).toBe("Components of the stack 'plat-ue1-dev': app, eks/cluster, vpc.");
  });

  it("fails on an unknown legacy depends_on target, listing the components of the stack", () => {
    const errors = errorsOf(() =>
      build(
        organisation([
          fakeComponent({
            component: "app",
            vars: { tenant: "plat", environment: "ue1", stage: "dev" },
            settings: spacelift({ space_name: "plat", depends_on: ["database"] }),
          }),
        ]),
      ),
    );
    expect(errors).toEqual([expect.objectContaining({ code: "UNKNOWN_DEPENDENCY" })]);
    expect(errors[0]!.hint).toContain("Components of the stack 'plat-ue1-dev': app, eks/cluster, vpc.");
  });

  it("fails on a depends_on entry naming an unknown stack, listing the known stacks", () => {
    const errors = errorsOf(() =>
      build(
        organisation([
          fakeComponent({
            component: "app",
            vars: { tenant: "plat", environment: "ue1", stage: "dev" },
            settings: {
              ...spacelift({ space_name: "plat" }),
              depends_on: { "1": { component: "vpc", stack: "plat-ue1-prod" } },
            },
          }),
        ]),
      ),
    );
    expect(errors).toEqual([expect.objectContaining({ code: "UNKNOWN_DEPENDENCY" })]);
    expect(errors[0]!.hint).toContain(
      "No stack is named 'plat-ue1-prod'. Did you mean 'plat-ue1-dev'? Known stacks: plat-gbl-spacelift, plat-ue1-dev, root-gbl-spacelift.",
    );
  });

  it("warns on a dependency on a stack that is not workspace-enabled", () => {
    const model = build(
      organisation([
        fakeComponent({
          component: "account-map",
          vars: { tenant: "plat", environment: "ue1", stage: "dev" },
        }),
        fakeComponent({
          component: "app",
          vars: { tenant: "plat", environment: "ue1", stage: "dev" },
          settings: {
            ...spacelift({ space_name: "plat" }),
            depends_on: { "1": { component: "account-map" } },
          },
        }),
      ]),
    );
    expect(model.stack("plat-ue1-dev-app")?.dependsOn).toEqual([]);
    expect(model.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "DEPENDENCY_NOT_IN_SPACELIFT" })]),
    );
  });

  it("fails on a dependency cycle and prints it", () => {
    const components = organisation();
    components[3] = fakeComponent({
      component: "vpc",
      vars: { tenant: "plat", environment: "ue1", stage: "dev" },
      settings: { ...spacelift({ space_name: "plat" }), depends_on: { "1": { component: "eks/cluster" } } },
    });
    const errors = errorsOf(() => build(components));
    expect(errors).toEqual([expect.objectContaining({ code: "DEPENDENCY_CYCLE" })]);
    expect(errors[0]!.message).toContain(
      "plat-ue1-dev-eks-cluster → plat-ue1-dev-vpc → plat-ue1-dev-eks-cluster",
    );
  });
});

describe("buildSpaceliftModel: terraform version and backend", () => {
  it("warns when the pinned terraform is too old for S3 lock files", () => {
    const components = organisation([], { platVpcSettings: { terraform_version: "1.9" } });
    (components[2]!.vars as Record<string, unknown>)["terraform_version_map"] = { "1.9": "1.9.8" };
    const model = build(components);
    expect(model.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "TERRAFORM_TOO_OLD_FOR_BACKEND" })]),
    );
  });

  it("does not warn for terraform 1.10 and later", () => {
    const model = build(organisation([], { platVpcSettings: { terraform_version: "1.10.0" } }));
    expect(model.warnings.map((w) => w.code)).not.toContain("TERRAFORM_TOO_OLD_FOR_BACKEND");
  });
});
