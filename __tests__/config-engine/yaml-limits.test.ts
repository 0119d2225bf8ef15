/**
 * Resource limits of the YAML loader that fixture folders cannot show: duplicate-key checks in
 * linear time (the YAML library's own check is quadratic: 25k keys took 24 s, 100k over 300 s).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { isDiagnosticError, loadAtmosConfig, resolveStacks } from "../../config-engine";

/** A repository whose one manifest gives the component `app` `keys` vars (plus `extra` lines). */
function repoWithKeys(keys: number, extra: readonly string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yaml-limits-"));
  fs.mkdirSync(path.join(dir, "stacks", "deploy"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "atmos.yaml"),
    'base_path: "./"\nstacks:\n  base_path: stacks\n  included_paths: ["deploy/**/*"]\n  name_pattern: "{stage}"\n',
  );
  const lines = ["vars:", "  stage: dev", "components:", "  terraform:", "    app:", "      vars:"];
  for (let i = 0; i < keys; i++) lines.push(`        key_${i}: value_${i}`);
  fs.writeFileSync(path.join(dir, "stacks", "deploy", "dev.yaml"), [...lines, ...extra].join("\n") + "\n");
  return dir;
}

function resolveMs(dir: string): number {
  const start = process.hrtime.bigint();
  resolveStacks(loadAtmosConfig({ cwd: dir, configDir: dir, env: {} }));
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe("YAML maps with many keys", () => {
  it("load in time linear in the number of keys (4× the keys cost far less than 16×)", () => {
    const small = repoWithKeys(8_000);
    const large = repoWithKeys(32_000);
    // Minimum of two runs each: the machine is shared.
    const t = (dir: string): number => Math.min(resolveMs(dir), resolveMs(dir));
    const ratio = t(large) / t(small);
    // Linear is ~4, quadratic ~16 (the library's uniqueKeys check measured 3.1× for 2× the keys).
    expect(ratio).toBeLessThan(9);
  }, 120_000);

  it("still reject a duplicate key after 10k distinct ones, naming both lines", () => {
    const dir = repoWithKeys(10_000, ["        key_7: again"]);
    let codes: string[] = [];
    try {
      resolveStacks(loadAtmosConfig({ cwd: dir, configDir: dir, env: {} }));
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      codes = e.diagnostics.map((d) => `${d.code} ${d.location?.line} ${d.message}`);
    }
    expect(codes).toEqual([
      expect.stringMatching(/^DUPLICATE_YAML_KEY 10007 duplicate key 'key_7' .*first defined at line 14\)$/),
    ]);
  }, 60_000);
});
