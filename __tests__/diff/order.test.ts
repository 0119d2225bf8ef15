import { environmentOrder } from "../../diff/order";
import { buildSpaceliftModel } from "../../model";
import { emptyCatalog, fakeComponent, fakeResolved, organisation } from "../model/fake-resolved";

/** The test organisation plus a prod app that depends on the dev vpc (another atmos stack). */
function model() {
  const prodApp = fakeComponent({
    component: "app",
    vars: { tenant: "plat", environment: "ue1", stage: "prod" },
    settings: {
      spacelift: { workspace_enabled: true, space_name: "plat" },
      depends_on: { "1": { component: "vpc", stage: "dev" } },
    },
  });
  return buildSpaceliftModel(fakeResolved(organisation([prodApp])), { catalog: emptyCatalog });
}

describe("environmentOrder", () => {
  it("pulls in dependencies from other atmos stacks on the way up, marked as external", () => {
    const order = environmentOrder(model(), "plat-ue1-prod", false)!;
    expect(order.steps.map((s) => [s.stackId, s.external])).toEqual([
      ["plat-ue1-dev-vpc", true],
      ["plat-ue1-prod-app", false],
    ]);
  });

  it("leaves other atmos stacks out on the way down and names their dependents as blockers", () => {
    const order = environmentOrder(model(), "plat-ue1-dev", true)!;
    expect([order.steps.map((s) => s.stackId), order.blockers]).toEqual([
      ["plat-ue1-dev-eks-cluster", "plat-ue1-dev-vpc"],
      ["plat-ue1-prod-app → plat-ue1-dev-vpc"],
    ]);
  });

  it("returns undefined for an atmos stack without Spacelift stacks", () => {
    expect(environmentOrder(model(), "plat-ue1-qa", false)).toBeUndefined();
  });
});
