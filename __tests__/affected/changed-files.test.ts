import { ChangedFiles } from "../../affected";

describe("ChangedFiles", () => {
  const changed = new ChangedFiles([
    "components/terraform/vpc-flow-logs/main.tf",
    "components/terraform/vpc/modules/sg/main.tf",
    "config/app.json",
    "config/app.json",
  ]);

  test("finds a changed file under a folder, on a / boundary only", () => {
    expect(changed.anyUnder("components/terraform/vpc")).toBe(true);
    expect(changed.anyUnder("components/terraform/vpc/")).toBe(true);
    expect(changed.anyUnder("components/terraform/vp")).toBe(false);
    expect(changed.anyUnder("components/terraform/vpc/modules/sg/main.tf")).toBe(false);
  });

  test("treats the empty folder as the whole repository", () => {
    expect(changed.anyUnder("")).toBe(true);
    expect(new ChangedFiles([]).anyUnder("")).toBe(false);
  });

  test("answers exact file questions, ignoring a leading ./", () => {
    expect(changed.has("config/app.json")).toBe(true);
    expect(changed.has("./config/app.json")).toBe(true);
    expect(changed.has("config")).toBe(false);
  });

  test("matches doublestar globs", () => {
    expect(changed.anyMatch("config/*.json")).toBe(true);
    expect(changed.anyMatch("components/**/sg/*.tf")).toBe(true);
    expect(changed.anyMatch("config/*.yaml")).toBe(false);
  });

  test("keeps one sorted entry per file", () => {
    expect(changed.all).toEqual([
      "components/terraform/vpc-flow-logs/main.tf",
      "components/terraform/vpc/modules/sg/main.tf",
      "config/app.json",
    ]);
  });
});
