import { loadModel } from "../../app/load";
import { isDiagnosticError } from "../../config-engine/diagnostics";
import type { JsonMap } from "../../config-engine/types";
import { CSR_VARIABLES } from "../../constructs/worker-pool";
import { buildRunbook, type Runbook } from "../../runbook";
import { WORKER_POOL_CSR_VARIABLES } from "../../runbook/build-runbook";
import { fakeComponent, organisation } from "../model/fake-resolved";
import { FAKE_LAYOUT, fakeModel, REPO_ROOT, withBackend } from "./helpers";

const ROLE = "arn:aws:iam::222222222222:role/acme-plat-gbl-dev-spacelift";
const withRole = (extra: JsonMap = {}): JsonMap => ({ aws_role_enabled: true, aws_role_arn: ROLE, ...extra });

function runbookOf(id: string, components = organisation([], { platVpcSettings: withRole() })): Runbook {
  return buildRunbook(fakeModel(components), id, { layout: FAKE_LAYOUT });
}

const commands = (r: Runbook): string[] => r.steps.flatMap((s) => s.commands);
const notes = (r: Runbook): string => r.steps.flatMap((s) => s.notes).join("\n");

/** The fake organisation with the vpc's backend replaced. */
function vpcWithBackend(backendType: string, backend: JsonMap): ReturnType<typeof organisation> {
  return organisation([], { platVpcSettings: withRole() }).map((c) =>
    c.atmosComponent === "vpc" ? withBackend(c, backendType, backend) : c,
  );
}

describe("buildRunbook: credentials", () => {
  it("assumes the stack's role with a session named after the stack", () => {
    const r = runbookOf("plat-ue1-dev-vpc");
    expect(r.role).toEqual({ arn: ROLE, source: "stack" });
    expect(commands(r)).toEqual(
      expect.arrayContaining([
        `  --role-arn ${ROLE} \\`,
        "  --role-session-name break-glass-plat-ue1-dev-vpc \\",
      ]),
    );
  });

  it("passes the external id and says that it is Spacelift's", () => {
    const r = runbookOf(
      "plat-ue1-dev-vpc",
      organisation([], { platVpcSettings: withRole({ aws_role_external_id: "acme@plat-ue1-dev-vpc" }) }),
    );
    expect(commands(r)).toContain("  --external-id acme@plat-ue1-dev-vpc \\");
    expect(notes(r)).toContain("The external id `acme@plat-ue1-dev-vpc` is the one Spacelift presents");
  });

  it("drops the external id when --role-arn replaces the role", () => {
    const r = buildRunbook(
      fakeModel(organisation([], { platVpcSettings: withRole({ aws_role_external_id: "x" }) })),
      "plat-ue1-dev-vpc",
      { layout: FAKE_LAYOUT, roleArn: "arn:aws:iam::111111111111:role/break-glass" },
    );
    expect(r.role).toEqual({ arn: "arn:aws:iam::111111111111:role/break-glass", source: "override" });
    expect(r.spaceliftRoleArn).toBe(ROLE);
    expect(commands(r).some((c) => c.includes("--external-id"))).toBe(false);
  });

  it("exports the credentials only from the assume-role output, never printing them", () => {
    const lines = commands(runbookOf("plat-ue1-dev-vpc"));
    expect(lines).toContain('  --output json)" &&');
    expect(lines.filter((l) => /echo|printf/.test(l) && /AWS_SECRET|SessionToken|creds/.test(l))).toEqual([]);
    expect(lines).toContain("unset creds");
  });

  it("fails with NO_DEPLOYMENT_ROLE when an AWS stack has no role", () => {
    expect.assertions(2);
    try {
      runbookOf("plat-ue1-dev-vpc", organisation());
    } catch (e) {
      expect(isDiagnosticError(e)).toBe(true);
      if (isDiagnosticError(e)) expect(e.diagnostics[0]).toMatchObject({ code: "NO_DEPLOYMENT_ROLE" });
    }
  });

  it("asks no role of an admin stack: AWS is needed only for its state", () => {
    const r = runbookOf("plat-gbl-spacelift-admin-stack");
    expect(r.role).toBeUndefined();
    expect(r.steps.map((s) => s.title)).not.toContain("Assume the deployment role");
    expect(notes(r)).toContain(
      "The backend assumes no role: your own credentials need read and write access",
    );
  });
});

