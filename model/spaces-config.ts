/**
 * The `spaces` var of Cloud Posse's `spacelift/spaces` component, accepted unchanged, plus two
 * additive keys on policies: `catalog` (a file of this project's policy catalogue) and
 * `engine_type`. Spaces are referenced by name: `parent_space_id` may name a space or be `root`.
 */
import { isAbsolute } from "node:path";
import { z } from "zod";
import type { Diagnostic } from "../config-engine/diagnostics";
import { describeEscape, ESCAPE_HINT, readRepoFile } from "../config-engine/repo-files";
import type { ResolvedComponent } from "../config-engine/types";
import { suggestion } from "./did-you-mean";
import { modelDiagnostic } from "./errors";
import { parseSection } from "./parse-section";
import { policyEngine, type RegoEngine } from "./rego-version";
import { POLICY_TYPES, type PolicyBody, type PolicyModel, type SpaceModel } from "./types";

const policySchema = z.strictObject({
  type: z.enum(POLICY_TYPES),
  body: z.string().optional(),
  body_file_path: z.string().optional(),
  body_url: z.string().optional(),
  body_url_version: z.string().optional(),
  catalog: z.string().optional(),
  engine_type: z.enum(["REGO_V0", "REGO_V1"]).optional(),
  description: z.string().optional(),
  labels: z.array(z.string()).optional().default([]),
});

const spaceSchema = z.strictObject({
  parent_space_id: z.string().optional().default("root"),
  description: z.string().optional(),
  inherit_entities: z.boolean().optional().default(false),
  labels: z.array(z.string()).optional().default([]),
  policies: z.record(z.string(), policySchema).optional().default({}),
});

/** The `spaces` var. */
export const spacesVarSchema = z.record(z.string(), spaceSchema);

/** Reads policies of this project's catalogue (see policies/catalog.ts). */
export interface PolicyCatalog {
  /** The body and header facts of a catalogue file, or undefined when there is no such file. */
  read(
    file: string,
  ): { readonly body: string; readonly type: string; readonly engineType: "REGO_V0" | "REGO_V1" } | undefined;
  /** Every catalogue file name, for suggestions. */
  files(): readonly string[];
}

/** Spaces and policies declared by one spaces component instance. */
export interface SpacesDeclaration {
  readonly spaces: SpaceModel[];
  readonly policies: PolicyModel[];
}

/** Parses one spaces component's `spaces` var into spaces and policies. */
export function readSpacesDeclaration(
  stackId: string,
  component: ResolvedComponent,
  dirs: PolicyFileDirs,
  catalog: PolicyCatalog,
  out: Diagnostic[],
): SpacesDeclaration {
  const site = { component, section: "vars" as const, path: ["spaces"] };
  const parsed = parseSection(spacesVarSchema, component.vars["spaces"], site, {
    invalidCode: "INVALID_VARS",
  });
  out.push(...parsed.diagnostics);
  const spaces: SpaceModel[] = [];
  const policies: PolicyModel[] = [];
  if (!parsed.value) return { spaces, policies };

  for (const name of Object.keys(parsed.value).sort()) {
    const space = parsed.value[name]!;
    if (name !== "root") {
      spaces.push({
        name,
        parentName: space.parent_space_id,
        ...(space.description !== undefined ? { description: space.description } : {}),
        inheritEntities: space.inherit_entities,
        labels: [...new Set(space.labels)].sort(),
        definedBy: stackId,
      });
    }
    for (const policyName of Object.keys(space.policies).sort()) {
      const p = space.policies[policyName]!;
      const policySite = {
        component,
        section: "vars" as const,
        path: ["spaces", name, "policies", policyName],
      };
      const body = policyBody(p, policySite, dirs, catalog, out);
      if (!body) continue;
      policies.push({
        name: policyName,
        type: p.type,
        engineType:
          body.body.kind === "url"
            ? (p.engine_type ?? body.engineType)
            : policyEngine(
                body.body.text,
                p.engine_type ?? catalogEngine(p, body.engineType),
                policySite,
                out,
              ),
        ...(p.description !== undefined ? { description: p.description } : {}),
        labels: [...new Set([...space.labels, ...p.labels])].sort(),
        spaceName: name,
        body: body.body,
        definedBy: stackId,
      });
    }
  }
  return { spaces, policies };
}

/** Where relative `body_file_path`s are looked up. */
export interface PolicyFileDirs {
  /**
   * The spaces component's folder: Terraform's `file()` in Cloud Posse's policy module resolves a
   * relative path from the directory Terraform runs in, the component folder.
   */
  readonly componentDir: string;
  /** The repository root: where this app looked before, still accepted with a warning. */
  readonly repositoryRoot: string;
}

