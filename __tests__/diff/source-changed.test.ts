/**
 * SOURCE_CHANGED: a stack that runs other code against the same state, for each source attribute
 * (`repository`, `branch`, `project_root`; the project root is also covered end to end in
 * cli-diff.test.ts).
 */
import { diffOf, doc, stack } from "./engine-builders";

const ADMIN = "core-gbl-spacelift-admin-stack";
const VPC = "core-ue1-auto-vpc";

describe("diff: SOURCE_CHANGED", () => {
  const one = (attrs: Record<string, unknown>) => ({ [ADMIN]: doc(stack(VPC, { attrs })) });

  it.each([
    [
      "repository",
      { repository: "infrastructure" },
      { repository: "infrastructure-next" },
      "repository infrastructure → infrastructure-next",
    ],
    ["branch", { branch: "main" }, { branch: "release" }, "branch main → release"],
  ])("is raised when a stack's %s changes", (_, before, after, what) => {
    const d = diffOf(one(before), one(after));
    expect(d.redFlags).toEqual([
      {
        code: "SOURCE_CHANGED",
        destroys: false,
        subject: VPC,
        message: `Stack ${VPC} now runs other code against the same state (${what}): its next run plans that code, which can destroy resources the old code created.`,
      },
    ]);
  });

  it("names every source attribute that changes in one red flag", () => {
    const d = diffOf(
      one({}),
      one({
        repository: "infrastructure-next",
        branch: "release",
        project_root: "components/terraform/vpc2",
      }),
    );
    expect(d.redFlags.map((f) => f.code)).toEqual(["SOURCE_CHANGED"]);
    expect(d.redFlags[0]!.message).toContain(
      "(repository infrastructure → infrastructure-next, branch main → release, project_root components/terraform/vpc → components/terraform/vpc2)",
    );
  });

  it("is not raised when the source stays the same", () => {
    expect(diffOf(one({ description: "a" }), one({ description: "b" })).redFlags).toEqual([]);
  });
});
