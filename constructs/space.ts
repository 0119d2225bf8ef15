import { Construct } from "constructs";
import { Space as SpaceResource } from "../.gen/providers/spacelift/space";
import { logicalId } from "./private/ids";
import { tfLiteral, tfLiterals, tfOptionalLiteral } from "./private/literal";

/** Props of {@link Space}. */
export interface SpaceProps {
  /** Space name, unique in the configuration. */
  readonly name: string;
  /** Id (or reference) of the parent space. */
  readonly parentSpaceId: string;
  /**
   * @default - no description
   */
  readonly description?: string;
  /**
   * Let the space use its parent's worker pools, contexts, policies and integrations.
   * @default false (the provider's default; Spacelift's UI defaults to true)
   */
  readonly inheritEntities?: boolean;
  /**
   * @default []
   */
  readonly labels?: readonly string[];
}

/** A Spacelift space, identified in the JSON by its name (`spacelift_space.<name>`). */
export class Space extends Construct {
  /** The resource. */
  readonly resource: SpaceResource;
  /** Expression of the space id. */
  readonly spaceId: string;

  constructor(scope: Construct, id: string, props: SpaceProps) {
    super(scope, id);
    const labels = [...new Set(props.labels ?? [])].sort();
    this.resource = new SpaceResource(this, "resource", {
      name: tfLiteral(props.name),
      parentSpaceId: props.parentSpaceId,
      description: tfOptionalLiteral(props.description),
      inheritEntities: props.inheritEntities ?? false,
      labels: labels.length > 0 ? tfLiterals(labels) : undefined,
    });
    this.resource.overrideLogicalId(logicalId(props.name));
    this.spaceId = `\${spacelift_space.${logicalId(props.name)}.id}`;
  }
}
