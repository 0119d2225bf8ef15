/** Step 4, the full synth: what `npm run synth` runs (main.ts) minus the cdktf CLI, into `job.outdir`. */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadSpaceliftApp } from "../../app/load";
import { pipelineEnv, runAsStep } from "./step";

runAsStep((job) => {
  let report = "";
  const app = loadSpaceliftApp({
    cwd: job.root,
    env: pipelineEnv(),
    outdir: job.outdir,
    report: (t) => (report += t),
  });
  if (!app) throw new Error(`the pipeline refused the generated organisation:\n${report}`);
  app.synth();
  return { cdktfStacks: fs.readdirSync(path.join(job.outdir, "stacks")).length };
});
