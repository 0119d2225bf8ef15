import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import type { PreviewNameTables } from "../../model/preview-config";
import { previewEnvironmentFileName, previewEnvironmentId, type RepositoryRef } from "../../model/preview-id";
import type { SpaceModel } from "../../model/types";
import {
  environmentFile,
  environmentOf,
  manager,
  NAMES,
  readTree,
  SERVICE_PR,
  SERVICE_YAML,
  writeTree,
} from "./tree";

const SERVICE = { "preview-environments/hello-service/service.yaml": SERVICE_YAML };
const envPath = (repo: RepositoryRef, pr: number): string =>
  `preview-environments/hello-service/environments/${previewEnvironmentFileName(repo, pr)}`;

/** A pull request of `repo` whose id is made of digits only (YAML would read it as a number). */
function allDigitPullRequest(repo: RepositoryRef): number {
  for (let pr = 1; ; pr++) if (/^\d{7}$/.test(previewEnvironmentId(repo, pr))) return pr;
}

/** Two pull requests of `repo` whose ids collide. */
function collidingPullRequests(repo: RepositoryRef): [number, number] {
  const seen = new Map<string, number>();
  for (let pr = 1; ; pr++) {
    const id = previewEnvironmentId(repo, pr);
    const other = seen.get(id);
    if (other !== undefined) return [other, pr];
    seen.set(id, pr);
  }
}

describe("preview environments: a valid tree", () => {
  const root = writeTree({ ...SERVICE, ...environmentFile("hello-service", SERVICE_PR, 12) });
  const { configs, diagnostics } = readTree(root);
  const env = configs.get("plat-gbl-spacelift-preview-environments")!.services[0]!.environments[0]!;

  it("reports nothing", () => {
    expect(diagnostics).toEqual([]);
  });

  it("builds the environment from the file and the template", () => {
    const id = previewEnvironmentId(SERVICE_PR, 12);
    expect(env).toMatchObject({
      id,
      stackId: `hello-service-preview-${id}`,
      branch: "main",
      repository: "hello-service-infra",
      projectRoot: "terraform",
      spaceName: "plat",
      workerPoolName: "plat-pool",
      manageState: true,
      policyNames: ["GIT_PUSH Preview Environment"],
      awsRole: { roleArn: "arn:aws:iam::222222222222:role/preview", generateCredentialsInWorker: false },
    });
  });

  it("schedules the deletion ttl_hours after created_at", () => {
    expect(env.deleteAt).toBe(Date.parse(environmentOf(SERVICE_PR, 12).created_at) / 1000 + 48 * 3600);
  });

  it("labels the stack with its manager, id, service and pull request", () => {
    expect(env.labels).toEqual(
      [
        "preview",
        "preview-environment-managed-by:plat-gbl-spacelift-preview-environments",
        `preview_environment_id:${env.id}`,
        "preview-environment-service:hello-service",
        "preview-environment-pr:acme/hello-service#12",
      ].sort(),
    );
  });

  it("sets TF_VAR_code_version, TF_VAR_environment and the template's variables", () => {
    expect(env.environment).toEqual([
      { name: "TF_VAR_code_version", value: "latest" },
      { name: "TF_VAR_environment", value: env.id },
      { name: "TF_VAR_domain_name", value: "preview.acme.example" },
    ]);
  });
});

