import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { synthesize, REPO_ROOT } from "../example/synth-example";
import type { SynthJson } from "../helpers/synth";

const SERVICE_DIR = join(REPO_ROOT, "stacks-config", "preview-environments", "hello-service");
const MANAGER = "plat-gbl-spacelift-preview-environments";

interface EnvFile {
  environment: string;
  code_version: string;
  infra_repository_branch: string;
  created_at: string;
  pull_request: { repository: string; number: number };
}

// The environment of the service repository's pull request in the embedded example.
const fileName = readdirSync(join(SERVICE_DIR, "environments")).find((f) =>
  f.startsWith("acme-hello-service-12-"),
)!;
const env = parse(readFileSync(join(SERVICE_DIR, "environments", fileName), "utf8")) as EnvFile;
const template = parse(readFileSync(join(SERVICE_DIR, "service.yaml"), "utf8")) as {
  ttl_hours: number;
  env: Record<string, string>;
  repository: string;
};
const stackId = `hello-service-preview-${env.environment}`;

describe("the preview-environment manager stack, for one environment", () => {
  const output = synthesize();
  const json = JSON.parse(output[MANAGER]!) as SynthJson;
  const resources = json.resource!;
  const of = (type: string): Record<string, Record<string, unknown>> =>
    Object.fromEntries(Object.entries(resources[type] ?? {}).filter(([name]) => name.startsWith(stackId)));

  it("creates exactly the stack, its variables, AWS role, policy attachment, destructor and scheduled delete", () => {
    const counts = Object.fromEntries(
      Object.keys(resources)
        .map((type) => [type, Object.keys(of(type)).length] as const)
        .filter(([, n]) => n > 0),
    );
    expect(counts).toEqual({
      spacelift_aws_role: 1,
      spacelift_environment_variable: 2 + Object.keys(template.env).length,
      spacelift_policy_attachment: 1,
      spacelift_scheduled_delete_stack: 1,
      spacelift_stack: 1,
      spacelift_stack_destructor: 1,
    });
  });

  it("puts the stack on the pull request's infrastructure branch, with autodeploy", () => {
    expect(resources["spacelift_stack"]![stackId]).toMatchObject({
      name: stackId,
      slug: stackId,
      repository: template.repository,
      branch: env.infra_repository_branch,
      autodeploy: true,
      manage_state: true,
      protect_from_deletion: false,
    });
  });

  it("labels the stack with its manager, its environment id and its pull request", () => {
    expect(resources["spacelift_stack"]![stackId]!["labels"]).toEqual(
      expect.arrayContaining([
        `preview-environment-managed-by:${MANAGER}`,
        `preview_environment_id:${env.environment}`,
        `preview-environment-pr:${env.pull_request.repository}#${env.pull_request.number}`,
      ]),
    );
  });

  it("resolves the space and the worker pool by name, with a precondition each", () => {
    const stack = resources["spacelift_stack"]![stackId]!;
    expect(stack["space_id"]).toBe('${one(lookup(local.space_ids_by_name, "plat", []))}');
    expect(stack["worker_pool_id"]).toMatch(/^\$\{one\(lookup\(local\.worker_pool_ids_by_name, /);
    expect((stack["lifecycle"] as { precondition: unknown[] }).precondition).toHaveLength(2);
  });

  it("sets TF_VAR_environment and TF_VAR_code_version from the file, readable (not write-only)", () => {
    const vars = Object.values(of("spacelift_environment_variable"));
    expect(vars).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "TF_VAR_environment", value: env.environment, write_only: false }),
        expect.objectContaining({ name: "TF_VAR_code_version", value: env.code_version, write_only: false }),
      ]),
    );
    for (const v of vars) expect(v["stack_id"]).toBe(`\${spacelift_stack.${stackId}.id}`);
  });

  it("attaches the shared GIT_PUSH policy by name", () => {
    expect(Object.values(of("spacelift_policy_attachment"))).toEqual([
      expect.objectContaining({
        policy_id: '${one(lookup(local.policy_ids_by_name, "GIT_PUSH Preview Environment", []))}',
      }),
    ]);
  });

  it("has an active destructor that depends on every variable, the AWS role and the policy attachment", () => {
    const destructor = resources["spacelift_stack_destructor"]![stackId]!;
    expect(destructor["deactivated"]).toBe(false);
    const needed = [
      "spacelift_environment_variable",
      "spacelift_aws_role",
      "spacelift_policy_attachment",
    ].flatMap((type) => Object.keys(of(type)).map((name) => `${type}.${name}`));
    expect([...(destructor["depends_on"] as string[])].sort()).toEqual(needed.sort());
  });

  it("deletes the stack with its resources ttl_hours after created_at, removing the schedule before the destructor runs", () => {
    expect(resources["spacelift_scheduled_delete_stack"]![stackId]).toMatchObject({
      at: Date.parse(env.created_at) / 1000 + template.ttl_hours * 3600,
      delete_resources: true,
      depends_on: [`spacelift_stack_destructor.${stackId}`],
      stack_id: `\${spacelift_stack.${stackId}.id}`,
    });
  });

  it("gives the manager stack autodeploy, the trigger policy, smart sanitization and Space admin in the environments' space", () => {
    const root = JSON.parse(output["root-gbl-spacelift-admin-stack"]!) as SynthJson;
    expect(root.resource!["spacelift_stack"]![MANAGER]).toMatchObject({
      autodeploy: true,
      terraform_smart_sanitization: true,
    });
    expect(Object.keys(root.resource!["spacelift_policy_attachment"]!)).toContain(
      `${MANAGER}_policy_trigger_preview_environment_manager`,
    );
    expect(Object.keys(root.resource!["spacelift_role_attachment"]!)).toContain(
      `${MANAGER}_space_admin_plat`,
    );
  });

  it("declares both preview policies in the spaces stack from the catalogue", () => {
    const spaces = JSON.parse(output["root-gbl-spacelift-spaces"]!) as SynthJson;
    const policies = Object.values(spaces.resource!["spacelift_policy"]!);
    expect(policies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "GIT_PUSH Preview Environment", type: "GIT_PUSH" }),
        expect.objectContaining({ name: "TRIGGER Preview Environment Manager", type: "TRIGGER" }),
      ]),
    );
  });

  it("does not depend on the clock", () => {
    jest.useFakeTimers({ now: new Date("2031-01-01T00:00:00Z"), doNotFake: ["nextTick", "setImmediate"] });
    try {
      expect(synthesize()[MANAGER]).toBe(output[MANAGER]);
    } finally {
      jest.useRealTimers();
    }
  });
});
