import { join } from "node:path";
import { buildSpaceliftModel, type SpaceliftModel } from "../../model";
import { openCatalog } from "../../policies/catalog";
import { fakeComponent, fakeResolved, organisation } from "../model/fake-resolved";
import { environmentFile, SERVICE_PR, SERVICE_YAML, writeTree } from "./tree";

const MANAGER = "plat-gbl-spacelift-preview-environments";

function build(managerPolicies: string[]): SpaceliftModel {
  const root = writeTree({
    "preview-environments/hello-service/service.yaml": SERVICE_YAML.replace(
      "space_name: plat",
      "space_name: previews",
    ).replace("worker_pool_name: plat-pool\n", "allow_public_workers: true\n"),
    ...environmentFile("hello-service", SERVICE_PR, 12),
  });
  const components = organisation([
    fakeComponent({
      component: "spaces-previews",
      folder: "spacelift/spaces",
      vars: {
        tenant: "root",
        environment: "gbl",
        stage: "spacelift",
        spaces: {
          previews: {
            parent_space_id: "root",
            policies: {
              "GIT_PUSH Preview Environment": { type: "GIT_PUSH", catalog: "git_push.preview-environment" },
              "TRIGGER Preview Environment Manager": {
                type: "TRIGGER",
                catalog: "trigger.preview-environment-manager",
              },
            },
          },
        },
      },
      settings: { spacelift: { workspace_enabled: true, administrative: true } },
    }),
    fakeComponent({
      component: "preview-environments",
      folder: "spacelift/preview-environments",
      vars: { tenant: "plat", environment: "gbl", stage: "spacelift", services: ["hello-service"] },
      settings: {
        spacelift: {
          workspace_enabled: true,
          administrative: true,
          space_name: "plat",
          policies: managerPolicies,
        },
      },
    }),
  ]);
  const resolved = fakeResolved(components);
  return buildSpaceliftModel(
    { ...resolved, config: { ...resolved.config, cliConfigPath: join(root, "atmos.yaml"), basePath: root } },
    { catalog: openCatalog() },
  );
}

describe("buildSpaceliftModel with a preview-environment manager", () => {
  it("gives the manager Space admin in its own space and in its environments' space", () => {
    expect(build(["TRIGGER Preview Environment Manager"]).stack(MANAGER)!.spaceAdminIn).toEqual([
      "plat",
      "previews",
    ]);
  });

  it("attaches the services and environments to the manager's component", () => {
    const manager = build(["TRIGGER Preview Environment Manager"]).appComponents.find(
      (a) => a.id === MANAGER,
    )!;
    expect(manager.previewEnvironments?.services.map((s) => [s.name, s.environments.length])).toEqual([
      ["hello-service", 1],
    ]);
  });

  it("warns when the manager has no trigger policy from the catalogue", () => {
    expect(build([]).warnings).toContainEqual(
      expect.objectContaining({ code: "PREVIEW_MANAGER_WITHOUT_TRIGGER", severity: "warning" }),
    );
  });

  it("does not warn when the trigger policy is attached", () => {
    expect(build(["TRIGGER Preview Environment Manager"]).warnings.map((w) => w.code)).not.toContain(
      "PREVIEW_MANAGER_WITHOUT_TRIGGER",
    );
  });
});
