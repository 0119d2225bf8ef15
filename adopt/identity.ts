/**
 * How a resource is recognised on both sides of an adoption, per resource type: the identity key
 * of a resource this app synthesizes (from its JSON body), the identity key of a resource found in
 * an old state (from its attributes), and the `terraform import` id built from the old attributes
 * (formats from the providers' import documentation; table in docs/adoption.md).
 */
import { decodeValue, slugOf, stackTarget } from "../diff/refs";
import type { TfBody, TfDocument } from "../diff/tree";
import type { Json } from "../diff/types";

/** What kind of object a resource type stands for. */
export type ResourceKind =
  /** A real object (stack, policy, attachment…): adopting means importing it. */
  | "object"
  /** `spacelift_stack_destructor`: creating it makes no Spacelift object, and it cannot be imported. */
  | "pseudo"
  /** `spacelift_run`: an event; creating it triggers a run, there is nothing to adopt. */
  | "event";

/** Names of entities that state and inventories know by id: type → id → name. */
export type NameIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

type Attributes = { readonly [name: string]: Json };

interface TypeRule {
  readonly kind: ResourceKind;
  /** Identity of a resource this app writes; undefined when it is not a literal (not adoptable). */
  readonly fromNew: (body: TfBody, doc: TfDocument) => string | undefined;
  /** Identity of an old instance; undefined when the attributes do not identify it. */
  readonly fromOld: (attributes: Attributes, names: NameIndex) => string | undefined;
  /** The `terraform import` id of an old instance. */
  readonly importId?: (attributes: Attributes) => string | undefined;
}

function text(v: Json | undefined): string | undefined {
  return typeof v === "string" && v !== "" && !v.includes("${") ? v : undefined;
}

/** Spacelift's slug of a stack name (the stack id when no slug is given). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The slug of the stack a new resource's `stack_id`-like attribute points at. */
function newStack(doc: TfDocument, value: Json | undefined): string | undefined {
  const target = stackTarget(value);
  if (!target) return undefined;
  if ("slug" in target) return target.slug;
  const body = doc.resource?.["spacelift_stack"]?.[target.local];
  const slug = text(body?.["slug"]);
  if (slug !== undefined) return slug;
  const name = text(body?.["name"]);
  return name !== undefined ? slugify(name) : slugOf(doc, target.local);
}

/** A new attribute read as the name it stands for (lookups by name decode to the name). */
function newName(doc: TfDocument, value: Json | undefined): string | undefined {
  return value === undefined ? undefined : text(decodeValue(doc, value));
}

/** The name an old id stands for, or the id itself marked as such. */
function oldName(names: NameIndex, type: string, id: Json | undefined): string | undefined {
  const raw = text(id);
  if (raw === undefined) return undefined;
  return names.get(type)?.get(raw) ?? `id:${raw}`;
}

const key = (...parts: (string | undefined)[]): string | undefined =>
  parts.every((p) => p !== undefined) ? parts.join("/") : undefined;

/** Stack-scoped resources: identity is (kind, stack, extra…). */
function stackScoped(
  prefix: string,
  extraNew: (body: TfBody, doc: TfDocument) => (string | undefined)[],
  extraOld: (a: Attributes, names: NameIndex) => (string | undefined)[],
  importId: (a: Attributes) => string | undefined,
  kind: ResourceKind = "object",
): TypeRule {
  return {
    kind,
    fromNew: (b, doc) => key(prefix, newStack(doc, b["stack_id"]), ...extraNew(b, doc)),
    fromOld: (a, names) => key(prefix, text(a["stack_id"]), ...extraOld(a, names)),
    importId,
  };
}

function named(prefix: string, attribute = "name"): TypeRule {
  return {
    kind: "object",
    fromNew: (b) => key(prefix, text(b[attribute])),
    fromOld: (a) => key(prefix, text(a[attribute])),
    importId: (a) => text(a["id"]),
  };
}

/** An AWS resource named by one attribute, imported by another attribute of the old instance. */
function awsNamed(prefix: string, nameAttribute: string, importAttribute: string): TypeRule {
  return {
    kind: "object",
    fromNew: (b) => key(prefix, text(b[nameAttribute])),
    fromOld: (a) => key(prefix, text(a[nameAttribute])),
    importId: (a) => text(a[importAttribute]),
  };
}

