import type { TerraformStack } from "cdktf";
import { buildApp } from "../../constructs";
import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import type { JsonMap } from "../../config-engine/types";
import { buildSpaceliftModel } from "../../model";
import { openCatalog } from "../../policies/catalog";
import { synthesize } from "../example/synth-example";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { resourceNames, resourceOf, synthJson, type SynthJson } from "../helpers/synth";
import { fakeComponent, fakeResolved, organisation } from "../model/fake-resolved";

describe("SpacesStack of the embedded example", () => {
  const json = JSON.parse(synthesize()["root-gbl-spacelift-spaces"]!) as SynthJson;

  it("creates one space per declared name, never root", () => {
    expect(resourceNames(json, "spacelift_space")).toEqual(["core", "plat"]);
    expect(resourceOf(json, "spacelift_space", "plat")).toMatchObject({
      name: "plat",
      parent_space_id: "root",
      inherit_entities: true,
      labels: ["plat"],
      description: "Product platform workloads",
    });
  });

  it("creates every catalogue policy as Rego v1 with its body and explicit engine", () => {
    expect(resourceNames(json, "spacelift_policy")).toHaveLength(openCatalog().files().length);
    const policy = resourceOf(json, "spacelift_policy", "git_push_plan_affected") as Record<string, unknown>;
    expect(policy).toMatchObject({
      name: "GIT_PUSH Plan Affected",
      type: "GIT_PUSH",
      engine_type: "REGO_V1",
      space_id: "root",
      labels: ["autoattach:pr-comment-triggered"],
    });
    expect(policy["body"]).toMatch(/^package spacelift$/m);
  });
});

describe("SpacesStack nesting", () => {
  it("resolves a parent named in the same stack to its resource id", () => {
    const components = organisation();
    const spaces = components[1]!.vars as Record<string, JsonMap>;
    (spaces["spaces"] as Record<string, JsonMap>)["plat-dev"] = {
      parent_space_id: "plat",
      description: "dev",
    };
    const model = buildSpaceliftModel(fakeResolved(components), { catalog: openCatalog() });
    const stack = buildApp(model).node.findChild("root-gbl-spacelift-spaces") as TerraformStack;
    expectValidAgainstSchemas(stack);
    expect(resourceOf(synthJson(stack), "spacelift_space", "plat-dev")).toMatchObject({
      parent_space_id: "${spacelift_space.plat.id}",
    });
  });
});