describe("preview environments: invalid files", () => {
  it("fails when an environment file has an unknown key, at its line and column with a suggestion", () => {
    const root = writeTree({
      ...SERVICE,
      [envPath(SERVICE_PR, 12)]: "code_versoin: latest\n",
    });
    expect(readTree(root).errors).toContainEqual(
      expect.objectContaining({
        code: "PREVIEW_UNKNOWN_KEY",
        message: expect.stringContaining("Did you mean 'code_version'?"),
        location: { file: envPath(SERVICE_PR, 12), line: 1, col: 1 },
      }),
    );
  });

  it("fails when the environment id is not the pull request's", () => {
    const root = writeTree({
      ...SERVICE,
      ...environmentFile("hello-service", SERVICE_PR, 12, { environment: "0000000" }),
    });
    const error = readTree(root).errors.find((d) => d.code === "PREVIEW_ID_MISMATCH");
    expect(error).toMatchObject({
      message: expect.stringContaining(previewEnvironmentId(SERVICE_PR, 12)),
      location: { file: envPath(SERVICE_PR, 12), line: 5 },
    });
  });

  it("fails when the file is not named after its pull request", () => {
    const root = writeTree({
      ...SERVICE,
      "preview-environments/hello-service/environments/pr-12.yaml": environmentFile(
        "hello-service",
        SERVICE_PR,
        12,
      )[envPath(SERVICE_PR, 12)]!,
    });
    expect(readTree(root).errors.map((d) => d.code)).toEqual(["PREVIEW_FILE_NAME_MISMATCH"]);
  });

  it("fails when an all-digit id is written without quotes (YAML reads a number)", () => {
    const pr = allDigitPullRequest(SERVICE_PR);
    const id = previewEnvironmentId(SERVICE_PR, pr);
    const text = environmentFile("hello-service", SERVICE_PR, pr)[envPath(SERVICE_PR, pr)]!.replace(
      `"${id}"`,
      id,
    );
    const root = writeTree({ ...SERVICE, [envPath(SERVICE_PR, pr)]: text });
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({
        code: "PREVIEW_INVALID_VALUE",
        message: expect.stringMatching(/'environment' must be a string/),
      }),
    ]);
  });

  it("fails on invalid YAML, at the line of the syntax error", () => {
    const root = writeTree({
      ...SERVICE,
      [envPath(SERVICE_PR, 12)]: "code_version: latest\npull_request: [\n",
    });
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({
        code: "PREVIEW_INVALID_YAML",
        location: expect.objectContaining({ line: 3 }),
      }),
    ]);
  });

  it("fails when created_at is not a real date", () => {
    const root = writeTree({
      ...SERVICE,
      ...environmentFile("hello-service", SERVICE_PR, 12, { created_at: "2026-02-30T00:00:00Z" }),
    });
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({ code: "PREVIEW_INVALID_VALUE", keyPath: "created_at" }),
    ]);
  });

  it("fails when code_version is neither a commit SHA nor latest", () => {
    const root = writeTree({
      ...SERVICE,
      ...environmentFile("hello-service", SERVICE_PR, 12, { code_version: "v1.2.3" }),
    });
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({ code: "PREVIEW_INVALID_VALUE", keyPath: "code_version" }),
    ]);
  });

  it("fails on a file in environments/ that is not an environment file", () => {
    const root = writeTree({ ...SERVICE, "preview-environments/hello-service/environments/notes.txt": "x" });
    expect(readTree(root).errors.map((d) => d.code)).toEqual(["PREVIEW_STRAY_FILE"]);
  });

  it("fails when two pull requests' ids collide (they would share a stack)", () => {
    const [a, b] = collidingPullRequests(SERVICE_PR);
    const root = writeTree({
      ...SERVICE,
      ...environmentFile("hello-service", SERVICE_PR, a),
      ...environmentFile("hello-service", SERVICE_PR, b),
    });
    expect(readTree(root).errors.map((d) => d.code)).toEqual(["DUPLICATE_STACK_NAME"]);
  });

  it("fails when an environment's stack id is an atmos stack's id", () => {
    const root = writeTree({ ...SERVICE, ...environmentFile("hello-service", SERVICE_PR, 12) });
    const taken = `hello-service-preview-${previewEnvironmentId(SERVICE_PR, 12)}`;
    expect(readTree(root, undefined, [taken]).errors.map((d) => d.code)).toEqual(["DUPLICATE_STACK_NAME"]);
  });
});