const RULES: Readonly<Record<string, TypeRule>> = {
  spacelift_stack: {
    kind: "object",
    fromNew: (b) => key("stack", text(b["slug"]) ?? (text(b["name"]) && slugify(text(b["name"])!))),
    fromOld: (a) => key("stack", text(a["id"])),
    importId: (a) => text(a["id"]),
  },
  spacelift_stack_destructor: stackScoped(
    "destructor",
    () => [],
    () => [],
    () => undefined,
    "pseudo",
  ),
  spacelift_run: stackScoped(
    "run",
    () => [],
    () => [],
    () => undefined,
    "event",
  ),
  spacelift_environment_variable: stackScoped(
    "env",
    (b) => [text(b["name"])],
    (a) => [text(a["name"])],
    (a) => key("stack", text(a["stack_id"]), text(a["name"])),
  ),
  spacelift_mounted_file: stackScoped(
    "file",
    (b) => [text(b["relative_path"])],
    (a) => [text(a["relative_path"])],
    (a) => key("stack", text(a["stack_id"]), text(a["relative_path"])),
  ),
  spacelift_policy_attachment: stackScoped(
    "policy-attachment",
    (b, doc) => [newName(doc, b["policy_id"])],
    (a, names) => [oldName(names, "spacelift_policy", a["policy_id"])],
    (a) => key(text(a["policy_id"]), text(a["stack_id"])),
  ),
  spacelift_context_attachment: stackScoped(
    "context-attachment",
    (b, doc) => [newName(doc, b["context_id"])],
    (a, names) => [oldName(names, "spacelift_context", a["context_id"])],
    (a) => key(text(a["context_id"]), text(a["stack_id"])),
  ),
  spacelift_aws_role: stackScoped(
    "aws-role",
    () => [],
    () => [],
    (a) => key("stack", text(a["stack_id"])),
  ),
  spacelift_aws_integration_attachment: stackScoped(
    "aws-integration",
    (b, doc) => [newName(doc, b["integration_id"])],
    (a, names) => [oldName(names, "spacelift_aws_integration", a["integration_id"])],
    (a) => key(text(a["integration_id"]), text(a["stack_id"])),
  ),
  spacelift_drift_detection: stackScoped(
    "drift-detection",
    () => [],
    () => [],
    (a) => key("stack", text(a["stack_id"])),
  ),
  spacelift_webhook: stackScoped(
    "webhook",
    (b) => [text(b["endpoint"])],
    (a) => [text(a["endpoint"])],
    (a) => key("stack", text(a["stack_id"]), text(a["id"])),
  ),
  spacelift_stack_dependency: stackScoped(
    "dependency",
    (b, doc) => [newStack(doc, b["depends_on_stack_id"])],
    (a) => [text(a["depends_on_stack_id"])],
    (a) => key(text(a["stack_id"]), text(a["depends_on_stack_id"])),
  ),
  spacelift_role_attachment: stackScoped(
    "role-attachment",
    (b, doc) => [newName(doc, b["role_id"]), newName(doc, b["space_id"])],
    (a, names) => [
      oldName(names, "spacelift_role", a["role_id"]),
      oldName(names, "spacelift_space", a["space_id"]),
    ],
    (a) => text(a["id"]),
  ),
  spacelift_space: named("space"),
  spacelift_policy: named("policy"),
  spacelift_worker_pool: named("worker-pool"),
  spacelift_context: named("context"),
  spacelift_api_key: named("api-key"),
  aws_iam_role: awsNamed("aws-iam-role", "name", "name"),
  aws_iam_policy: awsNamed("aws-iam-policy", "name", "arn"),
  aws_iam_instance_profile: awsNamed("aws-iam-instance-profile", "name", "name"),
  aws_launch_template: awsNamed("aws-launch-template", "name", "id"),
  aws_autoscaling_group: awsNamed("aws-autoscaling-group", "name", "name"),
  aws_secretsmanager_secret: awsNamed("aws-secretsmanager-secret", "name", "arn"),
  aws_s3_bucket: awsNamed("aws-s3-bucket", "bucket", "bucket"),
  aws_dynamodb_table: awsNamed("aws-dynamodb-table", "name", "name"),
  aws_kms_alias: awsNamed("aws-kms-alias", "name", "name"),
  aws_ssm_document: awsNamed("aws-ssm-document", "name", "name"),
  aws_cloudwatch_metric_alarm: awsNamed("aws-cloudwatch-metric-alarm", "alarm_name", "alarm_name"),
  aws_security_group: {
    kind: "object",
    fromNew: (b) => key("aws-security-group", text(b["vpc_id"]), text(b["name"])),
    fromOld: (a) => key("aws-security-group", text(a["vpc_id"]), text(a["name"])),
    importId: (a) => text(a["id"]),
  },
  aws_autoscaling_lifecycle_hook: {
    kind: "object",
    fromNew: (b) => key("aws-asg-hook", text(b["autoscaling_group_name"]), text(b["name"])),
    fromOld: (a) => key("aws-asg-hook", text(a["autoscaling_group_name"]), text(a["name"])),
    importId: (a) => key(text(a["autoscaling_group_name"]), text(a["name"])),
  },
  aws_autoscaling_policy: {
    kind: "object",
    fromNew: (b) => key("aws-asg-policy", text(b["autoscaling_group_name"]), text(b["name"])),
    fromOld: (a) => key("aws-asg-policy", text(a["autoscaling_group_name"]), text(a["name"])),
    importId: (a) => key(text(a["autoscaling_group_name"]), text(a["name"])),
  },
};

/** Types whose old instances stand for nothing in Spacelift or AWS worth keeping. */
const NOTHING_TO_KEEP = new Set(["null_resource", "terraform_data", "spacelift_run", "time_sleep"]);

/** The rule of a type, or undefined for types adoption does not know. */
export function ruleOf(type: string): TypeRule | undefined {
  return RULES[type];
}

/** Resource types adoption knows, sorted (the docs table is checked against this list). */
export function adoptableTypes(): string[] {
  return Object.keys(RULES).sort();
}

/** True for old resource types that can be forgotten without losing anything. */
export function isNothingToKeep(type: string): boolean {
  return NOTHING_TO_KEEP.has(type);
}

/** The entity types whose ids state files and inventories map to names. */
export const NAMED_ENTITY_TYPES = [
  "spacelift_space",
  "spacelift_policy",
  "spacelift_worker_pool",
  "spacelift_context",
  "spacelift_aws_integration",
  "spacelift_role",
] as const;
