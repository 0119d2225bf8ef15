/**
 * `describe spacelift` lists every Spacelift stack atmos's stack processor produces, including the
 * ones no admin stack creates (the legacy layout, orphans of a mixed repository): those have
 * `managed_by: null` and are never synthesized.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { runCli } from "../../cli/run";

const FIXTURES = join(__dirname, "..", "fixtures", "model");

interface Described {
  stack: string;
  managed_by: string | null;
  labels: string[];
  deps: string[];
  backend: Record<string, unknown>;
  base_component: string;
  workspace: string;
  depends_on: string[];
}

async function describeIn(
  cwd: string,
  ...flags: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["describe", "spacelift", "--format", "json", ...flags], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd,
    env: {},
  });
  return { code, out, err };
}

describe("describe spacelift without an admin stack for every stack", () => {
  it("lists every stack of the legacy layout with no manager, and one warning pointing to the README", async () => {
    const r = await describeIn(join(FIXTURES, "legacy-layout-stacks"));
    expect(r.code).toBe(0);
    const stacks = JSON.parse(r.out) as Record<string, Described>;
    expect(Object.keys(stacks)).toEqual([
      "plat-ue2-dev-app",
      "plat-ue2-dev-cluster-blue",
      "plat-ue2-dev-network",
      "plat-ue2-test-1-network",
    ]);
    for (const s of Object.values(stacks)) expect(s.managed_by).toBeNull();
    expect(r.err.match(/NO_ROOT_ADMIN_STACK/g)).toHaveLength(1);
    expect(r.err).toContain(
      "the 4 Spacelift stacks are listed by 'describe spacelift' with managed_by: null",
    );
    expect(r.err).toContain("none is synthesized");
    expect(r.err).toContain("'Moving from the legacy layout to admin stacks' in the README");
  });

  it("describes one unmanaged stack by id", async () => {
    const r = await describeIn(
      join(FIXTURES, "legacy-layout-stacks"),
      "--stack",
      "plat-ue2-dev-cluster-blue",
      "--format",
      "yaml",
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("managed_by: null");
    expect(r.out).toContain("workspace_key_prefix: eks-cluster");
  });

  it("lists the orphan of a mixed repository with no manager next to the managed stacks", async () => {
    const r = await describeIn(join(FIXTURES, "orphans"));
    expect(r.code).toBe(0);
    const stacks = JSON.parse(r.out) as Record<string, Described>;
    expect(stacks["core-ue2-dev-lonely"]).toMatchObject({ stack: "core-ue2-dev", managed_by: null });
    const managed = Object.entries(stacks).filter(([, s]) => s.managed_by !== null);
    expect(managed.length).toBeGreaterThan(0);
    expect(Object.keys(stacks)).toEqual([...Object.keys(stacks)].sort());
    expect(r.err).toContain("warning ORPHAN_STACK the Spacelift stack 'core-ue2-dev-lonely'");
    expect(r.err).toContain("'describe spacelift' lists it with managed_by: null");
  });
});

// The facts of atmos's TestSpaceliftStackProcessor (pkg/spacelift), checked against its own
// fixture when a checkout of atmos is at hand; nothing is copied from it into this repository.
const ATMOS_COMPLETE = "/work/ref/atmos/tests/fixtures/scenarios/complete";
const withAtmos = existsSync(join(ATMOS_COMPLETE, "atmos.yaml")) ? it : it.skip;

describe("describe spacelift on atmos's 'complete' scenario (legacy layout)", () => {
  withAtmos(
    "gives the 47 stacks and the fields atmos's TestSpaceliftStackProcessor asserts",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "spacelift-atmos-complete-"));
      try {
        cpSync(ATMOS_COMPLETE, dir, { recursive: true });
        // The Go test calls the processor with processImports = true, as Cloud Posse's module does.
        const config = parseDocument(readFileSync(join(dir, "atmos.yaml"), "utf8"));
        config.setIn(["integrations", "spacelift_atmos", "process_imports"], true);
        writeFileSync(join(dir, "atmos.yaml"), config.toString());

        const r = await describeIn(dir);
        expect(r.code).toBe(0);
        const stacks = JSON.parse(r.out) as Record<string, Described>;
        expect(Object.keys(stacks)).toHaveLength(47);
        for (const s of Object.values(stacks)) expect(s.managed_by).toBeNull();

        const vpc = stacks["tenant1-ue2-dev-infra-vpc"]!;
        expect(vpc.stack).toBe("tenant1-ue2-dev");
        expect(vpc.backend["workspace_key_prefix"]).toBe("infra-vpc");
        const dashed = stacks["tenant1-ue2-test-1-infra-vpc"]!;
        expect(dashed.stack).toBe("tenant1-ue2-test-1");
        expect(dashed.backend["workspace_key_prefix"]).toBe("infra-vpc");

        const override = stacks["tenant1-ue2-dev-test-test-component-override"]!;
        expect(override.stack).toBe("tenant1-ue2-dev");
        expect(override.backend["workspace_key_prefix"]).toBe("test-test-component");
        expect(override.base_component).toBe("test/test-component");
        expect(override.workspace).toBe("test-component-override-workspace-override");
        expect(override.deps).toEqual([
          "catalog/terraform/services/service-1-override",
          "catalog/terraform/services/service-2-override",
          "catalog/terraform/spacelift-and-backend-override-1",
          "catalog/terraform/test-component",
          "catalog/terraform/test-component-override",
          "mixins/region/us-east-2",
          "mixins/stage/dev",
          "orgs/cp/_defaults",
          "orgs/cp/tenant1/_defaults",
          "orgs/cp/tenant1/dev/us-east-2",
        ]);
        expect(override.labels).toHaveLength(39);
        expect(override.labels.slice(27)).toEqual([
          ...override.deps.map((d) => `deps:stacks/${d}.yaml`),
          "folder:component/test/test-component-override",
          "folder:tenant1/ue2/dev",
        ]);

        expect(stacks["tenant1-ue2-dev-new-component"]!.stack).toBe("tenant1-ue2-dev");
        expect(stacks["tenant1-ue2-test-1-new-component"]!.stack).toBe("tenant1-ue2-test-1");

        const topLevel = stacks["tenant1-ue2-prod-top-level-component1"]!.labels;
        expect(topLevel[35]).toBe("depends-on:tenant1-ue2-dev-test-test-component");
        expect(topLevel[36]).toBe("depends-on:tenant1-ue2-prod-test-test-component-override");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
