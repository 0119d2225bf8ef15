/**
 * Step 4, the full synth: main.ts, as `npm run synth` runs it minus the cdktf CLI, in the
 * organisation's directory and into `job.outdir`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
// Loaded before the step's clock starts, like every other step's modules; main.ts finds them cached.
import "../../app/load";
import { runAsStep } from "./step";

runAsStep((job) => {
  process.chdir(job.root);
  process.env["CDKTF_OUTDIR"] = job.outdir;
  // main.ts runs when it is loaded, so it is loaded here, once cwd and env are the job's.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("../../main");
  if (process.exitCode !== undefined && process.exitCode !== 0)
    throw new Error("main.ts refused the generated organisation (see its diagnostics above)");
  return { cdktfStacks: fs.readdirSync(path.join(job.outdir, "stacks")).length };
});