describe("spaces and policies: bad input", () => {
  function errors(spaces: JsonMap, extra = organisation()): Diagnostic[] {
    const components = extra;
    (components[1]!.vars as Record<string, unknown>)["spaces"] = spaces;
    try {
      buildSpaceliftModel(fakeResolved(components), { catalog: openCatalog() });
    } catch (e) {
      if (isDiagnosticError(e)) return [...e.diagnostics];
      throw e;
    }
    return [];
  }
  const base = {
    root: { policies: { "TRIGGER Dependencies": { type: "TRIGGER", catalog: "trigger.dependencies" } } },
    plat: { parent_space_id: "root" },
  };

  it("fails on a duplicate space name across spaces components", () => {
    const second = fakeComponent({
      component: "spaces-2",
      folder: "spacelift/spaces",
      vars: {
        tenant: "root",
        environment: "gbl",
        stage: "spacelift",
        spaces: { plat: { parent_space_id: "root" } },
      },
    });
    expect(errors(base, [...organisation(), second]).map((d) => d.code)).toContain("DUPLICATE_SPACE");
  });

  it("fails on a duplicate policy name across spaces", () => {
    const dup = {
      ...base,
      plat: {
        parent_space_id: "root",
        policies: { "TRIGGER Dependencies": { type: "TRIGGER", body: "package spacelift" } },
      },
    };
    expect(errors(dup).map((d) => d.code)).toEqual(["DUPLICATE_POLICY"]);
  });

  it("fails on an unknown parent", () => {
    const e = errors({ ...base, plat: { parent_space_id: "platform" } });
    expect(e.map((d) => d.code)).toEqual(["UNKNOWN_SPACE"]);
  });

  it("fails on a parent cycle", () => {
    const e = errors({ ...base, a: { parent_space_id: "b" }, b: { parent_space_id: "a" } });
    expect(e.map((d) => d.code)).toContain("SPACE_CYCLE");
  });

  it("fails on an unknown policy type", () => {
    const e = errors({
      ...base,
      root: { policies: { "TRIGGER Dependencies": { type: "TRIGGERS", body: "package spacelift" } } },
    });
    expect(e[0]).toMatchObject({
      code: "INVALID_VARS",
      keyPath: "components.terraform.spaces.vars.spaces.root.policies.TRIGGER Dependencies.type",
    });
  });

  it("fails on a missing body file", () => {
    const e = errors({
      ...base,
      root: {
        policies: { "TRIGGER Dependencies": { type: "TRIGGER", body_file_path: "policies/nope.rego" } },
      },
    });
    expect(e[0]).toMatchObject({ code: "INVALID_VARS" });
    expect(e[0]!.message).toContain("policies/nope.rego");
  });

  it("fails on a catalogue reference that does not exist, suggesting the closest", () => {
    const e = errors({
      ...base,
      root: { policies: { "TRIGGER Dependencies": { type: "TRIGGER", catalog: "trigger.dependency" } } },
    });
    expect(e[0]).toMatchObject({ code: "UNKNOWN_POLICY" });
    expect(e[0]!.message).toContain("Did you mean 'trigger.dependencies.rego'?");
  });

  it("looks an undeclared policy name up at plan time, with a precondition naming it and a warning", () => {
    const components = organisation();
    (components[2]!.vars as Record<string, unknown>)["child_policy_attachments"] = ["PLAN Nope"];
    const model = buildSpaceliftModel(fakeResolved(components), { catalog: openCatalog() });
    expect(model.warnings.filter((w) => w.code === "UNKNOWN_POLICY")).toHaveLength(2);
    const admin = buildApp(model).node.findChild("plat-gbl-spacelift-admin-stack") as TerraformStack;
    expectValidAgainstSchemas(admin);
    const json = synthJson(admin);
    expect(JSON.stringify(json.data?.["spacelift_policies"])).toBeDefined();
    const attachments = Object.values(json.resource?.["spacelift_policy_attachment"] ?? {});
    const lookedUp = attachments.filter((a) => JSON.stringify(a).includes('\\"PLAN Nope\\"'));
    expect(lookedUp.length).toBeGreaterThan(0);
    expect(JSON.stringify(lookedUp[0])).toContain('The Spacelift policy \\"PLAN Nope\\" does not exist');
  });
});

describe("policy bodies downloaded from a URL", () => {
  it("reads body_url through a pinned http data source that must answer 200", () => {
    const components = organisation();
    (components[1]!.vars as Record<string, unknown>)["spaces"] = {
      root: {
        policies: {
          "TRIGGER Dependencies": {
            type: "TRIGGER",
            body_url: "https://raw.githubusercontent.com/acme/policies/%s/trigger.dependencies.rego",
            body_url_version: "v1.2.0",
          },
        },
      },
      plat: { parent_space_id: "root" },
    };
    const model = buildSpaceliftModel(fakeResolved(components), { catalog: openCatalog() });
    const stack = buildApp(model).node.findChild("root-gbl-spacelift-spaces") as TerraformStack;
    expectValidAgainstSchemas(stack);
    const json = synthJson(stack);
    expect(json.data?.["http"]?.["trigger_dependencies"]).toMatchObject({
      url: "https://raw.githubusercontent.com/acme/policies/v1.2.0/trigger.dependencies.rego",
      lifecycle: { postcondition: [expect.objectContaining({ condition: "${self.status_code == 200}" })] },
    });
    expect(resourceOf(json, "spacelift_policy", "trigger_dependencies")).toMatchObject({
      body: "${data.http.trigger_dependencies.response_body}",
      engine_type: "REGO_V0",
    });
    expect(
      (json.terraform as { required_providers: Record<string, unknown> }).required_providers["http"],
    ).toEqual({
      source: "hashicorp/http",
      version: "3.4.5",
    });
  });
});
