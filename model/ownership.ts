/**
 * Which admin stack creates which stack. Every Spacelift stack has exactly one manager: the root
 * admin stack creates itself; every other stack is claimed by the context filters of exactly one
 * admin stack. Orphans and double claims are errors, with two documented exceptions that keep
 * Cloud Posse's published YAML working (each reported as a warning):
 *  - an admin stack whose filters select itself does not manage itself (its creator does);
 *  - an administrative stack claimed by the root admin stack and by a tenant admin stack whose
 *    filters leave `administrative` unset belongs to the root (Cloud Posse's intent).
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import type { ResolvedComponent } from "../config-engine/types";
import type { AdminStackVars } from "./admin-stack-config";
import { matchesContextFilters } from "./context-filters";
import { globalDiagnostic, modelDiagnostic } from "./errors";

/** A Spacelift stack candidate as ownership sees it. */
export interface OwnershipCandidate {
  readonly id: string;
  readonly component: ResolvedComponent;
  readonly administrative: boolean;
  readonly rootAdministrative: boolean;
}

/** An admin stack as ownership sees it. */
export interface OwnershipAdmin {
  readonly id: string;
  readonly vars: AdminStackVars;
  readonly component: ResolvedComponent;
}

/** The manager of each stack id, and what went wrong. */
export interface OwnershipResult {
  readonly managerOf: ReadonlyMap<string, string>;
  readonly rootId?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Assigns every candidate to exactly one admin stack. */
export function assignManagers(
  candidates: readonly OwnershipCandidate[],
  admins: readonly OwnershipAdmin[],
): OwnershipResult {
  const diagnostics: Diagnostic[] = [];
  const managerOf = new Map<string, string>();
  const roots = admins.filter((a) => a.vars.root_admin_stack);
  if (roots.length > 1) {
    diagnostics.push(
      globalDiagnostic(
        "error",
        "MULTIPLE_ROOT_ADMIN_STACKS",
        `more than one admin stack sets 'root_admin_stack: true': ${roots.map((r) => r.id).join(", ")}`,
        "Exactly one admin stack is the root; it creates every other administrative stack.",
      ),
    );
    return { managerOf, diagnostics };
  }
  const root = roots[0];
  if (!root && candidates.length > 0) {
    diagnostics.push(
      globalDiagnostic(
        "error",
        "NO_ROOT_ADMIN_STACK",
        admins.length === 0
          ? "no admin stack is defined, so no Spacelift stack has a manager"
          : `no admin stack sets 'root_admin_stack: true' (admin stacks: ${admins.map((a) => a.id).join(", ")})`,
        "Define a spacelift/admin-stack component with 'root_admin_stack: true' and settings.spacelift.root_administrative: true.",
      ),
    );
    return { managerOf, diagnostics };
  }
  const enabledAdmins = admins.filter((a) => a.vars.enabled);
  for (const candidate of candidates) {
    if (root && candidate.id === root.id) {
      managerOf.set(candidate.id, root.id);
      continue;
    }
    let claims = enabledAdmins.filter((a) =>
      matchesContextFilters(
        {
          vars: candidate.component.vars,
          administrative: candidate.administrative,
          rootAdministrative: candidate.rootAdministrative,
        },
        a.vars.context_filters,
        a.vars.excluded_context_filters,
      ),
    );
    const self = claims.find((a) => a.id === candidate.id);
    if (self) {
      claims = claims.filter((a) => a !== self);
      diagnostics.push(
        modelDiagnostic(
          "warning",
          "ADMIN_SELF_MATCH_IGNORED",
          { component: self.component, section: "vars", path: ["context_filters"] },
          `the admin stack '${self.id}' matches its own context_filters; it does not manage itself`,
          "Add 'administrative: false' to its context_filters to make the intent explicit.",
        ),
      );
    }
    if (claims.length > 1 && root && candidate.administrative && claims.includes(root)) {
      const others = claims.filter((a) => a !== root);
      if (
        others.every(
          (a) =>
            a.vars.context_filters.administrative === undefined ||
            a.vars.context_filters.administrative === null,
        )
      ) {
        for (const other of others) {
          diagnostics.push(
            modelDiagnostic(
              "warning",
              "OVERLAPPING_CLAIM_RESOLVED",
              { component: other.component, section: "vars", path: ["context_filters"] },
              `the administrative stack '${candidate.id}' matches the context_filters of '${other.id}' and of the root admin stack '${root.id}'; the root creates it`,
              "Add 'administrative: false' to the context_filters of tenant admin stacks.",
            ),
          );
        }
        claims = [root];
      }
    }
    if (claims.length === 1) {
      managerOf.set(candidate.id, claims[0]!.id);
    } else if (claims.length === 0) {
      diagnostics.push(
        modelDiagnostic(
          "error",
          "ORPHAN_STACK",
          { component: candidate.component, section: "settings", path: ["spacelift", "workspace_enabled"] },
          `the Spacelift stack '${candidate.id}' is not selected by any admin stack's context_filters`,
          "Widen an admin stack's context_filters, or set settings.spacelift.workspace_enabled: false.",
        ),
      );
    } else {
      diagnostics.push(
        modelDiagnostic(
          "error",
          "STACK_CLAIMED_TWICE",
          { component: candidate.component, section: "settings", path: ["spacelift", "workspace_enabled"] },
          `the Spacelift stack '${candidate.id}' is selected by more than one admin stack: ${claims.map((a) => a.id).join(", ")}`,
          "Make the admin stacks' context_filters disjoint (use excluded_context_filters or 'administrative: false').",
        ),
      );
    }
  }
  return { managerOf, ...(root ? { rootId: root.id } : {}), diagnostics };
}
