/**
 * Where a stack gets the built-in "Space admin" role (the replacement of Spacelift's
 * `administrative` flag): every space whose resources it manages, and the guards that keep those
 * grants inside what each admin stack may manage.
 *
 * An admin stack holds "Space admin" in the space of every stack it creates, so a child choosing
 * its space (`settings.spacelift.space_name: root`) would choose its admin stack's privileges. Each
 * admin stack therefore manages one subtree of spaces: the subtrees of its `manageable_spaces` var,
 * or, when unset, the subtree of its own space (the root admin stack lives in `root`, so it manages
 * everything). A child outside that subtree is an error, never a wider grant.
 */
import { z } from "zod";
import type { Diagnostic } from "../config-engine/diagnostics";
import type { ResolvedComponent } from "../config-engine/types";
import { modelDiagnostic, show, type FindingSite } from "./errors";
import { previewManagedSpaces } from "./preview-checks";
import type { PreviewEnvironmentsConfig } from "./preview-types";
import type { StackKind, StackModel, WorkerPoolModel } from "./types";

/** Spaces where a stack needs "Space admin": what it manages, by kind. */
export function spaceAdminSpaces(
  s: StackModel,
  managed: ReadonlyMap<string, StackModel[]>,
  pools: readonly WorkerPoolModel[],
  previews: ReadonlyMap<string, PreviewEnvironmentsConfig>,
): string[] {
  switch (s.kind) {
    case "admin-stack":
      return [s.spaceName, ...(managed.get(s.id) ?? []).map((m) => m.spaceName)];
    case "spaces":
      return ["root"]; // creating spaces and their policies needs root admin
    case "worker-pool":
      return pools.filter((p) => p.definedBy === s.id).map((p) => p.spaceName);
    case "preview-environments":
      return [s.spaceName, ...previewManagedSpaces(previews.get(s.id))];
    case "state-backend":
      return s.source.settings["spacelift"] !== undefined &&
        (s.source.settings["spacelift"] as Record<string, unknown>)["administrative"] === true
        ? [s.spaceName]
        : [];
    case "component":
      // Rejected by administrativeOnWorkload; kept so the function stays total.
      return (s.source.settings["spacelift"] as Record<string, unknown> | undefined)?.["administrative"] ===
        true
        ? [s.spaceName]
        : [];
  }
}

/**
 * `administrative: true` on a component this app does not implement (a workload such as a VPC):
 * it would give the stack's runs "Space admin" in its space. Only app-implemented components
 * (`integrations.spacelift_atmos.components`) manage Spacelift resources.
 */
export function administrativeOnWorkload(
  component: ResolvedComponent,
  stackId: string,
  kind: StackKind,
): Diagnostic | undefined {
  if (kind !== "component") return undefined;
  return modelDiagnostic(
    "error",
    "ADMINISTRATIVE_WORKLOAD_STACK",
    { component, section: "settings", path: ["spacelift", "administrative"] },
    `'administrative: true' on '${stackId}' would give its runs the "Space admin" role, but its component '${component.component}' is not an app-implemented admin component (integrations.spacelift_atmos.components)`,
    "Remove 'administrative: true' (a workload stack needs no Spacelift role); Spacelift resources belong in the admin-stack, spaces, worker-pool or preview-environments components.",
  );
}

/** The admin stack var that lists the spaces (with their subtrees) an admin stack may manage. */
export const MANAGEABLE_SPACES_VAR = "manageable_spaces";

const manageableSpacesSchema = z.array(z.string().min(1)).min(1);

/** An admin stack as the scope check sees it. */
export interface ScopedAdmin {
  readonly id: string;
  readonly component: ResolvedComponent;
  /** The admin stack's own space. */
  readonly spaceName: string;
}

/** Inputs of {@link checkManageableSpaces}. */
export interface ManageableSpacesInput {
  readonly admins: readonly ScopedAdmin[];
  /** Stacks by the id of the admin stack that creates them. */
  readonly managed: ReadonlyMap<string, readonly StackModel[]>;
  /** Parent of each space declared by a spaces component. */
  readonly parentOf: ReadonlyMap<string, string>;
  /** Every space name a stack may reference. */
  readonly knownSpaces: ReadonlySet<string>;
  /** Where the space of a stack was chosen (its setting, or its admin stack's `space_id`). */
  readonly spaceSiteOf: (stackId: string) => FindingSite;
}

