/**
 * What the cdktf floor app must synthesize, read from the real synth's output: per stack, the
 * top-level blocks other than resources and data sources (backend, providers, locals, outputs,
 * variables: copied as they are), and per resource or data-source type its logical ids and one
 * exemplar's attributes (the median-sized instance, so the payload matches in total).
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** A JSON value as read from cdk.tf.json. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Instances of one resource or data-source type in one stack. */
export interface FloorBlockGroup {
  readonly type: string;
  /** The logical ids of the instances (so ids and construct paths weigh the same). */
  readonly names: readonly string[];
  /** The attributes of the median-sized instance, without cdktf's `//` metadata. */
  readonly attributes: { readonly [key: string]: Json };
}

/** One cdktf stack of the floor app. */
export interface FloorStackSpec {
  readonly name: string;
  /** Top-level blocks other than `resource`, `data` and cdktf's `//`. */
  readonly blocks: { readonly [key: string]: Json };
  readonly resources: readonly FloorBlockGroup[];
  readonly data: readonly FloorBlockGroup[];
}

/** The floor app's input. */
export interface FloorSpec {
  readonly stacks: readonly FloorStackSpec[];
}

/** Totals of a synthesized output directory, to compare the floor with the real synth. */
export interface OutputTotals {
  readonly stacks: number;
  readonly resources: number;
  readonly spaceliftStacks: number;
  readonly bytes: number;
}

/** Reads every `stacks/<name>/cdk.tf.json` under a cdktf output directory. */
function readStacks(outdir: string): { name: string; json: { [key: string]: Json }; bytes: number }[] {
  const root = path.join(outdir, "stacks");
  return fs
    .readdirSync(root)
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(root, name, "cdk.tf.json"), "utf8");
      return { name, json: JSON.parse(text) as { [key: string]: Json }, bytes: Buffer.byteLength(text) };
    });
}

function groups(section: Json | undefined): FloorBlockGroup[] {
  if (section === undefined || section === null || typeof section !== "object" || Array.isArray(section))
    return [];
  return Object.entries(section).map(([type, byName]) => {
    const named = byName as { [key: string]: { [key: string]: Json } };
    const instances = Object.values(named).map((attrs) => {
      const { "//": _metadata, ...rest } = attrs;
      return { attrs: rest, size: JSON.stringify(rest).length };
    });
    instances.sort((a, b) => a.size - b.size);
    return {
      type,
      names: Object.keys(named),
      attributes: instances[Math.floor(instances.length / 2)]!.attrs,
    };
  });
}

/** The floor spec of a synthesized output directory. */
export function floorSpecOf(outdir: string): FloorSpec {
  return {
    stacks: readStacks(outdir).map(({ name, json }) => {
      const { "//": _metadata, resource, data, ...blocks } = json;
      return { name, blocks, resources: groups(resource), data: groups(data) };
    }),
  };
}

/** Stacks, resources, `spacelift_stack` resources and bytes of a synthesized output directory. */
export function outputTotals(outdir: string): OutputTotals {
  let resources = 0;
  let spaceliftStacks = 0;
  let bytes = 0;
  const stacks = readStacks(outdir);
  for (const s of stacks) {
    bytes += s.bytes;
    const byType = (s.json["resource"] ?? {}) as { [type: string]: { [name: string]: Json } };
    for (const [type, byName] of Object.entries(byType)) {
      const count = Object.keys(byName).length;
      resources += count;
      if (type === "spacelift_stack") spaceliftStacks += count;
    }
  }
  return { stacks: stacks.length, resources, spaceliftStacks, bytes };
}
