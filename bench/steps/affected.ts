/**
 * Step 5, `describe affected`: HEAD~1 (before the one-line change in a shared import) against the
 * working tree, rendered as the CLI's JSON (unprinted).
 */
import { describeAffected, renderJson } from "../../affected";
import { pipelineEnv, runAsStep } from "./step";

runAsStep((job) => {
  const result = describeAffected({ cwd: job.root, env: pipelineEnv(), base: "HEAD~1" });
  return { items: result.items.length, bytes: renderJson(result.items).length };
});
