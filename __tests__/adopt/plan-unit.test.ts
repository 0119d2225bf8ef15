import { parseInventory, parseState, planAdoption, StateReadError } from "../../adopt";
import { treeOf, type TfDocument } from "../../diff";

/** A minimal admin-stack document as this app writes it: one stack, one env var, one policy attachment. */
function adminDoc(stack: string, policy = "PLAN Default"): TfDocument {
  return {
    resource: {
      spacelift_stack: { [stack]: { name: stack } },
      spacelift_stack_destructor: {
        [stack]: { stack_id: `\${spacelift_stack.${stack}.id}`, deactivated: false },
      },
      spacelift_environment_variable: {
        [`${stack}_env_ATMOS_STACK`]: {
          stack_id: `\${spacelift_stack.${stack}.id}`,
          name: "ATMOS_STACK",
          value: "x",
        },
      },
      spacelift_policy_attachment: {
        [`${stack}_policy`]: {
          stack_id: `\${spacelift_stack.${stack}.id}`,
          policy_id: `\${one(lookup(local.policy_ids_by_name, ${JSON.stringify(policy)}, []))}`,
        },
      },
    },
  };
}

const v4 = (resources: object[]): string =>
  JSON.stringify({ version: 4, terraform_version: "1.5.7", serial: 1, lineage: "l", outputs: {}, resources });

const cpStack = (name: string, extra: object[] = []): object[] => [
  {
    module: `module.child_stack["${name}"]`,
    mode: "managed",
    type: "spacelift_stack",
    name: "this",
    provider: "p",
    instances: [{ index_key: 0, attributes: { id: name, name } }],
  },
  {
    module: `module.child_stack["${name}"]`,
    mode: "managed",
    type: "spacelift_environment_variable",
    name: "stack_name",
    provider: "p",
    instances: [
      { index_key: 0, attributes: { id: `stack/${name}/ATMOS_STACK`, stack_id: name, name: "ATMOS_STACK" } },
    ],
  },
  ...extra,
];

describe("reading old state", () => {
  it("reads state v4 with module instance keys and count/for_each keys into full addresses", () => {
    const olds = parseState(v4(cpStack("a-b")), "s.tfstate");
    expect(olds.map((o) => [o.address, o.removedFrom])).toEqual([
      ['module.child_stack["a-b"].spacelift_stack.this[0]', "module.child_stack"],
      ['module.child_stack["a-b"].spacelift_environment_variable.stack_name[0]', "module.child_stack"],
    ]);
  });

  it("reads `terraform show -json` output, nested modules and data sources included", () => {
    const show = {
      format_version: "1.0",
      terraform_version: "1.11.0",
      values: {
        root_module: {
          resources: [
            {
              address: 'spacelift_policy_attachment.root["p"]',
              mode: "managed",
              type: "spacelift_policy_attachment",
              name: "root",
              index: "p",
              values: { policy_id: "p", stack_id: "s" },
            },
            {
              address: "data.spacelift_policies.this",
              mode: "data",
              type: "spacelift_policies",
              name: "this",
              values: {},
            },
          ],
          child_modules: [
            {
              address: 'module.child_stack["s"]',
              resources: [
                {
                  address: 'module.child_stack["s"].spacelift_stack.this[0]',
                  mode: "managed",
                  type: "spacelift_stack",
                  name: "this",
                  index: 0,
                  values: { id: "s", name: "s" },
                },
              ],
            },
          ],
        },
      },
    };
    const olds = parseState(JSON.stringify(show), "show.json");
    expect(olds.map((o) => `${o.mode} ${o.address} → ${o.removedFrom}`)).toEqual([
      'managed spacelift_policy_attachment.root["p"] → spacelift_policy_attachment.root',
      "data data.spacelift_policies.this → data.spacelift_policies.this",
      'managed module.child_stack["s"].spacelift_stack.this[0] → module.child_stack',
    ]);
  });

  it("fails when a file is neither format, naming it", () => {
    expect(() => parseState(JSON.stringify({ version: 3, modules: [] }), "old.tfstate")).toThrow(
      /old\.tfstate is neither a state v4 file .* \(state version 3\)/,
    );
    expect(() => parseState("not json", "x")).toThrow(StateReadError);
  });
});