describe("preview environments: invalid service templates", () => {
  const withTemplate = (text: string): string =>
    writeTree({ "preview-environments/hello-service/service.yaml": text });

  it("fails when ttl_hours is missing", () => {
    const root = withTemplate(SERVICE_YAML.replace("ttl_hours: 48\n", ""));
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({ code: "PREVIEW_INVALID_VALUE", message: "'ttl_hours' is required" }),
    ]);
  });

  it("fails when the template sets TF_VAR_environment", () => {
    const root = withTemplate(SERVICE_YAML.replace("env:\n", "env:\n  TF_VAR_environment: x\n"));
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({ code: "PREVIEW_INVALID_VALUE", keyPath: "env.TF_VAR_environment" }),
    ]);
  });

  it("fails when the space is not declared, with a suggestion", () => {
    const root = withTemplate(SERVICE_YAML.replace("space_name: plat", "space_name: plta"));
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_SPACE",
        message: expect.stringContaining("Did you mean 'plat'?"),
        location: expect.objectContaining({ line: 4, col: 1 }),
      }),
    ]);
  });

  it("fails when the worker pool does not exist", () => {
    const root = withTemplate(SERVICE_YAML.replace("worker_pool_name: plat-pool", "worker_pool_name: other"));
    expect(readTree(root).errors.map((d) => d.code)).toEqual(["UNKNOWN_WORKER_POOL"]);
  });

  describe("the worker pool's space", () => {
    const space = (name: string, inheritEntities: boolean): [string, SpaceModel] => [
      name,
      { name, parentName: "root", inheritEntities, labels: [], definedBy: "spaces" },
    ];
    const withPoolIn = (poolSpace: string, platInherits = true): PreviewNameTables => ({
      ...NAMES,
      placement: {
        workerPoolSpaces: new Map([["plat-pool", poolSpace]]),
        spaces: new Map([space("core", true), space("plat", platInherits)]),
      },
    });

    it("accepts a pool of an ancestor the environments' space inherits from", () => {
      expect(readTree(withTemplate(SERVICE_YAML), undefined, [], withPoolIn("root")).errors).toEqual([]);
    });

    it("fails when the pool is in a sibling space, at the template's worker_pool_name", () => {
      const root = withTemplate(SERVICE_YAML);
      const line = SERVICE_YAML.split("\n").findIndex((l) => l.startsWith("worker_pool_name:")) + 1;
      expect(readTree(root, undefined, [], withPoolIn("core")).errors).toEqual([
        expect.objectContaining({
          code: "WORKER_POOL_NOT_IN_SPACE",
          message: expect.stringContaining(
            "the environment stacks (space 'plat') uses the worker pool 'plat-pool' of the space 'core'",
          ) as unknown,
          location: expect.objectContaining({ line, col: 1 }) as unknown,
        }),
      ]);
    });

    it("fails when the environments' space does not inherit from the pool's", () => {
      const errors = readTree(withTemplate(SERVICE_YAML), undefined, [], withPoolIn("root", false)).errors;
      expect(errors.map((d) => d.code)).toEqual(["WORKER_POOL_NOT_IN_SPACE"]);
    });
  });

  it("fails when no worker pool is named and public workers are not allowed", () => {
    const root = withTemplate(SERVICE_YAML.replace("worker_pool_name: plat-pool\n", ""));
    expect(readTree(root).errors.map((d) => d.code)).toEqual(["NO_WORKER_POOL"]);
  });

  it("fails when the template has an unknown key", () => {
    const root = withTemplate(`${SERVICE_YAML}ttl: 3\n`);
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({
        code: "PREVIEW_UNKNOWN_KEY",
        location: expect.objectContaining({ line: 13 }),
      }),
    ]);
  });

  it("fails when a service directory has no service.yaml", () => {
    const root = writeTree({ "preview-environments/hello-service/environments/.gitkeep": "" });
    expect(readTree(root).errors.map((d) => d.code)).toEqual(["PREVIEW_UNKNOWN_SERVICE"]);
  });
});

