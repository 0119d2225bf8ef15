import { twoCommits, type GitFixture } from "./git-fixture";

describe("diff of a pure reorder", () => {
  let f: GitFixture;
  beforeAll(() => {
    f = twoCommits((g) =>
      g
        .edit("stacks/orgs/acme/plat/dev/us-east-1.yaml", (t) =>
          t.replace(
            "  - catalog/vpc\n  - catalog/eks\n  - catalog/rds\n  - catalog/app\n",
            "  - catalog/app\n  - catalog/rds\n  - catalog/eks\n  - catalog/vpc\n",
          ),
        )
        .edit("stacks/catalog/vpc.yaml", (t) =>
          t.replace(
            "        max_subnet_count: 3\n        nat_gateway_enabled: true\n",
            "        nat_gateway_enabled: true\n        max_subnet_count: 3\n",
          ),
        ),
    );
  });
  afterAll(() => f.dispose());

  it("reports nothing", async () => {
    const diff = await f.jsonDiff();
    expect({ stacks: diff.stacks, redFlags: diff.redFlags, warnings: diff.warnings }).toEqual({
      stacks: [],
      redFlags: [],
      warnings: [],
    });
  });
});
