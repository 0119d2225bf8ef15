/**
 * Name → id lookups for things that live in other stacks (spaces, policies, worker pools), AWS
 * integrations (created outside this config) and the built-in "Space admin" role. Names were validated at synth time against the config; at plan time
 * a precondition on each consumer names what is missing (e.g. "apply the spaces stack first")
 * instead of Terraform's bare "invalid index".
 */
import { TerraformLocal, type TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { DataSpaceliftAwsIntegrations } from "../../.gen/providers/spacelift/data-spacelift-aws-integrations";
import { DataSpaceliftPolicies } from "../../.gen/providers/spacelift/data-spacelift-policies";
import { DataSpaceliftRole } from "../../.gen/providers/spacelift/data-spacelift-role";
import { DataSpaceliftSpaces } from "../../.gen/providers/spacelift/data-spacelift-spaces";
import { DataSpaceliftWorkerPools } from "../../.gen/providers/spacelift/data-spacelift-worker-pools";
import { hclQuoted, tfLiteral } from "./literal";

/** Built-in spaces whose id equals their name. */
const BUILT_IN_SPACES = new Set(["root", "legacy"]);

type Kind = "space" | "policy" | "worker_pool" | "aws_integration";

/** A space looked up by name, before any resource uses it. */
export interface SpaceReference {
  /** The space's id: the literal for built-in spaces, else the lookup expression. */
  readonly id: string;
  /** Adds the plan-time check "the space exists" to a resource that uses {@link id}. */
  readonly requireOn: (consumer: TerraformResource) => void;
}

/** Lazily created lookup tables of one cdktf stack. */
export class SpaceliftLookups extends Construct {
  private readonly locals = new Map<Kind, string>();
  private role?: DataSpaceliftRole;

  constructor(scope: Construct, id: string) {
    super(scope, id);
  }

  /**
   * The id of the space `name` (literal for built-in spaces). `consumer` gets a precondition that
   * fails the plan with a clear message when the space does not exist.
   */
  spaceId(name: string, consumer: TerraformResource, hint: string): string {
    const space = this.space(name, hint);
    space.requireOn(consumer);
    return space.id;
  }

  /**
   * The space `name`, for callers that pass its id to a construct before the resources using it
   * exist: each of them gets the precondition through `requireOn`.
   */
  space(name: string, hint: string): SpaceReference {
    if (BUILT_IN_SPACES.has(name)) return { id: name, requireOn: () => undefined };
    const message = `The Spacelift space ${JSON.stringify(name)} does not exist (or its name is not unique). ${hint}`;
    const entry = this.entry("space", name);
    return {
      id: `\${one(${entry})}`,
      requireOn: (consumer) => addPrecondition(consumer, `\${length(${entry}) == 1}`, message),
    };
  }

  /** The id of the policy `name` (see {@link spaceId}). */
  policyId(name: string, consumer: TerraformResource, hint: string): string {
    return this.lookup(
      "policy",
      name,
      consumer,
      `The Spacelift policy ${JSON.stringify(name)} does not exist (or its name is not unique). ${hint}`,
    );
  }

  /** The id of the worker pool `name` (see {@link spaceId}). */
  workerPoolId(name: string, consumer: TerraformResource, hint: string): string {
    return this.lookup(
      "worker_pool",
      name,
      consumer,
      `The Spacelift worker pool ${JSON.stringify(name)} does not exist (or its name is not unique). ${hint}`,
    );
  }

  /** The id of the AWS integration `name` (see {@link spaceId}). */
  awsIntegrationId(name: string, consumer: TerraformResource, hint: string): string {
    return this.lookup(
      "aws_integration",
      name,
      consumer,
      `The Spacelift AWS integration ${JSON.stringify(name)} does not exist (or its name is not unique). ${hint}`,
    );
  }

  /** The id of the built-in "Space admin" role. */
  spaceAdminRoleId(): string {
    if (!this.role) {
      this.role = new DataSpaceliftRole(this, "space_admin_role", { slug: "space-admin" });
      this.role.overrideLogicalId("space_admin");
    }
    return "${data.spacelift_role.space_admin.id}";
  }

  private lookup(kind: Kind, name: string, consumer: TerraformResource, message: string): string {
    const entry = this.entry(kind, name);
    addPrecondition(consumer, `\${length(${entry}) == 1}`, message);
    return `\${one(${entry})}`;
  }

  /** The HCL list of ids named `name` (one element when the name exists and is unique). */
  private entry(kind: Kind, name: string): string {
    return `lookup(local.${this.table(kind)}, ${hclQuoted(name)}, [])`;
  }

  private table(kind: Kind): string {
    const existing = this.locals.get(kind);
    if (existing) return existing;
    let expression: string;
    if (kind === "space") {
      new DataSpaceliftSpaces(this, "spaces").overrideLogicalId("all");
      expression = "${{for s in data.spacelift_spaces.all.spaces : s.name => s.space_id...}}";
    } else if (kind === "policy") {
      new DataSpaceliftPolicies(this, "policies").overrideLogicalId("all");
      expression = "${{for p in data.spacelift_policies.all.policies : p.name => p.id...}}";
    } else if (kind === "aws_integration") {
      new DataSpaceliftAwsIntegrations(this, "aws_integrations").overrideLogicalId("all");
      expression =
        "${{for i in data.spacelift_aws_integrations.all.integrations : i.name => i.integration_id...}}";
    } else {
      new DataSpaceliftWorkerPools(this, "worker_pools").overrideLogicalId("all");
      expression =
        "${{for p in data.spacelift_worker_pools.all.worker_pools : p.name => p.worker_pool_id...}}";
    }
    const name = `${kind}_ids_by_name`;
    new TerraformLocal(this, name, expression).overrideLogicalId(name);
    this.locals.set(kind, name);
    return name;
  }
}

/** Appends a lifecycle precondition to a resource. `errorMessage` is literal text (it quotes names from YAML). */
export function addPrecondition(resource: TerraformResource, condition: string, errorMessage: string): void {
  const existing = resource.lifecycle?.precondition ?? [];
  resource.lifecycle = {
    ...resource.lifecycle,
    precondition: [...existing, { condition, errorMessage: tfLiteral(errorMessage) }],
  };
}
