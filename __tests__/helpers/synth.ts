/**
 * Name-based access to synthesized stacks: tests ask for `spacelift_stack.plat-ue1-dev-vpc`, the
 * address reviewers read, instead of searching by properties.
 */
import { TerraformStack, Testing } from "cdktf";

/** A synthesized cdk.tf.json, parsed. */
export interface SynthJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  locals?: Record<string, unknown>;
  variable?: Record<string, Record<string, unknown>>;
  output?: Record<string, Record<string, unknown>>;
  moved?: Array<Record<string, string>>;
  terraform?: Record<string, unknown>;
  provider?: Record<string, unknown>;
}

/**
 * Synthesizes a stack (metadata stripped, keys sorted) and parses it, after cdktf's app
 * validations (a data source or resource without its provider construct throws here, as it does
 * in `cdktf synth`).
 */
export function synthJson(stack: TerraformStack): SynthJson {
  return JSON.parse(Testing.synth(stack, true)) as SynthJson;
}

/**
 * `Testing.synthScope` with cdktf's app validations: builds constructs in a fresh stack, then
 * synthesizes it as {@link synthJson} does. Use this instead of `Testing.synthScope`, which skips
 * validation and so lets a missing provider construct pass.
 */
export function synthScopeValidated(build: (scope: TerraformStack) => void): string {
  const stack = new TerraformStack(Testing.app(), "stack");
  build(stack);
  return Testing.synth(stack, true);
}

/** The resource `type.name`, or undefined. */
export function resourceOf(json: SynthJson, type: string, name: string): Record<string, unknown> | undefined {
  return json.resource?.[type]?.[name];
}

/** The names of every resource of `type`, sorted. */
export function resourceNames(json: SynthJson, type: string): string[] {
  return Object.keys(json.resource?.[type] ?? {}).sort();
}

/** How many resources of each type the stack has. */
export function resourceCounts(json: SynthJson): Record<string, number> {
  return Object.fromEntries(
    Object.entries(json.resource ?? {}).map(([t, byName]) => [t, Object.keys(byName).length]),
  );
}
