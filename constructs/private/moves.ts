/**
 * Renames are moves. A stack listed with `settings.spacelift.previous_names` keeps its Spacelift
 * stack and everything attached to it: every resource whose logical id carries the stack id gets a
 * Terraform `moved` block chain (oldest name first), and the stack keeps its first slug.
 *
 * Why the slug stays: `slug` is ForceNew in the Spacelift provider (`resource_stack.go`), and the
 * Spacelift API has no way to change a stack's id. A moved block alone would still plan a
 * replacement (delete + create: run history lost, and a Spacelift-managed state deleted with the
 * stack). Keeping the slug turns the rename into an in-place update of `name`.
 *
 * Why a chain: Terraform rejects two moved blocks with the same `to` ("Ambiguous move
 * statements"), but follows chains (a → b, b → c), so any name in the history reaches the current
 * address.
 */
import { TerraformElement, TerraformResource, type TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { StackModel } from "../../model";
import { ConstructError } from "./errors";
import { logicalId } from "./ids";

/** One `moved` block. */
export interface MovedBlock {
  readonly from: string;
  readonly to: string;
}

/**
 * The Spacelift id of a stack: its oldest name when it was renamed (the slug never changes), else
 * its id. Everything that refers to a stack by literal id must use this.
 */
export function stackSlug(stack: StackModel): string {
  return stack.slug;
}

/**
 * Top-level `moved` blocks of one cdktf stack. A single element per stack collects every move so
 * the JSON has one `moved` list in a stable order.
 */
export class MovedBlocks extends TerraformElement {
  private readonly blocks: MovedBlock[] = [];

  /** The element of `stack`, created on first use. */
  static of(stack: TerraformStack): MovedBlocks {
    const existing = stack.node.tryFindChild("moved-blocks");
    return existing instanceof MovedBlocks ? existing : new MovedBlocks(stack, "moved-blocks");
  }

  private constructor(scope: Construct, id: string) {
    super(scope, id);
  }

  /** Adds `from → to` (ignored when already present). */
  add(block: MovedBlock): void {
    if (!this.blocks.some((b) => b.from === block.from && b.to === block.to)) this.blocks.push(block);
  }

  /** The blocks added so far, in order. */
  get entries(): readonly MovedBlock[] {
    return this.blocks;
  }

  override toTerraform(): Record<string, unknown> {
    return this.blocks.length === 0 ? {} : { moved: this.blocks.map((b) => ({ from: b.from, to: b.to })) };
  }

  override toHclTerraform(): Record<string, unknown> {
    const ref = (value: string) => ({ value, isBlock: false, type: "simple", storageClassType: "reference" });
    return this.blocks.length === 0
      ? {}
      : { moved: this.blocks.map((b) => ({ from: ref(b.from), to: ref(b.to) })) };
  }
}

/** Lookups over every stack of the configuration (see {@link stackIndex}). */
export interface StackIndex {
  /** Each stack by its current id. */
  readonly byId: ReadonlyMap<string, StackModel>;
  /** Each previous name by the first stack listing it. */
  readonly claimedBy: ReadonlyMap<string, string>;
}

const stackIndexes = new WeakMap<readonly StackModel[], StackIndex>();

/**
 * The lookups over `all`, built once per list: every admin stack receives the same list of all
 * stacks, and building them per admin stack grew with admin stacks × stacks.
 */
export function stackIndex(all: readonly StackModel[]): StackIndex {
  let index = stackIndexes.get(all);
  if (!index) {
    const claimedBy = new Map<string, string>();
    for (const s of all) for (const p of s.previousNames) if (!claimedBy.has(p)) claimedBy.set(p, s.id);
    index = { byId: new Map(all.map((s) => [s.id, s])), claimedBy };
    stackIndexes.set(all, index);
  }
  return index;
}

/**
 * Rejects previous names that cannot be moves: a name that is the current id of a stack (its
 * address still exists, so Terraform would refuse the move and the identity is ambiguous), a name
 * claimed by two stacks, and renames of stacks this app synthesizes (their runs find their own
 * configuration by slug, which the rename keeps).
 */
export function checkPreviousNames(
  scope: Construct,
  managed: readonly StackModel[],
  all: readonly StackModel[],
): void {
  const { byId: current, claimedBy } = stackIndex(all);
  for (const s of managed) {
    if (s.previousNames.length === 0) continue;
    const where = `settings.spacelift.previous_names of '${s.id}' (component '${s.atmosComponent}' in stack '${s.atmosStack}')`;
    if (s.kind !== "component") {
      throw new ConstructError(
        "INVALID_PROPS",
        scope,
        `${where}: '${s.id}' is a ${s.kind} stack this app synthesizes, and those cannot be renamed in place`,
        "Its Spacelift runs select their configuration by the stack's slug, which a rename keeps. Remove previous_names and keep the old name, or create the new stack and retire the old one deliberately.",
      );
    }
    for (const p of s.previousNames) {
      if (current.has(p)) {
        throw new ConstructError(
          "INVALID_PROPS",
          scope,
          `${where}: '${p}' is the id of a stack that still exists`,
          `A previous name must be a stack id that no longer exists. Remove '${p}' from the list, or rename the other stack first.`,
        );
      }
      const owner = claimedBy.get(p);
      if (owner !== undefined && owner !== s.id) {
        throw new ConstructError(
          "INVALID_PROPS",
          scope,
          `${where}: '${p}' is also a previous name of '${owner}'`,
          "One former stack can become only one new stack. Keep the name in exactly one previous_names list.",
        );
      }
    }
  }
}

/**
 * Adds the moves of a renamed stack: for every resource under `child` whose logical id starts with
 * the stack id (the stack, env vars, mounted file, attachments, destructor, dependencies, drift
 * detection, AWS role, …), a chain from each previous name's address to the current one.
 */
export function moveRenamedStack(stack: TerraformStack, child: Construct, model: StackModel): void {
  if (model.previousNames.length === 0) return;
  const prefix = logicalId(model.id);
  const blocks = MovedBlocks.of(stack);
  for (const resource of resourcesUnder(child)) {
    const id = resource.friendlyUniqueId;
    if (id !== prefix && !id.startsWith(`${prefix}_`)) continue;
    const rest = id.slice(prefix.length);
    const names = [...model.previousNames.map((p) => logicalId(p) + rest), id];
    chain(blocks, resource.terraformResourceType, names);
  }
}

/**
 * Adds the moves of a dependency whose upstream stack was renamed (logical id
 * `<dependent>_on_<upstream>`). When the dependent was renamed too, its own chain covers the
 * resource and this adds nothing: Terraform accepts only one source per address.
 */
export function moveRenamedDependency(
  stack: TerraformStack,
  dependency: TerraformResource,
  dependent: StackModel,
  upstream: StackModel | undefined,
): void {
  if (!upstream || upstream.previousNames.length === 0 || dependent.previousNames.length > 0) return;
  const names = [...upstream.previousNames, upstream.id].map((t) => logicalId(dependent.id, "on", t));
  chain(MovedBlocks.of(stack), dependency.terraformResourceType, names);
}

function chain(blocks: MovedBlocks, type: string, names: readonly string[]): void {
  for (let i = 0; i + 1 < names.length; i++) {
    blocks.add({ from: `${type}.${names[i]}`, to: `${type}.${names[i + 1]}` });
  }
}

function resourcesUnder(scope: Construct): TerraformResource[] {
  return scope.node.findAll().filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c));
}
