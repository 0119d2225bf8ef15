/** Step 2, the engine: what `describe stacks` computes (every section of every component), unprinted. */
import { describeStacks, loadAtmosConfig, resolveStacks } from "../../config-engine";
import { pipelineEnv, runAsStep } from "./step";

runAsStep((job) => {
  const config = loadAtmosConfig({ cwd: job.root, env: pipelineEnv() });
  const resolved = resolveStacks(config, { processTemplates: config.templatesEnabled });
  const described = describeStacks(resolved);
  return { atmosStacks: Object.keys(described).length, components: resolved.components.length };
});
