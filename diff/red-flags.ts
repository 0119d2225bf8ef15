/**
 * Red flags: what a reviewer must look at before approving, each explained in one sentence with
 * the stack id. The destroy kind (`destroys: true`) is what `--fail-on-destroy` fails on.
 *
 * Facts the rules rely on (provider resource sources):
 * - Deleting a `spacelift_stack_destructor` whose `deactivated` is false runs
 *   `stackDelete(destroyResources: true)`: a destroy run of everything the stack manages. Terraform
 *   deletes a removed resource with its last applied settings, so deactivating it in the same
 *   change as the removal does not help.
 * - The destructor's `stack_id` is not ForceNew and its update is a no-op: a stack replaced in
 *   place keeps its destructor (no destroy run), but the Spacelift stack itself is deleted.
 */
import { text } from "./compare";
import type { Inventory } from "./inventory";
import { expectedPreviewDestroy } from "./preview-environments";
import { lookAlikes, type DeclaredRenames, type RenamePair } from "./renames";
import {
  RED_FLAG_CODES,
  type AttributeChange,
  type DiffWarning,
  type EntityDiff,
  type Json,
  type PolicyDiff,
  type RedFlag,
  type ResourceDiff,
  type SetChange,
  type StackDiff,
} from "./types";

/** What the rules look at. */
export interface RuleInput {
  readonly base: Inventory;
  readonly head: Inventory;
  readonly stacks: readonly StackDiff[];
  readonly policies: readonly PolicyDiff[];
  readonly spaces: readonly EntityDiff[];
  readonly workerPools: readonly EntityDiff[];
  readonly otherResources: readonly ResourceDiff[];
  readonly acrossStates: DeclaredRenames["acrossStates"];
  readonly cdktfStacks: SetChange;
}

/** Attributes whose change means the stack runs other code against the same state. */
const SOURCE_ATTRIBUTES = ["repository", "branch", "project_root"];

