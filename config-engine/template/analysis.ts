/**
 * Static analysis of parsed templates: the data roots a template reads (so callers build only
 * that data) and Go's parse-time check that every function it names exists.
 */
import {
  located,
  TemplateEvalError,
  type Arg,
  type ParsedTemplate,
  type Pipeline,
  type TemplateNode,
} from "./ast";
import { closestFunction, type FunctionMap } from "./registry";

/** The top-level keys a template reads, or undefined when it may read the whole dot. */
export function findRoots(t: ParsedTemplate): ReadonlySet<string> | undefined {
  const roots = new Set<string>();
  let whole = t.defines.size > 0;
  // Inside `with`/`range` the dot is no longer the root: a field there reads an unknown key.
  const arg = (a: Arg, rooted: boolean): void => {
    if (a.kind === "field") {
      if (a.path.length === 0 || !rooted) whole = true;
      else roots.add(a.path[0] as string);
    } else if (a.kind === "variable") {
      if (a.name === "$" && a.path.length > 0) roots.add(a.path[0] as string);
      else whole = true;
    } else if (a.kind === "chain") pipeline(a.pipeline, rooted);
  };
  const pipeline = (p: Pipeline, rooted: boolean): void =>
    p.commands.forEach((c) => c.args.forEach((a) => arg(a, rooted)));
  const walk = (nodes: readonly TemplateNode[], rooted: boolean): void => {
    for (const n of nodes) {
      switch (n.kind) {
        case "action":
          pipeline(n.pipeline, rooted);
          break;
        case "if":
        case "with":
          n.branches.forEach((b) => {
            pipeline(b.pipeline, rooted);
            walk(b.body, rooted && n.kind === "if");
          });
          walk(n.otherwise ?? [], rooted);
          break;
        case "range":
          pipeline(n.pipeline, rooted);
          walk(n.body, false);
          walk(n.otherwise ?? [], rooted);
          break;
        case "template":
          whole = true;
          break;
        default:
          break;
      }
    }
  };
  walk(t.root, true);
  return whole ? undefined : roots;
}

const checked = new WeakMap<FunctionMap, WeakSet<ParsedTemplate>>();

/** Go's parse-time check: every function a template names exists (with a did-you-mean). */
export function checkFunctions(t: ParsedTemplate, functions: FunctionMap): void {
  let seen = checked.get(functions);
  if (!seen) checked.set(functions, (seen = new WeakSet()));
  if (seen.has(t)) return;
  const pipeline = (p: Pipeline, offset: number): void => {
    for (const c of p.commands) {
      for (const a of c.args) {
        if (a.kind === "ident" && !functions.has(a.name)) {
          throw located(unknownFunction(a.name, functions), offset);
        }
        if (a.kind === "chain") pipeline(a.pipeline, offset);
      }
    }
  };
  const walk = (nodes: readonly TemplateNode[]): void => {
    for (const n of nodes) {
      if (n.kind === "action") pipeline(n.pipeline, n.offset);
      else if (n.kind === "if" || n.kind === "with") {
        n.branches.forEach((b) => (pipeline(b.pipeline, b.offset), walk(b.body)));
        walk(n.otherwise ?? []);
      } else if (n.kind === "range") {
        pipeline(n.pipeline, n.offset);
        walk(n.body);
        walk(n.otherwise ?? []);
      } else if (n.kind === "template" && n.pipeline) pipeline(n.pipeline, n.offset);
    }
  };
  walk(t.root);
  t.defines.forEach(walk);
  seen.add(t);
}

export function unknownFunction(name: string, functions: FunctionMap): TemplateEvalError {
  const near = closestFunction(name, functions);
  return new TemplateEvalError(`function "${name}" not defined${near ? ` (did you mean "${near}"?)` : ""}`);
}
