/** Hand-written cdk.tf.json pairs for the diff engine tests, shaped like this app's output. */
import { diffTrees } from "../../diff/engine";
import { treeOf, type TfDocument } from "../../diff/tree";
import type { SpaceliftDiff } from "../../diff/types";

type Body = Record<string, unknown>;
/** `resource` section: type → name → body. */
export type Resources = Record<string, Record<string, Body>>;

/** Merges resource sections. */
export function merge(...parts: Resources[]): Resources {
  const out: Resources = {};
  for (const p of parts)
    for (const [type, byName] of Object.entries(p)) out[type] = { ...out[type], ...byName };
  return out;
}

/** What a stack has besides its `spacelift_stack` attributes. */
export interface StackSpec {
  readonly attrs?: Body;
  /** `true` active, `false` deactivated, `null` no destructor. @default true */
  readonly destructor?: boolean | null;
  readonly env?: Record<string, string>;
  readonly vars?: Record<string, unknown>;
  readonly dependsOn?: readonly string[];
  readonly spaceAdminIn?: readonly string[];
  readonly policies?: readonly string[];
}

const ref = (id: string): string => `\${spacelift_stack.${id}.id}`;

/** A stack and its attached resources, named like ChildStack names them. */
export function stack(id: string, spec: StackSpec = {}): Resources {
  const out: Resources = {
    spacelift_stack: {
      [id]: {
        name: id,
        slug: id,
        repository: "infrastructure",
        branch: "main",
        project_root: "components/terraform/vpc",
        space_id: '${one(lookup(local.space_ids_by_name, "plat", []))}',
        labels: ["folder:plat/ue1/dev"],
        manage_state: false,
        ...spec.attrs,
      },
    },
  };
  const add = (type: string, name: string, body: Body): void => {
    out[type] = { ...out[type], [name]: { stack_id: ref(id), ...body } };
  };
  if (spec.destructor !== null)
    add("spacelift_stack_destructor", id, { deactivated: spec.destructor === false });
  for (const [name, value] of Object.entries(spec.env ?? { ATMOS_COMPONENT: "vpc" })) {
    add("spacelift_environment_variable", `${id}_env_${name}`, { name, value, write_only: false });
  }
  if (spec.vars) {
    add("spacelift_mounted_file", `${id}_tfvars`, {
      relative_path: "source/components/terraform/vpc/spacelift.auto.tfvars.json",
      content: Buffer.from(JSON.stringify(spec.vars)).toString("base64"),
    });
  }
  for (const target of spec.dependsOn ?? []) {
    add("spacelift_stack_dependency", `${id}_on_${target}`, { depends_on_stack_id: ref(target) });
  }
  for (const space of spec.spaceAdminIn ?? []) {
    add("spacelift_role_attachment", `${id}_space_admin_${space}`, {
      role_id: "${data.spacelift_role.space_admin.id}",
      space_id: `\${one(lookup(local.space_ids_by_name, "${space}", []))}`,
    });
  }
  for (const p of spec.policies ?? []) {
    add("spacelift_policy_attachment", `${id}_policy_${p}`, {
      policy_id: `\${one(lookup(local.policy_ids_by_name, "${p}", []))}`,
    });
  }
  return out;
}

/** A cdktf stack document with the data sources the lookups use. */
export function doc(resource: Resources, extra: Partial<TfDocument> = {}): TfDocument {
  return {
    resource: resource as TfDocument["resource"],
    data: { spacelift_role: { space_admin: { slug: "space-admin" } } },
    ...extra,
  };
}

/** Diffs two sets of cdktf stacks. */
export function diffOf(base: Record<string, TfDocument>, head: Record<string, TfDocument>): SpaceliftDiff {
  return diffTrees(treeOf("base", base), treeOf("head", head));
}
