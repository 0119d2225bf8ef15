/**
 * Assembles one Spacelift stack from its component, its parsed `settings.spacelift` and the vars of
 * the admin stack that creates it, with Cloud Posse's precedence: `settings.spacelift.<key>` >
 * admin-stack var > documented default.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import type { JsonMap, JsonValue } from "../config-engine/types";
import type { AdminStackVars } from "./admin-stack-config";
import type { NamedComponent } from "./dependencies";
import { modelDiagnostic, show, type FindingSite } from "./errors";
import { joinRepoPath, type IntegrationConfig } from "./integration-config";
import { HOOK_KEYS, type HookKey, type SpaceliftSettings } from "./spacelift-settings";
import { replaceContextTokens, spaceliftSlug, stackContext, type StackContext } from "./stack-names";
import type { EnvironmentVariable, StackKind, StackModel, VcsSettings } from "./types";

/** The keys of the per-stack AWS role, mutually exclusive with `aws_integration`. */
const AWS_ROLE_KEYS = [
  "aws_role_enabled",
  "aws_role_arn",
  "aws_role_external_id",
  "aws_role_generate_credentials_in_worker",
] as const satisfies readonly (keyof SpaceliftSettings)[];

/** The atmos hook scripts Cloud Posse's runner images ship; stacks this app runs do not use them. */
const ATMOS_HOOK_SCRIPTS = /^spacelift-(configure-paths|write-vars|tf-workspace)\b/;

/** Inputs of {@link buildStackModel}. */
export interface StackModelInput {
  readonly self: NamedComponent;
  readonly kind: StackKind;
  readonly settings: SpaceliftSettings;
  readonly manager: {
    readonly id: string;
    readonly vars: AdminStackVars;
    readonly context: StackContext;
    readonly named: NamedComponent;
  };
  readonly isRootSelf: boolean;
  readonly labels: readonly string[];
  readonly dependsOn: readonly string[];
  readonly integration: IntegrationConfig;
}

