/**
 * Builds the Spacelift model from resolved atmos stacks. Stages, in order: name every terraform
 * component → parse `settings.spacelift` of the Spacelift stacks → admin stacks and ownership →
 * spaces, policies, worker pools → dependencies → per-stack assembly → reference checks → cycles.
 * Errors from all stages are collected and thrown together.
 */
import { resolve } from "node:path";
import { DiagnosticError, type Diagnostic } from "../config-engine/diagnostics";
import { isJsonMap } from "../config-engine/json-value";
import type { ResolvedComponent, ResolvedStacks } from "../config-engine/types";
import { parseAdminVars } from "./admin-stack-config";
import {
  ComponentIndex,
  cycleDiagnostic,
  findCycle,
  namedComponent,
  resolveDependencies,
  type NamedComponent,
} from "./dependencies";
import { modelDiagnostic, summariseWarnings, type FindingSite } from "./errors";
import { readIntegrationConfig, type Implementation } from "./integration-config";
import { stackLabels } from "./labels";
import { readStateBackendConfig, readWorkerPoolConfig } from "./app-component-configs";
import { nullLabelId } from "./null-label";
import { assignManagers, type OwnershipAdmin } from "./ownership";
import { parseSection } from "./parse-section";
import { previewManagerWarnings } from "./preview-checks";
import { readPreviewEnvironments } from "./preview-config";
import {
  checkPolicies,
  checkSpaces,
  checkStackReferences,
  checkWorkerPools,
  coveringSpaces,
} from "./references";
import { readSpacesDeclaration, type PolicyCatalog } from "./spaces-config";
import {
  LEGACY_SETTING_REPLACEMENTS,
  PASSTHROUGH_PREFIX,
  spaceliftSettingsSchema,
  type SpaceliftSettings,
} from "./spacelift-settings";
import { administrativeOnWorkload, checkManageableSpaces, spaceAdminSpaces } from "./space-admin";
import { checkS3BackendKeys } from "./s3-backend";
import { checkSpaceliftSections } from "./spacelift-section";
import { buildStackModel } from "./stack-model";
import { buildUnmanagedStack } from "./unmanaged-stack";
import { checkWorkerPoolSpace } from "./worker-pool-space-check";
import { deriveStackName, SLUG_PATTERN, stackContext } from "./stack-names";
import type {
  AdminStackModel,
  AppComponentModel,
  PolicyModel,
  SpaceliftModel,
  SpaceModel,
  StackModel,
  UnmanagedStackModel,
  WorkerPoolModel,
} from "./types";

/** Options of {@link buildSpaceliftModel}. */
export interface BuildModelOptions {
  /** The policy catalogue (policies/catalog.ts). */
  readonly catalog: PolicyCatalog;
  /**
   * Every warning becomes an error (`--strict`); also on when atmos.yaml sets
   * `integrations.spacelift_atmos.strict: true`. @default false
   */
  readonly strict?: boolean;
}

interface Candidate {
  readonly named: NamedComponent;
  readonly settings: SpaceliftSettings;
  readonly kind: StackModel["kind"];
}

