/**
 * `--include-spacelift-admin-stacks`: the admin stacks whose plan an affected change alters. The
 * HEAD and BASE Spacelift models say which admin stack creates each stack (`managerId`, from
 * context_filters), so no `admin_stack_selector` is needed. An admin stack is added, with reason
 * `spacelift.admin_stack`, when
 *  1. it manages (in HEAD) an affected stack, unless the stack's only reason is `component.module`
 *     (atmos's rule);
 *  2. a stack it manages in HEAD or managed in BASE differs between the two models (created,
 *     removed, disabled, moved to another admin stack, new labels, …): its plan changes even when
 *     no item says so. This covers deleted stacks, whose BASE admin stack must remove them.
 * A `settings.spacelift.admin_stack_selector`, when present, is honoured as in atmos (reason
 * `stack.settings.spacelift.admin_stack_selector`). An admin stack's own config changes are
 * already items: it is a terraform component like any other.
 */
import { DiagnosticError, isDiagnosticError } from "../config-engine/diagnostics";
import type { JsonMap, JsonValue, ResolvedComponent } from "../config-engine/types";
import type { SpaceliftModel, StackModel } from "../model";
import type { Comparison } from "./comparison";
import { AffectedErrors } from "./errors";
import { itemKey, spaceliftStackOf, type AffectedItems } from "./items";
import { SectionComparer } from "./sections";
import { Reasons } from "./types";

/** The models of both sides (BASE is undefined when it counts as empty). */
export interface SideModels {
  readonly head: SpaceliftModel;
  readonly base?: SpaceliftModel;
}

/** Adds the admin stack items. */
export function addAdminStacks(cmp: Comparison, items: AffectedItems, models: SideModels): void {
  const head = new ModelIndex(models.head);
  const base = models.base ? new ModelIndex(models.base) : undefined;
  const add = (admin: ResolvedComponent | undefined, reason: string): void => {
    if (admin && !cmp.skips(admin)) items.add(admin, cmp.head.config, reason);
  };
  const headAdmin = (managerId: string): ResolvedComponent | undefined => head.byId.get(managerId)?.source;
  const baseAdmin = (managerId: string): ResolvedComponent | undefined => {
    const s = base?.byId.get(managerId);
    return s && cmp.headComponent(s.atmosStack, s.atmosComponent);
  };

  // 1. Managers of affected stacks (a snapshot: admin items added here do not recurse).
  const selector = new AdminSelector(cmp);
  for (const item of items.items()) {
    if (item.deleted || item.affectedAll.every((r) => r === Reasons.module)) continue;
    const c = cmp.headComponent(item.stack, item.component);
    const selected = c ? selector.selected(c) : undefined;
    const stack = head.byKey.get(itemKey(item.stack, item.component));
    if (selected) {
      add(selected, Reasons.adminStackSelector);
      const manager = stack && head.byId.get(stack.managerId);
      if (manager && manager.source !== selected) {
        cmp.warnings.push(
          AffectedErrors.adminStackSelectorMismatch(
            stack.id,
            spaceliftStackOf(selected) ?? selected.atmosComponent,
            manager.id,
          ),
        );
      }
    }
    if (stack && stack.managerId !== stack.id) add(headAdmin(stack.managerId), Reasons.adminStack);
  }

  // 2. Stacks whose Spacelift view differs between the sides.
  const comparer = new SectionComparer();
  const ids = new Set([...head.byId.keys(), ...(base?.byId.keys() ?? [])]);
  for (const id of [...ids].sort()) {
    const h = head.byId.get(id);
    const b = base?.byId.get(id);
    if (h && b && comparer.equal(spaceliftView(h), spaceliftView(b))) continue;
    if (h && h.managerId !== h.id) add(headAdmin(h.managerId), Reasons.adminStack);
    if (b && b.managerId !== b.id) add(baseAdmin(b.managerId), Reasons.adminStack);
  }
}

class ModelIndex {
  readonly byId: ReadonlyMap<string, StackModel>;
  readonly byKey: ReadonlyMap<string, StackModel>;

  constructor(model: SpaceliftModel) {
    this.byId = new Map(model.stacks.map((s) => [s.id, s]));
    this.byKey = new Map(model.stacks.map((s) => [itemKey(s.atmosStack, s.atmosComponent), s]));
  }
}

/** Everything the admin stack creates for a stack: the model minus the resolved component. */
function spaceliftView(s: StackModel): JsonValue {
  const { source: _source, ...view } = s;
  return view as unknown as JsonValue;
}

/**
 * Resolves `settings.spacelift.admin_stack_selector` (`component` plus context fields; a context
 * field it omits is the selecting component's own, as for `settings.depends_on`). atmos renders
 * `name_template` over the selecting component here, which selects its own stack whatever the
 * selector says; the selector's context is used instead.
 */
class AdminSelector {
  private byPrefix?: Map<string, ResolvedComponent>;

  constructor(private readonly cmp: Comparison) {}

  /** The selected admin component, or undefined when `c` has no selector; throws when it selects nothing valid. */
  selected(c: ResolvedComponent): ResolvedComponent | undefined {
    const selector = asMap(asMap(c.settings["spacelift"])?.["admin_stack_selector"]);
    if (!selector || Object.keys(selector).length === 0) return undefined;
    const fail = (detail: string): never => {
      throw new DiagnosticError([
        AffectedErrors.adminStackSelectorInvalid(c.atmosComponent, c.atmosStack, detail),
      ]);
    };
    const component = selector["component"];
    if (typeof component !== "string" || component === "") return fail("the selector names no 'component'");
    const context: JsonMap = {};
    for (const k of ["namespace", "tenant", "environment", "stage", "region"]) {
      const v = selector[k] ?? c.vars[k];
      if (v !== undefined) context[k] = v;
    }
    let prefix: string;
    try {
      prefix = this.cmp.head.resolved.spaceliftPrefixFor(context);
    } catch (e) {
      if (!isDiagnosticError(e)) throw e;
      return fail(`its stack cannot be named: ${e.diagnostics[0]?.message ?? "naming failed"}`);
    }
    this.byPrefix ??= new Map(
      this.cmp.head.resolved.components.map((x) => [itemKey(x.spaceliftPrefix, x.atmosComponent), x]),
    );
    const admin = this.byPrefix.get(itemKey(prefix, component));
    if (!admin) return fail(`no component '${component}' exists in the stack '${prefix}'`);
    if (spaceliftStackOf(admin) === undefined) {
      return fail(
        `the selected component '${component}' in the stack '${prefix}' has Spacelift workspace disabled (settings.spacelift.workspace_enabled is not true)`,
      );
    }
    return admin;
  }
}

function asMap(v: JsonValue | undefined): JsonMap | undefined {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}
