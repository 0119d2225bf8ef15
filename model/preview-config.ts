/**
 * Reads the preview-environments tree (`<atmos base_path>/preview-environments/`) for every
 * manager instance: which services each manager owns (its `services` var), their templates and
 * environment files. Every directory must belong to exactly one manager and every name a template
 * uses (space, worker pool, policies) must exist, so nothing is silently ignored.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Diagnostic } from "../config-engine/diagnostics";
import { describeEscape, ESCAPE_HINT, repositoryRootOf, RepoRoot } from "../config-engine/repo-files";
import type { AtmosConfig, JsonValue, ResolvedComponent } from "../config-engine/types";
import { suggestion } from "./did-you-mean";
import { parseSection } from "./parse-section";
import {
  buildPreviewEnvironment,
  RESERVED_ENVIRONMENT_VARIABLES,
  type EnvironmentContext,
} from "./preview-environment-build";
import {
  componentDiagnostic,
  directoryDiagnostic,
  fileDiagnostic,
  pathDiagnostic,
  PREVIEW_CODES,
  type PreviewYamlText,
} from "./preview-errors";
import { parsePreviewFile } from "./preview-files";
import {
  DEFAULT_ENVIRONMENT_POLICIES,
  environmentFileSchema,
  previewManagerVarsSchema,
  serviceTemplateSchema,
  type ServiceTemplate,
} from "./preview-schema";
import type {
  PreviewEnvironmentModel,
  PreviewEnvironmentsConfig,
  PreviewServiceModel,
} from "./preview-types";
import type { PolicyType } from "./types";
import { placementProblem, type PoolPlacement } from "./worker-pool-space-check";

/** The folder under atmos's base path holding one directory per service. */
export const PREVIEW_ROOT_DIR = "preview-environments";
/** The service template inside a service directory. */
export const SERVICE_TEMPLATE_FILE = "service.yaml";
/** The folder of environment files inside a service directory. */
export const ENVIRONMENTS_DIR = "environments";

/** Names the templates may reference. */
export interface PreviewNameTables {
  readonly spaces: ReadonlySet<string>;
  readonly workerPools: ReadonlySet<string>;
  /** Declared policies with their type; external policies map to undefined. */
  readonly policies: ReadonlyMap<string, PolicyType | undefined>;
  /**
   * Where pools and spaces are, to check that the environments may use their pool.
   * @default - not checked
   */
  readonly placement?: PoolPlacement;
}

/** Inputs of {@link readPreviewEnvironments}. */
export interface PreviewReadInput {
  readonly config: AtmosConfig;
  /** The `spacelift/preview-environments` instances, by Spacelift stack id. */
  readonly managers: readonly { readonly id: string; readonly source: ResolvedComponent }[];
  readonly names: PreviewNameTables;
  /** Ids of every stack derived from atmos components (an environment may not take one). */
  readonly stackIds: ReadonlySet<string>;
}

/** Reads every manager's services and environments; problems go to `out`. */
export function readPreviewEnvironments(
  input: PreviewReadInput,
  out: Diagnostic[],
): Map<string, PreviewEnvironmentsConfig> {
  const root = join(input.config.basePath, PREVIEW_ROOT_DIR);
  const display = (abs: string): string => relative(input.config.cwd ?? process.cwd(), abs) || abs;
  const result = new Map<string, PreviewEnvironmentsConfig>();
  const claimedBy = new Map<string, string>();
  let unreadableManager = false;
  for (const manager of [...input.managers].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const site = { component: manager.source, section: "vars" as const, path: [] as string[] };
    const parsed = parseSection(previewManagerVarsSchema, manager.source.vars as JsonValue, site, {
      invalidCode: "INVALID_VARS",
    });
    out.push(...parsed.diagnostics);
    if (!parsed.value) {
      unreadableManager = true;
      continue;
    }
    const policyNames = parsed.value.environment_policy_attachments ?? [...DEFAULT_ENVIRONMENT_POLICIES];
    checkEnvironmentPolicies(manager.source, policyNames, input.names, out);
    const services: PreviewServiceModel[] = [];
    for (const service of [...parsed.value.services].sort()) {
      const servicesSite = { ...site, path: ["services"] };
      const other = claimedBy.get(service);
      if (other !== undefined) {
        out.push(
          componentDiagnostic(
            "error",
            PREVIEW_CODES.serviceClaimedTwice,
            servicesSite,
            `the preview-environment service '${service}' is listed by the managers '${other}' and '${manager.id}'`,
            "A service's environments belong to one manager: remove it from one of the lists.",
          ),
        );
        continue;
      }
      claimedBy.set(service, manager.id);
      const dir = join(root, service);
      if (!isDirectory(dir)) {
        out.push(
          componentDiagnostic(
            "error",
            PREVIEW_CODES.unknownService,
            servicesSite,
            `the preview-environment service '${service}' has no directory ${display(dir)}${suggestion(service, listDirs(root))}`,
            `Create ${display(join(dir, SERVICE_TEMPLATE_FILE))}, or fix the name.`,
          ),
        );
        continue;
      }
      const ctx = { service, managerId: manager.id, policyNames };
      const model = readService(dir, ctx, input, display, out);
      if (model) services.push(model);
    }
    result.set(manager.id, { managerId: manager.id, services });
  }
  // A manager whose vars are invalid may own any directory: its error is enough.
  for (const dir of unreadableManager ? [] : listDirs(root)) {
    if (claimedBy.has(dir)) continue;
    out.push(
      directoryDiagnostic(
        PREVIEW_CODES.unmanagedService,
        `the preview-environment service directory ${display(join(root, dir))} is not listed by any manager: its environments would never be created`,
        "Add it to the `services` var of a spacelift/preview-environments component, or delete the directory.",
      ),
    );
  }
  return result;
}

