import { SpaceliftProvider } from "../../.gen/providers/spacelift/provider";
import { ScheduledDeleteStack as ScheduledDeleteStackResource } from "../../.gen/providers/spacelift/scheduled-delete-stack";
import { Stack as StackResource } from "../../.gen/providers/spacelift/stack";
import { StackDestructor as StackDestructorResource } from "../../.gen/providers/spacelift/stack-destructor";
import { PreviewEnvironment } from "../../constructs/preview-environment";
import { SpaceliftLookups } from "../../constructs/private/lookups";
import type { PreviewEnvironmentModel } from "../../model";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { synthScopeValidated } from "../helpers/synth";

const MODEL: PreviewEnvironmentModel = {
  id: "475ed74",
  stackId: "web-preview-475ed74",
  service: "web",
  file: "preview-environments/web/environments/x.yaml",
  pullRequest: { owner: "acme", repository: "web", number: 10 },
  codeVersion: "latest",
  createdAt: "2026-11-02T09:30:00Z",
  deleteAt: 1793871000,
  description: "Preview environment 475ed74",
  repository: "web-infra",
  branch: "feature/x",
  projectRoot: "",
  terraformWorkflowTool: "TERRAFORM_FOSS",
  manageState: true,
  spaceName: "root",
  labels: ["preview_environment_id:475ed74"],
  environment: [
    { name: "TF_VAR_code_version", value: "latest" },
    { name: "TF_VAR_environment", value: "475ed74" },
  ],
  policyNames: ["GIT_PUSH Preview Environment"],
};

function synth(model: PreviewEnvironmentModel): string {
  return synthScopeValidated((scope) => {
    new SpaceliftProvider(scope, "spacelift");
    new PreviewEnvironment(scope, model.stackId, {
      environment: model,
      lookups: new SpaceliftLookups(scope, "lookups"),
    });
  });
}

describe("PreviewEnvironment", () => {
  it("passes the provider schema validator", () => {
    expectValidAgainstSchemas(synth(MODEL));
  });

  it("puts a stack in a built-in space without a lookup, and without a worker pool when none is named", () => {
    const out = synth(MODEL);
    expect(out).toHaveResourceWithProperties(StackResource, { space_id: "root", branch: "feature/x" });
    expect(JSON.parse(out).resource.spacelift_stack["web-preview-475ed74"]).not.toHaveProperty(
      "worker_pool_id",
    );
  });

  it("makes the destructor depend on the variables and attachments only when there is no AWS role", () => {
    const out = synth(MODEL);
    expect(out).toHaveResourceWithProperties(StackDestructorResource, {
      deactivated: false,
      depends_on: [
        "spacelift_environment_variable.web-preview-475ed74_env_TF_VAR_code_version",
        "spacelift_environment_variable.web-preview-475ed74_env_TF_VAR_environment",
        "spacelift_policy_attachment.web-preview-475ed74_policy_git_push_preview_environment",
      ],
    });
  });

  it("schedules the deletion at the model's timestamp", () => {
    expect(synth(MODEL)).toHaveResourceWithProperties(ScheduledDeleteStackResource, {
      at: MODEL.deleteAt,
      delete_resources: true,
    });
  });

  it.each([0, -5, 1.5, Number.NaN])("fails when deleteAt is %p", (deleteAt) => {
    expect(() => synth({ ...MODEL, deleteAt })).toThrow(
      /INVALID_PROPS deleteAt must be a positive Unix timestamp/,
    );
  });
});
