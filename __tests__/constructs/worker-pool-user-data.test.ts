import { spawnSync } from "node:child_process";
import type { LauncherConfig } from "../../model/worker-pool-config";
import {
  LAUNCHER_UNIT,
  renderWorkerUserData,
  SPACELIFT_GPG_FINGERPRINT,
  type WorkerUserDataOptions,
} from "../../constructs/private/worker-pool-user-data";

const LAUNCHER: LauncherConfig = {
  agentsPerNode: 1,
  domainName: "spacelift.io",
  gpgVerification: true,
  awsConfigFile: "/etc/aws-config/aws-config-spacelift",
  awsProfile: "acme-identity",
};

const OPTIONS: WorkerUserDataOptions = {
  region: "us-east-1",
  credentialsSecretArn:
    "arn:aws:secretsmanager:us-east-1:111111111111:secret:spacelift-worker-pool/p/credentials",
  runnerImage: "111111111111.dkr.ecr.us-east-1.amazonaws.com/infrastructure:latest",
  launcher: LAUNCHER,
};

function render(launcher: Partial<LauncherConfig> = {}): string {
  return renderWorkerUserData({ ...OPTIONS, launcher: { ...LAUNCHER, ...launcher } });
}

describe("worker user data", () => {
  it("holds no pool token or private key, only the secret's ARN", () => {
    const script = render();
    expect(script).toContain(`CREDENTIALS_SECRET='${OPTIONS.credentialsSecretArn}'`);
    expect(script).toMatch(
      /aws secretsmanager get-secret-value --region "\$REGION" --secret-id "\$CREDENTIALS_SECRET"/,
    );
    expect(script).not.toMatch(/SPACELIFT_TOKEN=[^%]/);
    expect(script).not.toMatch(/SPACELIFT_POOL_PRIVATE_KEY=[^%]/);
  });

  it("writes the env file with mode 600 in a mode-700 directory", () => {
    const script = render();
    expect(script).toContain("install -d -m 700 /etc/spacelift");
    expect(script).toContain('install -m 600 /dev/null "$env_file"');
    expect(script.indexOf('install -m 600 /dev/null "$env_file"')).toBeLessThan(
      script.indexOf("printf 'SPACELIFT_TOKEN=%s\\n'"),
    );
  });

  it("verifies the launcher's sha256 against Spacelift's _SHA256SUMS before installing it", () => {
    const script = render();
    expect(script).toContain('fetch "$launcher_url"_SHA256SUMS "$workdir/SHA256SUMS"');
    expect(script).toContain(`actual=$(sha256sum "$workdir/spacelift-launcher" | awk '{print $1}')`);
    expect(script).toMatch(/\[ "\$expected" = "\$actual" \] \|\| die/);
    expect(script.indexOf('[ "$expected" = "$actual" ]')).toBeLessThan(
      script.indexOf('install -m 755 "$workdir/spacelift-launcher" /usr/bin/spacelift-launcher'),
    );
  });

  it("verifies the checksum file's signature against Spacelift's key fingerprint", () => {
    const script = render();
    expect(script).toContain(`GPG_FINGERPRINT=${SPACELIFT_GPG_FINGERPRINT}`);
    expect(script).toContain('grep -q "^\\[GNUPG:\\] VALIDSIG $GPG_FINGERPRINT "');
  });

  it("still verifies the checksum when GPG verification is disabled", () => {
    const script = render({ gpgVerification: false });
    expect(script).not.toContain("gpg --batch");
    expect(script).toMatch(/\[ "\$expected" = "\$actual" \] \|\| die/);
  });

  it("downloads the launcher for the instance's architecture from downloads.<domain>", () => {
    expect(render({ domainName: "example.test" })).toContain(
      "LAUNCHER_BASE_URL='https://downloads.example.test/spacelift-launcher'",
    );
  });

  it.each([1, 3])("starts %i launcher unit(s) for as many agents", (agents) => {
    const script = render({ agentsPerNode: agents });
    const started = /systemctl enable --now ((?:spacelift@\d+\.service ?)+)/
      .exec(script)?.[1]
      ?.trim()
      .split(" ");
    expect(started).toEqual(Array.from({ length: agents }, (_, i) => `spacelift@${i + 1}.service`));
  });

  it("runs each launcher under systemd with the env file", () => {
    expect(render()).toContain(
      `cat >/etc/systemd/system/spacelift@.service <<'UNIT'\n${LAUNCHER_UNIT}\nUNIT`,
    );
    expect(LAUNCHER_UNIT).toContain("EnvironmentFile=/etc/spacelift/spacelift.env");
  });

  it("writes Cloud Posse's launcher environment", () => {
    const script = render();
    for (const line of [
      "ATMOS_BASE_PATH=/mnt/workspace/source",
      "TF_VAR_terraform_user=spacelift",
      "AWS_SDK_LOAD_CONFIG=true",
      "AWS_CONFIG_FILE=/etc/aws-config/aws-config-spacelift",
      "AWS_PROFILE=acme-identity",
      "SPACELIFT_LAUNCHER_RUN_TIMEOUT=120m",
    ]) {
      expect(script).toContain(`printf '%s\\n' '${line}'`);
    }
    expect(script).toContain("SPACELIFT_METADATA_instance_id=%s");
  });

  it("pre-pulls the runner image", () => {
    expect(render()).toContain('docker pull --quiet "$RUNNER_IMAGE"');
  });

  it("reads the GitHub token and user from SSM only when the .netrc is enabled", () => {
    expect(render()).not.toContain(".netrc");
    const script = render({ githubNetrc: { tokenSsmPath: "/github/token", userSsmPath: "/github/user" } });
    expect(script).toContain(
      "aws ssm get-parameter --region \"$REGION\" --name '/github/token' --with-decryption",
    );
    expect(script).toContain("SPACELIFT_WORKER_EXTRA_MOUNTS=/root/.netrc:/conf/.netrc");
  });

  it("passes the Infracost settings to runs only when Infracost is enabled", () => {
    expect(render()).not.toContain("INFRACOST_CLI_ARGS");
    const script = render({
      infracost: { apiKeySsmPath: "/infracost/token", cliArgs: "--x 1", warnOnFailure: false },
    });
    expect(script).toContain("'INFRACOST_CLI_ARGS=--x 1' 'INFRACOST_WARN_ON_FAILURE=false'");
    expect(script).toContain("INFRACOST_CLI_ARGS,INFRACOST_WARN_ON_FAILURE");
  });

  it("has no Terraform template sequence in its literal text", () => {
    const script = render({
      githubNetrc: { tokenSsmPath: "/t", userSsmPath: "/u" },
      infracost: { apiKeySsmPath: "/i", cliArgs: "", warnOnFailure: true },
    });
    expect(script).not.toMatch(/(?<!\$)\$\{|(?<!%)%\{/);
  });

  it("escapes template sequences and quotes in values from the config", () => {
    const script = render({ awsProfile: "it's ${var.x} %{if}" });
    expect(script).toContain(`'AWS_PROFILE=it'\\''s $\${var.x} %%{if}'`);
  });

  it("is valid bash", () => {
    const script = render({
      agentsPerNode: 2,
      githubNetrc: { tokenSsmPath: "/t", userSsmPath: "/u" },
      infracost: { apiKeySsmPath: "/i", cliArgs: "--a b", warnOnFailure: true },
    });
    const result = spawnSync("bash", ["-n"], { input: script, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
