/**
 * Stack labels in atmos's exact order and forms (`spacelift-from-atmos.md` §1.6), then what Cloud
 * Posse's admin stack appends (`vars.labels`, `managed-by:`, the root's `depends-on:`),
 * de-duplicated keeping the first occurrence.
 */
import type { ResolvedComponent } from "../config-engine/types";

/** Inputs of {@link stackLabels}. */
export interface StackLabelInput {
  readonly component: ResolvedComponent;
  /** `settings.spacelift.labels`, in the given order. */
  readonly settingsLabels: readonly string[];
  /** Resolved stack ids of legacy `settings.spacelift.depends_on`. */
  readonly legacyDependsOn: readonly string[];
  /** Resolved stack ids of `settings.depends_on`. */
  readonly settingsDependsOn: readonly string[];
  /** `stack_config_path_template`, e.g. `stacks/%s.yaml`. */
  readonly pathTemplate: string;
  readonly processComponentDeps: boolean;
  readonly processImports: boolean;
  /** The admin stack that creates this stack (`managed-by:` label); none for the root admin stack itself. */
  readonly managedBy?: string;
  /** The root admin stack id, when the root creates this stack (Cloud Posse adds `depends-on:<root>`). */
  readonly rootDependsOn?: string;
  /** Drop `depends-on:` labels (dependencies are `spacelift_stack_dependency` resources instead). */
  readonly dropDependsOnLabels: boolean;
  /**
   * Only atmos's own labels: `vars.labels` is appended by Cloud Posse's admin stack, so a stack no
   * admin stack creates does not get them. @default false
   */
  readonly atmosOnly?: boolean;
}

/** Formats a manifest path with the label path template (`%s` = path without extension). */
export function formatStackConfigPath(template: string, manifest: string): string {
  return template.replace("%s", manifest);
}

/** The labels of one stack. */
export function stackLabels(input: StackLabelInput): string[] {
  const c = input.component;
  const labels: string[] = [];
  if (input.processImports) {
    for (const imp of [...c.imports].sort())
      labels.push(`import:${formatStackConfigPath(input.pathTemplate, imp)}`);
  }
  if (input.processComponentDeps) {
    for (const dep of [...c.deps].sort())
      labels.push(`deps:${formatStackConfigPath(input.pathTemplate, dep)}`);
  }
  labels.push(...input.settingsLabels);
  if (!input.dropDependsOnLabels) {
    for (const id of [...input.legacyDependsOn].sort()) labels.push(`depends-on:${id}`);
    for (const id of [...input.settingsDependsOn].sort()) labels.push(`depends-on:${id}`);
  }
  labels.push(`folder:component/${c.atmosComponent}`);
  labels.push(`folder:${c.spaceliftPrefix.replaceAll("-", "/")}`);

  const varsLabels = input.atmosOnly === true ? undefined : c.vars["labels"];
  if (Array.isArray(varsLabels)) {
    for (const l of varsLabels) if (typeof l === "string") labels.push(l);
  }
  if (input.managedBy !== undefined) labels.push(`managed-by:${input.managedBy}`);
  if (input.rootDependsOn !== undefined && !input.dropDependsOnLabels)
    labels.push(`depends-on:${input.rootDependsOn}`);
  return [...new Set(labels.filter((l) => l !== ""))];
}
