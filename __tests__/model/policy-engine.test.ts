/**
 * Inline policy bodies keep the Rego engine they are written for (issue 20, item 10): a v1 body
 * silently got REGO_V0 before; an engine_type the syntax contradicts is an error.
 */
import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import type { JsonMap } from "../../config-engine/types";
import { buildSpaceliftModel } from "../../model";
import type { SpaceliftModel } from "../../model/types";
import { emptyCatalog, fakeResolved, organisation } from "./fake-resolved";

const V1 =
  'package spacelift\n\ntrack if input.push.branch == "main"\n\ndeny contains "no" if {\n  false\n}\n';
const V0 = 'package spacelift\n\ntrack {\n  input.push.branch == "main"\n}\n';

/** The policy the organisation's admin stacks attach. */
const KEPT: JsonMap = { "TRIGGER Dependencies": { type: "TRIGGER", body: "package spacelift" } };

/** The organisation with `policies` in the root space. */
function build(policies: JsonMap): SpaceliftModel {
  const components = organisation().map((c) =>
    c.atmosComponent === "spaces"
      ? {
          ...c,
          vars: {
            ...c.vars,
            spaces: {
              root: { policies: { ...KEPT, ...policies } },
              plat: { parent_space_id: "root" },
            },
          },
        }
      : c,
  );
  return buildSpaceliftModel(fakeResolved(components), { catalog: emptyCatalog });
}

function errorsOf(fn: () => unknown): Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  return [];
}

describe("engine_type of inline policy bodies", () => {
  it("gives a Rego v1 body REGO_V1 and a v0 body REGO_V0 when engine_type is unset", () => {
    const model = build({
      "GIT_PUSH V1": { type: "GIT_PUSH", body: V1 },
      "GIT_PUSH V0": { type: "GIT_PUSH", body: V0 },
    });
    expect(Object.fromEntries(model.policies.map((p) => [p.name, p.engineType]))).toEqual({
      "GIT_PUSH V0": "REGO_V0",
      "GIT_PUSH V1": "REGO_V1",
      "TRIGGER Dependencies": "REGO_V0", // valid under both: Cloud Posse's default
    });
  });

  it("keeps an explicit engine_type that agrees with the body", () => {
    const model = build({ "GIT_PUSH V1": { type: "GIT_PUSH", body: V1, engine_type: "REGO_V1" } });
    expect(model.policies.find((p) => p.name === "GIT_PUSH V1")?.engineType).toBe("REGO_V1");
  });

  it("fails when engine_type says REGO_V0 for a v1 body, naming the syntax and its line", () => {
    const errors = errorsOf(() =>
      build({ "GIT_PUSH V1": { type: "GIT_PUSH", body: V1, engine_type: "REGO_V0" } }),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        code: "REGO_ENGINE_MISMATCH",
        message: expect.stringContaining(
          "engine_type is REGO_V0, but the policy body is written in Rego v1 (the keyword 'if' (line 3), the keyword 'contains' (line 5))",
        ) as unknown,
        keyPath: "components.terraform.spaces.vars.spaces.root.policies.GIT_PUSH V1.engine_type",
      }),
    ]);
  });

  it("fails when engine_type says REGO_V1 for a v0 body", () => {
    const errors = errorsOf(() =>
      build({ "GIT_PUSH V0": { type: "GIT_PUSH", body: V0, engine_type: "REGO_V1" } }),
    );
    expect(errors.map((e) => e.code)).toEqual(["REGO_ENGINE_MISMATCH"]);
  });

  it("fails on a body mixing both dialects", () => {
    const errors = errorsOf(() =>
      build({ "GIT_PUSH Mixed": { type: "GIT_PUSH", body: `${V1}\nallow {\n  true\n}\n` } }),
    );
    expect(errors.map((e) => [e.code, /mixes Rego v1 syntax/.test(e.message)])).toEqual([
      ["REGO_ENGINE_MISMATCH", true],
    ]);
  });
});
