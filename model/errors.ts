/**
 * The model layer's catalogue of diagnostic codes. Messages name the YAML key path and the file it
 * came from (via the engine's provenance), the value received and what is allowed.
 */
import { scopeSuffix, type Diagnostic, type SourceLocation } from "../config-engine/diagnostics";
import type { ProvenanceSection, ResolvedComponent } from "../config-engine/types";

/** Error codes of the model layer. */
export type ModelErrorCode =
  | "INVALID_SETTING"
  | "UNKNOWN_SETTING"
  | "LEGACY_SETTING"
  | "INVALID_VARS"
  | "INVALID_STACK_NAME"
  | "DUPLICATE_STACK_NAME"
  | "UNKNOWN_POLICY"
  | "DUPLICATE_POLICY"
  | "UNKNOWN_SPACE"
  | "DUPLICATE_SPACE"
  | "SPACE_CYCLE"
  | "UNKNOWN_WORKER_POOL"
  | "DUPLICATE_WORKER_POOL"
  | "NO_WORKER_POOL"
  | "WORKER_POOL_NOT_IN_SPACE"
  | "UNKNOWN_DEPENDENCY"
  | "DEPENDENCY_CYCLE"
  | "ORPHAN_STACK"
  | "STACK_CLAIMED_TWICE"
  | "NO_ROOT_ADMIN_STACK"
  | "MULTIPLE_ROOT_ADMIN_STACKS"
  | "UNKNOWN_TERRAFORM_VERSION"
  | "SECRET_IN_CONFIG"
  | "INVALID_INTEGRATION_CONFIG"
  | "UNKNOWN_IMPLEMENTATION"
  | "MISSING_SETTING"
  | "UNSAFE_SETTING"
  | "UNSUPPORTED_SETTING"
  | "CONFLICTING_SETTINGS"
  | "SPACE_OUTSIDE_MANAGEABLE_SPACES"
  | "ADMINISTRATIVE_WORKLOAD_STACK"
  | "REGO_ENGINE_MISMATCH"
  /** A file named in configuration (policy body_file_path, preview files) is outside the repository root. */
  | "FILE_OUTSIDE_REPOSITORY";

/** Warning codes of the model layer. */
export type ModelWarningCode =
  | "ADMINISTRATIVE_TRANSLATED"
  | "ADMIN_SELF_MATCH_IGNORED"
  | "OVERLAPPING_CLAIM_RESOLVED"
  | "DEPENDENCY_NOT_IN_SPACELIFT"
  | "SPACE_PATTERN_CONTEXT_CHANGED"
  | "MANAGE_STATE_CONFLICT"
  | "STATE_ONLY_IN_SPACELIFT"
  | "ATMOS_HOOKS_DROPPED"
  | "TERRAFORM_TOO_OLD_FOR_BACKEND"
  | "WEAKER_SETTING"
  | "IGNORED_SETTING"
  | "NULL_SETTING"
  | "UNKNOWN_BACKEND_KEY"
  | "UNKNOWN_SETTING"
  | "LEGACY_SETTING";

/** Where a finding is, for diagnostics about one component's section. */
export interface FindingSite {
  readonly component: ResolvedComponent;
  readonly section: ProvenanceSection;
  /** Path inside the section, e.g. `["spacelift", "autodeploy"]`. */
  readonly path: readonly (string | number)[];
}

/** Builds the YAML key path shown to users, e.g. `components.terraform.vpc.settings.spacelift.autodeploy`. */
export function keyPathOf(site: FindingSite): string {
  const inner = site.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");
  return `components.terraform.${site.component.atmosComponent}.${site.section}${inner}`.replace(
    /\.\[/g,
    "[",
  );
}

/**
 * The location of the value at `site`: the file/line/col that supplied it, or the closest existing
 * parent key, or the top-level manifest.
 */
export function locate(site: FindingSite): SourceLocation | undefined {
  for (let n = site.path.length; n >= 0; n--) {
    const loc = site.component.sourceOf(site.section, site.path.slice(0, n));
    if (loc) return loc;
  }
  return undefined;
}

/** A model diagnostic about a value in a component's section. */
export function modelDiagnostic(
  severity: "error" | "warning",
  code: ModelErrorCode | ModelWarningCode,
  site: FindingSite,
  message: string,
  hint?: string,
): Diagnostic {
  const location = locate(site);
  const scope = { stack: site.component.atmosStack, component: site.component.atmosComponent };
  return {
    code,
    severity,
    message: `${message}${scopeSuffix(scope)}`,
    scope,
    keyPath: keyPathOf(site),
    ...(location ? { location } : {}),
    ...(hint ? { hint } : {}),
  };
}

/** A model diagnostic not tied to one value (e.g. a cycle across stacks). */
export function globalDiagnostic(
  severity: "error" | "warning",
  code: ModelErrorCode | ModelWarningCode,
  message: string,
  hint?: string,
  location?: SourceLocation,
): Diagnostic {
  return { code, severity, message, ...(hint ? { hint } : {}), ...(location ? { location } : {}) };
}

/** Renders a JSON value for a message: short, unambiguous (strings quoted). */
export function show(value: unknown): string {
  const s = JSON.stringify(value);
  if (s === undefined) return String(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** Warnings that repeat for many stacks and are summarised in one line each. */
const SUMMARISED: Readonly<Partial<Record<ModelWarningCode, string>>> = {
  ADMINISTRATIVE_TRANSLATED:
    "'administrative: true' is translated into \"Space admin\" role attachments (Spacelift stopped honouring the flag on 2026-06-01) for",
  ATMOS_HOOKS_DROPPED:
    "the atmos hook scripts (spacelift-configure-paths, spacelift-write-vars, spacelift-tf-workspace) are not used by stacks this app synthesizes:",
};

/**
 * Folds the per-stack warnings of {@link SUMMARISED} codes into one warning per code that lists the
 * stacks (`subject` of each), keeping the first one's location.
 */
export function summariseWarnings(
  diagnostics: readonly Diagnostic[],
  subjects: ReadonlyMap<Diagnostic, string>,
): Diagnostic[] {
  const groups = new Map<string, Diagnostic[]>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.severity === "warning" && SUMMARISED[d.code as ModelWarningCode] !== undefined && subjects.has(d)) {
      const list = groups.get(d.code) ?? [];
      if (list.length === 0) out.push(d); // placeholder keeps the position of the first one
      list.push(d);
      groups.set(d.code, list);
    } else {
      out.push(d);
    }
  }
  return out.map((d) => {
    const group = groups.get(d.code);
    if (!group || group[0] !== d) return d;
    const names = [...new Set(group.map((g) => subjects.get(g)!))].sort();
    const { keyPath: _keyPath, scope: _scope, ...rest } = d;
    return { ...rest, message: `${SUMMARISED[d.code as ModelWarningCode]!} ${names.join(", ")}` };
  });
}
