import { loadModel } from "../../app/model";
import { renderDiagnostics } from "../../config-engine/diagnostic-report";
import type { ResolvedComponent } from "../../config-engine/types";
import type { PreviewEnvironmentModel, SpaceliftModel, StackModel, UnmanagedStackModel } from "../../model";
import { reportStyle } from "../diagnostics";
import { unknownStack } from "../../runbook/errors";
import { commandGroup, type RegisterCommand } from "../context";
import { render } from "../format";
import { UsageError } from "../io";
import { withConfigDir } from "../options";

/** The fields atmos's Spacelift stack processor writes for a component. */
function atmosFields(c: ResolvedComponent): Record<string, unknown> {
  return {
    enabled: true,
    component: c.atmosComponent,
    stack: c.spaceliftPrefix,
    vars: c.vars,
    settings: c.settings,
    env: c.env,
    metadata: c.metadata,
    inheritance: c.inheritance,
    base_component: c.baseComponent,
    backend_type: c.backendType,
    backend: c.backend,
    workspace: c.workspace,
    deps: c.deps,
    deps_all: c.depsAll,
  };
}

/** The atmos Spacelift stack processor's fields, plus what this app resolved. */
export function describeSpaceliftStack(s: StackModel): Record<string, unknown> {
  return {
    ...atmosFields(s.source),
    labels: s.labels,
    kind: s.kind,
    managed_by: s.managerId,
    space: s.spaceName,
    worker_pool: s.workerPoolName,
    policies: s.policyNames,
    depends_on: s.dependsOn,
    project_root: s.projectRoot,
    space_admin_in: s.spaceAdminIn,
    destructor_active: s.destructorActive,
  };
}

/**
 * A stack atmos produces that no admin stack creates (legacy layout, orphan): atmos's fields and
 * labels, no manager, and only what the stack sets itself (no admin-stack defaults apply).
 */
export function describeUnmanagedStack(s: UnmanagedStackModel): Record<string, unknown> {
  return {
    ...atmosFields(s.source),
    labels: s.labels,
    kind: s.kind,
    managed_by: null,
    space: s.spaceName ?? null,
    worker_pool: s.workerPoolName,
    policies: s.policyNames,
    depends_on: s.dependsOn,
    synthesized: false,
  };
}

/**
 * A preview environment's Spacelift stack, which the preview-environments manager creates from a
 * file per pull request (it has no atmos component of its own).
 */
export function describePreviewStack(e: PreviewEnvironmentModel, managerId: string): Record<string, unknown> {
  return {
    enabled: true,
    kind: "preview-environment",
    managed_by: managerId,
    labels: e.labels,
    space: e.spaceName,
    worker_pool: e.workerPoolName,
    policies: e.policyNames,
    project_root: e.projectRoot,
    repository: e.repository,
    branch: e.branch,
    destructor_active: true,
    preview: {
      service: e.service,
      file: e.file,
      pull_request: e.pullRequest,
      code_version: e.codeVersion,
      created_at: e.createdAt,
      delete_at: new Date(e.deleteAt * 1000).toISOString(),
    },
  };
}

/**
 * Every Spacelift stack, by id: the atmos-driven stacks the app creates, the ones atmos produces
 * that no admin stack creates (`managed_by: null`), and preview environments.
 */
export function describeAllSpaceliftStacks(model: SpaceliftModel): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>([
    ...model.stacks.map((s) => [s.id, describeSpaceliftStack(s)] as const),
    ...model.unmanagedStacks.map((s) => [s.id, describeUnmanagedStack(s)] as const),
  ]);
  for (const app of model.appComponents) {
    const config = app.previewEnvironments;
    if (config === undefined) continue;
    for (const service of config.services)
      for (const e of service.environments) out.set(e.stackId, describePreviewStack(e, config.managerId));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `spacelift-atmos describe spacelift`. */
export const registerDescribeSpacelift: RegisterCommand = (program, ctx) => {
  const describe = commandGroup(program, "describe", "describe stacks, components and their Spacelift view");
  withConfigDir(
    describe
      .command("spacelift")
      .description(
        "every Spacelift stack atmos produces, with its atmos configuration and resolved manager, space, worker pool and policies (managed_by: null for stacks no admin stack creates)",
      )
      .option("--format <format>", "yaml or json (yaml: as describe stacks and atmos)", "yaml")
      .option("--stack <id>", "only this Spacelift stack"),
  ).action((opts: { format: string; stack?: string; configDir?: string }) => {
    if (opts.format !== "json" && opts.format !== "yaml")
      throw new UsageError(`--format must be json or yaml, got '${opts.format}'`);
    const model = loadModel({
      cwd: ctx.io.cwd,
      env: ctx.io.env,
      ...(opts.configDir !== undefined ? { configDir: opts.configDir } : {}),
    });
    if (model.warnings.length > 0) ctx.io.stderr(renderDiagnostics(model.warnings, reportStyle(ctx.io)));
    const all = describeAllSpaceliftStacks(model);
    if (opts.stack !== undefined && !all.has(opts.stack)) throw unknownStack(opts.stack, [...all.keys()]);
    const selected = [...all].filter(([id]) => opts.stack === undefined || id === opts.stack);
    ctx.io.stdout(render(Object.fromEntries(selected), opts.format));
  });
};
