import * as path from "node:path";
import { loadAtmosConfig, resolveStacks, type ResolvedStacks } from "../../config-engine";
import { FIXTURES_DIR } from "./fixture-harness";

function resolveFixture(name: string): ResolvedStacks {
  return resolveStacks(loadAtmosConfig({ cwd: path.join(FIXTURES_DIR, name), env: {} }));
}

describe("sourceOf (provenance)", () => {
  test("points a global var at the import that wins the merge", () => {
    const vpc = resolveFixture("deps-ordering").find("dev", "vpc");
    expect(vpc?.sourceOf("vars", ["shared"])).toEqual({
      file: "stacks-config/stacks/catalog/b.yaml",
      line: 2,
      col: 3,
    });
  });

  test("points a component var at the component section", () => {
    const vpc = resolveFixture("deps-ordering").find("dev", "vpc");
    expect(vpc?.sourceOf("vars", ["cidr"])).toEqual({
      file: "stacks-config/stacks/catalog/vpc.yaml",
      line: 5,
      col: 9,
    });
  });

  test("prefers the base merged last in a diamond", () => {
    const c = resolveFixture("inheritance-diamond").find("dev", "c");
    // x: d (d is re-applied after a) → written by d at line 9
    expect(c?.sourceOf("vars", ["x"])).toEqual({
      file: "stacks-config/stacks/deploy/dev.yaml",
      line: 9,
      col: 9,
    });
  });

  test("points an override at the overrides section that supplied it", () => {
    const c1 = resolveFixture("overrides-scope").find("staging", "c1");
    expect(c1?.sourceOf("vars", ["test", "a"])).toEqual({
      file: "stacks-config/stacks/deploy/staging.yaml",
      line: 14,
      col: 9,
    });
  });

  test("points an env value that only atmos.yaml sets at atmos.yaml", () => {
    const app = resolveFixture("atmos-yaml-env").find("dev", "app");
    expect(app?.sourceOf("env", ["FROM_CONFIG"])?.file).toBe("stacks-config/atmos.yaml");
  });

  test("returns undefined for a path no layer writes", () => {
    const vpc = resolveFixture("deps-ordering").find("dev", "vpc");
    expect(vpc?.sourceOf("vars", ["nope"])).toBeUndefined();
  });

  test("reports a defaulted backend key as written by no file", () => {
    const vpc = resolveFixture("backend-defaults").find("dev", "infra/vpc");
    expect(vpc?.backend.workspace_key_prefix).toBe("infra-vpc");
    expect(vpc?.sourceOf("backend", ["workspace_key_prefix"])).toBeUndefined();
    expect(vpc?.sourceOf("backend", ["bucket"])).toEqual({
      file: "stacks-config/stacks/deploy/dev.yaml",
      line: 7,
      col: 7,
    });
  });
});
