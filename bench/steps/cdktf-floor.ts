/** Step 6, the cdktf floor: a bare cdktf app synthesizing what step 4 wrote (bench/cdktf-floor-app.ts). */
import { synthFloorApp } from "../cdktf-floor-app";
import { runAsStep } from "./step";

runAsStep((job) => synthFloorApp(job.floorSpec, job.outdir));
