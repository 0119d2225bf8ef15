/**
 * `preview-env upsert|delete|sweep`: write, remove and expire preview-environment files under
 * `<atmos base_path>/preview-environments/<service>/environments/`. Writes stay inside the named
 * service's folder; every command is idempotent, so workflows can re-run it safely.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import type { Command } from "commander";
import { loadAtmosConfig } from "../../config-engine";
import { DiagnosticError } from "../../config-engine/diagnostics";
import { suggestion } from "../../model/did-you-mean";
import { ENVIRONMENTS_DIR, PREVIEW_ROOT_DIR, SERVICE_TEMPLATE_FILE } from "../../model/preview-config";
import {
  directoryDiagnostic,
  pathDiagnostic,
  PREVIEW_CODES,
  type PreviewYamlText,
} from "../../model/preview-errors";
import { parsePreviewFile } from "../../model/preview-files";
import {
  branchNameProblem,
  CODE_VERSION_PATTERN,
  formatTimestamp,
  parseRepositoryRef,
  previewEnvironmentFileName,
  previewEnvironmentId,
  previewStackId,
  SERVICE_NAME_PATTERN,
  type RepositoryRef,
} from "../../model/preview-id";
import { expiredEnvironments, planUpsert } from "../../model/preview-lifecycle";
import { serviceTemplateSchema } from "../../model/preview-schema";
import type { CommandContext, RegisterCommand } from "../context";
import { UsageError } from "../io";
import { withConfigDir } from "../options";

/** Environment variable that replaces the clock (ISO timestamp), for tests and reproducible runs. */
export const NOW_VARIABLE = "SPACELIFT_ATMOS_NOW";

interface TargetOptions {
  readonly configDir?: string;
  readonly service: string;
  readonly repo: string;
  readonly pr: string;
}

interface UpsertOptions extends TargetOptions {
  readonly branch: string;
  readonly codeVersion: string;
}

interface SweepOptions {
  readonly configDir?: string;
  readonly service?: string;
  readonly aheadMinutes: string;
  readonly dryRun?: boolean;
}

/** Registers `preview-env` and its subcommands. */
export const registerPreviewEnv: RegisterCommand = (program, ctx) => {
  const group = program
    .command("preview-env")
    .description(
      "create, update, delete and expire preview-environment files (docs/preview-environments.md)",
    );

  target(group.command("upsert"))
    .description("write the environment file of a pull request (created_at is kept on update)")
    .requiredOption("--branch <branch>", "branch of the infrastructure repository the environment tracks")
    .option("--code-version <version>", "artifact version: a 40-hex commit SHA or 'latest'", "latest")
    .action((opts: UpsertOptions) => upsert(ctx, opts));

  target(group.command("delete"))
    .description("remove the environment file of a pull request (exit 0 when it is already absent)")
    .action((opts: TargetOptions) => remove(ctx, opts));

  withConfigDir(group.command("sweep"))
    .description("remove environment files whose time to live is over (or ends within --ahead-minutes)")
    .option("--service <service>", "only this service (default: every service)")
    .option("--ahead-minutes <minutes>", "also remove environments expiring within this many minutes", "60")
    .option("--dry-run", "print what would be removed, remove nothing")
    .action((opts: SweepOptions) => sweep(ctx, opts));
};

function target(cmd: Command): Command {
  return withConfigDir(cmd)
    .requiredOption("--service <service>", "service directory under preview-environments/")
    .requiredOption("--repo <owner/name>", "GitHub repository of the pull request")
    .requiredOption("--pr <number>", "pull request number");
}

