import { groupDiagnostics, scopeSuffix, type Diagnostic } from "../../config-engine/diagnostics";

const at = { file: "stacks/catalog/app.yaml", line: 6, col: 11 };

function finding(stack: string, component: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  const scope = { stack, component };
  return {
    code: "UNKNOWN_SETTING",
    severity: "error",
    message: `unknown key 'x'${scopeSuffix(scope)}`,
    keyPath: `components.terraform.${component}.settings.spacelift.x`,
    location: at,
    scope,
    ...extra,
  };
}

describe("groupDiagnostics", () => {
  it("keeps a single finding unchanged", () => {
    const d = finding("dev", "app");
    expect(groupDiagnostics([d])).toEqual([d]);
  });

  it("folds findings that differ only in stack and component, listing the stacks", () => {
    const [d] = groupDiagnostics([finding("prod", "app"), finding("dev", "app"), finding("dev", "web")]);
    expect(d).toEqual({
      code: "UNKNOWN_SETTING",
      severity: "error",
      message: "unknown key 'x' (3 components in 2 stacks: dev (app, web), prod (app))",
      keyPath: "components.terraform.<component>.settings.spacelift.x",
      location: at,
    });
  });

  it("bounds the list of stacks with 'and N more'", () => {
    const many = Array.from({ length: 8 }, (_, i) => finding(`s${i}`, "app"));
    const [d] = groupDiagnostics(many, 3);
    expect(d?.message).toBe(
      "unknown key 'x' (8 components in 8 stacks: s0 (app), s1 (app), s2 (app) and 5 more)",
    );
    expect(d?.keyPath).toBe("components.terraform.app.settings.spacelift.x");
  });

  it("keeps findings apart when the code, location, message or hint differ", () => {
    const ds = [
      finding("dev", "app"),
      finding("prod", "app", { code: "INVALID_SETTING" }),
      finding("prod", "app", { location: { ...at, line: 7 } }),
      finding("prod", "app", { hint: "other" }),
      finding("prod", "app", { message: `other${scopeSuffix({ stack: "prod", component: "app" })}` }),
    ];
    expect(groupDiagnostics(ds)).toEqual(ds);
  });

  it("passes findings without a scope through in order", () => {
    const plain: Diagnostic = { code: "IMPORT_NOT_FOUND", severity: "error", message: "m", location: at };
    const grouped = groupDiagnostics([plain, finding("a", "c"), plain, finding("b", "c")]);
    expect(grouped.map((d) => d.message)).toEqual([
      "m",
      "unknown key 'x' (2 components in 2 stacks: a (c), b (c))",
      "m",
    ]);
  });
});