function readService(
  dir: string,
  ctx: Omit<EnvironmentContext, "template">,
  input: PreviewReadInput,
  display: (abs: string) => string,
  out: Diagnostic[],
): PreviewServiceModel | undefined {
  const templatePath = join(dir, SERVICE_TEMPLATE_FILE);
  if (!existsSync(templatePath)) {
    out.push(
      directoryDiagnostic(
        PREVIEW_CODES.unknownService,
        `the preview-environment service '${ctx.service}' has no ${SERVICE_TEMPLATE_FILE} in ${display(dir)}`,
        "Write the service template (repository, space_name, ttl_hours, …): see docs/preview-environments.md.",
      ),
    );
    return undefined;
  }
  const repo = new RepoRoot(repositoryRootOf(input.config));
  const templateText = readInsideRepo(repo, templatePath, display, out);
  if (templateText === undefined) return undefined;
  const templateFile = { display: display(templatePath), text: templateText };
  const parsed = parsePreviewFile(templateFile, serviceTemplateSchema);
  out.push(...parsed.diagnostics);
  if (!parsed.value) return undefined;
  const template = parsed.value;
  const before = out.length;
  checkTemplate(templateFile, template, input.names, out);
  if (out.length > before) return undefined;

  const environments: PreviewEnvironmentModel[] = [];
  for (const file of environmentFiles(join(dir, ENVIRONMENTS_DIR), repo, display, out)) {
    const envParsed = parsePreviewFile(file, environmentFileSchema);
    out.push(...envParsed.diagnostics);
    if (!envParsed.value) continue;
    const env = buildPreviewEnvironment(file, envParsed.value, { ...ctx, template }, out);
    if (!env) continue;
    if (input.stackIds.has(env.stackId)) {
      out.push(
        fileDiagnostic(
          file,
          "DUPLICATE_STACK_NAME",
          [],
          `the environment's stack id '${env.stackId}' is already the Spacelift stack id of an atmos component`,
          { hint: "Rename the service directory or the component's stack." },
        ),
      );
      continue;
    }
    const twin = environments.find((e) => e.stackId === env.stackId);
    if (twin) {
      out.push(
        fileDiagnostic(
          file,
          "DUPLICATE_STACK_NAME",
          ["environment"],
          `the environment id '${env.id}' is also the id of ${twin.file}: both would be the stack '${env.stackId}'`,
          { hint: "Ids are 7 hex characters and collide rarely: delete one of the two environments." },
        ),
      );
      continue;
    }
    environments.push(env);
  }
  return {
    name: ctx.service,
    templateFile: templateFile.display,
    ttlHours: template.ttl_hours,
    spaceName: template.space_name,
    environments: environments.sort((a, b) => (a.stackId < b.stackId ? -1 : 1)),
  };
}

