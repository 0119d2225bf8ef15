/**
 * The worker-pool part of the reviewer diff (diff/inventory.ts, engine.ts, markdown.ts): a pull
 * request that changes a pool's space, its size (the auto-scaling group) or removes a pool.
 */
import { renderMarkdown } from "../../diff/markdown";
import type { TfDocument } from "../../diff/tree";
import { diffOf, doc, stack } from "./engine-builders";

const ADMIN = "core-gbl-spacelift-admin-stack";
const POOL_STACK = "core-ue1-auto-spacelift-worker-pool";
const POOL = "acme-core-ue1-auto-spacelift-worker-pool";
const OTHER_POOL_STACK = "plat-ue1-auto-spacelift-worker-pool";
const OTHER_POOL = "acme-plat-ue1-auto-spacelift-worker-pool";
const VPC = "core-ue1-auto-vpc";

const lookup = (table: string, name: string): string =>
  `\${one(lookup(local.${table}_ids_by_name, "${name}", []))}`;

interface PoolSpec {
  readonly name?: string;
  readonly space?: string;
  readonly maxSize?: number;
}

/** A worker-pool cdktf stack shaped like constructs/worker-pool*.ts synthesize it. */
function poolStack(spec: PoolSpec = {}): TfDocument {
  const name = spec.name ?? POOL;
  return doc({
    spacelift_worker_pool: {
      "worker-pool_pool": {
        name,
        description: "Deployed to us-east-1 within 'core-auto' AWS account",
        space_id: lookup("space", spec.space ?? "core"),
      },
    },
    aws_autoscaling_group: {
      "worker-pool_workers_asg": { name, min_size: 1, max_size: spec.maxSize ?? 3, desired_capacity: 1 },
    },
  });
}

/** An admin stack whose one stack runs on `pool` (or the public workers). */
function adminStack(pool?: string): TfDocument {
  return doc(
    stack(VPC, { attrs: pool !== undefined ? { worker_pool_id: lookup("worker_pool", pool) } : {} }),
  );
}

describe("diff: worker pools", () => {
  it("reports a pool that moves to another space, by space name", () => {
    const d = diffOf(
      { [POOL_STACK]: poolStack(), [ADMIN]: adminStack(POOL) },
      { [POOL_STACK]: poolStack({ space: "plat" }), [ADMIN]: adminStack(POOL) },
    );
    expect(d.workerPools).toEqual([
      {
        name: POOL,
        change: "changed",
        cdktfStack: { before: POOL_STACK, after: POOL_STACK },
        attributes: [{ attribute: "space_id", before: "core", after: "plat" }],
        labels: { added: [], removed: [] },
      },
    ]);
    expect(d.summary.workerPools).toEqual({ added: 0, removed: 0, changed: 1 });
    expect([d.stacks, d.otherResources, d.redFlags]).toEqual([[], [], []]);
  });

  it("reports a new pool size as a change of the auto-scaling group, not of the pool", () => {
    const d = diffOf({ [POOL_STACK]: poolStack() }, { [POOL_STACK]: poolStack({ maxSize: 5 }) });
    expect(d.workerPools).toEqual([]);
    expect(d.otherResources).toEqual([
      {
        address: `${POOL_STACK}/aws_autoscaling_group.worker-pool_workers_asg`,
        change: "changed",
        attributes: [{ attribute: "max_size", before: 3, after: 5 }],
      },
    ]);
    expect(d.summary.otherResources).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it("reports a removed pool that no stack uses as removed, without a red flag", () => {
    const d = diffOf(
      {
        [POOL_STACK]: poolStack(),
        [OTHER_POOL_STACK]: poolStack({ name: OTHER_POOL }),
        [ADMIN]: adminStack(POOL),
      },
      { [POOL_STACK]: poolStack(), [ADMIN]: adminStack(POOL) },
    );
    expect(d.workerPools.map((p) => [p.name, p.change, p.cdktfStack])).toEqual([
      [OTHER_POOL, "removed", { before: OTHER_POOL_STACK }],
    ]);
    expect(d.summary.workerPools).toEqual({ added: 0, removed: 1, changed: 0 });
    expect(d.redFlags).toEqual([]);
    expect(d.warnings.map((w) => [w.code, w.subject])).toEqual([["CDKTF_STACK_REMOVED", OTHER_POOL_STACK]]);
  });

  it("flags a removed pool that stacks still run on", () => {
    const d = diffOf({ [POOL_STACK]: poolStack(), [ADMIN]: adminStack(POOL) }, { [ADMIN]: adminStack(POOL) });
    expect(d.redFlags).toEqual([
      {
        code: "WORKER_POOL_REMOVED_WHILE_USED",
        destroys: false,
        subject: POOL,
        message: `Worker pool ${POOL} is removed while ${VPC} still run on it: their admin stacks fail to plan once it is gone, and runs queued on it never start.`,
      },
    ]);
  });

  it("does not flag a removed pool whose stacks move to another pool in the same change", () => {
    const d = diffOf(
      {
        [POOL_STACK]: poolStack(),
        [OTHER_POOL_STACK]: poolStack({ name: OTHER_POOL }),
        [ADMIN]: adminStack(POOL),
      },
      { [OTHER_POOL_STACK]: poolStack({ name: OTHER_POOL }), [ADMIN]: adminStack(OTHER_POOL) },
    );
    expect(d.redFlags).toEqual([]);
    expect(d.stacks[0]!.attributes).toEqual([
      { attribute: "worker_pool_id", before: POOL, after: OTHER_POOL },
    ]);
  });

  it("shows the pool's changes and the red flag in the Markdown report", () => {
    const moved = renderMarkdown(
      diffOf({ [POOL_STACK]: poolStack() }, { [POOL_STACK]: poolStack({ space: "plat" }) }),
      undefined,
    );
    expect(moved).toContain("| Worker pools | 0 | 0 | 1 |  |  |");
    expect(moved).toContain(
      `### Worker pools\n\n<details><summary>worker pool <code>${POOL}</code>: changed</summary>`,
    );
    expect(moved).toContain("| <code>space_id</code> | <code>core</code> | <code>plat</code> |");

    const removed = renderMarkdown(
      diffOf({ [POOL_STACK]: poolStack(), [ADMIN]: adminStack(POOL) }, { [ADMIN]: adminStack(POOL) }),
      undefined,
    );
    expect(removed).toContain("### Red flags (1)");
    expect(removed).toContain(
      `- **Removes a worker pool still in use** (\`${POOL}\`): Worker pool ${POOL} is removed`,
    );
    expect(removed).toContain(`<summary>worker pool <code>${POOL}</code>: removed</summary>`);
  });
});
