/**
 * Builds the Terraform state Cloud Posse's components would hold for the Spacelift objects of a
 * synthesized tree, shaped exactly as their sources produce it (state v4, as `terraform state
 * pull` prints it). Reasoned from the sources, not copied:
 * - `spacelift/admin-stack` (terraform-aws-components, module versions 1.7.x): each managed stack is
 *   `module.child_stack["<stack name>"]` (for_each over the atmos config), the root admin stack's own
 *   stack is `module.root_admin_stack`; inside, `spacelift-stack` creates `spacelift_stack.this[0]`,
 *   `spacelift_stack_destructor.this[0]`, `spacelift_environment_variable.stack_name[0]` (ATMOS_STACK),
 *   `.component_name[0]` (ATMOS_COMPONENT), `.component_env_vars["<name>"]`,
 *   `spacelift_mounted_file.stack_config[0]`, `spacelift_policy_attachment.this["<policy id>"]`,
 *   `spacelift_context_attachment.this["<context id>"]`, `spacelift_aws_role.this[0]`,
 *   `spacelift_drift_detection.this[0]`, `spacelift_webhook.this[0]`,
 *   `spacelift_stack_dependency.default["<stack id>"]`; the root admin stack's own policies are
 *   `spacelift_policy_attachment.root["<policy id>"]`; preconditions are `null_resource`s.
 * - `spacelift/spaces`: `module.space["<name>"].spacelift_space.this[0]` and
 *   `module.policy["<name>"].spacelift_policy.this[0]`.
 * - `spacelift/worker-pool-asg`: `spacelift_worker_pool.primary[0]` plus AWS resources of its own
 *   naming (ASG, launch template, IAM role/policy/profile, security group).
 * Ids follow the provider: stacks by slug, env vars `stack/<stack>/<name>`, attachments
 * `<policy>/<attachment id>`, spaces `<name>-<ULID>`.
 */
import type { SynthTree, TfBody, TfDocument } from "../../diff/tree";
import { decodeValue } from "../../diff/refs";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface V4Resource {
  module?: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  provider: string;
  instances: { index_key?: string | number; schema_version: number; attributes: Record<string, Json> }[];
}

const SPACELIFT = 'provider["registry.terraform.io/spacelift-io/spacelift"]';
const AWS = 'provider["registry.terraform.io/hashicorp/aws"]';

/** A deterministic pseudo-ULID for ids Spacelift generates. */
function ulid(seed: string): string {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return `01H${h.toString(36).toUpperCase().padStart(8, "0")}TEST`;
}

const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

class StateBuilder {
  private readonly resources = new Map<string, V4Resource>();

  add(
    module: string | undefined,
    type: string,
    name: string,
    key: string | number | undefined,
    attributes: Record<string, Json>,
    mode: "managed" | "data" = "managed",
  ): void {
    const id = `${module ?? ""}|${mode}|${type}|${name}`;
    let r = this.resources.get(id);
    if (!r) {
      r = {
        ...(module !== undefined ? { module } : {}),
        mode,
        type,
        name,
        provider: type.startsWith("aws_")
          ? AWS
          : type === "null_resource"
            ? 'provider["registry.terraform.io/hashicorp/null"]'
            : SPACELIFT,
        instances: [],
      };
      this.resources.set(id, r);
    }
    r.instances.push({ ...(key !== undefined ? { index_key: key } : {}), schema_version: 0, attributes });
  }

