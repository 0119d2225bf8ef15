import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateOrganisation } from "../../bench/generate";
import { CDKTF_PREPARE_ENV } from "../../constructs/atmos-stack";
import { synthesize, type SynthOutput } from "./synth-example";

// AtmosStack skips cdktf's preparing resolve pass, which only discovers cross-stack references
// (constructs/atmos-stack.ts). The output must be what the stock pass gives, byte for byte.
function withStockPreparePass(run: () => SynthOutput): SynthOutput {
  process.env[CDKTF_PREPARE_ENV] = "1";
  try {
    return run();
  } finally {
    delete process.env[CDKTF_PREPARE_ENV];
  }
}

describe("skipping cdktf's preparing resolve pass changes nothing", () => {
  it("on the embedded example", () => {
    const skipped = synthesize();
    expect(withStockPreparePass(() => synthesize())).toEqual(skipped);
  });

  it("on a generated organisation with tenants, dependencies and inheritance", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prepare-pass-"));
    try {
      generateOrganisation(dir, {
        tenants: 2,
        stages: 2,
        regions: 2,
        componentsPerStack: 6,
        importDepth: 4,
        inheritanceDepth: 2,
        workspaceShare: 0.5,
        dependencyDensity: 1,
      });
      const skipped = synthesize(dir);
      expect(Object.keys(skipped).length).toBeGreaterThan(3);
      expect(withStockPreparePass(() => synthesize(dir))).toEqual(skipped);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