/** Evaluates every rule. Flags are sorted by code order, then subject. */
export function redFlagsAndWarnings(input: RuleInput): { redFlags: RedFlag[]; warnings: DiffWarning[] } {
  const flags: RedFlag[] = [];
  const warnings: DiffWarning[] = [];
  const flag = (code: RedFlag["code"], subject: string, message: string): void => {
    flags.push({
      code,
      destroys: code === "STACK_DESTROYED" || code === "STACK_REPLACED" || code === "REMOVED_BLOCK_DESTROYS",
      subject,
      message,
    });
  };

  const looksRenamed = new Map(lookAlikesOf(input).map((p) => [p.from, p.to]));
  for (const s of input.stacks) {
    const wasActive = s.destructor.before?.active === true;
    if (s.change === "removed") {
      const to = looksRenamed.get(s.id);
      const hint =
        to === undefined
          ? undefined
          : `It looks like a rename to ${to}: declaring it with previous_names keeps the stack (see the warnings).`;
      const preview = wasActive ? expectedPreviewDestroy(input.base.stacks.get(s.id), input.head) : undefined;
      if (preview) {
        warnings.push({
          code: "PREVIEW_ENVIRONMENT_DESTROYED",
          subject: s.id,
          message: `Expected destroy: stack ${s.id} is preview environment ${preview.environmentId}${preview.pullRequest ? ` of ${preview.pullRequest}` : ""}, whose file was removed; its active destructor destroys everything the environment created, then deletes the stack.`,
        });
      } else if (wasActive) {
        flag(
          "STACK_DESTROYED",
          s.id,
          `Stack ${s.id} is removed and its destructor is active: Terraform deletes the destructor, which runs terraform destroy on everything the stack manages, then deletes the stack.${hint ? ` ${hint}` : ""}`,
        );
      } else {
        warnings.push({
          code: "STACK_DELETED_RESOURCES_KEPT",
          subject: s.id,
          message: `Stack ${s.id} is deleted from Spacelift (its run history is lost); its destructor is ${s.destructor.before ? "deactivated" : "missing"}, so the infrastructure it manages is kept but no longer managed.`,
        });
      }
      if (input.base.stacks.get(s.id)?.resource.attrs["protect_from_deletion"] === true) {
        warnings.push({
          code: "PROTECTED_STACK_REMOVED",
          subject: s.id,
          message: `Stack ${s.id} has protect_from_deletion: Spacelift refuses to delete it, so the apply fails.`,
          hint: "Turn protect_from_deletion off in an earlier change, apply it, then remove the stack.",
        });
      }
    }
    if (s.change === "replaced") {
      const movesAdmin = s.adminStack.before !== s.adminStack.after;
      if (movesAdmin && wasActive) {
        flag(
          "STACK_DESTROYED",
          s.id,
          `Stack ${s.id} moves from admin stack ${s.adminStack.before} to ${s.adminStack.after}: the first deletes it with its active destructor, which runs terraform destroy on everything the stack manages, and the second creates a new stack.`,
        );
      } else {
        const stateLost =
          input.base.stacks.get(s.previousId ?? s.id)?.resource.attrs["manage_state"] !== false;
        flag(
          "STACK_REPLACED",
          s.id,
          `Stack ${s.id} is replaced because ${s.replacedBecause ?? "a force-new attribute changes"}: Spacelift deletes the stack and creates a new one, so its run history is lost${stateLost ? " and the state Spacelift manages for it is deleted with it" : ""}.`,
        );
      }
    }
    if (s.change === "removed" || s.change === "added") {
      rolesAdded(s, flag);
      continue;
    }
    if (!wasActive && s.destructor.after?.active === true) {
      flag(
        "DESTRUCTOR_ACTIVATED",
        s.id,
        `Stack ${s.id}'s destructor switches from deactivated to active: from now on, removing ${s.id} from the configuration destroys the infrastructure it manages.`,
      );
    }
    const protection = attr(s.attributes, "protect_from_deletion");
    if (protection && protection.before === true && protection.after !== true) {
      flag(
        "DELETION_PROTECTION_REMOVED",
        s.id,
        `Stack ${s.id} loses protect_from_deletion: Spacelift will no longer refuse to delete it.`,
      );
    }
    const space = attr(s.attributes, "space_id");
    if (space) {
      flag(
        "SPACE_CHANGED",
        s.id,
        `Stack ${s.id} moves from space ${show(space.before)} to space ${show(space.after)}: who can see and run it changes, and the apply fails if it loses access to its contexts, integrations or worker pool.`,
      );
    }
    const source = SOURCE_ATTRIBUTES.map((a) => attr(s.attributes, a)).filter(
      (c): c is AttributeChange => c !== undefined,
    );
    if (source.length > 0) {
      const what = source.map((c) => `${c.attribute} ${show(c.before)} → ${show(c.after)}`).join(", ");
      flag(
        "SOURCE_CHANGED",
        s.id,
        `Stack ${s.id} now runs other code against the same state (${what}): its next run plans that code, which can destroy resources the old code created.`,
      );
    }
    rolesAdded(s, flag);
    stateMoved(input, s, flag, warnings);
  }

  for (const r of input.otherResources) {
    if (r.change !== "added" || !r.address.includes("/spacelift_role_attachment.")) continue;
    const after = (name: string): string | undefined => {
      const v = r.attributes.find((c) => c.attribute === name)?.after;
      return v === undefined ? undefined : text(v);
    };
    const holder = after("api_key_id") ?? after("user_id") ?? after("idp_group_mapping_id") ?? r.address;
    const kind = after("api_key_id") ? "API key" : after("user_id") ? "user" : "holder";
    flag(
      "ROLE_ATTACHMENT_ADDED",
      holder,
      `The ${kind} ${holder} gets the ${after("role_id") ?? "?"} role in space ${after("space_id") ?? "?"} (${r.address}): whoever holds it can change everything that space holds.`,
    );
  }
  policyFlags(input, flag);
  spaceFlags(input, flag, warnings);
  workerPoolFlags(input, flag);
  for (const r of input.acrossStates) {
    warnings.push({
      code: "RENAME_ACROSS_ADMIN_STACKS",
      subject: r.to,
      message: `${r.to} lists ${r.from} in previous_names, but ${r.from} was created by ${r.fromStack} and ${r.to} is created by ${r.toStack}: moved blocks cannot cross Terraform states, so ${r.from} is deleted and ${r.to} created.`,
      hint: `Keep ${r.to} in the admin stack ${r.fromStack} (adjust context_filters), or accept a new stack.`,
    });
  }
  for (const [from, to] of looksRenamed) {
    warnings.push({
      code: "LOOKS_LIKE_RENAME",
      subject: from,
      message: `${from} and ${to} look like one stack renamed (same project root, and the same workspace, atmos stack, component or vars): without previous_names, Terraform deletes ${from} and creates ${to}.`,
      hint: previousNamesHint(input, from, to),
    });
  }
  for (const removal of input.head.destroyingRemovals) {
    const [cdktfStack, from] = [
      removal.slice(0, removal.indexOf("/")),
      removal.slice(removal.indexOf("/") + 1),
    ];
    flag(
      "REMOVED_BLOCK_DESTROYS",
      from,
      `A removed block for ${from} in ${cdktfStack} has no \`lifecycle { destroy = false }\`: Terraform destroys what it names instead of forgetting it (a destructor among them destroys its stack's infrastructure).`,
    );
  }
  for (const removed of input.cdktfStacks.removed) {
    warnings.push({
      code: "CDKTF_STACK_REMOVED",
      subject: removed,
      message: `No configuration is synthesized for ${removed} any more: whatever its Terraform state still holds is no longer managed by this app.`,
    });
  }

  const order = (code: string): number => RED_FLAG_CODES.indexOf(code as RedFlag["code"]);
  flags.sort(
    (a, b) => order(a.code) - order(b.code) || cmp(a.subject, b.subject) || cmp(a.message, b.message),
  );
  warnings.sort((a, b) => cmp(a.code, b.code) || cmp(a.subject, b.subject));
  return { redFlags: flags, warnings };
}

