/**
 * The `hashicorp/http` provider, declared as a construct in every stack that downloads a policy
 * body (`body_url`). cdktf's app validation refuses a data source whose provider has no construct,
 * so a stack without it cannot synthesize.
 */
import { TerraformProvider, TerraformStack } from "cdktf";
import type { Construct } from "constructs";

/** The `hashicorp/http` version that downloads `body_url` policy bodies. */
export const HTTP_PROVIDER_VERSION = "3.4.5";

const ID = "http-provider";

/** `provider "http" {}` with its pinned `required_providers` entry. */
class HttpProvider extends TerraformProvider {
  constructor(scope: Construct) {
    super(scope, ID, {
      terraformResourceType: "http",
      // Pinned, so a policy body never changes because a newer provider reads it differently.
      terraformGeneratorMetadata: { providerName: "http", providerVersion: HTTP_PROVIDER_VERSION },
      terraformProviderSource: "hashicorp/http",
    });
  }
}

/** Declares the http provider once in the stack holding `scope`. */
export function ensureHttpProvider(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  if (stack.node.tryFindChild(ID) === undefined) new HttpProvider(stack);
}
