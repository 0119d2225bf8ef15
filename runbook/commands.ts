/**
 * The init/plan/apply steps: `atmos terraform` for HCL components (what Spacelift's atmos hooks run),
 * synth plus `terraform` for the stacks this app implements (what its before_init hooks run).
 * Read-only first: every path plans into a file, and apply applies exactly that file.
 */
import { joinRepoPath } from "../model/integration-config";
import { pwdPath, promptSecret, promptValue, shellWord } from "./shell";
import type { RepositoryLayout, RunbookStep } from "./types";

/** How long plan and apply wait for a lock someone else holds, instead of failing at once. */
export const LOCK_TIMEOUT = "5m";

/** The planfile of app stacks (it can hold secrets: the last step deletes it). */
export const PLAN_FILE = "break-glass.tfplan";

/** Goes to the repository root, wherever in the checkout the operator is. */
const TO_REPOSITORY_ROOT = 'cd "$(git rev-parse --show-toplevel)"';

/** What the component steps need to know. */
export interface ComponentCommandsInput {
  readonly atmosComponent: string;
  readonly atmosStack: string;
  /** Component folder relative to the atmos base path (atmos's `component_path`). */
  readonly componentPath: string;
  readonly workspace: string;
  readonly binary: string;
  readonly terraformVersion?: string;
  readonly layout: RepositoryLayout;
}

/** Plan and apply of an HCL component through atmos, from the repository root. */
export function componentSteps(input: ComponentCommandsInput): RunbookStep[] {
  const { layout } = input;
  const target = `${shellWord(input.atmosComponent)} -s ${shellWord(input.atmosStack)}`;
  const componentDir = joinRepoPath(layout.basePathInRepo, input.componentPath);
  return [
    {
      title: "Plan (read-only)",
      notes: [
        `atmos reads the same YAML as Spacelift: it writes the backend file and the varfile (the vars Spacelift mounts as \`spacelift.auto.tfvars.json\`), selects the workspace \`${input.workspace}\` and runs \`${input.binary}\`${versionText(input.terraformVersion)}.`,
        `\`-lock-timeout=${LOCK_TIMEOUT}\` waits for a lock someone else holds instead of failing. Read the plan before going on: atmos keeps it in a planfile for the next step.`,
      ],
      commands: [
        TO_REPOSITORY_ROOT,
        `export ATMOS_CLI_CONFIG_PATH=${pwdPath(layout.configDirInRepo)} ATMOS_BASE_PATH=${pwdPath(layout.basePathInRepo)}`,
        `atmos terraform init ${target}`,
        `atmos terraform plan ${target} -- -lock-timeout=${LOCK_TIMEOUT}`,
      ],
    },
    {
      title: "Apply the reviewed plan",
      notes: [
        "`--from-plan` applies exactly the planfile you read, nothing newer (atmos 1.87.1 or later for the flags after `--`).",
      ],
      commands: [`atmos terraform apply ${target} --from-plan -- -lock-timeout=${LOCK_TIMEOUT}`],
    },
    cleanupStep([`rm -f ${shellWord(componentDir)}/*.planfile`], false),
  ];
}

/** What the app-stack steps need to know. */
export interface AppCommandsInput {
  readonly stackId: string;
  readonly binary: string;
  readonly terraformVersion?: string;
  /** Its resources are Spacelift resources (the provider needs an API key). */
  readonly usesSpaceliftApi: boolean;
  /** `SPACELIFT_API_KEY_ENDPOINT` when the config names exactly one account. @default - asked for */
  readonly spaceliftEndpoint?: string;
  /** Sensitive Terraform variables the stack declares (values come from `TF_VAR_<name>`). */
  readonly sensitiveVariables: readonly string[];
  readonly layout: RepositoryLayout;
}

/** Synth of one stack, then plan and apply with `terraform` in its output folder. */
export function appSteps(input: AppCommandsInput): RunbookStep[] {
  const { layout, binary } = input;
  const steps: RunbookStep[] = [];
  if (input.usesSpaceliftApi) steps.push(spaceliftCredentialsStep(input.spaceliftEndpoint));
  if (input.sensitiveVariables.length > 0) {
    steps.push({
      title: "Sensitive variables",
      notes: [
        "The stack declares sensitive variables; in Spacelift their values come from the stack's environment. Type them in (they are not echoed and stay out of the shell history).",
      ],
      commands: input.sensitiveVariables.flatMap((v) => promptSecret(`TF_VAR_${v}`, `TF_VAR_${v}`)),
    });
  }
  const configFromProject = relativeRepoPath(layout.appProjectRoot, layout.configDirInRepo);
  steps.push({
    title: "Synthesize the stack",
    notes: [
      `The same synth Spacelift's \`before_init\` hook runs (\`npx cdktf synth\` with the same variables is equivalent). It writes \`cdktf.out/stacks/${input.stackId}/cdk.tf.json\` with the stack's backend; nothing in it is secret.`,
      "`SPACELIFT_ATMOS_LOCAL_STATE` is for bootstrapping only: unset, the stack uses its real backend.",
    ],
    commands: [
      TO_REPOSITORY_ROOT,
      ...(layout.appProjectRoot !== "" ? [`cd ${shellWord(layout.appProjectRoot)}`] : []),
      "npm ci",
      "unset SPACELIFT_ATMOS_LOCAL_STATE",
      `ATMOS_CLI_CONFIG_PATH=${pwdPath(configFromProject)} SPACELIFT_ATMOS_ONLY_STACK=${shellWord(input.stackId)} node --require tsx/cjs main.ts`,
      `cd ${shellWord(`cdktf.out/stacks/${input.stackId}`)}`,
    ],
  });
  if (input.usesSpaceliftApi) {
    steps.push({
      title: "Inspect the state (read-only; works while the Spacelift API is down)",
      notes: [
        `Reading the state needs only the backend. \`${binary} show\` redacts sensitive values; do not \`state pull\` to disk (the state holds secrets).`,
      ],
      commands: [`${binary} init`, `${binary} state list`, `${binary} show`],
    });
  }
  steps.push(
    {
      title: "Plan (read-only)",
      notes: [
        `Install \`${binary}\`${versionText(input.terraformVersion)}. \`-lock-timeout=${LOCK_TIMEOUT}\` waits for a lock someone else holds instead of failing. Read the plan before going on.`,
      ],
      commands: [`${binary} init`, `${binary} plan -lock-timeout=${LOCK_TIMEOUT} -out=${PLAN_FILE}`],
    },
    {
      title: "Apply the reviewed plan",
      notes: ["Applies exactly the planfile you read."],
      commands: [`${binary} apply -lock-timeout=${LOCK_TIMEOUT} ${PLAN_FILE}`],
    },
    cleanupStep([`rm -f ${PLAN_FILE}`], input.usesSpaceliftApi, input.sensitiveVariables),
  );
  return steps;
}