function policyBody(
  p: z.infer<typeof policySchema>,
  site: { component: ResolvedComponent; section: "vars"; path: string[] },
  dirs: PolicyFileDirs,
  catalog: PolicyCatalog,
  out: Diagnostic[],
): { body: PolicyBody; engineType: "REGO_V0" | "REGO_V1" } | undefined {
  const sources = (["body", "body_file_path", "body_url", "catalog"] as const).filter(
    (k) => p[k] !== undefined,
  );
  if (sources.length !== 1) {
    out.push(
      modelDiagnostic(
        "error",
        "INVALID_VARS",
        site,
        sources.length === 0
          ? "a policy needs a body: set exactly one of body, body_file_path, body_url or catalog"
          : `a policy takes exactly one body source, got ${sources.join(", ")}`,
      ),
    );
    return undefined;
  }
  // Cloud Posse's catalogue is Rego v0 and its components never set engine_type, so v0 is the
  // default for bodies fetched by URL; inline and file bodies get the engine their syntax needs.
  if (p.body !== undefined) return { body: { kind: "inline", text: p.body }, engineType: "REGO_V0" };
  if (p.body_url !== undefined) {
    const url = p.body_url.includes("%s")
      ? p.body_url.replace("%s", p.body_url_version ?? "master")
      : p.body_url;
    return { body: { kind: "url", url }, engineType: "REGO_V0" };
  }
  if (p.body_file_path !== undefined) {
    // Relative to the spaces component's folder (Terraform's file() in Cloud Posse's policy module),
    // else, with a warning, to the repository root; both confined to the repository by real path.
    const fileSite = { ...site, path: [...site.path, "body_file_path"] };
    const escaped = (escape: Parameters<typeof describeEscape>[0]): undefined => {
      out.push(
        modelDiagnostic(
          "error",
          "FILE_OUTSIDE_REPOSITORY",
          fileSite,
          `the policy body file ${describeEscape(escape)}`,
          ESCAPE_HINT,
        ),
      );
      return undefined;
    };
    const read = readRepoFile(dirs.repositoryRoot, dirs.componentDir, p.body_file_path);
    if (read.kind === "escape") return escaped(read.escape);
    if (read.kind === "ok")
      return { body: { kind: "file", path: p.body_file_path, text: read.text }, engineType: "REGO_V0" };
    const fromRoot = isAbsolute(p.body_file_path)
      ? undefined
      : readRepoFile(dirs.repositoryRoot, dirs.repositoryRoot, p.body_file_path);
    if (fromRoot?.kind === "escape") return escaped(fromRoot.escape);
    if (fromRoot?.kind === "ok") {
      out.push(
        modelDiagnostic(
          "warning",
          "IGNORED_SETTING",
          fileSite,
          `the policy body file '${p.body_file_path}' is not in the spaces component's folder (${read.abs}); it was read from the repository root (${fromRoot.real}), which Cloud Posse's component would not find`,
          "body_file_path is relative to the component folder, as Terraform's file() in Cloud Posse's policy module reads it: write it relative to that folder.",
        ),
      );
      return { body: { kind: "file", path: p.body_file_path, text: fromRoot.text }, engineType: "REGO_V0" };
    }
    out.push(
      modelDiagnostic(
        "error",
        "INVALID_VARS",
        fileSite,
        `the policy body file '${p.body_file_path}' does not exist (looked for ${read.abs})`,
        "body_file_path is relative to the spaces component's folder (where Terraform runs).",
      ),
    );
    return undefined;
  }
  const file = p.catalog!.endsWith(".rego") ? p.catalog! : `${p.catalog!}.rego`;
  const entry = catalog.read(file);
  if (!entry) {
    out.push(
      modelDiagnostic(
        "error",
        "UNKNOWN_POLICY",
        { ...site, path: [...site.path, "catalog"] },
        `'${file}' is not in the policy catalogue.${suggestion(file, catalog.files())}`,
        `Catalogue files: ${catalog.files().join(", ")}`,
      ),
    );
    return undefined;
  }
  if (entry.type !== p.type) {
    out.push(
      modelDiagnostic(
        "error",
        "INVALID_VARS",
        { ...site, path: [...site.path, "type"] },
        `the catalogue policy '${file}' is a ${entry.type} policy, but 'type' says ${p.type}`,
      ),
    );
    return undefined;
  }
  return { body: { kind: "file", path: `policies/${file}`, text: entry.body }, engineType: entry.engineType };
}

/** A catalogue policy declares its engine in its header; other bodies are detected. */
function catalogEngine(p: z.infer<typeof policySchema>, engine: RegoEngine): RegoEngine | undefined {
  return p.catalog !== undefined ? engine : undefined;
}
