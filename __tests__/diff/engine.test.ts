import { diffOf, doc, merge, stack } from "./engine-builders";

const ADMIN = "plat-gbl-spacelift-admin-stack";
const OTHER = "core-gbl-spacelift-admin-stack";
const VPC = "plat-ue1-dev-vpc";
const EKS = "plat-ue1-dev-eks";

const one = (resources: ReturnType<typeof stack>) => ({ [ADMIN]: doc(resources) });

describe("diff engine: stacks", () => {
  it("reports nothing when only the order of labels changes", () => {
    const d = diffOf(
      one(stack(VPC, { attrs: { labels: ["a", "b"] } })),
      one(stack(VPC, { attrs: { labels: ["b", "a"] } })),
    );
    expect(d.stacks).toEqual([]);
  });

  it("reports labels as set changes", () => {
    const d = diffOf(
      one(stack(VPC, { attrs: { labels: ["a", "b"] } })),
      one(stack(VPC, { attrs: { labels: ["b", "c"] } })),
    );
    expect(d.stacks[0]!.labels).toEqual({ added: ["c"], removed: ["a"] });
  });

  it("reports hooks as list changes", () => {
    const d = diffOf(
      one(stack(VPC, { attrs: { before_init: ["one", "two"] } })),
      one(stack(VPC, { attrs: { before_init: ["two", "one"] } })),
    );
    expect(d.stacks[0]!.hooks.map((h) => [h.name, h.lines.map((l) => l.op + l.text)])).toEqual([
      ["before_init", ["-one", " two", "+one"]],
    ]);
  });

  it("reports environment variables by name", () => {
    const d = diffOf(
      one(stack(VPC, { env: { ATMOS_STACK: "plat-ue1-dev", OLD: "x" } })),
      one(stack(VPC, { env: { ATMOS_STACK: "plat-ue1-dev2", NEW: "y" } })),
    );
    expect(d.stacks[0]!.environment.map((e) => [e.key, e.change])).toEqual([
      ["ATMOS_STACK", "changed"],
      ["NEW", "added"],
      ["OLD", "removed"],
    ]);
  });

  it("decodes the mounted tfvars and reports vars by key path", () => {
    const d = diffOf(
      one(stack(VPC, { vars: { stage: "dev", tags: { team: "a", cost: "x" } } })),
      one(stack(VPC, { vars: { stage: "dev", tags: { team: "b", cost: "x" } } })),
    );
    expect(d.stacks[0]!.vars).toEqual([{ key: "tags.team", change: "changed", before: "a", after: "b" }]);
  });

  it("compares references by the name they stand for", () => {
    const spaces = { spacelift_space: { plat: { name: "plat", parent_space_id: "root" } } };
    const d = diffOf(
      one(merge(stack(VPC), spaces)),
      one(merge(stack(VPC, { attrs: { space_id: "${spacelift_space.plat.id}" } }), spaces)),
    );
    expect(d.stacks).toEqual([]);
  });

  it("ignores Terraform meta-arguments", () => {
    const d = diffOf(one(stack(VPC)), one(stack(VPC, { attrs: { depends_on: ["x.y"], lifecycle: {} } })));
    expect(d.stacks).toEqual([]);
  });

  it("treats a slug change as a replacement that destroys", () => {
    const d = diffOf(one(stack(VPC)), one(stack(VPC, { attrs: { slug: "other" } })));
    expect([d.stacks[0]!.change, d.redFlags.map((f) => [f.code, f.destroys])]).toEqual([
      "replaced",
      [["STACK_REPLACED", true]],
    ]);
  });

  it("treats a manage_state change as a replacement that deletes the managed state", () => {
    const d = diffOf(
      one(stack(VPC, { attrs: { manage_state: true } })),
      one(stack(VPC, { attrs: { manage_state: false } })),
    );
    expect(d.redFlags[0]!.message).toContain("the state Spacelift manages for it is deleted");
  });

  it("flags a stack that moves to another admin stack with an active destructor as destroyed", () => {
    const d = diffOf(
      { [ADMIN]: doc(stack(VPC)), [OTHER]: doc({}) },
      { [ADMIN]: doc({}), [OTHER]: doc(stack(VPC)) },
    );
    expect(d.redFlags.map((f) => f.code)).toEqual(["STACK_DESTROYED"]);
  });

  it("flags a stack that moves to another admin stack with a deactivated destructor as replaced", () => {
    const d = diffOf(
      { [ADMIN]: doc(stack(VPC, { destructor: false })), [OTHER]: doc({}) },
      { [ADMIN]: doc({}), [OTHER]: doc(stack(VPC, { destructor: false })) },
    );
    expect(d.redFlags.map((f) => f.code)).toEqual(["STACK_REPLACED"]);
  });

  it("arms a destructor that did not exist before", () => {
    const d = diffOf(one(stack(VPC, { destructor: null })), one(stack(VPC)));
    expect(d.redFlags.map((f) => f.code)).toEqual(["DESTRUCTOR_ACTIVATED"]);
  });
});