/** Reports every stack whose space is outside the subtree its admin stack may manage. */
export function checkManageableSpaces(input: ManageableSpacesInput, out: Diagnostic[]): void {
  for (const admin of input.admins) {
    const tops = manageableSpaceRoots(admin, input.knownSpaces, out);
    if (!tops) continue;
    const subtree = tops.declared
      ? `${MANAGEABLE_SPACES_VAR} ${tops.spaces.join(", ")}`
      : `its own space '${admin.spaceName}'`;
    for (const child of input.managed.get(admin.id) ?? []) {
      if (child.id === admin.id) continue; // the root admin stack creates itself
      if (!input.knownSpaces.has(child.spaceName)) continue; // UNKNOWN_SPACE says it
      if (tops.spaces.some((top) => inSubtree(child.spaceName, top, input.parentOf))) continue;
      const site = input.spaceSiteOf(child.id);
      // A stack without space_name lands in its admin stack's space_id (Cloud Posse's default: root).
      const asked = site.section === "vars" ? "lands in its admin stack's space_id" : "asks for the space";
      out.push(
        modelDiagnostic(
          "error",
          "SPACE_OUTSIDE_MANAGEABLE_SPACES",
          site,
          `the stack '${child.id}' ${asked} '${child.spaceName}', outside what its admin stack '${admin.id}' may manage (the subtree of ${subtree}): '${admin.id}' would get "Space admin" in '${child.spaceName}'`,
          `Put '${child.id}' in a space under ${tops.spaces.map((s) => `'${s}'`).join(", ")}, or, if '${admin.id}' is meant to manage '${child.spaceName}', add it to the admin stack's vars.${MANAGEABLE_SPACES_VAR}.`,
        ),
      );
    }
  }
}

/** The tops of the subtrees an admin stack manages; undefined when its var is invalid (reported). */
function manageableSpaceRoots(
  admin: ScopedAdmin,
  knownSpaces: ReadonlySet<string>,
  out: Diagnostic[],
): { declared: boolean; spaces: string[] } | undefined {
  const raw = admin.component.vars[MANAGEABLE_SPACES_VAR];
  if (raw === undefined || raw === null) return { declared: false, spaces: [admin.spaceName] };
  const site: FindingSite = { component: admin.component, section: "vars", path: [MANAGEABLE_SPACES_VAR] };
  const parsed = manageableSpacesSchema.safeParse(raw);
  if (!parsed.success) {
    out.push(
      modelDiagnostic(
        "error",
        "INVALID_VARS",
        site,
        `${MANAGEABLE_SPACES_VAR} must be a non-empty list of space names, got ${show(raw)}`,
        "List the spaces (each with its subtree) this admin stack may create stacks in, e.g. [plat].",
      ),
    );
    return undefined;
  }
  const unknown = parsed.data.filter((s) => !knownSpaces.has(s));
  if (unknown.length > 0) {
    out.push(
      modelDiagnostic(
        "error",
        "UNKNOWN_SPACE",
        site,
        `${MANAGEABLE_SPACES_VAR} names spaces that no spaces component declares: ${unknown.join(", ")}`,
        `Known spaces: ${[...knownSpaces].sort().join(", ")}.`,
      ),
    );
    return undefined;
  }
  return { declared: true, spaces: [...new Set(parsed.data)].sort() };
}

/** True when `space` is `top` or below it. Every space is below `root`. */
export function inSubtree(space: string, top: string, parentOf: ReadonlyMap<string, string>): boolean {
  if (top === "root") return true;
  const seen = new Set<string>();
  for (let cur: string | undefined = space; cur !== undefined && !seen.has(cur); cur = parentOf.get(cur)) {
    if (cur === top) return true;
    seen.add(cur);
  }
  return false;
}