/** What the preview-environment steps need to know (model/preview-environment-build.ts). */
export interface PreviewCommandsInput {
  /** Repository of the root module, as the Spacelift VCS integration names it. */
  readonly repository: string;
  readonly branch: string;
  /** Directory of the root module in the repository (`""` = the root). */
  readonly projectRoot: string;
  /** The stack's environment variables (from committed YAML: never secrets). */
  readonly environment: readonly { readonly name: string; readonly value: string }[];
  readonly binary: string;
  readonly terraformVersion?: string;
}

/**
 * Plan and apply of a preview environment: its root module is plain Terraform in the service's
 * infrastructure repository, run with the variables its Spacelift stack sets.
 */
export function previewSteps(input: PreviewCommandsInput): RunbookStep[] {
  const { binary } = input;
  const names = input.environment.map((e) => e.name);
  return [
    {
      title: "Go to the root module and set its variables",
      notes: [
        `The environment stack runs \`${input.repository}\` at \`${input.branch}\`, directory \`${input.projectRoot || "."}\` (its service template). Run these lines in your clone of that repository.`,
        "Spacelift sets these environment variables on the stack, from the environment file and the service template's `env`; none of them is secret.",
      ],
      commands: [
        TO_REPOSITORY_ROOT,
        ...(input.projectRoot !== "" ? [`cd ${shellWord(input.projectRoot)}`] : []),
        ...input.environment.map((e) => `export ${e.name}=${shellWord(e.value)}`),
      ],
    },
    {
      title: "Plan (read-only)",
      notes: [
        `Install \`${binary}\`${versionText(input.terraformVersion)}. \`-lock-timeout=${LOCK_TIMEOUT}\` waits for a lock someone else holds instead of failing. Read the plan before going on.`,
      ],
      commands: [`${binary} init`, `${binary} plan -lock-timeout=${LOCK_TIMEOUT} -out=${PLAN_FILE}`],
    },
    {
      title: "Apply the reviewed plan",
      notes: ["Applies exactly the planfile you read."],
      commands: [`${binary} apply -lock-timeout=${LOCK_TIMEOUT} ${PLAN_FILE}`],
    },
    cleanupStep([`rm -f ${PLAN_FILE}`], false, [], names),
  ];
}

function spaceliftCredentialsStep(endpoint: string | undefined): RunbookStep {
  return {
    title: "Spacelift API credentials",
    notes: [
      "The spacelift provider authenticates with an API key of your Spacelift account (Organization settings → API keys; admin in the spaces this stack manages). Set it in the environment only: type the secret in (not echoed, not in the shell history), never into a file.",
    ],
    commands: [
      endpoint !== undefined
        ? `export SPACELIFT_API_KEY_ENDPOINT=${shellWord(endpoint)}`
        : promptValue("SPACELIFT_API_KEY_ENDPOINT", "Spacelift URL (https://<account>.app.spacelift.io)")[0]!,
      ...promptValue("SPACELIFT_API_KEY_ID", "Spacelift API key id"),
      ...promptSecret("SPACELIFT_API_KEY_SECRET", "Spacelift API key secret"),
    ],
  };
}

function cleanupStep(
  removals: readonly string[],
  spacelift: boolean,
  variables: readonly string[] = [],
  environment: readonly string[] = [],
): RunbookStep {
  const names = [
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    ...(spacelift ? ["SPACELIFT_API_KEY_ENDPOINT", "SPACELIFT_API_KEY_ID", "SPACELIFT_API_KEY_SECRET"] : []),
    ...variables.map((v) => `TF_VAR_${v}`),
    ...environment,
  ];
  return {
    title: "Afterwards",
    notes: [
      "Delete the planfile (it can hold secrets in clear text) and drop the credentials, or close the shell.",
      "When Spacelift is back, trigger a run of the stack: it must plan no changes. Discard runs queued before the outage: they were planned against the old state.",
    ],
    commands: [...removals, `unset ${names.join(" ")}`],
  };
}

function versionText(version: string | undefined): string {
  return version !== undefined ? ` ${version} (the version the stack pins)` : " (the stack pins no version)";
}

/** `to` relative to `from`, both repository-relative (`""` = the root). */
export function relativeRepoPath(from: string, to: string): string {
  const a = from.split("/").filter((p) => p !== "" && p !== ".");
  const b = to.split("/").filter((p) => p !== "" && p !== ".");
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}
