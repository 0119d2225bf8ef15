import { loadModel } from "../../app/model";
import { formatDiagnostic, groupDiagnostics } from "../../config-engine/diagnostics";
import type { StackModel } from "../../model";
import { commandGroup, type RegisterCommand } from "../context";
import { render } from "../format";
import { UsageError } from "../io";
import { withConfigDir } from "../options";

/** The atmos Spacelift stack processor's fields, plus what this app resolved. */
export function describeSpaceliftStack(s: StackModel): Record<string, unknown> {
  const c = s.source;
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

/** `spacelift-atmos describe spacelift`. */
export const registerDescribeSpacelift: RegisterCommand = (program, ctx) => {
  const describe = commandGroup(program, "describe", "describe stacks, components and their Spacelift view");
  withConfigDir(
    describe
      .command("spacelift")
      .description(
        "every Spacelift stack with its atmos configuration and resolved manager, space, worker pool and policies",
      )
      .option("--format <format>", "json or yaml", "json")
      .option("--stack <id>", "only this Spacelift stack"),
  ).action((opts: { format: string; stack?: string; configDir?: string }) => {
    if (opts.format !== "json" && opts.format !== "yaml")
      throw new UsageError(`--format must be json or yaml, got '${opts.format}'`);
    const model = loadModel({
      cwd: ctx.io.cwd,
      env: ctx.io.env,
      ...(opts.configDir !== undefined ? { configDir: opts.configDir } : {}),
    });
    if (model.warnings.length > 0)
      ctx.io.stderr(
        groupDiagnostics(model.warnings)
          .map((w) => formatDiagnostic(w))
          .join("\n") + "\n",
      );
    const stacks = model.stacks.filter((s) => opts.stack === undefined || s.id === opts.stack);
    if (opts.stack !== undefined && stacks.length === 0)
      throw new UsageError(`no Spacelift stack '${opts.stack}'`);
    ctx.io.stdout(
      render(Object.fromEntries(stacks.map((s) => [s.id, describeSpaceliftStack(s)])), opts.format),
    );
  });
};
