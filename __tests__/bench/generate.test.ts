import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadModel } from "../../app/model";
import { applySharedChange, generateOrganisation, type OrganisationShape } from "../../bench/generate";

const SHAPE: OrganisationShape = {
  tenants: 2,
  stages: 2,
  regions: 2,
  componentsPerStack: 6,
  importDepth: 5,
  inheritanceDepth: 2,
  workspaceShare: 0.5,
  dependencyDensity: 1,
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-generate-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the model finds as many Spacelift stacks and dependencies as the generator announces", () => {
  const org = generateOrganisation(dir, SHAPE);
  const model = loadModel({ cwd: dir, env: {} });
  expect(model.stacks).toHaveLength(org.spaceliftStacks);
  expect(model.stacks.reduce((n, s) => n + s.dependsOn.length, 0)).toBe(org.dependencies);
  expect(org.dependencies).toBeGreaterThan(0);
});

test("only the workspace-enabled share of the components becomes Spacelift stacks", () => {
  const org = generateOrganisation(dir, SHAPE);
  expect(org.workloadStacks).toBe(org.atmosStacks * 3);
  const model = loadModel({ cwd: dir, env: {} });
  expect(model.stacks.filter((s) => s.kind === "component")).toHaveLength(org.workloadStacks);
});

test("every tenant gets an admin stack that manages its workload stacks", () => {
  const org = generateOrganisation(dir, SHAPE);
  const model = loadModel({ cwd: dir, env: {} });
  const tenantAdmin = model.adminStacks.find((a) => a.id === "tenant1-gbl-spacelift-admin-stack");
  expect(tenantAdmin?.managedStackIds).toHaveLength(org.workloadStacks / SHAPE.tenants);
  expect(model.adminStacks).toHaveLength(SHAPE.tenants + 1);
});

test("catalogue components inherit a chain of abstract bases", () => {
  generateOrganisation(dir, SHAPE);
  const model = loadModel({ cwd: dir, env: {} });
  const stack = model.stacks.find((s) => s.id === "tenant0-ue1-dev-comp1")!;
  expect(stack.source.inheritance).toEqual(["comp1/defaults-1", "comp1/defaults-2"]);
});

test("the shared change edits exactly one line of the shared import", () => {
  const org = generateOrganisation(dir, SHAPE);
  const file = path.join(dir, org.sharedImport);
  const before = fs.readFileSync(file, "utf8").split("\n");
  applySharedChange(org);
  const after = fs.readFileSync(file, "utf8").split("\n");
  expect(after).toHaveLength(before.length);
  expect(after.filter((line, i) => line !== before[i])).toHaveLength(1);
});

test("fails on an import depth below the three levels of defaults", () => {
  expect(() => generateOrganisation(dir, { ...SHAPE, importDepth: 2 })).toThrow(/importDepth/);
});
