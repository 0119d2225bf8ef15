import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import type { JsonMap, ResolvedComponent } from "../../config-engine/types";
import { buildSpaceliftModel } from "../../model";
import type { SpaceModel } from "../../model/types";
import { poolReach } from "../../model/worker-pool-space-check";
import { workerPoolVars } from "../helpers/worker-pool-vars";
import { emptyCatalog, fakeComponent, fakeResolved, organisation } from "./fake-resolved";

const space = (name: string, parentName: string, inheritEntities: boolean): [string, SpaceModel] => [
  name,
  { name, parentName, inheritEntities, labels: [], definedBy: "root-gbl-spacelift" },
];

// root ─┬─ core (inherits)
//       ├─ plat (inherits) ── plat-dev (inherits) ── plat-dev-eu (does not inherit)
//       └─ sandbox (does not inherit)
const SPACES = new Map([
  space("core", "root", true),
  space("plat", "root", true),
  space("plat-dev", "plat", true),
  space("plat-dev-eu", "plat-dev", false),
  space("sandbox", "root", false),
]);

describe("poolReach", () => {
  it("allows a pool of the stack's own space", () => {
    expect(poolReach("plat", "plat", SPACES)).toEqual({ kind: "allowed" });
    expect(poolReach("sandbox", "sandbox", SPACES)).toEqual({ kind: "allowed" });
  });

  it("allows a pool of an ancestor reached through inherit_entities, at any depth", () => {
    expect(poolReach("plat", "root", SPACES)).toEqual({ kind: "allowed" });
    expect(poolReach("plat-dev", "root", SPACES)).toEqual({ kind: "allowed" });
    expect(poolReach("plat-dev-eu", "plat-dev", SPACES)).toEqual({
      kind: "not-inherited",
      path: ["plat-dev-eu", "plat-dev"],
      blockedAt: "plat-dev-eu",
    });
  });

  it("rejects a pool of a sibling space", () => {
    expect(poolReach("plat", "core", SPACES)).toEqual({ kind: "not-ancestor", path: ["plat", "root"] });
  });

  it("rejects a pool of a descendant space", () => {
    expect(poolReach("plat", "plat-dev", SPACES)).toEqual({ kind: "not-ancestor", path: ["plat", "root"] });
  });

  it("rejects a pool of an ancestor when a space on the way up does not inherit entities", () => {
    expect(poolReach("sandbox", "root", SPACES)).toEqual({
      kind: "not-inherited",
      path: ["sandbox", "root"],
      blockedAt: "sandbox",
    });
    expect(poolReach("plat-dev-eu", "root", SPACES)).toMatchObject({ blockedAt: "plat-dev-eu" });
  });

  it("cannot check a stack in a space outside this config, and allows it", () => {
    expect(poolReach("team-x", "root", SPACES)).toEqual({ kind: "unknown" });
    expect(
      poolReach("child-of-external", "root", new Map([space("child-of-external", "ext", true)])),
    ).toEqual({ kind: "unknown" });
  });
});

/** A worker-pool component of the test organisation (stack `core-ue1-auto`), in `spaceName`. */
function pool(spaceName: string): ResolvedComponent {
  return fakeComponent({
    component: "spacelift/worker-pool",
    vars: workerPoolVars({ name: "pool", space_name: spaceName, max_size: 2 }),
  });
}

/** Model errors of the test organisation whose workloads (space `plat`) use the pool `poolName`. */
function errorsWith(components: ResolvedComponent[], spaces?: JsonMap, raw: JsonMap = {}): Diagnostic[] {
  const all = organisation(components, { platVpcSettings: { worker_pool_name: "acme-core-ue1-auto-pool" } });
  if (spaces) (all[1]!.vars as Record<string, unknown>)["spaces"] = spaces;
  try {
    buildSpaceliftModel(fakeResolved(all, raw), { catalog: emptyCatalog });
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  return [];
}

const TREE = {
  root: { policies: { "TRIGGER Dependencies": { type: "TRIGGER", body: "package spacelift" } } },
  core: { parent_space_id: "root", inherit_entities: true },
  plat: { parent_space_id: "root", inherit_entities: true },
};

describe("a stack's worker pool must be in its space or an inherited ancestor", () => {
  it("accepts a pool in root used by a stack of an inheriting child space", () => {
    expect(errorsWith([pool("root")], TREE)).toEqual([]);
  });

  it("accepts a pool in the stack's own space", () => {
    expect(errorsWith([pool("plat")], TREE)).toEqual([]);
  });

  it("fails when the pool is in a sibling space, naming the setting, the stack, both spaces and the fix", () => {
    expect(errorsWith([pool("core")], TREE)).toEqual([
      {
        code: "WORKER_POOL_NOT_IN_SPACE",
        severity: "error",
        message:
          "the stack 'plat-ue1-dev-vpc' (space 'plat') uses the worker pool 'acme-core-ue1-auto-pool' of the space 'core', which is neither its space nor an ancestor of it (its spaces: plat → root): Spacelift refuses the pool at apply time (component 'vpc' in stack 'plat-ue1-dev')",
        keyPath: "components.terraform.vpc.settings.spacelift.worker_pool_name",
        location: { file: "stacks/orgs/plat/ue1/dev.yaml", line: 3, col: 8 },
        scope: { stack: "plat-ue1-dev", component: "vpc" },
        hint: "Move the pool to a space that 'plat' inherits from (e.g. 'root': space_name of its worker-pool component, with inherit_entities: true on each space in between), or use a pool of the space 'plat'.",
      },
    ]);
  });

  it("fails when the pool is in an ancestor the stack's space does not inherit from", () => {
    const errors = errorsWith([pool("root")], { ...TREE, plat: { parent_space_id: "root" } });
    expect(errors).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_NOT_IN_SPACE",
        message: expect.stringContaining(
          "an ancestor it does not inherit from: the space 'plat' on the way up (plat → root) has no inherit_entities: true",
        ) as unknown,
        hint: expect.stringContaining("Set inherit_entities: true on the space 'plat'") as unknown,
      }),
    ]);
  });

  it("accepts a pool known only by name (external), whose space cannot be checked", () => {
    const raw = {
      integrations: {
        spacelift_atmos: { repository_root: ".", external: { worker_pools: ["acme-core-ue1-auto-pool"] } },
      },
    };
    expect(errorsWith([], TREE, raw)).toEqual([]);
  });
});
