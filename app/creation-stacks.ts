/**
 * cdktf records a "creation stack" (a formatted stack trace) for every token and every generated
 * block object it creates: fourteen for each `spacelift_stack` alone. Capturing them took about
 * 0.7 ms and kept 25 KiB of strings per Spacelift stack, a third of a 10,000-stack synth
 * (docs/benchmarks.md); they only appear in cdktf's message for a token that fails to resolve.
 * cdktf never made them optional (hashicorp/terraform-cdk#3892, open; the project is archived),
 * while AWS CDK made them opt-in (aws/aws-cdk#11170) and cdk-terrain added a switch
 * (CDKTN_DISABLE_CREATION_STACK). This is the same switch for cdktf 0.21, used by main.ts.
 */
import { createRequire } from "node:module";

/** The env var that keeps cdktf's creation stacks (for debugging a token that does not resolve). */
export const CREATION_STACKS_ENV = "SPACELIFT_ATMOS_CREATION_STACKS";

/** cdktf's private module every creation stack comes from (looked up at each call by its users). */
const STACK_TRACE_MODULE = "cdktf/lib/tokens/private/stack-trace";

/**
 * Makes cdktf record empty creation stacks unless `SPACELIFT_ATMOS_CREATION_STACKS=1`. Returns
 * whether they are disabled. Throws when cdktf no longer has the module (an upgrade moved it):
 * the synth would silently become slow again otherwise.
 */
export function disableCreationStacks(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env[CREATION_STACKS_ENV] === "1") return false;
  const stackTrace = createRequire(__filename)(STACK_TRACE_MODULE) as { captureStackTrace?: unknown };
  if (typeof stackTrace.captureStackTrace !== "function") {
    throw new Error(
      `${STACK_TRACE_MODULE} has no captureStackTrace: check app/creation-stacks.ts against this cdktf`,
    );
  }
  stackTrace.captureStackTrace = (): string[] => [];
  return true;
}