describe("preview environments: managers and services", () => {
  it("fails when a service directory is listed by no manager", () => {
    const root = writeTree({ ...SERVICE, "preview-environments/other/service.yaml": SERVICE_YAML });
    expect(readTree(root).errors).toEqual([
      expect.objectContaining({
        code: "PREVIEW_UNMANAGED_SERVICE",
        message: expect.stringContaining("other"),
      }),
    ]);
  });

  it("fails when a manager lists a service that has no directory", () => {
    const root = writeTree(SERVICE);
    const errors = readTree(root, [manager({ services: ["hello-service", "hello-servise"] })]).errors;
    expect(errors).toEqual([
      expect.objectContaining({
        code: "PREVIEW_UNKNOWN_SERVICE",
        keyPath: expect.stringMatching(/vars\.services$/),
      }),
    ]);
  });

  it("fails when two managers list the same service", () => {
    const root = writeTree(SERVICE);
    const managers = [
      manager({ services: ["hello-service"] }),
      manager({ services: ["hello-service"] }, "dev"),
    ];
    expect(readTree(root, managers).errors.map((d) => d.code)).toEqual(["PREVIEW_SERVICE_CLAIMED_TWICE"]);
  });

  it("fails when the manager has no services var, without one more error per service directory", () => {
    expect(readTree(writeTree(SERVICE), [manager({})]).errors.map((d) => d.code)).toEqual(["INVALID_VARS"]);
  });

  it("fails when the manager attaches an unknown policy to its environments", () => {
    const root = writeTree(SERVICE);
    const managers = [
      manager({
        services: ["hello-service"],
        environment_policy_attachments: ["GIT_PUSH Preview Enviroment"],
      }),
    ];
    expect(readTree(root, managers).errors).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_POLICY",
        message: expect.stringContaining("Did you mean 'GIT_PUSH Preview Environment'?"),
      }),
    ]);
  });

  it("warns when no GIT_PUSH policy is attached to the environments", () => {
    const root = writeTree(SERVICE);
    const managers = [
      manager({ services: ["hello-service"], environment_policy_attachments: ["PLAN Default"] }),
    ];
    expect(readTree(root, managers).diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", code: "PREVIEW_ENVIRONMENTS_WITHOUT_PUSH_POLICY" }),
    ]);
  });

  it("fails on a symbolic link in preview-environments/ that no manager lists, like any directory", () => {
    const root = writeTree(SERVICE);
    mkdirSync(join(root, "elsewhere"));
    symlinkSync(join(root, "elsewhere"), join(root, "preview-environments", "linked"));
    expect(readTree(root).errors.map((d) => d.code)).toEqual(["PREVIEW_UNMANAGED_SERVICE"]);
  });
});

describe("preview environments: files outside the repository", () => {
  it("refuses an environment file that is a symlink to a file outside the repository root", () => {
    const outside = writeTree(environmentFile("hello-service", SERVICE_PR, 12));
    const root = writeTree(SERVICE);
    const file = envPath(SERVICE_PR, 12);
    mkdirSync(join(root, file, ".."), { recursive: true });
    symlinkSync(join(outside, file), join(root, file));
    const { errors } = readTree(root);
    expect(errors.map((d) => d.code)).toEqual(["FILE_OUTSIDE_REPOSITORY"]);
    expect(errors[0]?.message).toContain(`is a symlink to '${join(outside, file)}'`);
  });

  it("refuses a service.yaml that is a symlink to /etc/passwd", () => {
    const root = writeTree({});
    mkdirSync(join(root, "preview-environments", "hello-service"), { recursive: true });
    symlinkSync("/etc/passwd", join(root, "preview-environments", "hello-service", "service.yaml"));
    expect(readTree(root).errors.map((d) => d.code)).toEqual(["FILE_OUTSIDE_REPOSITORY"]);
  });
});
