/**
 * This project's `policy` reason: a spaces component instance (the Spacelift stack that creates
 * the policies) is affected when a policy file it declares changed: a catalogue file
 * (`catalog: plan.default` → `<project_root>/policies/plan.default.rego`) or a `body_file_path`
 * target (relative to the component's folder, else to the repository root, as the model reads
 * it). atmos knows neither: to it the `spaces` var is unchanged, so the stack would not be
 * reviewed or triggered although its policy bodies change.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isDiagnosticError } from "../config-engine/diagnostics";
import type { JsonMap, JsonValue, ResolvedComponent } from "../config-engine/types";
import { readIntegrationConfig, type IntegrationConfig } from "../model";
import { catalogDirIn } from "../policies/catalog-dir";
import type { Comparison } from "./comparison";
import type { AffectedItems } from "./items";
import { Reasons } from "./types";

/** Adds `policy` to every HEAD spaces instance in scope whose declared policy files changed. */
export function checkPolicyInputs(cmp: Comparison, items: AffectedItems): void {
  const integration = integrationOf(cmp);
  if (!integration) return;
  const catalogDir = catalogDirIn(integration.repositoryRoot, integration.app.projectRoot);
  const catalogInRepo = catalogDir === undefined ? undefined : cmp.headRelative(catalogDir);
  for (const c of cmp.head.resolved.components) {
    if (cmp.skips(c) || !cmp.inScope(c.atmosStack)) continue;
    if (integration.implementations[c.component] !== "spaces") continue;
    const componentDir = path.resolve(cmp.head.config.basePath, c.componentPath);
    const files = policyFiles(c, catalogInRepo, (written) =>
      bodyFile(cmp, componentDir, integration.repositoryRoot, written),
    );
    if (files.some((f) => cmp.changed.has(f))) items.add(c, cmp.head.config, Reasons.policy);
  }
}

/** HEAD's integration settings; an invalid block is reported by the model, not here. */
function integrationOf(cmp: Comparison): IntegrationConfig | undefined {
  try {
    return readIntegrationConfig(cmp.head.config);
  } catch (e) {
    if (isDiagnosticError(e)) return undefined;
    throw e;
  }
}

/**
 * Repository-relative files of the policies in `c`'s `spaces` var. Read leniently: a malformed
 * entry is the model's error to report, the well-formed ones still count.
 */
function policyFiles(
  c: ResolvedComponent,
  catalogInRepo: string | undefined,
  bodyFileOf: (written: string) => string | undefined,
): string[] {
  const out: string[] = [];
  for (const space of Object.values(asMap(c.vars["spaces"]) ?? {})) {
    for (const policy of Object.values(asMap(asMap(space)?.["policies"]) ?? {})) {
      const p = asMap(policy);
      const catalog = p?.["catalog"];
      if (typeof catalog === "string" && catalog !== "" && catalogInRepo !== undefined) {
        const file = catalog.endsWith(".rego") ? catalog : `${catalog}.rego`;
        out.push(path.posix.join(catalogInRepo, file));
      }
      const written = p?.["body_file_path"];
      if (typeof written === "string" && written !== "") {
        const rel = bodyFileOf(written);
        if (rel !== undefined) out.push(rel);
      }
    }
  }
  return out;
}

/**
 * A `body_file_path` as the model resolves it: in the component's folder when the file is there
 * (or nowhere), else in the repository root. Undefined when it points outside the repository.
 */
function bodyFile(
  cmp: Comparison,
  componentDir: string,
  repositoryRoot: string,
  written: string,
): string | undefined {
  const fromComponent = path.resolve(componentDir, written);
  const fromRoot = path.resolve(repositoryRoot, written);
  const abs = !fs.existsSync(fromComponent) && fs.existsSync(fromRoot) ? fromRoot : fromComponent;
  return cmp.headRelative(abs);
}

function asMap(v: JsonValue | undefined): JsonMap | undefined {
  return v !== null && v !== undefined && typeof v === "object" && !Array.isArray(v) ? v : undefined;
}