/** Builds the model; throws a `DiagnosticError` carrying every error found. */
export function buildSpaceliftModel(resolved: ResolvedStacks, options: BuildModelOptions): SpaceliftModel {
  const out: Diagnostic[] = [];
  const integration = readIntegrationConfig(resolved.config);
  const implementationOf = (c: ResolvedComponent): Implementation | undefined =>
    integration.implementations[c.component];

  // 1. Names of every terraform component (atmos's allStackNames) and which become stacks.
  const named: NamedComponent[] = resolved.components.map((component) =>
    namedComponent(component, !component.abstract && component.enabled && isWorkspaceEnabled(component)),
  );
  const index = new ComponentIndex(named);
  checkSpaceliftSections(named, out);

  // 2. settings.spacelift of each stack, slug validity and duplicate names.
  const candidates: Candidate[] = [];
  const byName = new Map<string, Candidate>();
  for (const n of named.filter((x) => x.isStack)) {
    const site: FindingSite = { component: n.component, section: "settings", path: ["spacelift"] };
    const raw = n.component.settings["spacelift"];
    if (isJsonMap(raw) && raw["webhook_secret"] !== undefined && raw["webhook_secret"] !== null) {
      out.push(
        modelDiagnostic(
          "error",
          "SECRET_IN_CONFIG",
          { ...site, path: ["spacelift", "webhook_secret"] },
          "'webhook_secret' puts a secret into YAML",
          LEGACY_SETTING_REPLACEMENTS["webhook_secret"],
        ),
      );
      continue;
    }
    const parsed = parseSection(spaceliftSettingsSchema, raw, site, {
      legacyKeys: LEGACY_SETTING_REPLACEMENTS,
      passthroughPrefix: PASSTHROUGH_PREFIX,
      warnOnNull: true,
    });
    out.push(...parsed.diagnostics);
    if (!parsed.value) continue;
    for (const vendor of ["cloudformation", "pulumi"] as const) {
      if (parsed.value[vendor] === undefined) continue;
      out.push(
        modelDiagnostic(
          "warning",
          "IGNORED_SETTING",
          { ...site, path: ["spacelift", vendor] },
          `'${vendor}' stacks are not supported: '${n.name}' is created as a Terraform stack`,
          `Keep managing '${n.name}' with Cloud Posse's admin stack, or remove '${vendor}'.`,
        ),
      );
    }
    if (!SLUG_PATTERN.test(n.name)) {
      out.push(
        modelDiagnostic(
          "error",
          "INVALID_STACK_NAME",
          site,
          `the Spacelift stack name '${n.name}' (${deriveStackName(n.component).source}) is not a valid slug: only lowercase letters, digits and '-' are allowed`,
          "Spacelift would rename it, breaking depends-on labels and PR comment triggers; set settings.spacelift.stack_name or stack_name_pattern to a valid slug.",
        ),
      );
      continue;
    }
    const duplicate = byName.get(n.name);
    if (duplicate) {
      out.push(
        modelDiagnostic(
          "error",
          "DUPLICATE_STACK_NAME",
          site,
          `Duplicate Spacelift stack name '${n.name}': also produced by component '${duplicate.named.component.atmosComponent}' in the stack '${duplicate.named.component.atmosStack}' (${duplicate.named.component.stackFile})`,
          "Make settings.spacelift.stack_name_pattern specific enough, or set stack_name.",
        ),
      );
      continue;
    }
    const candidate: Candidate = {
      named: n,
      settings: parsed.value,
      kind: implementationOf(n.component) ?? "component",
    };
    candidates.push(candidate);
    byName.set(n.name, candidate);
  }

  // 3. Admin stacks and ownership.
  const admins: OwnershipAdmin[] = [];
  for (const c of candidates.filter((x) => x.kind === "admin-stack")) {
    const vars = parseAdminVars(c.named.component, out);
    if (vars) admins.push({ id: c.named.name, vars, component: c.named.component });
    for (const vendor of ["cloudformation", "pulumi"]) {
      const value = c.named.component.vars[vendor];
      if (value === undefined || value === null) continue;
      out.push(
        modelDiagnostic(
          "warning",
          "IGNORED_SETTING",
          { component: c.named.component, section: "vars", path: [vendor] },
          `the admin-stack var '${vendor}' is not supported: the stacks of '${c.named.name}' are created as Terraform stacks`,
        ),
      );
    }
  }
  const ownership = assignManagers(
    candidates.map((c) => ({
      id: c.named.name,
      component: c.named.component,
      administrative: c.settings.administrative === true,
      rootAdministrative: c.settings.root_administrative === true,
    })),
    admins,
  );
  out.push(...ownership.diagnostics.map((d) => tolerated(d, admins.length, candidates.length)));

  // 4. App component instances (spaces, worker pools, …), with or without a Spacelift stack.
  const appComponents: AppComponentModel[] = named
    .filter(
      (n) => !n.component.abstract && n.component.enabled && implementationOf(n.component) !== undefined,
    )
    .map((n) => ({ id: n.name, implementation: implementationOf(n.component)!, source: n.component }));
  const spaces: SpaceModel[] = [];
  const policies: PolicyModel[] = [];
  const workerPools: WorkerPoolModel[] = [];
  const spaceNames = (): string[] => [
    "root",
    "legacy",
    ...spaces.map((s) => s.name),
    ...integration.external.spaces,
  ];
  for (const app of appComponents) {
    if (app.implementation === "spaces") {
      const declared = readSpacesDeclaration(
        app.id,
        app.source,
        {
          componentDir: resolve(resolved.config.basePath, app.source.componentPath),
          repositoryRoot: integration.repositoryRoot,
        },
        options.catalog,
        out,
      );
      spaces.push(...declared.spaces);
      policies.push(...declared.policies);
    }
  }
  // Worker pools and state backends after every spaces instance, so space names are known.
  for (const [i, app] of appComponents.entries()) {
    if (app.implementation === "worker-pool") {
      const workerPool = readWorkerPoolConfig(app.source, resolved, spaceNames(), out);
      if (workerPool) {
        appComponents[i] = { ...app, workerPool };
        if (workerPool.enabled)
          workerPools.push({ name: workerPool.name, definedBy: app.id, spaceName: workerPool.spaceName });
      } else {
        // Its vars are already reported; keep the pool's name known so references to it do not
        // cascade into one error per stack.
        workerPools.push({ name: nullLabelId(app.source.vars), definedBy: app.id, spaceName: "root" });
      }
    } else if (app.implementation === "state-backend") {
      const stateBackend = readStateBackendConfig(app.source, out);
      if (stateBackend) appComponents[i] = { ...app, stateBackend };
    }
  }
  checkS3BackendKeys(appComponents, out);
  checkSpaces(spaces, integration.external.spaces, out);
  checkPolicies(policies, out);
  checkWorkerPools(workerPools, out);
  // Pools whose space is known (external pools and pools with invalid vars are not checked).
  const placement = {
    workerPoolSpaces: new Map(
      appComponents.flatMap((a) =>
        a.workerPool?.enabled ? [[a.workerPool.name, a.workerPool.spaceName]] : [],
      ),
    ),
    spaces: new Map(spaces.map((s) => [s.name, s])),
  };
  // Preview-environment managers read their service trees once every name above is known.
  const previews = readPreviewEnvironments(
    {
      config: resolved.config,
      managers: appComponents.filter((a) => a.implementation === "preview-environments"),
      names: {
        spaces: new Set(spaceNames()),
        workerPools: new Set([...workerPools.map((p) => p.name), ...integration.external.workerPools]),
        policies: new Map([
          ...integration.external.policies.map((n) => [n, undefined] as const),
          ...policies.map((p) => [p.name, p.type] as const),
        ]),
        placement,
      },
      stackIds: new Set(byName.keys()),
    },
    out,
  );
  for (const [i, app] of appComponents.entries()) {
    const previewEnvironments = previews.get(app.id);
    if (previewEnvironments) appComponents[i] = { ...app, previewEnvironments };
  }

  // 5. Per-stack assembly.
  const adminById = new Map(admins.map((a) => [a.id, a]));
  const stacks: StackModel[] = [];
  const unmanagedStacks: UnmanagedStackModel[] = [];
  const subjects = new Map<Diagnostic, string>();
  for (const c of candidates) {
    const before = out.length;
    const managerId = ownership.managerOf.get(c.named.name);
    const manager = managerId !== undefined ? adminById.get(managerId) : undefined;
    if (!manager) {
      // Reported by ownership (ORPHAN_STACK, NO_ROOT_ADMIN_STACK); listed, never synthesized.
      const input = { self: c.named, kind: c.kind, settings: c.settings, index, resolved, integration };
      unmanagedStacks.push(buildUnmanagedStack({ ...input, stackIds: new Set(byName.keys()) }, out));
      continue;
    }
    const deps = resolveDependencies(c.named, c.settings.depends_on ?? [], index, resolved, out);
    const targets = [...deps.legacy, ...deps.settings];
    for (const t of targets.filter((x) => !x.isStack || !byName.has(x.name))) {
      out.push(
        modelDiagnostic(
          "warning",
          "DEPENDENCY_NOT_IN_SPACELIFT",
          { component: c.named.component, section: "settings", path: ["depends_on"] },
          `'${c.named.name}' depends on '${t.name}', which is not a Spacelift stack (workspace not enabled): Spacelift cannot order their runs`,
          "Enable settings.spacelift.workspace_enabled on the dependency, or run it before this stack by hand.",
        ),
      );
    }
    const isRootSelf = c.named.name === ownership.rootId;
    const dependencyResources =
      c.settings.spacelift_stack_dependency_enabled ?? manager.vars.spacelift_stack_dependency_enabled;
    const labels = stackLabels({
      component: c.named.component,
      settingsLabels: c.settings.labels ?? [],
      legacyDependsOn: deps.legacy.map((t) => t.name),
      settingsDependsOn: deps.settings.map((t) => t.name),
      pathTemplate: integration.stackConfigPathTemplate,
      processComponentDeps: integration.processComponentDeps,
      processImports: integration.processImports,
      ...(isRootSelf ? {} : { managedBy: manager.id }),
      ...(manager.id === ownership.rootId && !isRootSelf ? { rootDependsOn: manager.id } : {}),
      dropDependsOnLabels: dependencyResources,
    });
    const dependsOn = [
      ...new Set(targets.filter((t) => t.isStack && byName.has(t.name)).map((t) => t.name)),
    ].sort();
    stacks.push(
      buildStackModel(
        {
          self: c.named,
          kind: c.kind,
          settings: c.settings,
          manager: {
            id: manager.id,
            vars: manager.vars,
            context: stackContext(manager.component),
            named: byName.get(manager.id)!.named,
          },
          isRootSelf,
          labels,
          dependsOn,
          integration,
        },
        out,
      ),
    );
    const workload =
      c.settings.administrative === true
        ? administrativeOnWorkload(c.named.component, c.named.name, c.kind)
        : undefined;
    if (workload) out.push(workload);
    else if (c.settings.administrative === true) {
      const warning = modelDiagnostic(
        "warning",
        "ADMINISTRATIVE_TRANSLATED",
        { component: c.named.component, section: "settings", path: ["spacelift", "administrative"] },
        `'administrative: true' on '${c.named.name}' is translated into "Space admin" role attachments (Spacelift stopped honouring the flag on 2026-06-01)`,
      );
      out.push(warning);
      subjects.set(warning, c.named.name);
    }
    for (const d of out.slice(before)) if (d.code === "ATMOS_HOOKS_DROPPED") subjects.set(d, c.named.name);
  }

  // 6. References, role attachments, dependency cycles.
  const tables = {
    spaces: new Set(["root", "legacy", ...spaces.map((s) => s.name), ...integration.external.spaces]),
    policies: new Set([...policies.map((p) => p.name), ...integration.external.policies]),
    workerPools: new Set([...workerPools.map((p) => p.name), ...integration.external.workerPools]),
  };
  for (const stack of stacks) {
    const candidate = byName.get(stack.id)!;
    const manager = adminById.get(stack.managerId)!;
    const siteOf = (key: string) => referenceSite(candidate, manager, key, stack.id === ownership.rootId);
    checkStackReferences(stack, tables, siteOf, manager.vars.allow_public_workers, out);
    checkWorkerPoolSpace(stack, placement, siteOf("worker_pool_name"), out);
  }
  const parentOf = new Map(spaces.map((s) => [s.name, s.parentName]));
  const managed = new Map<string, StackModel[]>();
  for (const s of stacks) managed.set(s.managerId, [...(managed.get(s.managerId) ?? []), s]);
  checkManageableSpaces(
    {
      admins: admins.flatMap((a) => {
        const own = stacks.find((s) => s.id === a.id);
        return own ? [{ id: a.id, component: a.component, spaceName: own.spaceName }] : [];
      }),
      managed,
      parentOf,
      knownSpaces: tables.spaces,
      spaceSiteOf: (id) => {
        const stack = stacks.find((s) => s.id === id)!;
        return referenceSite(byName.get(id)!, adminById.get(stack.managerId)!, "space_name", false);
      },
    },
    out,
  );
  const finalStacks = stacks
    .map((s) => ({
      ...s,
      spaceAdminIn: coveringSpaces(spaceAdminSpaces(s, managed, workerPools, previews), parentOf),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const s of finalStacks.filter((x) => previews.has(x.id)))
    out.push(...previewManagerWarnings(s, policies, integration.external.policies));
  const cycle = findCycle(new Map(finalStacks.map((s) => [s.id, s.dependsOn])));
  if (cycle) out.push(cycleDiagnostic(cycle));

  const warnings = [
    ...resolved.warnings,
    ...summariseWarnings(
      out.filter((d) => d.severity === "warning"),
      subjects,
    ),
  ];
  const strict = options.strict === true || integration.strict;
  const promoted = strict ? warnings.filter((w) => !TRANSLATION_NOTES.has(w.code)).map(strictError) : [];
  const errors = [...out.filter((d) => d.severity === "error"), ...promoted];
  if (errors.length > 0) throw new DiagnosticError(errors);

  const stackById = new Map(finalStacks.map((s) => [s.id, s]));
  const adminStacks: AdminStackModel[] = admins
    .filter((a) => stackById.has(a.id))
    .map((a) => ({
      id: a.id,
      isRoot: a.id === ownership.rootId,
      vars: a.vars,
      managedStackIds: (managed.get(a.id) ?? []).map((s) => s.id).sort(),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    stacks: finalStacks,
    unmanagedStacks: unmanagedStacks.sort((a, b) => (a.id < b.id ? -1 : 1)),
    adminStacks,
    ...(ownership.rootId !== undefined ? { rootAdminStackId: ownership.rootId } : {}),
    spaces: [...spaces].sort((a, b) => (a.name < b.name ? -1 : 1)),
    policies: [...policies].sort((a, b) => (a.name < b.name ? -1 : 1)),
    workerPools: [...workerPools].sort((a, b) => (a.name < b.name ? -1 : 1)),
    appComponents: appComponents
      .map((a) => {
        const spaceliftStack = stackById.get(a.id);
        return spaceliftStack ? { ...a, spaceliftStack } : a;
      })
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    external: integration.external,
    warnings,
    stack: (id) => stackById.get(id),
  };
}

/**
 * Ownership findings Cloud Posse tolerates become warnings: a stack no admin stack selects is not
 * created by Cloud Posse either (it is listed, not synthesized), and a repository without any admin
 * stack (the legacy layout: cloud-infrastructure-automation used directly) synthesizes nothing.
 */
function tolerated(d: Diagnostic, adminCount: number, stackCount: number): Diagnostic {
  if (d.code === "ORPHAN_STACK") {
    return {
      ...d,
      severity: "warning",
      hint: `Not synthesized (no admin stack owns it); 'describe spacelift' lists it with managed_by: null. ${d.hint ?? ""}`.trim(),
    };
  }
  if (d.code === "NO_ROOT_ADMIN_STACK" && adminCount === 0) {
    return {
      ...d,
      severity: "warning",
      message: `no admin stack is defined (the legacy layout: Cloud Posse's cloud-infrastructure-automation module used directly): the ${stackCount} Spacelift stacks are listed by 'describe spacelift' with managed_by: null, and none is synthesized, since no admin stack would own them`,
      hint: "Keep managing them with the cloud-infrastructure-automation module, or move to admin stacks: see 'Moving from the legacy layout to admin stacks' in the README.",
    };
  }
  return d;
}

/**
 * Warnings that describe how valid Cloud Posse config is translated (nothing to fix in the YAML):
 * strict mode leaves them warnings, so a repository written exactly as Cloud Posse documents can
 * run strict.
 */
const TRANSLATION_NOTES: ReadonlySet<string> = new Set(["ADMINISTRATIVE_TRANSLATED", "ATMOS_HOOKS_DROPPED"]);

/** A warning promoted to an error by strict mode, keeping its location and code. */
function strictError(d: Diagnostic): Diagnostic {
  return {
    ...d,
    severity: "error",
    hint: `${d.hint !== undefined ? `${d.hint} ` : ""}(An error because strict mode is on: --strict or integrations.spacelift_atmos.strict.)`,
  };
}

function isWorkspaceEnabled(c: ResolvedComponent): boolean {
  const spacelift = c.settings["spacelift"];
  return (
    spacelift !== null &&
    typeof spacelift === "object" &&
    !Array.isArray(spacelift) &&
    spacelift["workspace_enabled"] === true
  );
}

/** Where the value behind a reference came from: the stack's setting, else the admin stack's var. */
function referenceSite(
  candidate: Candidate,
  manager: OwnershipAdmin,
  key: string,
  isRootSelf: boolean,
): FindingSite {
  const settingKey =
    key === "space_name" &&
    candidate.settings.space_name === undefined &&
    candidate.settings.space_name_pattern !== undefined
      ? "space_name_pattern"
      : key;
  if (candidate.settings[settingKey as keyof SpaceliftSettings] !== undefined) {
    return { component: candidate.named.component, section: "settings", path: ["spacelift", settingKey] };
  }
  const varKey =
    key === "space_name"
      ? "space_id"
      : key === "policies"
        ? isRootSelf
          ? "root_stack_policy_attachments"
          : "child_policy_attachments"
        : key;
  return { component: manager.component, section: "vars", path: [varKey] };
}