describe("buildRunbook: state", () => {
  it("plans an HCL component's state at <workspace_key_prefix>/<workspace>/<key>", () => {
    expect(runbookOf("plat-ue1-dev-vpc").state).toMatchObject({
      kind: "s3",
      bucket: "acme-tfstate",
      key: "vpc/plat-ue1-dev/terraform.tfstate",
      locks: [{ kind: "s3-lockfile", key: "vpc/plat-ue1-dev/terraform.tfstate.tflock" }],
    });
  });

  it("uses Terraform's env: prefix when the backend sets no workspace_key_prefix", () => {
    const r = runbookOf("plat-ue1-dev-vpc", vpcWithBackend("s3", { bucket: "b", key: "k.tfstate" }));
    expect(r.state).toMatchObject({ key: "env:/plat-ue1-dev/k.tfstate" });
  });

  it("keeps an app stack's state at <prefix>/<workspace>/cdktf.tfstate in the default workspace", () => {
    const r = runbookOf("plat-gbl-spacelift-admin-stack");
    expect(r.workspace).toBe("default");
    expect(r.state).toMatchObject({
      key: "spacelift-admin-stack/plat-gbl-spacelift-admin-stack/cdktf.tfstate",
    });
  });

  it("lists a DynamoDB lock table and the backend's legacy role_arn", () => {
    const r = runbookOf(
      "plat-ue1-dev-vpc",
      vpcWithBackend("s3", {
        bucket: "b",
        key: "k",
        dynamodb_table: "locks",
        role_arn: "arn:aws:iam::111111111111:role/tfstate",
      }),
    );
    expect(r.state).toMatchObject({
      locks: [{ kind: "dynamodb", table: "locks" }],
      roleArn: "arn:aws:iam::111111111111:role/tfstate",
    });
    expect(notes(r)).toContain("DynamoDB table `locks`");
    expect(notes(r)).toContain("The backend assumes its own role `arn:aws:iam::111111111111:role/tfstate`");
  });

  it("warns when nothing locks the state", () => {
    const r = runbookOf("plat-ue1-dev-vpc", vpcWithBackend("s3", { bucket: "b", key: "k" }));
    expect(r.warnings.join("\n")).toMatch(/Nothing locks this state/);
  });

  /** The vpc pins `version` through the plat admin stack's terraform_version_map (Cloud Posse's rule). */
  const pinned = (version: string): ReturnType<typeof organisation> => {
    const components = organisation([], { platVpcSettings: withRole({ terraform_version: version }) });
    (components[2]!.vars as Record<string, unknown>)["terraform_version_map"] = { [version]: version };
    return components;
  };

  it("warns that lock files need Terraform 1.10 when the stack pins an older version", () => {
    const r = runbookOf("plat-ue1-dev-vpc", pinned("1.9.8"));
    expect(r.warnings.join("\n")).toContain("need `terraform` 1.10 or later, but the stack pins 1.9.8");
  });

  it("does not warn about lock files from Terraform 1.10", () => {
    const r = runbookOf("plat-ue1-dev-vpc", pinned("1.10.0"));
    expect(r.warnings.join("\n")).not.toContain("use_lockfile");
  });

  it("says a stack whose state only Spacelift has cannot be run, and what to change", () => {
    const r = runbookOf("plat-ue1-dev-vpc", vpcWithBackend("", {}));
    expect(r.runnable).toBe(false);
    expect(r.state).toEqual({ kind: "spacelift" });
    expect(r.warnings[0]).toContain("it CANNOT be run without Spacelift");
    expect(r.steps.map((s) => s.title)).toEqual([
      "What to change so that it can be run without Spacelift (while Spacelift is up)",
    ]);
    expect(notes(r)).toContain("settings.spacelift.manage_state: false");
  });
});

