/**
 * describe affected renders both sides as atmos does: a `settings.depends_on` entry whose `stack`
 * is a Go template is compared and matched by its rendered value. Expected values are atmos's
 * (internal/exec/describe_affected_test.go, TestDescribeAffectedWithDependents and
 * TestDescribeAffectedWithDependentsWithoutTemplates), on a repository of the same shape.
 */
import { describeAffected, type AffectedItem, type DescribeAffectedOptions } from "../../affected";
import { TempRepo } from "./git-repo";
import { templatedTree } from "./templated-tree";

let repo: TempRepo;

beforeEach(() => {
  repo = new TempRepo();
  repo.commitFiles(templatedTree(), "base");
  // The PR: new vars on both vpcs, a new setting on tgw/hub and the cross-region connector.
  repo.write(templatedTree({ vpcVars: ["name: new-name"], hubSettings: ["team: network"] }));
});

afterEach(() => repo.remove());

function affected(options: Partial<DescribeAffectedOptions> = {}): AffectedItem[] {
  return [...describeAffected({ cwd: repo.dir, env: {}, base: "main", ...options }).items];
}

/** A dependents tree as `slug (included)` strings, children nested. */
type Tree = [string, Tree[]];
function tree(item: {
  stackSlug: string;
  includedInDependents: boolean;
  dependents: readonly AffectedItem["dependents"][number][];
}): Tree {
  return [`${item.stackSlug}${item.includedInDependents ? " (included)" : ""}`, item.dependents.map(tree)];
}

describe("describe affected with templated dependency stacks", () => {
  test("lists atmos's items and reasons, templates rendered in settings", () => {
    const items = affected({ includeSettings: true });
    expect(items.map((i) => [i.stackSlug, i.affectedAll])).toEqual([
      ["ue1-network-tgw-hub", ["stack.settings"]],
      ["ue1-network-vpc", ["stack.vars"]],
      ["uw2-network-tgw-cross-region-hub-connector", ["stack.settings"]],
      ["uw2-network-vpc", ["stack.vars"]],
    ]);
    const hub = items.find((i) => i.stackSlug === "ue1-network-tgw-hub")!;
    expect(hub.settings?.["depends_on"]).toEqual({ "1": { component: "vpc", stack: "ue1-network" } });
    const connector = items.find((i) => i.component === "tgw/cross-region-hub-connector")!;
    expect(connector.settings?.["depends_on"]).toEqual({
      "1": { component: "tgw/hub", stack: "ue1-network" },
    });
  });

  test("finds the dependents reached through a templated stack, with atmos's included_in_dependents", () => {
    expect(affected({ includeDependents: true }).map(tree)).toEqual([
      // tgw/hub is vpc's dependent, so it is included; the cross-region connector names
      // `ue1-network` but its environment (uw2) differs and the entry sets none: no match (atmos).
      ["ue1-network-tgw-hub (included)", [["ue1-network-tgw-attachment", []]]],
      [
        "ue1-network-vpc",
        [
          // A peer's subtree holds tgw/attachment too, so atmos marks it included here.
          ["ue1-network-tgw-attachment (included)", []],
          ["ue1-network-tgw-hub", [["ue1-network-tgw-attachment", []]]],
        ],
      ],
      ["uw2-network-tgw-cross-region-hub-connector", []],
      // uw2's tgw/attachment is disabled: no dependent.
      ["uw2-network-vpc", []],
    ]);
  });

  test("matches the template text instead with --process-templates=false (atmos's unrendered result)", () => {
    const items = affected({ includeDependents: true, includeSettings: true, processTemplates: false });
    const hub = items.find((i) => i.stackSlug === "ue1-network-tgw-hub")!;
    expect(hub.settings?.["depends_on"]).toEqual({
      "1": { component: "vpc", stack: "{{ .vars.environment }}-{{ .vars.stage }}" },
    });
    expect(items.map(tree)).toEqual([
      ["ue1-network-tgw-hub", [["ue1-network-tgw-attachment", []]]],
      ["ue1-network-vpc", [["ue1-network-tgw-attachment", []]]],
      ["uw2-network-tgw-cross-region-hub-connector", []],
      ["uw2-network-vpc", []],
    ]);
  });

  test("skips the locked components with --exclude-locked", () => {
    expect(affected({ excludeLocked: true }).map((i) => i.stackSlug)).toEqual([
      "ue1-network-tgw-hub",
      "uw2-network-vpc",
    ]);
  });

  test("does not report a dependency rewritten as a template of the same stack", () => {
    repo.write(templatedTree({ hubVpcStack: "ue1-network" }));
    expect(affected()).toEqual([]);
  });
});
