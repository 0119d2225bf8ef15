import type { JsonMap } from "../../config-engine/types";
import { isDiagnosticError } from "../../config-engine/diagnostics";
import { DEFAULT_IMPLEMENTATIONS, readIntegrationConfig } from "../../model/integration-config";
import { fakeResolved } from "./fake-resolved";

/** readIntegrationConfig on an atmos.yaml whose `integrations.spacelift_atmos` is `settings`. */
function read(settings: JsonMap) {
  return readIntegrationConfig(fakeResolved([], { integrations: { spacelift_atmos: settings } }).config);
}

describe("integrations.spacelift_atmos.components", () => {
  it("defaults to Cloud Posse's Spacelift folders only: the state backend and preview manager are opt-in", () => {
    expect(read({}).implementations).toEqual({
      "spacelift/admin-stack": "admin-stack",
      "spacelift/spaces": "spaces",
      "spacelift/worker-pool": "worker-pool",
    });
    expect(
      read({ components: { "tfstate-backend": "state-backend" } }).implementations["tfstate-backend"],
    ).toBe("state-backend");
  });

  it("reads strict (off by default)", () => {
    expect(read({}).strict).toBe(false);
    expect(read({ strict: true }).strict).toBe(true);
  });

  it("merges the configured folders over the defaults", () => {
    expect(read({ components: { "platform/admin": "admin-stack" } }).implementations).toEqual({
      ...DEFAULT_IMPLEMENTATIONS,
      "platform/admin": "admin-stack",
    });
  });

  it("lets a configured folder change the implementation of a default folder", () => {
    expect(read({ components: { "tfstate-backend": "spaces" } }).implementations["tfstate-backend"]).toBe(
      "spaces",
    );
  });

  it("turns a default off with false (the folder becomes an ordinary HCL component)", () => {
    const implementations = read({ components: { "spacelift/worker-pool": false } }).implementations;
    expect(implementations).not.toHaveProperty("spacelift/worker-pool");
    expect(implementations["spacelift/admin-stack"]).toBe("admin-stack");
  });

  it("fails on an unknown implementation, naming the key", () => {
    let error: unknown;
    try {
      read({ components: { "platform/admin": "admin" } });
    } catch (e) {
      error = e;
    }
    expect(isDiagnosticError(error) && error.diagnostics).toEqual([
      expect.objectContaining({
        code: "INVALID_INTEGRATION_CONFIG",
        keyPath: "integrations.spacelift_atmos.components.platform/admin",
      }),
    ]);
  });
});
