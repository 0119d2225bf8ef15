import { App, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import type { Construct } from "constructs";
import { ApiKey as ApiKeyResource } from "../../.gen/providers/spacelift/api-key";
import { DataSpaceliftRole } from "../../.gen/providers/spacelift/data-spacelift-role";
import { SpaceliftProvider } from "../../.gen/providers/spacelift/provider";
import { RoleAttachment as RoleAttachmentResource } from "../../.gen/providers/spacelift/role-attachment";
import { WorkerPool as WorkerPoolResource } from "../../.gen/providers/spacelift/worker-pool";
import { isDiagnosticError } from "../../config-engine/diagnostics";
import type { JsonMap } from "../../config-engine/types";
import { CSR_VARIABLES, WorkerPool } from "../../constructs/worker-pool";
import { parseWorkerPoolConfig, type WorkerPoolParseOptions } from "../../model/worker-pool-config";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { synthJson, synthScopeValidated, type SynthJson } from "../helpers/synth";
import { workerPoolVars } from "../helpers/worker-pool-vars";

const VARS: JsonMap = workerPoolVars();

const S3 = { backend: "s3", bucket: "acme-tfstate", key: "terraform.tfstate", region: "us-east-1" } as const;

function config(vars: JsonMap = {}, options: Partial<WorkerPoolParseOptions> = {}) {
  return parseWorkerPoolConfig({ ...VARS, ...vars }, { spaceNames: ["core"], ...options }).config;
}

/**
 * The providers the app's worker-pool stack declares: without them the JSON names no source for
 * `spacelift`, and the schema validator cannot tell the provider's resources apart.
 */
function addProviders(scope: Construct): void {
  new AwsProvider(scope, "aws", { region: "us-east-1" });
  new SpaceliftProvider(scope, "spacelift", { apiKeyEndpoint: "https://acme.app.spacelift.io" });
}

/** Synthesizes a pool and checks the result against the provider schemas. */
function synthPool(vars: JsonMap = {}, options: Partial<WorkerPoolParseOptions> = {}): string {
  const text = synthScopeValidated((scope) => {
    addProviders(scope);
    new WorkerPool(scope, "pool", { config: config(vars, options), space: { id: "core-01HSPACE" } });
  });
  expectValidAgainstSchemas(text);
  return text;
}

/** Synthesizes a pool in its own stack, checked against the provider schemas, and parses it. */
function stackOf(vars: JsonMap = {}, options: Partial<WorkerPoolParseOptions> = {}): SynthJson {
  const stack = new TerraformStack(new App(), "pool");
  addProviders(stack);
  new WorkerPool(stack, "pool", { config: config(vars, options), space: { id: "core-01HSPACE" } });
  const json = synthJson(stack);
  expectValidAgainstSchemas(json);
  return json;
}

function byName(json: SynthJson, type: string, name: string): Record<string, unknown> | undefined {
  return Object.values(json.resource?.[type] ?? {}).find((r) => r["name"] === name);
}

describe("WorkerPool Spacelift side", () => {
  it("creates the pool in the space the caller resolved, named by the null-label id", () => {
    expect(synthPool()).toHaveResourceWithProperties(WorkerPoolResource, {
      name: "acme-core-ue1-auto-spacelift-worker-pool",
      space_id: "core-01HSPACE",
      description: "Deployed to us-east-1 within 'core-auto' AWS account",
    });
  });

  it("lets the provider generate the key when no CSR is given", () => {
    const json = stackOf();
    expect(Object.values(json.resource?.["spacelift_worker_pool"] ?? {})[0]?.["csr"]).toBeUndefined();
    expect(json.variable).toBeUndefined();
  });

  it("takes a user-supplied CSR and its key from sensitive variables", () => {
    const json = stackOf({ spacelift_worker_pool_csr_enabled: true });
    expect(Object.values(json.resource?.["spacelift_worker_pool"] ?? {})[0]?.["csr"]).toBe(
      `\${var.${CSR_VARIABLES.csr}}`,
    );
    for (const name of [CSR_VARIABLES.csr, CSR_VARIABLES.privateKey]) {
      expect(json.variable?.[name]).toMatchObject({ type: "string", sensitive: true, nullable: false });
    }
    const version = byNameOrId(json, "aws_secretsmanager_secret_version", "credentials-value");
    expect(version?.["secret_string_wo"]).toContain(
      `"SPACELIFT_POOL_PRIVATE_KEY" = var.${CSR_VARIABLES.privateKey}`,
    );
  });

  it("passes drift_detection_run_limit to the pool", () => {
    expect(synthPool({ drift_detection_run_limit: 2 })).toHaveResourceWithProperties(WorkerPoolResource, {
      drift_detection_run_limit: 2,
    });
  });
});

describe("WorkerPool credentials", () => {
  it("writes the secret version write-only (never in state), versioned by a fingerprint of its JSON", () => {
    const version = byNameOrId(stackOf(), "aws_secretsmanager_secret_version", "credentials-value");
    expect(version?.["secret_string"]).toBeUndefined();
    expect(version?.["secret_string_wo_version"]).toMatch(
      /^\$\{parseint\(substr\(sha256\(jsonencode\(\{"SPACELIFT_TOKEN" = spacelift_worker_pool\.[\w-]+\.config, /,
    );
  });

  it("stores the token and key in Secrets Manager from resource references", () => {
    const version = byNameOrId(stackOf(), "aws_secretsmanager_secret_version", "credentials-value");
    expect(version?.["secret_string_wo"]).toMatch(
      /^\$\{jsonencode\(\{"SPACELIFT_TOKEN" = spacelift_worker_pool\.[\w-]+\.config, "SPACELIFT_POOL_PRIVATE_KEY" = spacelift_worker_pool\.[\w-]+\.private_key\}\)\}$/,
    );
  });

  it("names the secret after the pool and keeps a deleted secret recoverable for 7 days", () => {
    expect(synthPool()).toHaveResourceWithProperties(SecretsmanagerSecret, {
      name: "spacelift-worker-pool/acme-core-ue1-auto-spacelift-worker-pool/credentials",
      recovery_window_in_days: 7,
    });
  });

  it("deletes the secrets at once only when secrets_recovery_window_in_days: 0 says so", () => {
    expect(synthPool({ secrets_recovery_window_in_days: 0 })).toHaveResourceWithProperties(
      SecretsmanagerSecret,
      { recovery_window_in_days: 0 },
    );
  });

  it("references the pool's config and private key only from the secret version", () => {
    const json = stackOf();
    const holders = Object.entries(json.resource ?? {}).flatMap(([type, byId]) =>
      Object.entries(byId)
        .filter(([, body]) =>
          /spacelift_worker_pool\.[\w-]+\.(config|private_key)/.test(JSON.stringify(body)),
        )
        .map(([id]) => `${type}.${id}`),
    );
    expect(holders).toEqual([
      expect.stringMatching(/^aws_secretsmanager_secret_version\.pool_credentials-value/),
    ]);
    expect(JSON.stringify(json.locals)).not.toMatch(/\.(config|private_key|secret)\b/);
  });

  it("encrypts the secrets with the configured KMS key", () => {
    const key = "arn:aws:kms:us-east-1:111111111111:key/abc";
    expect(synthPool({ secrets_kms_key_arn: key })).toHaveResourceWithProperties(SecretsmanagerSecret, {
      kms_key_id: key,
    });
  });
});

describe("WorkerPool drain API key", () => {
  it("creates an API key that is space admin of the pool's space only", () => {
    const synth = synthPool();
    expect(synth).toHaveResourceWithProperties(ApiKeyResource, {
      name: "acme-core-ue1-auto-spacelift-worker-pool-drain",
    });
    expect(synth).toHaveResourceWithProperties(RoleAttachmentResource, { space_id: "core-01HSPACE" });
    expect(synth).toHaveDataSourceWithProperties(DataSpaceliftRole, { slug: "space-admin" });
  });

  it("keeps the API key in its own secret, readable by the drain and not by the workers", () => {
    const json = stackOf();
    expect(
      byName(
        json,
        "aws_secretsmanager_secret",
        "spacelift-worker-pool/acme-core-ue1-auto-spacelift-worker-pool/drain-api-key",
      ),
    ).toBeDefined();
    const workerPolicy = String(byName(json, "aws_iam_role_policy", "spacelift-worker")?.["policy"]);
    const drainPolicy = String(byName(json, "aws_iam_role_policy", "drain")?.["policy"]);
    expect(workerPolicy).not.toContain("drain-api-key");
    expect(drainPolicy).toMatch(/aws_secretsmanager_secret\.pool_drain-api-key_\w+\.arn/);
  });

  it("uses an existing API key secret instead when one is configured", () => {
    const arn = "arn:aws:secretsmanager:us-east-1:111111111111:secret:drain-key";
    const synth = synthPool({ drain_api_key_secret_arn: arn });
    expect(synth).not.toHaveResource(ApiKeyResource);
    expect(synth).toContain(arn);
  });

  it("creates no API key when draining is disabled", () => {
    expect(synthPool({ drain_enabled: false })).not.toHaveResource(ApiKeyResource);
  });
});

describe("WorkerPool sources", () => {
  const remote = {
    vpc: { ...S3, workspace: "core-ue1-auto", workspaceKeyPrefix: "vpc", roleArn: "arn:aws:iam::1:role/ro" },
    ecr: { ...S3, workspace: "core-ue1-artifacts", workspaceKeyPrefix: "ecr" },
    accountMap: { ...S3, workspace: "core-gbl-root", workspaceKeyPrefix: "account-map" },
  };
  const fromState = {
    vpc_id: null,
    private_subnet_ids: null,
    spacelift_runner_image: null,
    ecr_repo_name: "infrastructure",
    worker_role_arns: null,
  };

  it("reads the VPC and private subnets from the vpc component's S3 state", () => {
    const json = stackOf(fromState, { remoteState: remote });
    const vpc = Object.entries(json.data?.["terraform_remote_state"] ?? {}).find(([id]) =>
      id.includes("vpc"),
    )?.[1];
    expect(vpc).toEqual({
      backend: "s3",
      config: {
        bucket: "acme-tfstate",
        key: "terraform.tfstate",
        region: "us-east-1",
        workspace_key_prefix: "vpc",
        assume_role: { role_arn: "arn:aws:iam::1:role/ro" },
      },
      workspace: "core-ue1-auto",
    });
    const group = Object.values(json.resource?.["aws_autoscaling_group"] ?? {})[0];
    expect(group?.["vpc_zone_identifier"]).toMatch(
      /^\$\{data\.terraform_remote_state\.[\w-]+\.outputs\.private_subnet_ids\}$/,
    );
  });

  it("pulls the runner image named by ecr_repo_name from the ecr component's state", () => {
    const json = stackOf(fromState, { remoteState: remote });
    const script = String(Object.values(json.locals ?? {})[0]);
    expect(script).toMatch(
      /RUNNER_IMAGE='\$\{data\.terraform_remote_state\.[\w-]+\.outputs\.ecr_repo_url_map\.infrastructure\}'/,
    );
    expect(String(byName(json, "aws_iam_role_policy", "spacelift-worker")?.["policy"])).toMatch(
      /outputs\.ecr_repo_arn_map\.infrastructure\}/,
    );
  });

  it("lets the workers assume the identity account's spacelift role from account-map", () => {
    const policy = String(
      byName(stackOf(fromState, { remoteState: remote }), "aws_iam_role_policy", "spacelift-worker")?.[
        "policy"
      ],
    );
    expect(policy).toMatch(
      /format\(data\.terraform_remote_state\.[\w-]+\.outputs\.iam_role_arn_templates\[data\.terraform_remote_state\.[\w-]+\.outputs\.identity_account_account_name\], "spacelift"\)/,
    );
  });

  it("outputs Cloud Posse's output names", () => {
    expect(Object.keys(stackOf().output ?? {}).sort()).toEqual([
      "autoscaling_group_arn",
      "autoscaling_group_name",
      "credentials_secret_arn",
      "iam_role_arn",
      "iam_role_name",
      "launch_template_id",
      "security_group_id",
      "worker_pool_id",
      "worker_pool_name",
    ]);
  });
});

describe("WorkerPool bad input", () => {
  it("fails when the component is disabled", () => {
    const disabled = config({ enabled: false });
    let error: unknown;
    try {
      synthScopeValidated(
        (scope) => new WorkerPool(scope, "pool", { config: disabled, space: { id: "root" } }),
      );
    } catch (e) {
      error = e;
    }
    expect(isDiagnosticError(error) && error.diagnostics).toEqual([
      expect.objectContaining({
        code: "WORKER_POOL_INVALID_PROP",
        message: expect.stringContaining("`enabled: false`"),
      }),
    ]);
  });
});

/** The resource of `type` whose construct id contains `fragment`. */
function byNameOrId(json: SynthJson, type: string, fragment: string): Record<string, unknown> | undefined {
  return Object.entries(json.resource?.[type] ?? {}).find(([id]) => id.includes(fragment))?.[1];
}