/** Builds the stack; problems go to `out`. `spaceAdminIn` is filled in later by the caller. */
export function buildStackModel(input: StackModelInput, out: Diagnostic[]): StackModel {
  const { self, settings: s, manager, kind, integration } = input;
  const c = self.component;
  const v = manager.vars;
  const settingSite = (...path: (string | number)[]): FindingSite => ({
    component: c,
    section: "settings",
    path: ["spacelift", ...path],
  });
  const managerSite = (...path: (string | number)[]): FindingSite => ({
    component: manager.named.component,
    section: "vars",
    path,
  });
  const isApp = kind !== "component";

  const hooks = hooksOf(s, isApp, integration, self, out);
  const backendConfigured = c.backendType !== "";
  const manageState = s.manage_state ?? v.manage_state ?? !backendConfigured;
  if (manageState && backendConfigured && (s.manage_state === true || v.manage_state === true)) {
    out.push(
      modelDiagnostic(
        "warning",
        "MANAGE_STATE_CONFLICT",
        s.manage_state === true ? settingSite("manage_state") : managerSite("manage_state"),
        `manage_state is true but the component has a '${c.backendType}' backend: Spacelift would ignore it and keep the state itself`,
        "Keep state in the atmos backend (manage_state: false) so the stack can be run without Spacelift.",
      ),
    );
  }
  if (kind === "admin-stack" && manageState) {
    out.push(
      modelDiagnostic(
        "warning",
        "STATE_ONLY_IN_SPACELIFT",
        { component: c, section: "backend", path: [] },
        `the admin stack '${self.name}' keeps its state only in Spacelift; if Spacelift is down it cannot be run`,
        "Configure an s3 backend for it (terraform.backend.s3) — see 'When Spacelift is down' in the README.",
      ),
    );
  }

  // App stacks need this app's runner image (Node.js); Cloud Posse's `runner_image` var is the
  // fallback when atmos.yaml names none, as it is for every stack in Cloud Posse's admin stack.
  const runnerImage = isApp
    ? (s.runner_image ?? integration.app.runnerImage ?? v.runner_image ?? undefined)
    : (s.runner_image ?? v.runner_image ?? undefined);
  const terraformVersion = resolveTerraformVersion(s, v, settingSite("terraform_version"), out);
  if (
    terraformVersion !== undefined &&
    c.backend["use_lockfile"] === true &&
    olderThan(terraformVersion, 1, 10)
  ) {
    out.push(
      modelDiagnostic(
        "warning",
        "TERRAFORM_TOO_OLD_FOR_BACKEND",
        { component: c, section: "backend", path: ["use_lockfile"] },
        `the stack '${self.name}' pins terraform ${terraformVersion}, but its backend locks with S3 lock files (use_lockfile), which need terraform 1.10 or later: init will fail`,
        "Pin terraform 1.10 or later (terraform_version / terraform_version_map), or lock with dynamodb_table.",
      ),
    );
  }
  const awsIntegration = s.aws_integration;
  // `aws_role_enabled: false` next to an integration says the same thing twice; anything else conflicts.
  const awsRoleKeysSet = AWS_ROLE_KEYS.filter(
    (k) => s[k] !== undefined && !(k === "aws_role_enabled" && s[k] === false),
  );
  if (awsIntegration && awsRoleKeysSet.length > 0) {
    out.push(
      modelDiagnostic(
        "error",
        "INVALID_SETTING",
        settingSite("aws_integration"),
        `aws_integration and ${awsRoleKeysSet.join(", ")} are mutually exclusive: a stack gets its AWS credentials either from an AWS integration or from a role`,
        "Keep aws_integration (recommended) and remove the aws_role_* keys, or the other way round.",
      ),
    );
  }
  // An integration on the stack replaces the admin stack's default role (settings win over vars).
  const awsRoleEnabled = awsIntegration ? false : (s.aws_role_enabled ?? v.aws_role_enabled);
  const awsRoleArn = s.aws_role_arn ?? v.aws_role_arn ?? undefined;
  if (awsRoleEnabled && !awsRoleArn) {
    out.push(
      modelDiagnostic(
        "error",
        "INVALID_SETTING",
        settingSite("aws_role_enabled"),
        "aws_role_enabled is true but no aws_role_arn is set",
        "Set settings.spacelift.aws_role_arn or the admin stack's aws_role_arn.",
      ),
    );
  }
  const webhookEnabled = s.webhook_enabled ?? v.webhook_enabled;
  const webhookEndpoint = s.webhook_endpoint ?? v.webhook_endpoint ?? undefined;
  if (webhookEnabled && !webhookEndpoint) {
    out.push(
      modelDiagnostic(
        "error",
        "INVALID_SETTING",
        settingSite("webhook_enabled"),
        "webhook_enabled is true but no webhook_endpoint is set",
      ),
    );
  }
  const driftEnabled = s.drift_detection_enabled ?? v.drift_detection_enabled;
  const runEnabled = s.spacelift_run_enabled ?? v.spacelift_run_enabled;
  const commitSha = v.commit_sha ?? s.commit_sha;
  const description = s.description ?? v.description ?? undefined;
  const vcs = vcsOf(s, v);
  const workspace = isApp ? undefined : (s.terraform_workspace ?? c.workspace);

  const previousNames = [...new Set(s.previous_names ?? [])];
  if (s.move_state !== undefined && previousNames.length === 0) {
    out.push(
      modelDiagnostic(
        "error",
        "INVALID_SETTING",
        settingSite("move_state"),
        "move_state only applies to a renamed stack, but previous_names is empty",
        "Remove move_state, or list the stack's old ids under previous_names.",
      ),
    );
  }
  return {
    id: self.name,
    slug: spaceliftSlug(self.name, previousNames),
    kind,
    atmosComponent: c.atmosComponent,
    atmosStack: c.atmosStack,
    stackPrefix: c.spaceliftPrefix,
    component: c.component,
    stackFile: c.stackFile,
    managerId: manager.id,
    ...(description !== undefined ? { description } : {}),
    repository: v.repository,
    branch: s.branch ?? v.branch,
    projectRoot: isApp ? integration.app.projectRoot : joinRepoPath(v.component_root, c.component),
    labels: input.labels,
    spaceName: spaceNameOf(input, out),
    ...workerPool(s, v),
    policyNames: policyNames(s, v, input.isRootSelf),
    contextAttachments: s.context_attachments ?? v.context_attachments,
    hooks,
    ...(runnerImage ? { runnerImage } : {}),
    ...(terraformVersion !== undefined ? { terraformVersion } : {}),
    terraformWorkflowTool: s.terraform_workflow_tool ?? v.terraform_workflow_tool,
    ...(workspace !== undefined ? { terraformWorkspace: workspace } : {}),
    terraformSmartSanitization: s.terraform_smart_sanitization ?? v.terraform_smart_sanitization,
    autodeploy: s.autodeploy ?? v.autodeploy,
    autoretry: s.autoretry ?? v.autoretry,
    localPreviewEnabled: s.local_preview_enabled ?? v.local_preview_enabled,
    manageState,
    protectFromDeletion: s.protect_from_deletion ?? v.protect_from_deletion,
    additionalProjectGlobs: [
      ...(s.additional_project_globs ?? []),
      ...(isApp ? [joinRepoPath(integration.configDirInRepo, "**")] : []),
    ],
    ...(s.enable_sensitive_outputs_upload !== undefined
      ? { enableSensitiveOutputsUpload: s.enable_sensitive_outputs_upload }
      : {}),
    ...(vcs ? { vcs } : {}),
    environment: environmentOf(input, out),
    ...(isApp ? {} : { mountedVars: c.vars }),
    ...(awsRoleEnabled && awsRoleArn
      ? {
          awsRole: {
            roleArn: awsRoleArn,
            ...((s.aws_role_external_id ?? v.aws_role_external_id)
              ? { externalId: (s.aws_role_external_id ?? v.aws_role_external_id)! }
              : {}),
            generateCredentialsInWorker:
              s.aws_role_generate_credentials_in_worker ?? v.aws_role_generate_credentials_in_worker,
          },
        }
      : {}),
    ...(awsIntegration
      ? {
          awsIntegration: {
            ...(awsIntegration.name !== undefined ? { name: awsIntegration.name } : {}),
            ...(awsIntegration.id !== undefined ? { id: awsIntegration.id } : {}),
            read: awsIntegration.read ?? true,
            write: awsIntegration.write ?? true,
          },
        }
      : {}),
    ...(driftEnabled
      ? {
          driftDetection: {
            reconcile: s.drift_detection_reconcile ?? v.drift_detection_reconcile,
            schedule: s.drift_detection_schedule ?? v.drift_detection_schedule,
            timezone: s.drift_detection_timezone ?? v.drift_detection_timezone ?? "UTC",
            ignoreState: s.drift_detection_ignore_state ?? false,
          },
        }
      : {}),
    ...(webhookEnabled && webhookEndpoint
      ? {
          webhook: {
            endpoint: webhookEndpoint,
            ...(s.webhook_secret_variable ? { secretVariable: s.webhook_secret_variable } : {}),
          },
        }
      : {}),
    ...(runEnabled ? { spaceliftRun: commitSha ? { commitSha } : {} } : {}),
    destructorActive: s.stack_destructor_enabled ?? v.stack_destructor_enabled,
    dependsOn: input.dependsOn,
    stackDependencyResources: s.spacelift_stack_dependency_enabled ?? v.spacelift_stack_dependency_enabled,
    spaceAdminIn: [],
    // Oldest first: the first name stays the slug, and the moved blocks chain in this order.
    previousNames,
    ...(s.move_state === true ? { moveStateOnRename: true } : {}),
    source: c,
  };
}

