/**
 * `depends_on` entries without tokens. cdktf turns each dependable passed as `dependsOn` into two
 * tokens, and each token captures and formats a full stack trace (with source maps, under tsx):
 * with ten thousand Spacelift stacks and their ~80,000 destructor dependencies this was the largest
 * cost of a synth (docs/benchmarks.md). A resource of the same stack is written as its address
 * instead, the string the tokens resolve to; anything else keeps cdktf's token.
 */
import { dependable, TerraformResource, TerraformStack, type ITerraformDependable } from "cdktf";

/** The `depends_on` strings of `dependables`, for a resource in `stack`. */
export function dependsOnAddresses(
  stack: TerraformStack,
  dependables: readonly ITerraformDependable[],
): string[] {
  return dependables.map((d) =>
    TerraformResource.isTerraformResource(d) && TerraformStack.of(d) === stack
      ? `${d.terraformResourceType}.${d.friendlyUniqueId}`
      : dependable(d),
  );
}