  state(): Record<string, Json> {
    return {
      version: 4,
      terraform_version: "1.5.7",
      serial: 42,
      lineage: "00000000-0000-0000-0000-000000000000",
      outputs: {},
      resources: [...this.resources.values()] as unknown as Json[],
      check_results: null,
    };
  }
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Policy name → the id Spacelift gave it (simulated: its slug). */
export const policyId = (name: string): string => slug(name);

/** The state of one old admin-stack component for the admin stack `adminId` of the tree. */
export function adminStackState(tree: SynthTree, adminId: string): Record<string, Json> {
  const doc = tree.stacks.get(adminId);
  if (!doc) throw new Error(`no cdktf stack ${adminId}`);
  const b = new StateBuilder();
  const stacks = doc.resource?.["spacelift_stack"] ?? {};
  let webhook = 0;
  for (const logical of Object.keys(stacks).sort()) {
    const body = stacks[logical]!;
    const name = str(body["name"]);
    const id = slug(name);
    const isSelf = logical === adminId;
    const module = isSelf ? "module.root_admin_stack" : `module.child_stack[${JSON.stringify(name)}]`;
    b.add(module, "spacelift_stack", "this", 0, {
      id,
      name,
      slug: id,
      branch: str(body["branch"]),
      administrative: isSelf,
    });
    const attached = (type: string): [string, TfBody][] =>
      Object.entries(doc.resource?.[type] ?? {}).filter(
        ([, r]) => r["stack_id"] === `\${spacelift_stack.${logical}.id}`,
      );
    const destructor = doc.resource?.["spacelift_stack_destructor"]?.[logical];
    b.add(module, "spacelift_stack_destructor", "this", 0, {
      id: `destructor-${1700000000 + id.length}`,
      stack_id: id,
      deactivated: destructor?.["deactivated"] === true,
      discard_runs: false,
    });
    for (const [, v] of attached("spacelift_environment_variable")) {
      const envName = str(v["name"]);
      if (envName === "ATMOS_BASE_PATH" || envName === "ATMOS_CLI_CONFIG_PATH") continue; // not Cloud Posse's
      const [resName, key] =
        envName === "ATMOS_STACK"
          ? ["stack_name", 0]
          : envName === "ATMOS_COMPONENT"
            ? ["component_name", 0]
            : ["component_env_vars", envName];
      b.add(module, "spacelift_environment_variable", resName, key, {
        id: `stack/${id}/${envName}`,
        stack_id: id,
        context_id: null,
        module_id: null,
        name: envName,
        value: str(v["value"]),
        write_only: false,
      });
    }
    for (const [, f] of attached("spacelift_mounted_file")) {
      const path = str(f["relative_path"]);
      b.add(module, "spacelift_mounted_file", "stack_config", 0, {
        id: `stack/${id}/${path}`,
        stack_id: id,
        relative_path: path,
        write_only: false,
      });
    }
    for (const [, p] of attached("spacelift_policy_attachment")) {
      const pid = policyId(str(decodeValue(doc, p["policy_id"]!)));
      b.add(isSelf ? undefined : module, "spacelift_policy_attachment", isSelf ? "root" : "this", pid, {
        id: `${pid}/${ulid(pid + id)}`,
        policy_id: pid,
        stack_id: id,
        module_id: null,
      });
    }
    for (const [, c] of attached("spacelift_context_attachment")) {
      const cid = str(c["context_id"]);
      b.add(module, "spacelift_context_attachment", "this", cid, {
        id: `${cid}/${ulid(cid + id)}`,
        context_id: cid,
        stack_id: id,
        priority: 0,
      });
    }
    for (const [, r] of attached("spacelift_aws_role")) {
      b.add(module, "spacelift_aws_role", "this", 0, {
        id: `stack/${id}`,
        stack_id: id,
        role_arn: str(r["role_arn"]),
      });
    }
    for (const [,] of attached("spacelift_drift_detection")) {
      b.add(module, "spacelift_drift_detection", "this", 0, { id, stack_id: id, reconcile: false });
    }
    for (const [, w] of attached("spacelift_webhook")) {
      b.add(module, "spacelift_webhook", "this", 0, {
        id: `wh-${++webhook}`,
        stack_id: id,
        endpoint: str(w["endpoint"]),
      });
    }
    for (const [, d] of attached("spacelift_stack_dependency")) {
      const target = str(decodeValue(doc, d["depends_on_stack_id"]!));
      b.add(module, "spacelift_stack_dependency", "default", target, {
        id: `${id}/${ulid(id + target)}`,
        stack_id: id,
        depends_on_stack_id: target,
      });
    }
  }
  for (const pre of ["child_stack_parent_precondition", "spaces_precondition", "workers_precondition"]) {
    b.add(undefined, "null_resource", pre, 0, { id: "1234567890", triggers: null });
  }
  b.add(undefined, "spacelift_policies", "this", undefined, { id: "policies" }, "data");
  return b.state();
}

/** The state of the old `spacelift/spaces` component for the spaces stack of the tree. */
export function spacesState(doc: TfDocument): Record<string, Json> {
  const b = new StateBuilder();
  const ids = new Map<string, string>();
  const spaces = doc.resource?.["spacelift_space"] ?? {};
  for (const s of Object.values(spaces))
    ids.set(str(s["name"]), `${slug(str(s["name"]))}-${ulid(str(s["name"]))}`);
  for (const s of Object.values(spaces)) {
    const name = str(s["name"]);
    const parent = str(decodeValue(doc, s["parent_space_id"]!));
    b.add(`module.space[${JSON.stringify(name)}]`, "spacelift_space", "this", 0, {
      id: ids.get(name)!,
      name,
      parent_space_id: ids.get(parent) ?? parent,
      inherit_entities: s["inherit_entities"] === true,
    });
  }
  for (const p of Object.values(doc.resource?.["spacelift_policy"] ?? {})) {
    const name = str(p["name"]);
    b.add(`module.policy[${JSON.stringify(name)}]`, "spacelift_policy", "this", 0, {
      id: policyId(name),
      name,
      type: str(p["type"]),
      space_id: "root",
    });
  }
  return b.state();
}

/** The state of the old `spacelift/worker-pool-asg` component for a pool named `name`. */
export function workerPoolState(name: string): Record<string, Json> {
  const b = new StateBuilder();
  b.add(undefined, "spacelift_worker_pool", "primary", 0, { id: ulid(name), name, space_id: "root" });
  b.add(undefined, "aws_iam_role", "default", 0, {
    id: `${name}-cp`,
    name: `${name}-cp`,
    arn: `arn:aws:iam::111111111111:role/${name}-cp`,
  });
  b.add(undefined, "aws_iam_instance_profile", "default", 0, { id: `${name}-cp`, name: `${name}-cp` });
  b.add("module.autoscale_group", "aws_autoscaling_group", "default", 0, {
    id: `${name}-cp-asg`,
    name: `${name}-cp-asg`,
  });
  b.add("module.autoscale_group", "aws_launch_template", "default", 0, {
    id: "lt-0123456789abcdef0",
    name: `${name}-cp`,
  });
  b.add(undefined, "aws_ssm_parameter", "spacelift_key_id", undefined, { id: "/spacelift/key_id" }, "data");
  return b.state();
}
