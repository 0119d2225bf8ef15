/** The AWS provider of an app-implemented stack, from the atmos component's `providers.aws` section. */
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import type { Construct } from "constructs";
import type { JsonMap, JsonValue } from "../../config-engine/types";
import { tfLiteral, tfLiteralMap } from "./literal";

/** Options of {@link awsProvider}. */
export interface AwsProviderOptions {
  readonly region: string;
  /** The component's `providers` section (atmos); `providers.aws.assume_role.role_arn` is honoured. */
  readonly providers: JsonMap;
  /** Provider alias. @default - the default provider */
  readonly alias?: string;
  /** Tags applied to every resource. @default - none */
  readonly defaultTags?: Readonly<Record<string, string>>;
}

/**
 * An `aws` provider that takes credentials from the environment (the Spacelift AWS integration in a
 * run, the operator's session locally): never from configuration.
 */
export function awsProvider(scope: Construct, id: string, options: AwsProviderOptions): AwsProvider {
  const aws = asMap(options.providers["aws"]);
  const assume = asMap(aws?.["assume_role"]);
  const roleArn = assume?.["role_arn"];
  // Provider arguments are templates too: the values from YAML go in as literals.
  return new AwsProvider(scope, id, {
    region: tfLiteral(options.region),
    ...(options.alias !== undefined ? { alias: options.alias } : {}),
    ...(typeof roleArn === "string" ? { assumeRole: [{ roleArn: tfLiteral(roleArn) }] } : {}),
    ...(options.defaultTags && Object.keys(options.defaultTags).length > 0
      ? { defaultTags: [{ tags: tfLiteralMap(options.defaultTags) }] }
      : {}),
  });
}

function asMap(v: JsonValue | undefined): JsonMap | undefined {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}
