/**
 * The "assume the deployment role" step of Spacelift's break-glass procedure, as commands that never
 * print a credential: the assume-role output goes into a shell variable and straight into exports.
 */
import { shellWord } from "./shell";
import type { RunbookRole, RunbookStep } from "./types";

/** Session length: one hour, also the cap when the role is reached by role chaining. */
export const SESSION_SECONDS = 3600;

/** STS limits role session names to 64 characters of `[\w+=,.@-]`. */
const SESSION_NAME_MAX = 64;

/** `break-glass-<stack id>`, made a valid STS role session name (CloudTrail shows it). */
export function sessionName(stackId: string): string {
  return `break-glass-${stackId}`.replace(/[^\w+=,.@-]/g, "-").slice(0, SESSION_NAME_MAX);
}

/** The `aws sts assume-role` command and the exports of its credentials. */
export function assumeRoleCommands(role: RunbookRole, stackId: string): string[] {
  const jq = (field: string): string => `"$(jq -r '.Credentials.${field}' <<<"$creds")"`;
  return [
    "aws sts get-caller-identity --query Arn --output text   # who you are before assuming",
    'creds="$(aws sts assume-role \\',
    `  --role-arn ${shellWord(role.arn)} \\`,
    `  --role-session-name ${shellWord(sessionName(stackId))} \\`,
    ...(role.externalId !== undefined ? [`  --external-id ${shellWord(role.externalId)} \\`] : []),
    `  --duration-seconds ${SESSION_SECONDS} \\`,
    '  --output json)" &&',
    `  export AWS_ACCESS_KEY_ID=${jq("AccessKeyId")} \\`,
    `    AWS_SECRET_ACCESS_KEY=${jq("SecretAccessKey")} \\`,
    `    AWS_SESSION_TOKEN=${jq("SessionToken")} &&`,
    "  unset AWS_PROFILE AWS_DEFAULT_PROFILE",
    "unset creds",
    "aws sts get-caller-identity --query Arn --output text   # must name the assumed role",
  ];
}

/** The whole step: why this role, the caveats, the commands. */
export function assumeRoleStep(role: RunbookRole, stackId: string, spaceliftRoleArn?: string): RunbookStep {
  const notes: string[] = [];
  if (role.source === "stack") {
    notes.push(
      `\`${role.arn}\` is the stack's deployment role (its Spacelift AWS integration). Spacelift assumes it from Spacelift's AWS account: its trust policy must also allow your identity, otherwise use your break-glass role with \`--role-arn\`.`,
    );
  } else {
    notes.push(
      spaceliftRoleArn !== undefined
        ? `\`${role.arn}\` was given with \`--role-arn\`; in Spacelift the stack deploys with \`${spaceliftRoleArn}\`. It needs the same permissions on the stack's resources.`
        : `\`${role.arn}\` was given with \`--role-arn\` (the stack has no Spacelift AWS role). It needs permissions on every resource of the stack.`,
    );
  }
  if (role.externalId !== undefined) {
    notes.push(
      `The external id \`${role.externalId}\` is the one Spacelift presents; a trust policy that expects it usually trusts only Spacelift's account, so it may not let a human in. A break-glass role (\`--role-arn\`) has its own trust policy.`,
    );
  }
  notes.push(
    `Start from your own AWS identity (for example \`aws sso login\` and \`AWS_PROFILE\`) in a fresh bash or zsh shell; \`aws\` CLI v2 and \`jq\` are needed. The credentials last ${SESSION_SECONDS / 60} minutes: run this step again when they expire. If the role requires MFA, add \`--serial-number <your MFA device ARN> --token-code <code>\`.`,
  );
  return { title: "Assume the deployment role", notes, commands: assumeRoleCommands(role, stackId) };
}
