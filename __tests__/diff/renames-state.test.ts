/**
 * Renames and state (issue 20, item 9): a rename that changes the Terraform workspace moves the
 * state the stack reads, a red flag with the commands; the rename detector matches on identity
 * (project root + workspace or atmos stack), not on `vars.name`.
 */
import { gatedRedFlags, DEFAULT_FAIL_ON } from "../../diff/fail-on";
import { renderMarkdown } from "../../diff/markdown";
import { diffOf, doc, stack } from "./engine-builders";

const ADMIN = "plat-gbl-spacelift-admin-stack";
const one = (resources: ReturnType<typeof stack>) => ({ [ADMIN]: doc(resources) });
const moved = (from: string, to: string) =>
  ["spacelift_stack", "spacelift_stack_destructor"].map((t) => ({ from: `${t}.${from}`, to: `${t}.${to}` }));
const env = (component: string, atmosStack = "plat-ue1-dev") => ({
  ATMOS_COMPONENT: component,
  ATMOS_STACK: atmosStack,
});

describe("diff: a declared rename that changes the Terraform workspace", () => {
  const base = one(
    stack("plat-ue1-dev-network", {
      attrs: { terraform_workspace: "plat-ue1-dev-network" },
      env: env("network"),
    }),
  );
  const head = {
    [ADMIN]: doc(
      stack("plat-ue1-dev-vpc", {
        attrs: { slug: "plat-ue1-dev-network", terraform_workspace: "plat-ue1-dev" },
        env: env("vpc"),
      }),
      { moved: moved("plat-ue1-dev-network", "plat-ue1-dev-vpc") },
    ),
  };
  const d = diffOf(base, head);

  it("raises STACK_STATE_MOVED naming both workspaces", () => {
    expect(d.redFlags.map((f) => [f.code, f.subject])).toEqual([["STACK_STATE_MOVED", "plat-ue1-dev-vpc"]]);
    expect(d.redFlags[0]!.message).toMatch(
      /^Stack plat-ue1-dev-vpc \(renamed from plat-ue1-dev-network\) changes its Terraform workspace from plat-ue1-dev-network to plat-ue1-dev: its next run reads the state of plat-ue1-dev, finds it empty/,
    );
  });

  it("says how to keep the state, and gives the exact state-move commands", () => {
    const lines = d.redFlags[0]!.message.split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "To keep the state where it is, pin the old workspace in settings.spacelift of the stack: terraform_workspace: plat-ue1-dev-network.",
        "  atmos terraform init vpc -s plat-ue1-dev",
        "  terraform workspace select plat-ue1-dev-network && terraform state pull > plat-ue1-dev-network.tfstate",
        "  terraform workspace select -or-create=true plat-ue1-dev && terraform state push plat-ue1-dev-network.tfstate",
      ]),
    );
    expect(d.redFlags[0]!.message).toContain(
      "aws s3 mv s3://<bucket>/<workspace_key_prefix>/plat-ue1-dev-network/<key> s3://<bucket>/<workspace_key_prefix>/plat-ue1-dev/<key>",
    );
  });

  it("renders the commands as a shell block in the Markdown report", () => {
    expect(renderMarkdown(d, undefined)).toContain(
      "  ```sh\n  atmos terraform init vpc -s plat-ue1-dev\n  terraform workspace select plat-ue1-dev-network",
    );
  });

  it("fails the default CI gate", () => {
    expect(gatedRedFlags(d.redFlags, DEFAULT_FAIL_ON).map((f) => f.code)).toEqual(["STACK_STATE_MOVED"]);
  });

  it("raises nothing when the rename keeps the workspace (pinned)", () => {
    const kept = diffOf(base, {
      [ADMIN]: doc(
        stack("plat-ue1-dev-vpc", {
          attrs: { slug: "plat-ue1-dev-network", terraform_workspace: "plat-ue1-dev-network" },
          env: env("vpc"),
        }),
        { moved: moved("plat-ue1-dev-network", "plat-ue1-dev-vpc") },
      ),
    });
    expect([kept.stacks.map((s) => s.change), kept.redFlags]).toEqual([["renamed"], []]);
  });
});

describe("diff: the rename detector matches on identity", () => {
  it("pairs an undeclared rename that also changes the component name and vars.name, by workspace", () => {
    const d = diffOf(
      one(
        stack("plat-ue1-dev-network", {
          attrs: { terraform_workspace: "plat-ue1-dev" },
          env: env("network"),
          vars: { name: "network" },
          destructor: false,
        }),
      ),
      one(
        stack("plat-ue1-dev-vpc", {
          attrs: { terraform_workspace: "plat-ue1-dev" },
          env: env("vpc"),
          vars: { name: "vpc" },
          destructor: false,
        }),
      ),
    );
    expect(d.warnings.map((w) => [w.code, w.subject])).toContainEqual([
      "LOOKS_LIKE_RENAME",
      "plat-ue1-dev-network",
    ]);
  });

  it("pairs by atmos stack and project root when the workspace changes too", () => {
    const d = diffOf(
      one(stack("a", { env: env("network"), vars: { name: "network" } })),
      one(stack("b", { env: env("vpc"), vars: { name: "vpc" } })),
    );
    expect(d.redFlags[0]!.message).toContain("It looks like a rename to b");
  });

  it("does not pair stacks of other atmos stacks with other components and vars", () => {
    const d = diffOf(
      one(stack("a", { env: env("network", "plat-ue1-dev"), vars: { name: "network" }, destructor: false })),
      one(stack("b", { env: env("vpc", "plat-ue1-prod"), vars: { name: "vpc" }, destructor: false })),
    );
    expect(d.warnings.map((w) => w.code)).not.toContain("LOOKS_LIKE_RENAME");
  });
});
