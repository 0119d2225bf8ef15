/** Step 3, the model: what `describe spacelift` computes (engine + Spacelift model), unprinted. */
import { loadModel } from "../../app/model";
import { pipelineEnv, runAsStep } from "./step";

runAsStep((job) => {
  const model = loadModel({ cwd: job.root, env: pipelineEnv() });
  return { spaceliftStacks: model.stacks.length, adminStacks: model.adminStacks.length };
});