function rolesAdded(
  s: StackDiff,
  flag: (code: RedFlag["code"], subject: string, message: string) => void,
): void {
  for (const role of s.roleAttachments.added) {
    const [name, space] = role.split(" in ");
    flag(
      "ROLE_ATTACHMENT_ADDED",
      s.id,
      `Stack ${s.id} gets the ${name} role in space ${space}: its runs can change everything that space holds.`,
    );
  }
}

/**
 * A stack (renamed or not) whose terraform workspace changes: its next run reads another state, finds
 * it empty and plans to create everything again, while the old state still holds the real resources.
 */
function stateMoved(
  input: RuleInput,
  s: StackDiff,
  flag: (code: RedFlag["code"], subject: string, message: string) => void,
  warnings: DiffWarning[],
): void {
  if (s.change !== "changed" && s.change !== "renamed" && s.change !== "replaced") return;
  const before = input.base.stacks.get(s.previousId ?? s.id)?.resource.attrs["terraform_workspace"];
  const after = input.head.stacks.get(s.id)?.resource.attrs["terraform_workspace"];
  const from = before === undefined || before === null ? "default" : text(before);
  const to = after === undefined || after === null ? "default" : text(after);
  if (from === to) return;
  const renamed = s.previousId !== undefined ? ` (renamed from ${s.previousId})` : "";
  if (input.head.stacks.get(s.id)?.resource.ignoreChanges?.includes("terraform_workspace")) {
    warnings.push({
      code: "RENAME_KEEPS_WORKSPACE",
      subject: s.id,
      message: `Stack ${s.id}${renamed} keeps its Terraform workspace ${from} in Spacelift (ignore_changes), so its state stays where it is; atmos on the command line now derives ${to}.`,
      hint: `Pin terraform_workspace: ${from} in settings.spacelift of the stack (and metadata.terraform_workspace for atmos), or set move_state: true and move the state.`,
    });
    return;
  }
  const root = text(input.head.stacks.get(s.id)?.resource.attrs["project_root"] ?? "");
  const atmos =
    s.atmosComponent !== undefined && s.atmosStack !== undefined
      ? `atmos terraform init ${s.atmosComponent} -s ${s.atmosStack}`
      : `terraform init   # in ${root}, with the stack's backend`;
  flag(
    "STACK_STATE_MOVED",
    s.id,
    [
      `Stack ${s.id}${renamed} changes its Terraform workspace from ${from} to ${to}: its next run reads the state of ${to}, finds it empty and plans to create everything again, while the resources stay in the state of ${from}.`,
      `To keep the state where it is, pin the old workspace in settings.spacelift of the stack: terraform_workspace: ${from}.`,
      "To move the state instead, run before the stack's next run (any backend; the key is <workspace_key_prefix>/<workspace>/<key>):",
      `  ${atmos}`,
      `  terraform workspace select ${from} && terraform state pull > ${from}.tfstate`,
      `  terraform workspace select -or-create=true ${to} && terraform state push ${from}.tfstate`,
      `With the s3 backend this is one copy: aws s3 mv s3://<bucket>/<workspace_key_prefix>/${from}/<key> s3://<bucket>/<workspace_key_prefix>/${to}/<key> (values from: atmos describe component ${s.atmosComponent ?? "<component>"} -s ${s.atmosStack ?? "<stack>"} --query .backend).`,
    ].join("\n"),
  );
}

