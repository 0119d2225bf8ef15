import { isDiagnosticError } from "../../config-engine/diagnostics";
import { parseAffectedJson, renderComment, renderSpacectl, triggerPlan } from "../../affected";

describe("trigger comment body", () => {
  test("is byte for byte the affected-trigger action's comment (golden)", () => {
    expect(renderComment(["acme-dev-vpc", "acme-spacelift-admin-stack"], "preview")).toBe(
      [
        "/spacelift summary",
        "",
        "<details><summary>Spacelift Triggered Stacks (2)</summary>",
        "",
        "",
        "/spacelift acme-dev-vpc preview",
        "/spacelift acme-spacelift-admin-stack preview",
        "</details>",
        "",
      ].join("\n"),
    );
  });

  test("uses the deploy verb after the stack id", () => {
    expect(renderComment(["acme-dev-vpc"], "deploy")).toContain("\n/spacelift acme-dev-vpc deploy\n");
  });

  test("is empty when no stack is triggered (no comment is posted)", () => {
    expect(renderComment([], "preview")).toBe("");
  });

  test("prints one spacectl command per stack (golden)", () => {
    expect(renderSpacectl(["a-vpc", "b-vpc"], "deploy", "0123abcd")).toBe(
      "spacectl stack deploy --id a-vpc --sha 0123abcd\nspacectl stack deploy --id b-vpc --sha 0123abcd\n",
    );
  });
});

describe("triggerPlan", () => {
  test("keeps items with a Spacelift stack, in order, once, and sets deleted ones apart", () => {
    expect(
      triggerPlan([
        { spaceliftStack: "b" },
        {},
        { spaceliftStack: "a" },
        { spaceliftStack: "b" },
        { spaceliftStack: "gone", deleted: true },
      ]),
    ).toEqual({ stackIds: ["b", "a"], deletedStackIds: ["gone"] });
  });
});

describe("parseAffectedJson", () => {
  test("reads atmos's list and the matrix shape", () => {
    const list = [
      { component: "vpc", stack: "dev", spacelift_stack: "dev-vpc", affected: "stack.vars" },
      { component: "x", stack: "dev", spacelift_stack: null },
      { component: "y", stack: "dev", spacelift_stack: "dev-y", deleted: true },
    ];
    const expected = [{ spaceliftStack: "dev-vpc" }, {}, { spaceliftStack: "dev-y", deleted: true }];
    expect(parseAffectedJson(JSON.stringify(list), "a.json")).toEqual(expected);
    expect(parseAffectedJson(JSON.stringify({ include: list }), "m.json")).toEqual(expected);
  });

  test.each([
    ["not JSON", "{"],
    ["not a list", '{"a": 1}'],
    ["a stack id that is not a slug", '[{"spacelift_stack": "x preview\\n/spacelift prod-db deploy"}]'],
    ["a wrongly typed field", '[{"spacelift_stack": 3}]'],
  ])("fails with AFFECTED_FILE_INVALID on %s", (_what, text) => {
    try {
      parseAffectedJson(text, "affected.json");
      throw new Error("expected an error");
    } catch (e) {
      expect(isDiagnosticError(e) && e.diagnostics[0]?.code).toBe("AFFECTED_FILE_INVALID");
    }
  });
});