function hooksOf(
  s: SpaceliftSettings,
  isApp: boolean,
  integration: IntegrationConfig,
  self: NamedComponent,
  out: Diagnostic[],
): Partial<Record<HookKey, readonly string[]>> {
  const hooks: Partial<Record<HookKey, readonly string[]>> = {};
  const dropped: string[] = [];
  for (const key of HOOK_KEYS) {
    let list = s[key];
    if (list && isApp) {
      dropped.push(...list.filter((h) => ATMOS_HOOK_SCRIPTS.test(h)));
      list = list.filter((h) => !ATMOS_HOOK_SCRIPTS.test(h));
    }
    if (list && list.length > 0) hooks[key] = list;
  }
  if (isApp) {
    hooks.before_init = [...appSynthHooks(integration), ...(hooks.before_init ?? [])];
    if (dropped.length > 0) {
      out.push(
        modelDiagnostic(
          "warning",
          "ATMOS_HOOKS_DROPPED",
          { component: self.component, section: "settings", path: ["spacelift", "before_init"] },
          `the atmos hook scripts ${[...new Set(dropped)].join(", ")} are not used by '${self.name}': this app synthesizes it instead`,
        ),
      );
    }
  }
  return hooks;
}

/** The before_init hooks that make a Spacelift run of an app-implemented stack synthesize it. */
export function appSynthHooks(integration: IntegrationConfig): string[] {
  return [
    integration.app.installCommand,
    'SPACELIFT_ATMOS_ONLY_STACK="$TF_VAR_spacelift_stack_id" node --require tsx/cjs main.ts',
    'cp "cdktf.out/stacks/$TF_VAR_spacelift_stack_id/cdk.tf.json" .',
  ];
}