describe("diff engine: renames", () => {
  const moved = (from: string, to: string) =>
    ["spacelift_stack", "spacelift_stack_destructor"].map((t) => ({
      from: `${t}.${from}`,
      to: `${t}.${to}`,
    }));

  it("follows a moved chain to the renamed stack", () => {
    const d = diffOf(one(stack("a")), {
      [ADMIN]: doc(stack("c", { attrs: { slug: "a" } }), { moved: [...moved("a", "b"), ...moved("b", "c")] }),
    });
    expect(d.stacks.map((s) => [s.id, s.change, s.previousId])).toEqual([["c", "renamed", "a"]]);
  });

  it("does not report a dependency on a renamed stack as changed", () => {
    const d = diffOf(one(merge(stack(VPC), stack(EKS, { dependsOn: [VPC] }))), {
      [ADMIN]: doc(
        merge(
          stack("plat-ue1-dev-net", { attrs: { slug: VPC } }),
          stack(EKS, { dependsOn: ["plat-ue1-dev-net"] }),
        ),
        {
          moved: moved(VPC, "plat-ue1-dev-net"),
        },
      ),
    });
    expect(d.stacks.map((s) => s.id)).toEqual(["plat-ue1-dev-net"]);
  });

  it("treats a rename that changes the slug as a replacement", () => {
    const d = diffOf(one(stack("a")), { [ADMIN]: doc(stack("b"), { moved: moved("a", "b") }) });
    expect(d.stacks.map((s) => [s.id, s.change])).toEqual([["b", "replaced"]]);
  });

  it("warns when the moved block lives in another admin stack than the old stack", () => {
    const d = diffOf(
      { [ADMIN]: doc(stack("a")), [OTHER]: doc({}) },
      { [ADMIN]: doc({}), [OTHER]: doc(stack("b", { attrs: { slug: "a" } }), { moved: moved("a", "b") }) },
    );
    expect(d.warnings.map((w) => w.code)).toContain("RENAME_ACROSS_ADMIN_STACKS");
  });

  it("pairs a removed and an added stack of the same component and project root as a likely rename", () => {
    const d = diffOf(one(stack("old", { destructor: false })), one(stack("new", { destructor: false })));
    expect(d.warnings.map((w) => [w.code, w.subject])).toContainEqual(["LOOKS_LIKE_RENAME", "old"]);
  });

  it("does not pair stacks of different project roots", () => {
    const d = diffOf(
      one(stack("old", { destructor: false })),
      one(stack("new", { destructor: false, attrs: { project_root: "components/terraform/eks" } })),
    );
    expect(d.warnings.map((w) => w.code)).not.toContain("LOOKS_LIKE_RENAME");
  });
});

describe("diff engine: spaces, policies and the rest", () => {
  const space = (name: string) => ({ spacelift_space: { [name]: { name, parent_space_id: "root" } } });

  it("flags a space removed in the same change as its stacks, for the apply order", () => {
    const d = diffOf(
      { spaces: doc(space("plat")), [ADMIN]: doc(stack(VPC, { destructor: false })) },
      { spaces: doc({}), [ADMIN]: doc({}) },
    );
    expect(d.redFlags).toEqual([
      expect.objectContaining({
        code: "SPACE_REMOVED_WHILE_USED",
        message: expect.stringContaining("in the same change as its stacks plat-ue1-dev-vpc") as unknown,
      }),
    ]);
  });

  it("warns when a space changes parent", () => {
    const d = diffOf(
      { spaces: doc(space("plat")) },
      { spaces: doc({ spacelift_space: { plat: { name: "plat", parent_space_id: "core" } } }) },
    );
    expect(d.warnings.map((w) => w.code)).toEqual(["SPACE_PARENT_CHANGED"]);
  });

  it("reports a policy added with its whole body", () => {
    const policy = { spacelift_policy: { p: { name: "P", type: "PLAN", body: "package spacelift\n" } } };
    const d = diffOf({ spaces: doc({}) }, { spaces: doc(policy) });
    expect(d.policies.map((p) => [p.name, p.change, p.body])).toEqual([
      ["P", "added", [{ op: "+", text: "package spacelift" }]],
    ]);
  });

  it("reports resources of no stack by address", () => {
    const bucket = (v: boolean) => ({ aws_s3_bucket: { state: { bucket: "b", force_destroy: v } } });
    const d = diffOf({ pool: doc(bucket(false)) }, { pool: doc(bucket(true)) });
    expect(d.otherResources.map((r) => [r.address, r.attributes])).toEqual([
      ["pool/aws_s3_bucket.state", [{ attribute: "force_destroy", before: false, after: true }]],
    ]);
  });

  it("warns when a cdktf stack disappears", () => {
    const d = diffOf({ a: doc({}), b: doc({}) }, { a: doc({}) });
    expect([d.cdktfStacks, d.warnings.map((w) => [w.code, w.subject])]).toEqual([
      { added: [], removed: ["b"] },
      [["CDKTF_STACK_REMOVED", "b"]],
    ]);
  });

  it("gives the same JSON whatever order the resources are written in", () => {
    const base = one(merge(stack(EKS), stack(VPC)));
    const x = stack(VPC, { destructor: null, attrs: { branch: "dev" } });
    const y = stack("y", { vars: { b: 1, a: 2 } });
    expect(JSON.stringify(diffOf(base, one(merge(x, y))))).toBe(
      JSON.stringify(diffOf(base, one(merge(y, x)))),
    );
  });
});

describe("diff engine: role attachments outside stacks", () => {
  it("flags a role granted to an API key", () => {
    const key = {
      spacelift_api_key: { k: { name: "drain-key" } },
      spacelift_role_attachment: {
        r: {
          api_key_id: "${spacelift_api_key.k.id}",
          role_id: "${data.spacelift_role.space_admin.id}",
          space_id: "root",
        },
      },
    };
    const d = diffOf({ pool: doc({}) }, { pool: doc(key) });
    expect(d.redFlags.map((f) => [f.code, f.subject, f.message])).toEqual([
      [
        "ROLE_ATTACHMENT_ADDED",
        "drain-key",
        "The API key drain-key gets the space-admin role in space root (pool/spacelift_role_attachment.r): whoever holds it can change everything that space holds.",
      ],
    ]);
  });
});
