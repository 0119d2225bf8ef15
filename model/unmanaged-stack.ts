/**
 * Spacelift stacks that atmos's stack processor produces but no admin stack creates: every stack
 * of a repository on the legacy layout (Cloud Posse's cloud-infrastructure-automation module used
 * directly, no admin stack) and the orphans of a mixed repository. They are listed by `describe
 * spacelift` so the view is complete, and never synthesized: nothing in this app would own them.
 * Only what atmos decides is resolved (labels, dependencies, and the names the stack sets itself);
 * the admin-stack defaults (space, pool, policies, runner image, …) do not apply.
 */
import type { Diagnostic } from "../config-engine/diagnostics";
import type { ResolvedStacks } from "../config-engine/types";
import type { ComponentIndex, NamedComponent } from "./dependencies";
import { resolveDependencies } from "./dependencies";
import type { IntegrationConfig } from "./integration-config";
import { stackLabels } from "./labels";
import type { SpaceliftSettings } from "./spacelift-settings";
import { replaceContextTokens, stackContext } from "./stack-names";
import type { StackKind, UnmanagedStackModel } from "./types";

/** Inputs of {@link buildUnmanagedStack}. */
export interface UnmanagedStackInput {
  readonly self: NamedComponent;
  readonly kind: StackKind;
  readonly settings: SpaceliftSettings;
  readonly index: ComponentIndex;
  readonly resolved: ResolvedStacks;
  /** Ids of every Spacelift stack (managed or not): only these become `dependsOn` entries. */
  readonly stackIds: ReadonlySet<string>;
  readonly integration: IntegrationConfig;
}

/**
 * Builds the listing of a stack no admin stack creates. Dependency findings are reported as
 * warnings: nothing is planned for this stack, so nothing about it can make a plan wrong.
 */
export function buildUnmanagedStack(input: UnmanagedStackInput, out: Diagnostic[]): UnmanagedStackModel {
  const { self, settings: s, integration } = input;
  const found: Diagnostic[] = [];
  const deps = resolveDependencies(self, s.depends_on ?? [], input.index, input.resolved, found);
  out.push(...found.map((d) => (d.severity === "error" ? { ...d, severity: "warning" as const } : d)));
  const labels = stackLabels({
    component: self.component,
    settingsLabels: s.labels ?? [],
    legacyDependsOn: deps.legacy.map((t) => t.name),
    settingsDependsOn: deps.settings.map((t) => t.name),
    pathTemplate: integration.stackConfigPathTemplate,
    processComponentDeps: integration.processComponentDeps,
    processImports: integration.processImports,
    // atmos's processor always writes `depends-on:` labels; only an admin stack could replace them.
    dropDependsOnLabels: false,
    atmosOnly: true,
  });
  const dependsOn = [
    ...new Set(
      [...deps.legacy, ...deps.settings]
        .filter((t) => t.isStack && input.stackIds.has(t.name))
        .map((t) => t.name),
    ),
  ].sort();
  const spaceName =
    s.space_name ??
    (s.space_name_pattern !== undefined
      ? replaceContextTokens(s.space_name_pattern, stackContext(self.component))
      : undefined);
  const policies = Array.isArray(s.policies) ? [...new Set(s.policies)].sort() : [];
  return {
    id: self.name,
    kind: input.kind,
    labels,
    dependsOn,
    ...(spaceName !== undefined ? { spaceName } : {}),
    ...(s.worker_pool_name ? { workerPoolName: s.worker_pool_name } : {}),
    policyNames: policies,
    source: self.component,
  };
}
