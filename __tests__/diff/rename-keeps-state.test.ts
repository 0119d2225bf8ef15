/**
 * A declared rename keeps the stack's state (issue 20, item 9): the renamed `spacelift_stack` ignores
 * changes of `terraform_workspace`, so Spacelift keeps the workspace of the first id, unless
 * `move_state: true`; then diff raises STACK_STATE_MOVED with the commands.
 */
import type { TerraformStack } from "cdktf";
import type { JsonMap } from "../../config-engine/types";
import { isDiagnosticError } from "../../config-engine/diagnostics";
import { buildApp } from "../../constructs";
import { buildSpaceliftModel } from "../../model";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { resourceOf, synthJson } from "../helpers/synth";
import { emptyCatalog, fakeResolved, organisation } from "../model/fake-resolved";
import { diffOf, doc, stack } from "./engine-builders";

const PLAT = "plat-gbl-spacelift-admin-stack";

/** `lifecycle.ignore_changes` of the plat dev VPC stack. */
function ignoredChanges(vpcSettings: JsonMap): unknown {
  return (vpcStack(vpcSettings)["lifecycle"] as { ignore_changes?: unknown } | undefined)?.ignore_changes;
}

function vpcStack(vpcSettings: JsonMap): Record<string, unknown> {
  const model = buildSpaceliftModel(fakeResolved(organisation([], { platVpcSettings: vpcSettings })), {
    catalog: emptyCatalog,
  });
  const admin = buildApp(model).node.findChild(PLAT) as TerraformStack;
  expectValidAgainstSchemas(admin);
  return resourceOf(synthJson(admin), "spacelift_stack", "plat-ue1-dev-vpc") as Record<string, unknown>;
}

describe("a renamed stack's terraform_workspace", () => {
  it("is kept in Spacelift (ignore_changes) by default", () => {
    expect(ignoredChanges({ previous_names: ["plat-ue1-dev-network"] })).toEqual(["terraform_workspace"]);
  });

  it("follows the new names with move_state: true", () => {
    expect(ignoredChanges({ previous_names: ["plat-ue1-dev-network"], move_state: true })).toBeUndefined();
  });

  it("is managed as usual on a stack that was never renamed", () => {
    expect(ignoredChanges({})).toBeUndefined();
  });

  it("fails when move_state is set without previous_names", () => {
    let codes: string[] = [];
    try {
      vpcStack({ move_state: true });
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      codes = e.diagnostics.map((d) => `${d.code} ${d.keyPath ?? ""}`);
    }
    expect(codes).toEqual(["INVALID_SETTING components.terraform.vpc.settings.spacelift.move_state"]);
  });
});

describe("diff of a rename whose workspace is kept", () => {
  const moved = (from: string, to: string) =>
    ["spacelift_stack", "spacelift_stack_destructor"].map((t) => ({
      from: `${t}.${from}`,
      to: `${t}.${to}`,
    }));

  it("warns RENAME_KEEPS_WORKSPACE instead of raising STACK_STATE_MOVED", () => {
    const d = diffOf(
      {
        [PLAT]: doc(
          stack("plat-ue1-dev-network", { attrs: { terraform_workspace: "plat-ue1-dev-network" } }),
        ),
      },
      {
        [PLAT]: doc(
          stack("plat-ue1-dev-vpc", {
            attrs: {
              slug: "plat-ue1-dev-network",
              terraform_workspace: "plat-ue1-dev",
              lifecycle: { ignore_changes: ["terraform_workspace"] },
            },
          }),
          { moved: moved("plat-ue1-dev-network", "plat-ue1-dev-vpc") },
        ),
      },
    );
    expect([d.redFlags, d.warnings.map((w) => [w.code, w.subject])]).toEqual([
      [],
      [["RENAME_KEEPS_WORKSPACE", "plat-ue1-dev-vpc"]],
    ]);
    expect(d.warnings[0]!.message).toContain(
      "keeps its Terraform workspace plat-ue1-dev-network in Spacelift",
    );
  });
});