/** Every name the template references exists; reserved variables are not overridden. */
function checkTemplate(
  file: PreviewYamlText,
  t: ServiceTemplate,
  names: PreviewNameTables,
  out: Diagnostic[],
): void {
  if (!names.spaces.has(t.space_name)) {
    out.push(
      fileDiagnostic(
        file,
        "UNKNOWN_SPACE",
        ["space_name"],
        `the space '${t.space_name}' is not declared.${suggestion(t.space_name, names.spaces)}`,
        { hint: `Known spaces: ${[...names.spaces].sort().join(", ")}.` },
      ),
    );
  }
  if (t.worker_pool_name !== undefined && !names.workerPools.has(t.worker_pool_name)) {
    out.push(
      fileDiagnostic(
        file,
        "UNKNOWN_WORKER_POOL",
        ["worker_pool_name"],
        `the worker pool '${t.worker_pool_name}' is not created by any worker-pool component.${suggestion(t.worker_pool_name, names.workerPools)}`,
        { hint: `Known worker pools: ${[...names.workerPools].sort().join(", ") || "none"}.` },
      ),
    );
  }
  const problem =
    t.worker_pool_name !== undefined && names.placement
      ? placementProblem("the environment stacks", t.space_name, t.worker_pool_name, names.placement)
      : undefined;
  if (problem) {
    out.push(
      fileDiagnostic(file, "WORKER_POOL_NOT_IN_SPACE", ["worker_pool_name"], problem.message, {
        hint: problem.hint,
      }),
    );
  }
  if (t.worker_pool_name === undefined && t.allow_public_workers !== true) {
    out.push(
      fileDiagnostic(
        file,
        "NO_WORKER_POOL",
        [],
        "the service template names no worker_pool_name and does not set allow_public_workers: true",
        {
          hint: "Preview environments run on a private worker pool unless public workers are allowed explicitly.",
        },
      ),
    );
  }
  for (const name of RESERVED_ENVIRONMENT_VARIABLES) {
    if (t.env?.[name] !== undefined) {
      out.push(
        fileDiagnostic(
          file,
          PREVIEW_CODES.invalidValue,
          ["env", name],
          `${name} is set from each environment file and cannot be set in the service template`,
        ),
      );
    }
  }
}

function checkEnvironmentPolicies(
  component: ResolvedComponent,
  policyNames: readonly string[],
  names: PreviewNameTables,
  out: Diagnostic[],
): void {
  const site = { component, section: "vars" as const, path: ["environment_policy_attachments"] };
  for (const name of policyNames) {
    if (!names.policies.has(name)) {
      out.push(
        componentDiagnostic(
          "error",
          "UNKNOWN_POLICY",
          site,
          `the preview environments attach the policy '${name}', which no spaces component declares.${suggestion(name, names.policies.keys())}`,
          "Declare it in the spaces component (catalog: git_push.preview-environment) or list it in integrations.spacelift_atmos.external.policies.",
        ),
      );
    }
  }
  const types = policyNames.map((n) => (names.policies.has(n) ? names.policies.get(n) : "GIT_PUSH"));
  if (!types.some((t) => t === undefined || t === "GIT_PUSH")) {
    out.push(
      componentDiagnostic(
        "warning",
        PREVIEW_CODES.environmentsWithoutPushPolicy,
        site,
        "no GIT_PUSH policy is attached to the preview environments: every push and pull request touching their project root starts runs on them",
        "Attach 'GIT_PUSH Preview Environment' (catalog: git_push.preview-environment).",
      ),
    );
  }
}

/** The environment files of a service, sorted; anything else in the folder is an error. */
function environmentFiles(
  dir: string,
  repo: RepoRoot,
  display: (abs: string) => string,
  out: Diagnostic[],
): (PreviewYamlText & { abs: string })[] {
  if (!isDirectory(dir)) return [];
  const files: (PreviewYamlText & { abs: string })[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue; // .gitkeep keeps an empty folder in git
    const abs = join(dir, name);
    if (!name.endsWith(".yaml") || isDirectory(abs)) {
      const message = `${display(abs)} is not an environment file (<owner>-<repo>-<pr>-<id>.yaml)`;
      const hint = "Only environment files live in environments/: move or delete it.";
      out.push(
        isDirectory(abs)
          ? directoryDiagnostic(PREVIEW_CODES.strayFile, message, hint)
          : pathDiagnostic(display(abs), PREVIEW_CODES.strayFile, message, hint),
      );
      continue;
    }
    const text = readInsideRepo(repo, abs, display, out);
    if (text !== undefined) files.push({ abs, display: display(abs), text });
  }
  return files;
}

/** The file's text, or a FILE_OUTSIDE_REPOSITORY error when its real path (symlinks) leaves the repository. */
function readInsideRepo(
  repo: RepoRoot,
  abs: string,
  display: (abs: string) => string,
  out: Diagnostic[],
): string | undefined {
  const confined = repo.check(display(abs), abs);
  if (confined.ok) return readFileSync(confined.real, "utf8");
  out.push(
    pathDiagnostic(display(abs), "FILE_OUTSIDE_REPOSITORY", describeEscape(confined.escape), ESCAPE_HINT),
  );
  return undefined;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function listDirs(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && isDirectory(join(dir, name)))
    .sort();
}
