/**
 * `break-glass STACK_ID`: Spacelift's Disaster Continuity procedure (assume the deployment role,
 * export its credentials, init/plan/apply) made exact for one stack of this configuration.
 */
import type { SpaceliftModel } from "../model";
import { appSteps, componentSteps, previewSteps } from "./commands";
import { assumeRoleStep } from "./credentials";
import { noDeploymentRole, noPreviewDeploymentRole } from "./errors";
import { apisOf, findTarget, type BreakGlassTarget } from "./targets";
import { stateOf } from "./state";
import type { RepositoryLayout, Runbook, RunbookRole, RunbookStep, TargetKind } from "./types";
import { runbookWarnings } from "./warnings";
import { stateStep, whatToChangeStep } from "./state-steps";

/** The sensitive variables of a worker pool whose CSR the operator supplies (constructs/worker-pool.ts). */
export const WORKER_POOL_CSR_VARIABLES: readonly string[] = [
  "spacelift_worker_pool_csr",
  "spacelift_worker_pool_private_key",
];

/** Options of {@link buildRunbook}. */
export interface RunbookOptions {
  readonly layout: RepositoryLayout;
  /**
   * Role to assume instead of the stack's Spacelift AWS role (`--role-arn`): a break-glass role.
   * @default - the stack's `aws_role_arn`
   */
  readonly roleArn?: string;
}

/**
 * The runbook of `stackId`. Throws UNKNOWN_STACK for an id that is not a stack, and
 * NO_DEPLOYMENT_ROLE when its resources need AWS credentials but no role is known.
 */
export function buildRunbook(model: SpaceliftModel, stackId: string, options: RunbookOptions): Runbook {
  const target = findTarget(model, stackId);
  const { source, stack } = target;
  const preview = target.preview?.environment;
  const apis = apisOf(target.kind);
  const { location: state, workspace, warnings: stateWarnings } = stateOf(target);
  const runnable = state.kind !== "spacelift" && state.kind !== "none";
  const role = roleOf(target, options.roleArn);
  if (runnable && apis.aws && role === undefined)
    throw target.preview !== undefined
      ? noPreviewDeploymentRole(stackId, target.preview.templateFile, workerContext(model, target))
      : noDeploymentRole(stackId, source, workerContext(model, target), stack !== undefined);
  const binary = binaryOf(target);
  const terraformVersion = stack?.terraformVersion ?? preview?.terraformVersion;
  const warnings = [
    ...runbookWarnings({ target, apis, state, binary, ...(terraformVersion ? { terraformVersion } : {}) }),
    ...stateWarnings,
  ];
  const spaceliftRoleArn =
    options.roleArn !== undefined ? (stack?.awsRole ?? preview?.awsRole)?.roleArn : undefined;
  const steps: RunbookStep[] = [];
  if (!runnable) {
    steps.push(whatToChangeStep(target, state));
  } else {
    steps.push(beforeYouStart(target));
    if (role !== undefined) steps.push(assumeRoleStep(role, stackId, spaceliftRoleArn));
    steps.push(stateStep(state, role !== undefined, binary));
    steps.push(
      ...(preview !== undefined
        ? previewSteps({
            repository: preview.repository,
            branch: preview.branch,
            projectRoot: preview.projectRoot,
            environment: preview.environment,
            binary,
            ...(terraformVersion !== undefined ? { terraformVersion } : {}),
          })
        : target.kind === "component"
          ? componentSteps({
              atmosComponent: source.atmosComponent,
              atmosStack: source.atmosStack,
              componentPath: source.componentPath,
              workspace,
              binary,
              ...(terraformVersion !== undefined ? { terraformVersion } : {}),
              layout: options.layout,
            })
          : appSteps({
              stackId,
              binary,
              ...(terraformVersion !== undefined ? { terraformVersion } : {}),
              usesSpaceliftApi: apis.spacelift,
              ...spaceliftEndpoint(model),
              sensitiveVariables: sensitiveVariables(model, target),
              layout: options.layout,
            })),
    );
  }
  return {
    stackId,
    kind: target.kind,
    runBySpacelift: stack !== undefined || preview !== undefined,
    ...(stack !== undefined
      ? { managerId: stack.managerId, repository: stack.repository, branch: stack.branch }
      : {}),
    ...(target.preview !== undefined
      ? {
          managerId: target.preview.managerId,
          repository: target.preview.environment.repository,
          branch: target.preview.environment.branch,
          preview: {
            service: target.preview.environment.service,
            file: target.preview.environment.file,
            templateFile: target.preview.templateFile,
            deleteAt: target.preview.environment.deleteAt,
          },
        }
      : {}),
    atmosStack: source.atmosStack,
    atmosComponent: source.atmosComponent,
    componentFolder: preview !== undefined ? preview.projectRoot || "." : source.component,
    stackFile: source.stackFile,
    apis,
    runnable,
    ...(role !== undefined ? { role } : {}),
    ...(spaceliftRoleArn !== undefined ? { spaceliftRoleArn } : {}),
    state,
    workspace,
    binary,
    ...(terraformVersion !== undefined ? { terraformVersion } : {}),
    warnings,
    steps,
  };
}