/**
 * Cloud Posse's rule: `lookup(var.terraform_version_map, settings.terraform_version, var.terraform_version)`.
 * A setting that is not a key of the map falls back to the admin stack's `terraform_version` (a
 * warning says so, since the setting is then ignored).
 */
function resolveTerraformVersion(
  s: SpaceliftSettings,
  v: AdminStackVars,
  site: FindingSite,
  out: Diagnostic[],
): string | undefined {
  const requested = s.terraform_version;
  if (requested === undefined) return v.terraform_version ?? undefined;
  const mapped = v.terraform_version_map[requested];
  if (mapped !== undefined) return mapped;
  const keys = Object.keys(v.terraform_version_map);
  const fallback = v.terraform_version ?? undefined;
  out.push(
    modelDiagnostic(
      "warning",
      "IGNORED_SETTING",
      site,
      `terraform_version ${show(requested)} is not a key of the admin stack's terraform_version_map (${keys.length > 0 ? keys.join(", ") : "empty"}): as in Cloud Posse's admin stack, ${fallback !== undefined ? `the admin stack's terraform_version ${show(fallback)}` : "Spacelift's default version"} is used`,
      "Add the version to terraform_version_map (an exact version maps to itself: `1.9.8: 1.9.8`).",
    ),
  );
  return fallback;
}

function spaceNameOf(input: StackModelInput, out: Diagnostic[]): string {
  const s = input.settings;
  if (s.space_name !== undefined) return s.space_name;
  if (s.space_name_pattern !== undefined) {
    const own = replaceContextTokens(s.space_name_pattern, stackContext(input.self.component));
    const cloudPosse = replaceContextTokens(s.space_name_pattern, input.manager.context);
    if (own !== cloudPosse) {
      out.push(
        modelDiagnostic(
          "warning",
          "SPACE_PATTERN_CONTEXT_CHANGED",
          { component: input.self.component, section: "settings", path: ["spacelift", "space_name_pattern"] },
          `space_name_pattern gives '${own}' from this stack's context; Cloud Posse's admin stack filled it from its own context and would have used '${cloudPosse}'`,
          "Check that the stack is meant to live in this space before applying.",
        ),
      );
    }
    return own;
  }
  return input.manager.vars.space_id;
}