function upsert(ctx: CommandContext, opts: UpsertOptions): void {
  const t = resolveTarget(ctx, opts);
  const branchProblem = branchNameProblem(opts.branch);
  if (branchProblem !== undefined)
    throw new UsageError(
      `--branch ${JSON.stringify(opts.branch)} is not a valid branch name: ${branchProblem}`,
    );
  if (!CODE_VERSION_PATTERN.test(opts.codeVersion))
    throw new UsageError(
      `--code-version must be a 40-hex commit SHA (lowercase) or 'latest', got ${JSON.stringify(opts.codeVersion)}`,
    );
  const template = readText(join(t.serviceDir, SERVICE_TEMPLATE_FILE), t.display);
  const parsedTemplate = parsePreviewFile(template, serviceTemplateSchema);
  if (!parsedTemplate.value) throw new DiagnosticError(parsedTemplate.diagnostics);
  refuseIdCollision(t);
  const existing = existsSync(t.path) ? readText(t.path, t.display) : undefined;
  const plan = planUpsert(
    {
      repo: t.repo,
      pr: t.pr,
      branch: opts.branch,
      codeVersion: opts.codeVersion,
      now: clock(ctx),
      ttlHours: parsedTemplate.value.ttl_hours,
    },
    existing,
  );
  if (plan.action !== "unchanged") {
    mkdirSync(t.environmentsDir, { recursive: true });
    writeFileSync(t.path, plan.text);
  }
  ctx.io.stdout(`${plan.action} ${t.display(t.path)} (${describe(t)})\n`);
}

function remove(ctx: CommandContext, opts: TargetOptions): void {
  const t = resolveTarget(ctx, opts);
  if (!existsSync(t.path)) {
    ctx.io.stdout(`already absent ${t.display(t.path)} (${describe(t)})\n`);
    return;
  }
  unlinkSync(t.path);
  ctx.io.stdout(`deleted ${t.display(t.path)} (${describe(t)})\n`);
}

function sweep(ctx: CommandContext, opts: SweepOptions): void {
  const ahead = Number(opts.aheadMinutes);
  if (!/^\d+$/.test(opts.aheadMinutes) || !Number.isSafeInteger(ahead))
    throw new UsageError(
      `--ahead-minutes must be a whole number of minutes, got ${JSON.stringify(opts.aheadMinutes)}`,
    );
  const { root, display } = previewRoot(ctx, opts.configDir);
  const services =
    opts.service !== undefined ? [checkService(root, opts.service, display)] : listServices(root);
  const now = clock(ctx);
  const plans = services.map((service) => {
    const dir = join(root, service);
    const template = parsePreviewFile(
      readText(join(dir, SERVICE_TEMPLATE_FILE), display),
      serviceTemplateSchema,
    );
    if (!template.value) throw new DiagnosticError(template.diagnostics);
    const files = environmentFileNames(join(dir, ENVIRONMENTS_DIR)).map((f) =>
      readText(join(dir, ENVIRONMENTS_DIR, f), display),
    );
    return expiredEnvironments(files, template.value.ttl_hours, now, ahead * 60);
  });
  // Every file was parsed before the first is removed: an invalid tree removes nothing.
  const expired = plans.flat();
  for (const e of expired) {
    if (opts.dryRun !== true) unlinkSync(e.file.abs);
    ctx.io.stdout(
      `${opts.dryRun === true ? "would expire" : "expired"} ${e.file.display} (environment ${e.environment.environment}, created ${e.environment.created_at}, deleted at ${formatTimestamp(new Date(e.deleteAt * 1000))})\n`,
    );
  }
  if (expired.length === 0) ctx.io.stdout("no environment has expired\n");
  else if (opts.dryRun === true)
    ctx.io.stdout(`dry run: ${expired.length} file(s) would be removed, none was\n`);
}

interface Target {
  readonly service: string;
  readonly repo: RepositoryRef;
  readonly pr: number;
  readonly serviceDir: string;
  readonly environmentsDir: string;
  readonly path: string;
  readonly display: (abs: string) => string;
}

function resolveTarget(ctx: CommandContext, opts: TargetOptions): Target {
  const repo = parseRepositoryRef(opts.repo);
  if (!repo)
    throw new UsageError(
      `--repo must be OWNER/NAME with GitHub's naming rules (owner: letters, digits, single inner '-'; name: letters, digits, '.', '_', '-'), got ${JSON.stringify(opts.repo)}`,
    );
  const pr = Number(opts.pr);
  if (!/^[1-9]\d*$/.test(opts.pr) || !Number.isSafeInteger(pr))
    throw new UsageError(`--pr must be a positive whole number, got ${JSON.stringify(opts.pr)}`);
  const { root, display } = previewRoot(ctx, opts.configDir);
  const service = checkService(root, opts.service, display);
  const serviceDir = join(root, service);
  const environmentsDir = join(serviceDir, ENVIRONMENTS_DIR);
  const path = join(environmentsDir, previewEnvironmentFileName(repo, pr));
  // The file name is built from validated parts; this guards the one invariant that matters: a
  // write lands directly in this service's environments/ folder, never in another service's.
  if (relative(environmentsDir, path).includes("/") || relative(environmentsDir, path).includes("\\"))
    throw new UsageError(`refusing to write outside ${display(environmentsDir)}`);
  return { service, repo, pr, serviceDir, environmentsDir, path, display };
}

