/** `graph --affected --base REF`: the promotion view over the built-in describe affected. */
import { twoCommits, type GitFixture } from "./git-fixture";

let f: GitFixture;
beforeAll(() => {
  // A change of the app catalogue affects the app stacks of both stages.
  f = twoCommits((g) => g.edit("stacks/catalog/app.yaml", (t) => t.replace("replicas: 2", "replicas: 3")));
});
afterAll(() => f.dispose());

const steps = (mermaid: string): string[] => [...mermaid.matchAll(/"(\d+\. [^"]+)"/g)].map((m) => m[1]!);

describe("graph --affected --base", () => {
  it("numbers the affected stacks in promotion order, dev first", async () => {
    const r = await f.run(["graph", "--affected", "--base", "HEAD~1"]);
    expect(steps(r.stdout)).toEqual(["1. plat-ue1-dev-app", "2. plat-ue1-prod-app"]);
  });

  it("--head compares two refs: HEAD~1 against itself affects nothing, and the empty picture says so", async () => {
    const same = await f.run(["graph", "--affected", "--base", "HEAD~1", "--head", "HEAD~1"]);
    expect(same.code).toBe(0);
    expect(same.stdout).toBe('flowchart LR\n  empty["(no stacks to draw)"]\n');
    expect(same.stderr).toContain("no affected stacks: nothing to draw");
    const both = await f.run(["graph", "--affected", "--base", "HEAD~1", "--head", "HEAD"]);
    expect(steps(both.stdout)).toEqual(["1. plat-ue1-dev-app", "2. plat-ue1-prod-app"]);
    expect((await f.run(["graph", "--affected", "--head", "HEAD"])).code).toBe(2);
  });

  it("fails with a usage error when both --base and --from are given", async () => {
    expect((await f.run(["graph", "--affected", "--base", "HEAD~1", "--from", "x.json"])).code).toBe(2);
  });
});