function workerPool(s: SpaceliftSettings, v: AdminStackVars): { workerPoolName?: string } {
  const name = s.worker_pool_name ?? v.worker_pool_name ?? undefined;
  return name ? { workerPoolName: name } : {};
}

function policyNames(s: SpaceliftSettings, v: AdminStackVars, isRootSelf: boolean): string[] {
  const own = Array.isArray(s.policies) ? s.policies : [];
  const inherited = isRootSelf ? v.root_stack_policy_attachments : v.child_policy_attachments;
  return [...new Set([...own, ...inherited])].sort();
}

function vcsOf(s: SpaceliftSettings, v: AdminStackVars): VcsSettings | undefined {
  for (const provider of [
    "github_enterprise",
    "gitlab",
    "bitbucket_cloud",
    "bitbucket_datacenter",
    "showcase",
  ] as const) {
    const block: Record<string, unknown> | undefined = s[provider] ?? asStringMap(v[provider]);
    const namespace = block?.["namespace"];
    if (typeof namespace === "string") {
      const id = block?.["id"];
      return {
        provider,
        namespace,
        ...(typeof id === "string" ? { id } : {}),
      };
    }
  }
  const azure = s.azure_devops ?? asStringMap(v.azure_devops);
  if (typeof azure?.["project"] === "string") {
    return {
      provider: "azure_devops",
      namespace: azure["project"],
      ...(typeof azure["id"] === "string" ? { id: azure["id"] } : {}),
    };
  }
  if (s.raw_git) return { provider: "raw_git", namespace: s.raw_git.namespace, url: s.raw_git.url };
  return undefined;
}

function asStringMap(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

function environmentOf(input: StackModelInput, out: Diagnostic[]): EnvironmentVariable[] {
  const c = input.self.component;
  const env: EnvironmentVariable[] = [
    { name: "ATMOS_STACK", value: c.spaceliftPrefix },
    { name: "ATMOS_COMPONENT", value: c.atmosComponent },
  ];
  if (input.kind === "component" && input.integration.setAtmosPathEnv) {
    const root = input.integration.workspaceRoot;
    env.push({ name: "ATMOS_CLI_CONFIG_PATH", value: joinRepoPath(root, input.integration.configDirInRepo) });
    env.push({ name: "ATMOS_BASE_PATH", value: joinRepoPath(root, input.integration.basePathInRepo) });
  }
  const reserved = new Set(env.map((e) => e.name));
  const source: JsonMap =
    Object.keys(c.env).length > 0 ? c.env : (input.manager.vars.component_env as JsonMap);
  const section = Object.keys(c.env).length > 0 ? "env" : "vars";
  for (const name of Object.keys(source).sort()) {
    const value: JsonValue | undefined = source[name];
    const site: FindingSite =
      section === "env"
        ? { component: c, section: "env", path: [name] }
        : { component: input.manager.named.component, section: "vars", path: ["component_env", name] };
    if (reserved.has(name)) {
      out.push(
        modelDiagnostic(
          "error",
          "INVALID_SETTING",
          site,
          `the environment variable ${name} is set by this app and cannot be overridden`,
        ),
      );
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value === "object") {
      out.push(
        modelDiagnostic(
          "error",
          "INVALID_SETTING",
          site,
          `environment variable ${name} must be a string, number or boolean, got ${show(value)}`,
        ),
      );
      continue;
    }
    env.push({ name, value: String(value) });
  }
  return env;
}

/** True when the semantic version `version` is older than `major.minor`. */
function olderThan(version: string, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  if (!m) return false;
  const [maj, min] = [Number(m[1]), Number(m[2])];
  return maj < major || (maj === major && min < minor);
}
