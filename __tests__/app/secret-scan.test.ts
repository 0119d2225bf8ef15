/** The secret scanner over synthesized JSON and text (issue 20, item 5) and the name/shape patterns. */
import { scanJsonForSecrets, scanTextForSecrets, secretEnvValues } from "../../app/secret-scan/scan";
import { codeFrame } from "../../config-engine/code-frame";
import { looksSecretKeyName, maskSecretYamlLine } from "../../config-engine/secret-patterns";

const GITHUB_TOKEN = "ghp_0123456789abcdefghijABCDEFGHIJ0123456789";
const AWS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
const PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
const JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

describe("secret names", () => {
  it.each([
    "webhook_secret",
    "SPACELIFT_API_KEY_SECRET",
    "GITHUB_TOKEN",
    "db_password",
    "privateKey",
    "client_secret",
  ])("%s looks secret", (name) => expect(looksSecretKeyName(name)).toBe(true));
  it.each([
    "webhook_secret_variable",
    "drain_api_key_secret_arn",
    "token_ssm_path",
    "SPACELIFT_API_KEY_ID",
    "secrets_kms_key_arn",
    "name",
    "description",
    "spacelift_worker_pool_csr_enabled",
    "SPACELIFT_API_KEY_ENDPOINT",
  ])("%s does not", (name) => expect(looksSecretKeyName(name)).toBe(false));
});

describe("scanJsonForSecrets", () => {
  it("finds key and token shapes anywhere, with their JSON path", () => {
    const doc = {
      resource: {
        spacelift_stack: { a: { description: `deploy with ${GITHUB_TOKEN}`, labels: [AWS_KEY_ID] } },
        spacelift_mounted_file: {
          b: { content: Buffer.from(JSON.stringify({ key: PEM })).toString("base64") },
        },
      },
      output: { jwt: { value: JWT } },
    };
    expect(scanJsonForSecrets(doc)).toEqual([
      { path: ["output", "jwt", "value"], kind: "JSON web token" },
      {
        path: ["resource", "spacelift_mounted_file", "b", "content", "#decoded", "key"],
        kind: "private key (PEM)",
      },
      { path: ["resource", "spacelift_stack", "a", "description"], kind: "GitHub token" },
      { path: ["resource", "spacelift_stack", "a", "labels", "0"], kind: "AWS access key id" },
    ]);
  });

  it("finds a random-looking value of an environment variable with a secret-looking name", () => {
    const doc = {
      resource: { spacelift_environment_variable: { e: { name: "DB_PASSWORD", value: "x9Qz7Lm2Wp4Rt8Vk" } } },
    };
    expect(scanJsonForSecrets(doc)).toEqual([
      expect.objectContaining({ path: ["resource", "spacelift_environment_variable", "e", "value"] }),
    ]);
  });

  it("accepts references, paths, words and ARNs under secret-looking names", () => {
    const doc = {
      resource: {
        spacelift_environment_variable: { e: { name: "DB_PASSWORD", value: "${var.db_password}" } },
        aws_cloudwatch_event_target: { t: { input_paths: { token: "$.detail.LifecycleActionToken" } } },
        spacelift_webhook: {
          w: { secret_wo: "${var.hook}", secret_wo_version: "${substr(sha256(var.hook), 0, 16)}" },
        },
        x: { y: { api_key_secret: "arn:aws:secretsmanager:us-east-1:111111111111:secret:x1" } },
      },
    };
    expect(scanJsonForSecrets(doc)).toEqual([]);
  });

  it("finds the value of a secret-named environment variable of the synth process", () => {
    const env = secretEnvValues({
      SPACELIFT_API_KEY_SECRET: "s3cr3t-value-42",
      SPACELIFT_API_KEY_ENDPOINT: "https://acme.app.spacelift.io",
      GITHUB_TOKEN_FILE: "/run/secrets/github",
      HOME: "/root/home/dir",
    });
    expect([...env.values()]).toEqual(["SPACELIFT_API_KEY_SECRET"]);
    const doc = { resource: { spacelift_stack: { a: { description: "s3cr3t-value-42" } } } };
    expect(scanJsonForSecrets(doc, env)).toEqual([
      {
        path: ["resource", "spacelift_stack", "a", "description"],
        kind: "the value of the environment variable SPACELIFT_API_KEY_SECRET",
      },
    ]);
  });
});

describe("scanTextForSecrets", () => {
  it("finds environment secrets and shapes in a runbook, and nothing in a clean one", () => {
    const env = secretEnvValues({ GITHUB_TOKEN: "abcdef0123456789" });
    expect(scanTextForSecrets(`export X=abcdef0123456789\n${PEM}`, env)).toEqual([
      "the value of the environment variable GITHUB_TOKEN",
      "private key (PEM)",
    ]);
    expect(scanTextForSecrets("terraform init -backend-config=bucket=acme-tfstate", env)).toEqual([]);
  });
});

describe("code frames", () => {
  it("mask the value of a secret-looking key, keep everything else", () => {
    expect(maskSecretYamlLine("          webhook_secret: hunter2")).toBe(
      "          webhook_secret: ********",
    );
    expect(maskSecretYamlLine('  - "GITHUB_TOKEN": ghp_x')).toBe('  - "GITHUB_TOKEN": ********');
    expect(maskSecretYamlLine("  webhook_secret_variable: hook")).toBe("  webhook_secret_variable: hook");
    const frame = codeFrame("a: 1\nwebhook_secret: hunter2\nb: 2\n", 2, 1);
    expect(frame).toContain("webhook_secret: ********");
    expect(frame).not.toContain("hunter2");
  });
});
