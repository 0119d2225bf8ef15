/**
 * Temporary preview-environments trees and a fake manager, for the model's validation tests.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import type { JsonMap, ResolvedComponent } from "../../config-engine/types";
import { readPreviewEnvironments, type PreviewNameTables } from "../../model/preview-config";
import { previewEnvironmentFileName, previewEnvironmentId, type RepositoryRef } from "../../model/preview-id";
import { renderEnvironmentFile } from "../../model/preview-render";
import type { EnvironmentFile } from "../../model/preview-schema";
import type { PreviewEnvironmentsConfig } from "../../model/preview-types";
import { fakeComponent, fakeResolved } from "../model/fake-resolved";

/** A valid service template. */
export const SERVICE_YAML = [
  "repository: hello-service-infra",
  "project_root: terraform",
  "runner_image: public.ecr.aws/spacelift/runner-terraform:latest",
  "space_name: plat",
  "worker_pool_name: plat-pool",
  "aws_role:",
  "  role_arn: arn:aws:iam::222222222222:role/preview",
  "env:",
  "  TF_VAR_domain_name: preview.acme.example",
  "labels:",
  "  - preview",
  "ttl_hours: 48",
  "",
].join("\n");

/** A pull request of the service repository. */
export const SERVICE_PR: RepositoryRef = { owner: "acme", name: "hello-service" };

/** The content of an environment file for `repo`#`pr`, with `overrides`. */
export function environmentOf(
  repo: RepositoryRef,
  pr: number,
  overrides: Partial<EnvironmentFile> = {},
): EnvironmentFile {
  return {
    environment: previewEnvironmentId(repo, pr),
    code_version: "latest",
    infra_repository_branch: "main",
    pull_request: { repository: `${repo.owner}/${repo.name}`, number: pr },
    created_at: "2026-11-02T09:30:00Z",
    ...overrides,
  };
}

/** The path (inside the tree) and text of the environment file of `repo`#`pr`. */
export function environmentFile(
  service: string,
  repo: RepositoryRef,
  pr: number,
  overrides: Partial<EnvironmentFile> = {},
): Record<string, string> {
  return {
    [`preview-environments/${service}/environments/${previewEnvironmentFileName(repo, pr)}`]:
      renderEnvironmentFile(environmentOf(repo, pr, overrides)),
  };
}

/** Writes `files` (path → text) into a new temporary directory and returns it. */
export function writeTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "preview-tree-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A `spacelift/preview-environments` instance in the plat tenant. */
export function manager(vars: JsonMap, stage = "spacelift"): { id: string; source: ResolvedComponent } {
  const source = fakeComponent({
    component: "preview-environments",
    folder: "spacelift/preview-environments",
    vars: { tenant: "plat", environment: "gbl", stage, ...vars },
    settings: { spacelift: { workspace_enabled: true, administrative: true } },
  });
  return { id: `plat-gbl-${stage}-preview-environments`, source };
}

/** The names the templates of these tests may use. */
export const NAMES: PreviewNameTables = {
  spaces: new Set(["root", "legacy", "plat"]),
  workerPools: new Set(["plat-pool"]),
  policies: new Map([
    ["GIT_PUSH Preview Environment", "GIT_PUSH"],
    ["PLAN Default", "PLAN"],
  ]),
};

/** The outcome of reading a tree: the configs and every diagnostic. */
export interface ReadOutcome {
  readonly configs: Map<string, PreviewEnvironmentsConfig>;
  readonly diagnostics: Diagnostic[];
  readonly errors: Diagnostic[];
}

/** Reads the tree at `root` for `managers`. */
export function readTree(
  root: string,
  managers = [manager({ services: ["hello-service"] })],
  stackIds: readonly string[] = [],
  names: PreviewNameTables = NAMES,
): ReadOutcome {
  const out: Diagnostic[] = [];
  const config = {
    ...fakeResolved([]).config,
    cliConfigPath: join(root, "atmos.yaml"),
    basePath: root,
    cwd: root,
  };
  const configs = readPreviewEnvironments({ config, managers, names, stackIds: new Set(stackIds) }, out);
  return { configs, diagnostics: out, errors: out.filter((d) => d.severity === "error") };
}

/** The diagnostics a DiagnosticError carries (fails the test when `fn` does not throw one). */
export function diagnosticsOf(fn: () => unknown): Diagnostic[] {
  try {
    fn();
  } catch (e) {
    if (isDiagnosticError(e)) return [...e.diagnostics];
    throw e;
  }
  throw new Error("expected a DiagnosticError");
}
