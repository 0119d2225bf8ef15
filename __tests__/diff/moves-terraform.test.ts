/**
 * Evidence that the moved chains this app emits keep every resource of a renamed stack: the real
 * admin-stack JSON before and after a rename is projected onto `terraform_data` resources (same
 * addresses per type, no provider needed), the "before" is applied, and the plan of the "after"
 * must contain no create and no delete.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TerraformStack } from "cdktf";
import type { JsonMap } from "../../config-engine/types";
import { buildApp } from "../../constructs";
import { buildSpaceliftModel } from "../../model";
import { synthJson, type SynthJson } from "../helpers/synth";
import { describeWithTerraform } from "../helpers/terraform";
import { emptyCatalog, fakeResolved, organisation } from "../model/fake-resolved";

const PLAT = "plat-gbl-spacelift-admin-stack";

function adminJson(vpcSettings: JsonMap): SynthJson {
  const model = buildSpaceliftModel(fakeResolved(organisation([], { platVpcSettings: vpcSettings })), {
    catalog: emptyCatalog,
  });
  return synthJson(buildApp(model).node.findChild(PLAT) as TerraformStack);
}

const projected = (address: string): string => {
  const dot = address.indexOf(".");
  return `terraform_data.${address.slice(0, dot)}--${address.slice(dot + 1)}`;
};

/** Same resource addresses (type folded into the name) and the same moves, over terraform_data. */
function projection(json: SynthJson): object {
  const resources: Record<string, object> = {};
  for (const [type, byName] of Object.entries(json.resource ?? {}))
    for (const name of Object.keys(byName)) resources[`${type}--${name}`] = { input: name };
  const moved = (json.moved ?? []).map((m) => ({ from: projected(m.from!), to: projected(m.to!) }));
  return { resource: { terraform_data: resources }, ...(moved.length > 0 ? { moved } : {}) };
}

interface PlannedChange {
  address: string;
  change: { actions: string[] };
}

function planActions(before: SynthJson, after: SynthJson): PlannedChange[] {
  const dir = mkdtempSync(join(tmpdir(), "moves-tf-"));
  const env = {
    ...process.env,
    TF_CLI_CONFIG_FILE: join(dir, "none.tfrc"),
    CHECKPOINT_DISABLE: "1",
    TF_INPUT: "0",
  };
  const tf = (...args: string[]): string =>
    execFileSync("terraform", args, { cwd: dir, env, encoding: "utf8" });
  try {
    writeFileSync(join(dir, "none.tfrc"), "");
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(projection(before)));
    tf("init", "-input=false", "-no-color");
    tf("apply", "-auto-approve", "-input=false", "-no-color");
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify(projection(after)));
    tf("plan", "-input=false", "-no-color", "-out=plan.bin");
    return (
      (JSON.parse(tf("show", "-json", "plan.bin")) as { resource_changes?: PlannedChange[] })
        .resource_changes ?? []
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const destructive = (changes: PlannedChange[]) =>
  changes.filter((c) => c.change.actions.some((a) => a === "create" || a === "delete")).map((c) => c.address);

describeWithTerraform("moved chains of renamed stacks under real terraform", () => {
  it("plans no create or delete when a stack is renamed once", () => {
    const before = adminJson({ stack_name: "plat-ue1-dev-network" });
    const after = adminJson({ previous_names: ["plat-ue1-dev-network"] });
    expect(destructive(planActions(before, after))).toEqual([]);
  });

  it("plans no create or delete from the oldest name of a two-step rename", () => {
    const before = adminJson({ stack_name: "plat-ue1-dev-network" });
    const after = adminJson({ previous_names: ["plat-ue1-dev-network", "plat-ue1-dev-net"] });
    expect(destructive(planActions(before, after))).toEqual([]);
  });

  it("plans no create or delete from the middle name of a two-step rename", () => {
    const before = adminJson({ stack_name: "plat-ue1-dev-net" });
    const after = adminJson({ previous_names: ["plat-ue1-dev-network", "plat-ue1-dev-net"] });
    expect(destructive(planActions(before, after))).toEqual([]);
  });

  it("plans deletes and creates when the rename is not declared (the check can fail)", () => {
    const before = adminJson({ stack_name: "plat-ue1-dev-network" });
    const after = adminJson({});
    expect(destructive(planActions(before, after))).toContain(
      "terraform_data.spacelift_stack_destructor--plat-ue1-dev-network",
    );
  });
});