function policyFlags(
  input: RuleInput,
  flag: (code: RedFlag["code"], subject: string, message: string) => void,
): void {
  for (const p of input.policies) {
    if (p.change !== "removed") continue;
    const users = [...input.head.stacks.values()]
      .filter((s) =>
        s.attached.some((r) => r.type === "spacelift_policy_attachment" && r.attrs["policy_id"] === p.name),
      )
      .map((s) => s.id);
    if (users.length === 0) continue;
    flag(
      "POLICY_REMOVED_WHILE_ATTACHED",
      p.name,
      `Policy ${p.name} is removed while ${list(users)} still attach it: their admin stacks fail to plan once it is gone.`,
    );
  }
}

/** A pool whose stacks still run on it (e.g. moved to `external.worker_pools` by mistake). */
function workerPoolFlags(
  input: RuleInput,
  flag: (code: RedFlag["code"], subject: string, message: string) => void,
): void {
  for (const pool of input.workerPools) {
    if (pool.change !== "removed") continue;
    const users = [...input.head.stacks.values()]
      .filter((s) => s.resource.attrs["worker_pool_id"] === pool.name)
      .map((s) => s.id);
    if (users.length === 0) continue;
    flag(
      "WORKER_POOL_REMOVED_WHILE_USED",
      pool.name,
      `Worker pool ${pool.name} is removed while ${list(users)} still run on it: their admin stacks fail to plan once it is gone, and runs queued on it never start.`,
    );
  }
}

function spaceFlags(
  input: RuleInput,
  flag: (code: RedFlag["code"], subject: string, message: string) => void,
  warnings: DiffWarning[],
): void {
  for (const sp of input.spaces) {
    if (sp.change === "changed") {
      const parent = attr(sp.attributes, "parent_space_id");
      if (parent) {
        warnings.push({
          code: "SPACE_PARENT_CHANGED",
          subject: sp.name,
          message: `Space ${sp.name} moves from parent ${show(parent.before)} to ${show(parent.after)}: Spacelift documents the parent as immutable, so the apply may fail, and inherited access changes for everything inside.`,
        });
      }
      continue;
    }
    if (sp.change !== "removed") continue;
    const inSpace = (attrs: Readonly<Record<string, Json>>): boolean => attrs["space_id"] === sp.name;
    const users = [
      ...[...input.head.stacks.values()].filter((s) => inSpace(s.resource.attrs)).map((s) => `stack ${s.id}`),
      ...[...input.head.policies.values()]
        .filter((p) => inSpace(p.attrs))
        .map((p) => `policy ${text(p.attrs["name"])}`),
      ...[...input.head.spaces.values()]
        .filter((c) => c.attrs["parent_space_id"] === sp.name)
        .map((c) => `space ${text(c.attrs["name"])}`),
    ];
    const leaving = input.stacks
      .filter(
        (s) => s.change === "removed" && input.base.stacks.get(s.id)?.resource.attrs["space_id"] === sp.name,
      )
      .map((s) => s.id);
    if (users.length > 0) {
      flag(
        "SPACE_REMOVED_WHILE_USED",
        sp.name,
        `Space ${sp.name} is removed while ${list(users)} still live in it: deleting the space fails, or takes them with it.`,
      );
    } else if (leaving.length > 0) {
      flag(
        "SPACE_REMOVED_WHILE_USED",
        sp.name,
        `Space ${sp.name} is removed in the same change as its stacks ${list(leaving)}: apply the admin stacks that delete them before the spaces stack, or the space is deleted before its stacks.`,
      );
    }
  }
}

/** Removed stacks that resemble added ones. */
function lookAlikesOf(input: RuleInput): RenamePair[] {
  const removed = input.stacks.filter((s) => s.change === "removed").map((s) => input.base.stacks.get(s.id)!);
  const added = input.stacks.filter((s) => s.change === "added").map((s) => input.head.stacks.get(s.id)!);
  return lookAlikes(removed, added);
}

function previousNamesHint(input: RuleInput, from: string, to: string): string {
  const target = input.stacks.find((s) => s.id === to);
  const where =
    target?.atmosComponent !== undefined && target.atmosStack !== undefined
      ? `component '${target.atmosComponent}' in stack '${target.atmosStack}'`
      : `the component of ${to}`;
  return `To keep the stack, add to settings.spacelift of ${where}:\n  previous_names:\n    - ${from}`;
}

function attr(changes: readonly AttributeChange[], name: string): AttributeChange | undefined {
  return changes.find((c) => c.attribute === name);
}

function show(v: Json | undefined): string {
  return v === undefined ? "(unset)" : typeof v === "string" ? v : JSON.stringify(v);
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(", ");
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
