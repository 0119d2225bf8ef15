/**
 * Issue #11: every synthesized stack's backend and every child stack's manage_state follow the atmos
 * backend config, so each stack can be run outside Spacelift; an admin stack whose state would live
 * only in Spacelift is a warning.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel } from "../../app/load";
import { buildApp } from "../../constructs";
import { allTargets } from "../../runbook";
import { stateOf } from "../../runbook/state";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { synthesize } from "../example/synth-example";
import { organisation } from "../model/fake-resolved";
import { fakeModel, REPO_ROOT, withBackend } from "./helpers";

interface Synthesized {
  terraform?: { backend?: Record<string, Record<string, unknown>> };
  resource?: Record<string, Record<string, Record<string, unknown>>>;
}

const isAdmin = (c: { atmosComponent: string }): boolean => c.atmosComponent === "admin-stack";

/** The codes of the model's warnings about where state lives, sorted. */
const stateWarnings = (model: { warnings: readonly { code: string }[] }): string[] =>
  model.warnings
    .map((w) => w.code)
    .filter((c) => c === "STATE_ONLY_IN_SPACELIFT" || c === "MANAGE_STATE_CONFLICT")
    .sort();

describe("the embedded example keeps every state in its atmos s3 backend", () => {
  const output = synthesize();
  const model = loadModel({ cwd: REPO_ROOT, env: {} });

  it.each(Object.keys(output))(
    "%s: the synthesized backend is the atmos backend, at the runbook's key",
    (id) => {
      const target = allTargets(model).find((t) => t.id === id)!;
      const { assume_role, bucket, encrypt, region, use_lockfile } = target.source.backend;
      const state = stateOf(target).location;
      expect(state.kind).toBe("s3");
      expectValidAgainstSchemas(output[id]!);
      expect((JSON.parse(output[id]!) as Synthesized).terraform?.backend).toEqual({
        s3: { assume_role, bucket, encrypt, region, use_lockfile, key: state.kind === "s3" ? state.key : "" },
      });
    },
  );

  it("creates every Spacelift stack with manage_state false", () => {
    // Preview-environment stacks are not atmos components: their service template decides where
    // their state lives (docs/preview-environments.md).
    const isPreview = (s: Record<string, unknown>): boolean =>
      (s["labels"] as string[]).some((l) => l.startsWith("preview_environment_id:"));
    const stacks = Object.values(output)
      .flatMap((text) => Object.values((JSON.parse(text) as Synthesized).resource?.["spacelift_stack"] ?? {}))
      .filter((s) => !isPreview(s));
    expect(stacks.length).toBe(model.stacks.length);
    expect(stacks.every((s) => s["manage_state"] === false)).toBe(true);
  });
});

describe("manage_state follows the atmos backend", () => {
  it("gives a child stack with an s3 backend manage_state false", () => {
    expect(fakeModel(organisation()).stack("plat-ue1-dev-vpc")?.manageState).toBe(false);
  });

  it("gives a child stack without a backend manage_state true", () => {
    const components = organisation().map((c) => (c.atmosComponent === "vpc" ? withBackend(c, "", {}) : c));
    expect(fakeModel(components).stack("plat-ue1-dev-vpc")?.manageState).toBe(true);
  });

  it("warns STATE_ONLY_IN_SPACELIFT for an admin stack without a backend", () => {
    const components = organisation().map((c) =>
      isAdmin(c) && c.vars["tenant"] === "plat" ? withBackend(c, "", {}) : c,
    );
    const model = fakeModel(components);
    expect(model.stack("plat-gbl-spacelift-admin-stack")?.manageState).toBe(true);
    expect(stateWarnings(model)).toEqual(["STATE_ONLY_IN_SPACELIFT"]);
  });

  it("gives no state warning when every admin stack has an s3 backend", () => {
    expect(stateWarnings(fakeModel(organisation()))).toEqual([]);
  });

  it("warns MANAGE_STATE_CONFLICT and STATE_ONLY_IN_SPACELIFT for an admin stack with manage_state: true and an s3 backend", () => {
    const components = organisation().map((c) =>
      isAdmin(c) && c.vars["tenant"] === "plat"
        ? { ...c, settings: { spacelift: { ...(c.settings["spacelift"] as object), manage_state: true } } }
        : c,
    );
    expect(stateWarnings(fakeModel(components))).toEqual([
      "MANAGE_STATE_CONFLICT",
      "STATE_ONLY_IN_SPACELIFT",
    ]);
  });

  it("synthesizes no backend block for an app stack whose state Spacelift manages", () => {
    const components = organisation().map((c) =>
      isAdmin(c) && c.vars["tenant"] === "plat" ? withBackend(c, "", {}) : c,
    );
    const outdir = mkdtempSync(join(tmpdir(), "spacelift-state-"));
    buildApp(fakeModel(components), { outdir, onlyStack: "plat-gbl-spacelift-admin-stack" }).synth();
    const text = readFileSync(
      join(outdir, "stacks", "plat-gbl-spacelift-admin-stack", "cdk.tf.json"),
      "utf8",
    );
    expectValidAgainstSchemas(text);
    expect((JSON.parse(text) as Synthesized).terraform?.backend).toBeUndefined();
  });
});