describe("planning an adoption", () => {
  const tree = treeOf("new", { "admin-a": adminDoc("a") });

  it("names old policy ids through the spaces state so attachments match by policy name", () => {
    const policies = [
      {
        module: 'module.policy["PLAN Default"]',
        mode: "managed",
        type: "spacelift_policy",
        name: "this",
        provider: "p",
        instances: [{ index_key: 0, attributes: { id: "plan-default-01h", name: "PLAN Default" } }],
      },
    ];
    const attachment = {
      module: 'module.child_stack["a"]',
      mode: "managed",
      type: "spacelift_policy_attachment",
      name: "this",
      provider: "p",
      instances: [
        {
          index_key: "plan-default-01h",
          attributes: { id: "plan-default-01h/x", policy_id: "plan-default-01h", stack_id: "a" },
        },
      ],
    };
    const olds = [
      ...parseState(v4(cpStack("a", [attachment])), "admin.tfstate"),
      ...parseState(v4(policies), "spaces.tfstate"),
    ];
    const plan = planAdoption(tree, olds);
    expect(plan.adopted.find((x) => x.resource.type === "spacelift_policy_attachment")?.importId).toBe(
      "plan-default-01h/a",
    );
    // Without the spaces state the id cannot be named: both sides show up, nothing is guessed.
    const alone = planAdoption(tree, parseState(v4(cpStack("a", [attachment])), "admin.tfstate"));
    expect(alone.lost.map((l) => l.key)).toEqual(["policy-attachment/a/id:plan-default-01h"]);
    expect(alone.created.map((c) => c.resource.type)).toContain("spacelift_policy_attachment");
  });

  it("reports a stack held by two old admin stacks as a conflict", () => {
    const olds = [
      ...parseState(v4(cpStack("a")), "one.tfstate"),
      ...parseState(v4(cpStack("a")), "two.tfstate"),
    ];
    const plan = planAdoption(tree, olds);
    expect(plan.conflicts.map((c) => [c.key, c.olds.map((o) => o.file)])).toEqual([
      ["env/a/ATMOS_STACK", ["one.tfstate", "two.tfstate"]],
      ["stack/a", ["one.tfstate", "two.tfstate"]],
    ]);
  });

  it("reports a stack the old state holds and the config no longer has as lost, unless left on purpose", () => {
    const olds = parseState(v4([...cpStack("a"), ...cpStack("gone")]), "admin.tfstate");
    const plan = planAdoption(tree, olds);
    expect(plan.lost.map((l) => l.old.address)).toEqual([
      'module.child_stack["gone"].spacelift_environment_variable.stack_name[0]',
      'module.child_stack["gone"].spacelift_stack.this[0]',
    ]);
    const accepted = planAdoption(tree, olds, { leave: ['module.child_stack["gone"].*'] });
    expect(accepted.lost).toEqual([]);
    expect(accepted.left.map((l) => l.reason)).toEqual(["accepted", "accepted"]);
  });

  it("reports two resources of this app claiming one object as a conflict", () => {
    const twice = treeOf("new", { "admin-a": adminDoc("a"), "admin-b": adminDoc("a") });
    const plan = planAdoption(twice, []);
    expect(plan.conflicts.map((c) => c.key)).toContain("stack/a");
  });

  it("adopts hand-made objects from a name-based inventory, with nothing to release", () => {
    const spaces: TfDocument = {
      resource: { spacelift_space: { plat: { name: "plat", parent_space_id: "root" } } },
    };
    const inventory = parseInventory(
      { stacks: [{ id: "a", name: "a", space: "legacy" }], spaces: [{ id: "plat-01hx", name: "plat" }] },
      "inventory.json",
    );
    const plan = planAdoption(treeOf("new", { "admin-a": adminDoc("a"), spaces }), inventory);
    expect(plan.adopted.map((a) => [a.resource.type, a.importId]).sort()).toEqual([
      ["spacelift_space", "plat-01hx"],
      ["spacelift_stack", "a"],
    ]);
    expect(plan.lost).toEqual([]);
    expect(() => parseInventory({ stacks: [{ id: 1 }] }, "inv.json")).toThrow(
      /stacks\[0\] needs string "id" and "name"/,
    );
    expect(() => parseInventory({ modules: [] }, "inv.json")).toThrow(
      /unknown inventory section\(s\) modules/,
    );
  });

  it("flags a destructor that the new configuration switches on", () => {
    const destructor = {
      module: 'module.child_stack["a"]',
      mode: "managed",
      type: "spacelift_stack_destructor",
      name: "this",
      provider: "p",
      instances: [{ index_key: 0, attributes: { id: "destructor-1", stack_id: "a", deactivated: true } }],
    };
    const plan = planAdoption(tree, parseState(v4(cpStack("a", [destructor])), "admin.tfstate"));
    expect(plan.recreated.map((r) => [r.activeBefore, r.activeAfter])).toEqual([[false, true]]);
  });
});
