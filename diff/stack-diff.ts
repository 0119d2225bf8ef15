/**
 * One Spacelift stack compared in Spacelift terms: its attributes, labels as a set, hooks as lists,
 * and what is attached to it grouped by meaning (environment, vars, policies, contexts, roles,
 * dependencies, destructor), matched by what they are rather than by logical id so a rename
 * compares like with like.
 */
import {
  attributeChanges,
  decodeVars,
  listChange,
  setChange,
  setChanged,
  text,
  valueChanges,
} from "./compare";
import type { Resource, StackEntry } from "./inventory";
import type {
  AttachedResourceChange,
  DestructorState,
  Json,
  ListChange,
  StackChangeKind,
  StackDiff,
} from "./types";

/** The hook lists of `spacelift_stack`, in the order Spacelift runs them. */
export const HOOK_ATTRIBUTES = [
  "before_init",
  "after_init",
  "before_plan",
  "after_plan",
  "before_apply",
  "after_apply",
  "before_perform",
  "after_perform",
  "before_destroy",
  "after_destroy",
  "after_run",
] as const;

const NOT_PLAIN = new Set<string>(["labels", ...HOOK_ATTRIBUTES]);
const TFVARS = /(^|\/)spacelift\.auto\.tfvars\.json$/;

/** What is attached to one side of a stack, grouped. */
interface Grouped {
  readonly environment: Map<string, Json>;
  readonly vars?: Map<string, Json>;
  readonly policies: string[];
  readonly contexts: string[];
  readonly roles: string[];
  readonly dependsOn: string[];
  readonly destructor?: DestructorState;
  readonly other: Map<string, Resource>;
}

function group(entry: StackEntry | undefined, renamed: ReadonlyMap<string, string>): Grouped {
  const g: Grouped & { vars?: Map<string, Json>; destructor?: DestructorState } = {
    environment: new Map(),
    policies: [],
    contexts: [],
    roles: [],
    dependsOn: [],
    other: new Map(),
  };
  if (!entry) return g;
  for (const r of entry.attached) {
    const a = r.attrs;
    switch (r.type) {
      case "spacelift_environment_variable":
        if (typeof a["name"] === "string") {
          g.environment.set(a["name"], a["value"] ?? null);
          continue;
        }
        break;
      case "spacelift_mounted_file": {
        const vars =
          typeof a["relative_path"] === "string" && TFVARS.test(a["relative_path"])
            ? decodeVars(a["content"])
            : undefined;
        if (vars && !g.vars) {
          g.vars = vars;
          continue;
        }
        break;
      }
      case "spacelift_policy_attachment":
        g.policies.push(text(a["policy_id"]));
        continue;
      case "spacelift_context_attachment":
        g.contexts.push(`${text(a["context_id"])} (priority ${text(a["priority"] ?? 0)})`);
        continue;
      case "spacelift_role_attachment":
        g.roles.push(`${text(a["role_id"])} in ${text(a["space_id"] ?? "?")}`);
        continue;
      case "spacelift_stack_dependency": {
        const upstream = text(a["depends_on_stack_id"]);
        g.dependsOn.push(renamed.get(upstream) ?? upstream);
        continue;
      }
      case "spacelift_stack_destructor":
        g.destructor = { active: a["deactivated"] !== true };
        continue;
    }
    g.other.set(`${r.type}\u0000${suffix(r.name, entry.id)}`, r);
  }
  return g;
}

/** The logical id without the stack id prefix (renames keep the rest). */
function suffix(name: string, stackId: string): string {
  if (name === stackId) return "";
  return name.startsWith(`${stackId}_`) ? name.slice(stackId.length + 1) : name;
}

/**
 * Compares one stack. `renamed` maps base stack ids to head ids, so dependencies on renamed stacks
 * compare equal. Returns undefined when nothing differs and the kind is `changed`.
 */
export function diffStack(
  id: string,
  kind: StackChangeKind,
  before: StackEntry | undefined,
  after: StackEntry | undefined,
  renamed: ReadonlyMap<string, string>,
  extra: { previousId?: string; replacedBecause?: string } = {},
): StackDiff | undefined {
  const b = group(before, renamed);
  const a = group(after, renamed);
  const bAttrs = before?.resource.attrs;
  const aAttrs = after?.resource.attrs;
  const hooks = HOOK_ATTRIBUTES.map((h) => listChange(h, strings(bAttrs?.[h]), strings(aAttrs?.[h]))).filter(
    (c): c is ListChange => c !== undefined,
  );
  const others: AttachedResourceChange[] = [];
  for (const key of [...new Set([...b.other.keys(), ...a.other.keys()])].sort()) {
    const rb = b.other.get(key);
    const ra = a.other.get(key);
    const attributes = attributeChanges(rb?.attrs, ra?.attrs);
    if (rb && ra && attributes.length === 0) continue;
    const [type, name] = key.split("\u0000") as [string, string];
    others.push({ type, key: name, change: !rb ? "added" : !ra ? "removed" : "changed", attributes });
  }
  const destructorChanged = b.destructor?.active !== a.destructor?.active;
  const vars = b.vars === undefined && a.vars === undefined ? [] : valueChanges(b.vars, a.vars);
  const diff: StackDiff = {
    id,
    change: kind,
    ...(extra.previousId !== undefined ? { previousId: extra.previousId } : {}),
    ...(extra.replacedBecause !== undefined ? { replacedBecause: extra.replacedBecause } : {}),
    adminStack: {
      ...(before ? { before: before.cdktfStack } : {}),
      ...(after ? { after: after.cdktfStack } : {}),
    },
    ...optionalString(
      "atmosComponent",
      a.environment.get("ATMOS_COMPONENT") ?? b.environment.get("ATMOS_COMPONENT"),
    ),
    ...optionalString("atmosStack", a.environment.get("ATMOS_STACK") ?? b.environment.get("ATMOS_STACK")),
    ...optionalString("stage", a.vars?.get("stage") ?? b.vars?.get("stage")),
    attributes: attributeChanges(bAttrs, aAttrs, NOT_PLAIN),
    labels: setChange(strings(bAttrs?.["labels"]), strings(aAttrs?.["labels"])),
    hooks,
    environment: valueChanges(b.environment, a.environment),
    vars,
    policies: setChange(b.policies, a.policies),
    contexts: setChange(b.contexts, a.contexts),
    roleAttachments: setChange(b.roles, a.roles),
    dependsOn: setChange(b.dependsOn, a.dependsOn),
    destructor: {
      ...(b.destructor ? { before: b.destructor } : {}),
      ...(a.destructor ? { after: a.destructor } : {}),
    },
    otherResources: others,
  };
  if (kind === "changed" && !hasChanges(diff, destructorChanged)) return undefined;
  return diff;
}

function hasChanges(d: StackDiff, destructorChanged: boolean): boolean {
  return (
    destructorChanged ||
    d.adminStack.before !== d.adminStack.after ||
    d.attributes.length > 0 ||
    d.hooks.length > 0 ||
    d.environment.length > 0 ||
    d.vars.length > 0 ||
    d.otherResources.length > 0 ||
    [d.labels, d.policies, d.contexts, d.roleAttachments, d.dependsOn].some(setChanged)
  );
}

function strings(value: Json | undefined): string[] {
  return Array.isArray(value)
    ? (value as Json[]).map((v) => (typeof v === "string" ? v : JSON.stringify(v)))
    : [];
}

function optionalString<K extends string>(key: K, value: Json | undefined): { [P in K]?: string } {
  return (typeof value === "string" ? { [key]: value } : {}) as { [P in K]?: string };
}
