import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateOrganisation } from "../../bench/generate";
import { shapeOf } from "../../bench/presets";
import { parseState, planAdoption, releaseFiles } from "../../adopt";
import { synthesizeSide } from "../../diff";
import { adminStackState, spacesState } from "./cp-state";

/** The bench generator's 1k organisation (4 tenants, about 1,000 Spacelift stacks), as Cloud Posse left it. */
describe("adopting a 1k-stack generated organisation", () => {
  let dir: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("adopts every stack and its resources, loses nothing, creates nothing that exists", () => {
    dir = mkdtempSync(join(tmpdir(), "adopt-1k-"));
    const org = generateOrganisation(dir, shapeOf("1k"));
    const tree = synthesizeSide({
      label: "1k",
      cwd: org.root,
      configDir: org.configDir,
      env: {},
      report: () => undefined,
    });
    expect(tree).toBeDefined();
    const admins = [...tree!.stacks.keys()].filter(
      (k) => tree!.stacks.get(k)!.resource?.["spacelift_stack"] !== undefined,
    );
    const spaces = [...tree!.stacks.keys()].find(
      (k) => tree!.stacks.get(k)!.resource?.["spacelift_space"] !== undefined,
    );
    const olds = [
      ...admins.flatMap((a) => parseState(JSON.stringify(adminStackState(tree!, a)), `${a}.tfstate`)),
      ...(spaces ? parseState(JSON.stringify(spacesState(tree!.stacks.get(spaces)!)), "spaces.tfstate") : []),
    ];
    const plan = planAdoption(tree!, olds);
    expect(plan.conflicts).toEqual([]);
    expect(plan.lost).toEqual([]);
    expect(plan.adopted.filter((a) => a.resource.type === "spacelift_stack")).toHaveLength(
      org.spaceliftStacks,
    );
    expect(plan.recreated).toHaveLength(org.spaceliftStacks);
    expect(plan.created.filter((c) => c.resource.type === "spacelift_stack")).toEqual([]);
    const managed = olds.filter((o) => o.mode === "managed").length;
    expect(plan.adopted.length + plan.recreated.length + plan.left.length + plan.kept.length).toBe(managed);
    const files = releaseFiles(plan, olds);
    expect(files).toHaveLength(2 * (admins.length + (spaces ? 1 : 0)));
    expect(files.every((f) => !/destroy\s*=\s*true/.test(f.content))).toBe(true);
  }, 300_000);
});
