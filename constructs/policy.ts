import { TerraformDataSource } from "cdktf";
import { Construct } from "constructs";
import { Policy as PolicyResource } from "../.gen/providers/spacelift/policy";
import type { PolicyType } from "../model";
import { ConstructError } from "./private/errors";
import { ensureHttpProvider, HTTP_PROVIDER_VERSION } from "./private/http-provider";
import { logicalId, namePart } from "./private/ids";
import { tfLiteral, tfLiterals, tfOptionalLiteral } from "./private/literal";

export { HTTP_PROVIDER_VERSION };

/** Where the Rego of a policy comes from. */
export type PolicyBodySource =
  | { readonly text: string }
  /** Downloaded at plan time by Terraform's `http` data source (prefer vendoring the file). */
  | { readonly url: string };

/** Props of {@link Policy}. */
export interface PolicyProps {
  /** Policy name; attachments refer to it. */
  readonly name: string;
  readonly type: PolicyType;
  readonly body: PolicyBodySource;
  /** Id (or reference) of the space the policy lives in. */
  readonly spaceId: string;
  /**
   * Rego engine. Explicit, because the provider default (REGO_V0) is deprecated syntax.
   */
  readonly engineType: "REGO_V0" | "REGO_V1";
  /**
   * Labels, including `autoattach:<label>` to attach the policy to every stack with that label.
   * @default []
   */
  readonly labels?: readonly string[];
  /**
   * @default - no description
   */
  readonly description?: string;
}

/** A Spacelift policy, identified in the JSON by its name (`spacelift_policy.<name>`). */
export class Policy extends Construct {
  /** The resource. */
  readonly resource: PolicyResource;

  constructor(scope: Construct, id: string, props: PolicyProps) {
    super(scope, id);
    const labels = [...new Set(props.labels ?? [])].sort();
    if (props.type === "LOGIN" && labels.some((l) => l.startsWith("autoattach:"))) {
      throw new ConstructError(
        "INVALID_PROPS",
        this,
        `the LOGIN policy '${props.name}' has an autoattach label`,
        "Spacelift does not auto-attach LOGIN policies; remove the label.",
      );
    }
    const rid = logicalId(namePart(props.name));
    let body: string;
    if ("text" in props.body) {
      body = tfLiteral(props.body.text);
    } else {
      const download = new TerraformDataSource(this, "body", {
        terraformResourceType: "http",
        terraformGeneratorMetadata: { providerName: "http" },
      });
      download.overrideLogicalId(rid);
      download.addOverride("url", tfLiteral(props.body.url));
      download.addOverride("lifecycle.postcondition", [
        {
          condition: "${self.status_code == 200}",
          error_message: tfLiteral(
            `Downloading the body of the policy '${props.name}' from ${props.body.url} failed.`,
          ),
        },
      ]);
      body = `\${data.http.${rid}.response_body}`;
      ensureHttpProvider(this);
    }
    this.resource = new PolicyResource(this, "resource", {
      name: tfLiteral(props.name),
      type: props.type,
      body,
      engineType: props.engineType,
      spaceId: props.spaceId,
      labels: labels.length > 0 ? tfLiterals(labels) : undefined,
      description: tfOptionalLiteral(props.description),
    });
    this.resource.overrideLogicalId(rid);
  }
}