/** How each kind is described to operators. */
export const KIND_DESCRIPTIONS: Readonly<Record<TargetKind, string>> = {
  component: "HCL component run by atmos",
  "admin-stack": "admin stack (synthesized by this app)",
  spaces: "spaces and policies (synthesized by this app)",
  "worker-pool": "worker pool (synthesized by this app)",
  "state-backend": "state backend (synthesized by this app)",
  "preview-environments": "preview environments (synthesized by this app)",
  "preview-environment": "preview environment (created by a preview-environments manager)",
};

function roleOf(target: BreakGlassTarget, override: string | undefined): RunbookRole | undefined {
  if (override !== undefined) return { arn: override, source: "override" };
  const aws = target.stack?.awsRole ?? target.preview?.environment.awsRole;
  if (aws === undefined) return undefined;
  return {
    arn: aws.roleArn,
    ...(aws.externalId !== undefined ? { externalId: aws.externalId } : {}),
    source: "stack",
  };
}

function binaryOf(target: BreakGlassTarget): string {
  if (target.kind === "component") return target.source.command || "terraform";
  const tool = target.stack?.terraformWorkflowTool ?? target.preview?.environment.terraformWorkflowTool;
  return tool === "OPEN_TOFU" ? "tofu" : "terraform";
}

/** Where a stack without a role gets AWS credentials in Spacelift (for the NO_DEPLOYMENT_ROLE error). */
function workerContext(model: SpaceliftModel, target: BreakGlassTarget): string {
  const stack = target.stack;
  const preview = target.preview?.environment;
  if (stack === undefined && preview === undefined)
    return "Spacelift does not run it; it is deployed by hand.";
  const poolName = stack !== undefined ? stack.workerPoolName : preview?.workerPoolName;
  if (poolName === undefined)
    return "in Spacelift it runs on the public workers, which have no AWS credentials of their own.";
  const pool = model.workerPools.find((p) => p.name === poolName);
  const roles = model.appComponents.find((a) => a.id === pool?.definedBy)?.workerPool?.assumableRoles;
  const assumable =
    roles?.kind === "explicit" && roles.roleArns.length > 0
      ? `, whose workers may assume ${[...roles.roleArns].sort().join(", ")}`
      : "";
  return `in Spacelift it runs with the credentials of the workers of pool '${poolName}'${assumable}.`;
}

function beforeYouStart(target: BreakGlassTarget): RunbookStep {
  const stack = target.stack ?? target.preview?.environment;
  return {
    title: "Before you start",
    notes:
      stack !== undefined
        ? [
            "Make sure no Spacelift run of this stack is in progress or queued. If the Spacelift UI is reachable, lock the stack so that nothing starts while you work.",
            `Work in a clean clone of \`${stack.repository}\` at the commit of \`${stack.branch}\` that Spacelift last applied to this stack: a newer commit may hold changes nobody reviewed for it.`,
          ]
        : [
            "Spacelift does not run this stack. Work in a clean clone of the repository at the commit that was last deployed.",
          ],
    commands: [],
  };
}

function spaceliftEndpoint(model: SpaceliftModel): { spaceliftEndpoint?: string } {
  const endpoints = [
    ...new Set(model.appComponents.flatMap((a) => (a.workerPool ? [a.workerPool.spaceliftApiEndpoint] : []))),
  ].filter((e) => e !== "");
  return endpoints.length === 1 ? { spaceliftEndpoint: endpoints[0]! } : {};
}

function sensitiveVariables(model: SpaceliftModel, target: BreakGlassTarget): string[] {
  if (target.kind === "worker-pool")
    return target.app?.workerPool?.userCsr ? [...WORKER_POOL_CSR_VARIABLES] : [];
  if (target.kind !== "admin-stack") return [];
  const admin = model.adminStacks.find((a) => a.id === target.id);
  const names = (admin?.managedStackIds ?? []).flatMap((id) => {
    const secret = model.stack(id)?.webhook?.secretVariable;
    return secret !== undefined ? [secret] : [];
  });
  return [...new Set(names)].sort();
}
