import type { TerraformStack } from "cdktf";
import { buildApp } from "../../constructs";
import type { JsonMap } from "../../config-engine/types";
import { buildSpaceliftModel } from "../../model";
import { expectValidAgainstSchemas } from "../helpers/schema";
import { resourceNames, resourceOf, synthJson, type SynthJson } from "../helpers/synth";
import { workerPoolVars } from "../helpers/worker-pool-vars";
import { emptyCatalog, fakeComponent, fakeResolved, organisation } from "../model/fake-resolved";

/** A worker-pool component of the test organisation, in the given space. */
function poolComponent(spaceName: string, extra: JsonMap = {}) {
  return fakeComponent({
    component: "spacelift/worker-pool",
    vars: workerPoolVars({ tenant: "plat", space_name: spaceName, max_size: 2, ...extra }),
  });
}

function synthPoolStack(spaceName: string, extra: JsonMap = {}): SynthJson {
  const model = buildSpaceliftModel(fakeResolved(organisation([poolComponent(spaceName, extra)])), {
    catalog: emptyCatalog,
  });
  const id = model.appComponents.find((a) => a.implementation === "worker-pool")?.id ?? "";
  const stack = buildApp(model).node.findChild(id) as TerraformStack;
  expectValidAgainstSchemas(stack);
  return synthJson(stack);
}

describe("WorkerPoolStack", () => {
  it("gives the drain key 'Space admin' in the pool's space, not in root", () => {
    const json = synthPoolStack("plat");
    const [poolName, ...otherPools] = resourceNames(json, "spacelift_worker_pool");
    const [attachmentName, ...otherAttachments] = resourceNames(json, "spacelift_role_attachment");
    expect([otherPools, otherAttachments]).toEqual([[], []]);
    const pool = resourceOf(json, "spacelift_worker_pool", poolName ?? "");
    const attachment = resourceOf(json, "spacelift_role_attachment", attachmentName ?? "");
    const platId = '${one(lookup(local.space_ids_by_name, "plat", []))}';
    expect(pool).toMatchObject({ space_id: platId });
    expect(attachment).toMatchObject({ space_id: platId });
    expect(attachment?.["space_id"]).toEqual(pool?.["space_id"]);
  });

  it("checks at plan time that the space exists, on the pool and on the drain key's role", () => {
    const json = synthPoolStack("plat");
    const precondition = {
      condition: '${length(lookup(local.space_ids_by_name, "plat", [])) == 1}',
      error_message: expect.stringMatching(/space "plat" does not exist.*Apply the spaces stack/) as unknown,
    };
    for (const type of ["spacelift_worker_pool", "spacelift_role_attachment"]) {
      for (const resource of Object.values(json.resource?.[type] ?? {})) {
        expect(resource["lifecycle"]).toEqual({ precondition: [precondition] });
      }
    }
  });

  it("uses the literal id of a built-in space, without a lookup", () => {
    const json = synthPoolStack("root");
    for (const type of ["spacelift_worker_pool", "spacelift_role_attachment"]) {
      for (const resource of Object.values(json.resource?.[type] ?? {})) {
        expect(resource).toMatchObject({ space_id: "root" });
        expect(resource["lifecycle"]).toBeUndefined();
      }
    }
    expect(json.locals?.["space_ids_by_name"]).toBeUndefined();
  });

  it("creates no role attachment when the drain brings its own API key", () => {
    const json = synthPoolStack("plat", {
      drain_api_key_secret_arn: "arn:aws:secretsmanager:us-east-1:111111111111:secret:drain-AbCdEf",
    });
    expect(resourceNames(json, "spacelift_role_attachment")).toEqual([]);
  });
});
