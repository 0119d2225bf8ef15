/**
 * The shape guard of `settings.spacelift`. A component is a Spacelift stack only when
 * `settings.spacelift.workspace_enabled` is `true`, so a `settings.spacelift` that is null, a list
 * or a string (or a `workspace_enabled` of the wrong type) would silently turn every stack it
 * reaches into "no stack": their destructors would then destroy real infrastructure. Such a value
 * is an error naming the stacks it would remove; only removing the YAML may remove a stack.
 * A `workspace_enabled: null` alone keeps Cloud Posse's meaning (unset: not a stack).
 */
import type { Diagnostic, SourceLocation } from "../config-engine/diagnostics";
import type { JsonValue } from "../config-engine/types";
import type { NamedComponent } from "./dependencies";
import { keyPathOf, locate, show, type FindingSite } from "./errors";

interface Problem {
  readonly site: FindingSite;
  readonly what: string;
  readonly value: JsonValue;
  readonly names: string[];
  readonly location: SourceLocation | undefined;
}

/**
 * Reports every `settings.spacelift` that is not a map, and every `workspace_enabled` that is set
 * but not a boolean, on enabled non-abstract components: one error per offending value (file:line:col),
 * listing the Spacelift stacks it would remove.
 */
export function checkSpaceliftSections(named: readonly NamedComponent[], out: Diagnostic[]): void {
  const problems = new Map<string, Problem>();
  for (const n of named) {
    const c = n.component;
    if (c.abstract || !c.enabled || !Object.hasOwn(c.settings, "spacelift")) continue;
    const spacelift = c.settings["spacelift"] as JsonValue;
    let path: readonly string[];
    let what: string;
    let value: JsonValue;
    if (!isMap(spacelift)) {
      path = ["spacelift"];
      what = "'settings.spacelift' must be a map";
      value = spacelift;
    } else {
      const enabled = spacelift["workspace_enabled"];
      if (enabled === undefined || enabled === null || typeof enabled === "boolean") continue;
      path = ["spacelift", "workspace_enabled"];
      what = "'settings.spacelift.workspace_enabled' must be true or false";
      value = enabled;
    }
    const site: FindingSite = { component: c, section: "settings", path };
    const location = locate(site);
    const key = location
      ? `${location.file}:${location.line}:${location.col}`
      : `${c.atmosStack}\0${keyPathOf(site)}`;
    const problem = problems.get(key) ?? { site, what, value, names: [], location };
    problem.names.push(n.name);
    problems.set(key, problem);
  }
  for (const p of problems.values()) {
    const names = [...new Set(p.names)].sort();
    out.push({
      code: "INVALID_SETTING",
      severity: "error",
      message: `${p.what}, got ${show(p.value)}: it would remove the Spacelift stack${names.length > 1 ? "s" : ""} ${names.join(", ")} (a stack whose destructor is active would destroy its resources)`,
      hint: "Fix or remove this value. To stop managing a stack in Spacelift, remove its YAML or set `settings.spacelift.workspace_enabled: false` on it, and review `diff --fail-on-destroy`.",
      keyPath: keyPathOf(p.site),
      ...(p.location ? { location: p.location } : {}),
    });
  }
}

function isMap(v: JsonValue): v is { [key: string]: JsonValue } {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
