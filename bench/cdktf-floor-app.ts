/**
 * The cdktf floor: a bare cdktf app that synthesizes what the real synth produced (same stacks,
 * resource and data-source types, counts per stack and attribute payloads; see
 * cdktf-floor-spec.ts) with no engine, no model and no generated provider classes: each block is a
 * plain `TerraformResource` / `TerraformDataSource` whose attributes are given as JSON.
 */
import * as fs from "node:fs";
import { App, TerraformDataSource, TerraformResource, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { FloorSpec, Json } from "./cdktf-floor-spec";

type Attributes = { readonly [key: string]: Json };

class RawResource extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Attributes,
  ) {
    super(scope, id, { terraformResourceType: type });
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return this.attributes;
  }
}

class RawDataSource extends TerraformDataSource {
  constructor(
    scope: Construct,
    id: string,
    type: string,
    private readonly attributes: Attributes,
  ) {
    super(scope, id, { terraformResourceType: type });
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    return this.attributes;
  }
}

/** Builds and synthesizes the floor app of `specFile` into `outdir`; returns what it created. */
export function synthFloorApp(specFile: string, outdir: string): Record<string, number> {
  const spec = JSON.parse(fs.readFileSync(specFile, "utf8")) as FloorSpec;
  const app = new App({ outdir });
  let resources = 0;
  for (const s of spec.stacks) {
    const stack = new TerraformStack(app, s.name);
    for (const [key, value] of Object.entries(s.blocks)) stack.addOverride(key, value);
    for (const g of s.data) {
      for (const name of g.names) {
        new RawDataSource(
          stack,
          `${g.type}.${name}`,
          g.type,
          structuredClone(g.attributes),
        ).overrideLogicalId(name);
      }
    }
    for (const g of s.resources) {
      for (const name of g.names) {
        // Construct ids must be unique per scope; logical ids only per type.
        new RawResource(stack, `${g.type}.${name}`, g.type, structuredClone(g.attributes)).overrideLogicalId(
          name,
        );
        resources++;
      }
    }
  }
  app.synth();
  return { cdktfStacks: spec.stacks.length, resources };
}