function previewRoot(
  ctx: CommandContext,
  configDir: string | undefined,
): { root: string; display: (abs: string) => string } {
  const config = loadAtmosConfig({
    ...(configDir !== undefined ? { configDir } : {}),
    cwd: ctx.io.cwd,
    env: ctx.io.env,
  });
  return {
    root: join(config.basePath, PREVIEW_ROOT_DIR),
    display: (abs) => relative(ctx.io.cwd, abs) || abs,
  };
}

/** The service name when it has a directory with a service template inside the tree (no symlink escape). */
function checkService(root: string, service: string, display: (abs: string) => string): string {
  if (!SERVICE_NAME_PATTERN.test(service))
    throw new UsageError(
      `--service must be a service directory name (a slug), got ${JSON.stringify(service)}`,
    );
  const dir = join(root, service);
  if (!existsSync(join(dir, SERVICE_TEMPLATE_FILE))) {
    throw new DiagnosticError([
      directoryDiagnostic(
        PREVIEW_CODES.unknownService,
        `there is no preview-environment service '${service}' (no ${SERVICE_TEMPLATE_FILE} in ${display(dir)}).${suggestion(service, listServices(root))}`,
        `Known services: ${listServices(root).join(", ") || "none"}.`,
      ),
    ]);
  }
  if (realpathSync(dir) !== join(realpathSync(root), service)) {
    throw new DiagnosticError([
      directoryDiagnostic(
        PREVIEW_CODES.unknownService,
        `the service directory '${service}' resolves outside its own folder (a symbolic link to ${realpathSync(dir)})`,
        "Each service owns its own directory; replace the link with a real directory.",
      ),
    ]);
  }
  return service;
}

function listServices(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => SERVICE_NAME_PATTERN.test(name) && existsSync(join(root, name, SERVICE_TEMPLATE_FILE)))
    .sort();
}

/** Another pull request whose id collides with this one (28 bits) would share its stack: refuse. */
function refuseIdCollision(t: Target): void {
  const id = previewEnvironmentId(t.repo, t.pr);
  const own = previewEnvironmentFileName(t.repo, t.pr);
  const other = environmentFileNames(t.environmentsDir).find((f) => f !== own && f.endsWith(`-${id}.yaml`));
  if (other !== undefined) {
    throw new DiagnosticError([
      pathDiagnostic(
        t.display(join(t.environmentsDir, other)),
        "DUPLICATE_STACK_NAME",
        `the environment id '${id}' of ${t.repo.owner}/${t.repo.name}#${t.pr} is already used by '${other}' (both would be the stack '${previewStackId(t.service, id)}')`,
        "Close one of the pull requests' environments first; ids are 7 hex characters and collide rarely.",
      ),
    ]);
  }
}

function environmentFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") && !f.startsWith("."))
    .sort();
}

function readText(abs: string, display: (abs: string) => string): PreviewYamlText & { abs: string } {
  return { abs, display: display(abs), text: readFileSync(abs, "utf8") };
}

function describe(t: Target): string {
  const id = previewEnvironmentId(t.repo, t.pr);
  return `environment ${id}, stack ${previewStackId(t.service, id)}`;
}

function clock(ctx: CommandContext): Date {
  const injected = ctx.io.env[NOW_VARIABLE];
  if (injected === undefined || injected === "") return new Date();
  const date = new Date(injected);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`${NOW_VARIABLE} must be an ISO timestamp, got ${JSON.stringify(injected)}`);
  return date;
}
