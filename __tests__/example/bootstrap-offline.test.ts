import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeWithTerraform, offlineCliConfig, terraformPrerequisites } from "../helpers/terraform";
import { synthesize } from "./synth-example";

/**
 * The README's bootstrap step, offline: the state-backend stack exactly as synthesized (nothing
 * stripped) initialises from the AWS provider mirror alone and validates. It declares only the
 * providers it uses; a `spacelift` provider there would send `terraform init` to the registry.
 * (The worker-pool stack manages a Spacelift pool, so its init needs the Spacelift provider, which
 * this machine has no binary of.)
 */
describeWithTerraform("bootstrap of the state backend, offline", () => {
  it("terraform init (mirror only) and validate succeed on the synthesized JSON as is", () => {
    const pre = terraformPrerequisites();
    if (!pre.ready) throw new Error(pre.reason);
    const json = synthesize()["core-ue1-root-tfstate-backend"]!;
    const doc = JSON.parse(json) as { terraform: { required_providers: Record<string, unknown> } };
    expect(Object.keys(doc.terraform.required_providers)).toEqual(["aws"]);
    const dir = mkdtempSync(join(tmpdir(), "bootstrap-"));
    try {
      writeFileSync(join(dir, "cdk.tf.json"), json);
      writeFileSync(join(dir, "offline.tfrc"), offlineCliConfig(pre.mirror));
      const env = {
        PATH: process.env.PATH,
        HOME: dir,
        TF_CLI_CONFIG_FILE: join(dir, "offline.tfrc"),
        CHECKPOINT_DISABLE: "1",
        TF_IN_AUTOMATION: "1",
      };
      const tf = (...args: string[]) =>
        spawnSync("terraform", args, { cwd: dir, env, encoding: "utf8", timeout: 180_000 });
      const init = tf("init", "-backend=false", "-input=false", "-no-color");
      expect(`${init.stdout}${init.stderr}`).toContain("Terraform has been successfully initialized");
      const validate = tf("validate", "-no-color");
      expect(`${validate.stdout}${validate.stderr}`).toContain("Success! The configuration is valid.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
