import * as fs from "node:fs"; import * as os from "node:os"; import * as path from "node:path";
import { loadAtmosConfig, resolveStacks } from "./config-engine";
for (const n of [25000, 100000]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "keys-"));
  fs.mkdirSync(path.join(dir, "stacks/deploy"), { recursive: true });
  fs.writeFileSync(path.join(dir, "atmos.yaml"), 'base_path: "./"\nstacks:\n  base_path: stacks\n  included_paths: ["deploy/**/*"]\n  name_pattern: "{stage}"\n');
  const lines = ["vars:", "  stage: dev", "components:", "  terraform:", "    app:", "      vars:"];
  for (let i = 0; i < n; i++) lines.push(`        key_${i}: value_${i}`);
  fs.writeFileSync(path.join(dir, "stacks/deploy/dev.yaml"), lines.join("\n") + "\n");
  const t = Date.now();
  const r = resolveStacks(loadAtmosConfig({ cwd: dir, configDir: dir, env: {} }));
  console.log(n, Date.now() - t, "ms", r.components.length);
}