describe("buildRunbook: commands", () => {
  it("runs an HCL component through atmos with the logical stack name and a lock timeout", () => {
    expect(commands(runbookOf("plat-ue1-dev-vpc"))).toEqual(
      expect.arrayContaining([
        'export ATMOS_CLI_CONFIG_PATH="$PWD" ATMOS_BASE_PATH="$PWD"',
        "atmos terraform init vpc -s plat-ue1-dev",
        "atmos terraform plan vpc -s plat-ue1-dev -- -lock-timeout=5m",
        "atmos terraform apply vpc -s plat-ue1-dev --from-plan -- -lock-timeout=5m",
      ]),
    );
  });

  it("synthesizes an app stack alone, then plans into a file and applies that file", () => {
    const lines = commands(runbookOf("plat-gbl-spacelift-admin-stack"));
    const at = (l: string): number => lines.indexOf(l);
    const synth =
      'ATMOS_CLI_CONFIG_PATH="$PWD" SPACELIFT_ATMOS_ONLY_STACK=plat-gbl-spacelift-admin-stack node --require tsx/cjs main.ts';
    expect(at("unset SPACELIFT_ATMOS_LOCAL_STATE")).toBeLessThan(at(synth));
    expect(at(synth)).toBeLessThan(at("cd cdktf.out/stacks/plat-gbl-spacelift-admin-stack"));
    expect(at("terraform plan -lock-timeout=5m -out=break-glass.tfplan")).toBeLessThan(
      at("terraform apply -lock-timeout=5m break-glass.tfplan"),
    );
  });

  it("finds the config relative to the app's project root", () => {
    const r = buildRunbook(fakeModel(organisation()), "plat-gbl-spacelift-admin-stack", {
      layout: {
        configDirInRepo: "infra/stacks",
        basePathInRepo: "infra/stacks",
        appProjectRoot: "infra/app",
      },
    });
    expect(commands(r)).toEqual(
      expect.arrayContaining([
        "cd infra/app",
        'ATMOS_CLI_CONFIG_PATH="$PWD/../stacks" SPACELIFT_ATMOS_ONLY_STACK=plat-gbl-spacelift-admin-stack node --require tsx/cjs main.ts',
      ]),
    );
  });

  it("asks for the Spacelift API key without echoing the secret", () => {
    const lines = commands(runbookOf("plat-gbl-spacelift-admin-stack"));
    expect(lines).toContain(
      "printf '%s: ' 'Spacelift API key secret'; read -rs SPACELIFT_API_KEY_SECRET; echo; export SPACELIFT_API_KEY_SECRET",
    );
  });

  it("runs tofu for an app stack on OpenTofu, whose lock files work from 1.8", () => {
    const components = organisation().map((c) =>
      c.atmosComponent === "admin-stack" && c.vars["tenant"] === "plat"
        ? {
            ...c,
            settings: {
              spacelift: {
                ...(c.settings["spacelift"] as JsonMap),
                terraform_workflow_tool: "OPEN_TOFU",
                terraform_version: "1.8.0",
              },
            },
          }
        : c,
    );
    const r = runbookOf("plat-gbl-spacelift-admin-stack", components);
    expect(r.binary).toBe("tofu");
    expect(commands(r)).toContain("tofu apply -lock-timeout=5m break-glass.tfplan");
    expect(r.warnings.join("\n")).not.toContain("use_lockfile");
  });

  it("prompts the admin stack's operator for its children's webhook secrets", () => {
    const r = runbookOf(
      "plat-gbl-spacelift-admin-stack",
      organisation([], {
        platVpcSettings: withRole({
          webhook_enabled: true,
          webhook_endpoint: "https://hooks.example.com",
          webhook_secret_variable: "vpc_webhook_secret",
        }),
      }),
    );
    expect(commands(r)).toContain(
      "printf '%s: ' TF_VAR_vpc_webhook_secret; read -rs TF_VAR_vpc_webhook_secret; echo; export TF_VAR_vpc_webhook_secret",
    );
  });

  it("names the worker pool's CSR variables as the construct declares them", () => {
    expect([...WORKER_POOL_CSR_VARIABLES].sort()).toEqual(Object.values(CSR_VARIABLES).sort());
  });
});

describe("buildRunbook: the embedded example's worker pool", () => {
  const model = loadModel({ cwd: REPO_ROOT, env: {} });
  const r = buildRunbook(model, "core-ue1-auto-spacelift-worker-pool", {
    layout: { configDirInRepo: "stacks-config", basePathInRepo: "stacks-config", appProjectRoot: "" },
    roleArn: "arn:aws:iam::111111111111:role/acme-break-glass",
  });

  it("needs both AWS and the Spacelift API, and says what works while the API is down", () => {
    expect(r.apis).toEqual({ aws: true, spacelift: true });
    expect(r.warnings.join("\n")).toContain("`-target=`");
    expect(r.steps.map((s) => s.title)).toContain(
      "Inspect the state (read-only; works while the Spacelift API is down)",
    );
  });

  it("takes the Spacelift endpoint from the worker pool's config", () => {
    expect(commands(r)).toContain("export SPACELIFT_API_KEY_ENDPOINT=https://acme.app.spacelift.io");
  });
});

describe("buildRunbook: ids", () => {
  it("fails with UNKNOWN_STACK and a suggestion", () => {
    expect(() => runbookOf("plat-ue1-dev-vcp")).toThrow(/UNKNOWN_STACK .*Did you mean 'plat-ue1-dev-vpc'\?/);
  });

  it("accepts a hand-deployed app stack (no Spacelift stack) by its id", () => {
    const backend = fakeComponent({
      component: "tfstate-backend",
      vars: {
        namespace: "acme",
        tenant: "core",
        environment: "ue1",
        stage: "root",
        region: "us-east-1",
        replica_region: "us-west-2",
        allowed_principal_arns: ["arn:aws:iam::111111111111:role/admin"],
      },
    });
    const r = buildRunbook(fakeModel(organisation([backend])), "core-ue1-root-tfstate-backend", {
      layout: FAKE_LAYOUT,
      roleArn: "arn:aws:iam::111111111111:role/admin",
    });
    expect(r).toMatchObject({
      kind: "state-backend",
      runBySpacelift: false,
      apis: { aws: true, spacelift: false },
    });
    expect(r.managerId).toBeUndefined();
    expect(r.steps.map((s) => s.title)).not.toContain("Spacelift API credentials");
  });
});

describe("buildRunbook: other backends", () => {
  it("reports only the type of a non-s3 backend (its settings may hold credentials)", () => {
    const r = runbookOf(
      "plat-ue1-dev-vpc",
      vpcWithBackend("gcs", { bucket: "b", credentials: "secret-json" }),
    );
    expect(r.state).toEqual({ kind: "other", backendType: "gcs" });
    expect(JSON.stringify(r)).not.toContain("secret-json");
  });

  it("warns that a local backend's state does not outlive a Spacelift run", () => {
    const r = runbookOf("plat-ue1-dev-vpc", vpcWithBackend("local", {}));
    expect(r.warnings[0]).toContain("in Spacelift that file does not outlive the run");
  });
});
