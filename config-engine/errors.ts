/**
 * The config engine's error catalogue: every problem the engine reports has a code here and a
 * factory giving the message (what was found) and the hint (what to do).
 */
import { DiagnosticError, type Diagnostic, type SourceLocation } from "./diagnostics";

/** Every code the config engine reports. */
export type EngineErrorCode =
  | "CONFIG_NOT_FOUND"
  | "INVALID_CONFIG"
  | "FILE_READ_ERROR"
  | "INVALID_YAML"
  | "UNKNOWN_TAG"
  | "INVALID_TAG_VALUE"
  | "INCLUDE_NOT_FOUND"
  | "INCLUDE_UNSUPPORTED"
  | "INVALID_IMPORT"
  | "IMPORT_NOT_FOUND"
  | "IMPORT_CYCLE"
  | "IMPORT_ESCAPES_BASE_PATH"
  | "REMOTE_IMPORT_UNSUPPORTED"
  | "INVALID_SECTION_TYPE"
  | "GLOBAL_METADATA_KEY"
  | "INHERITS_CYCLE"
  | "INHERITS_TARGET_MISSING"
  | "COMPONENT_FOLDER_MISSING"
  | "BACKEND_TYPE_MISMATCH"
  | "NAME_VAR_MISSING"
  | "DUPLICATE_COMPONENT_CONFIG"
  | "INVALID_LIST_MERGE_STRATEGY"
  | "NO_MANIFESTS"
  | "UNSUPPORTED_TEMPLATE"
  | "TEMPLATE_ERROR"
  | "TEMPLATE_RUNTIME_VALUE"
  | "NONDETERMINISTIC_TEMPLATE"
  | "TEMPLATE_ENV_SECRET"
  | "STACK_NOT_FOUND"
  | "COMPONENT_NOT_FOUND";

/** Where a problem is: everything a {@link Diagnostic} can carry besides code, message and hint. */
export interface ErrorSite {
  readonly location?: SourceLocation;
  readonly keyPath?: string;
  readonly importChain?: readonly string[];
  readonly codeFrame?: string;
}

function diag(code: EngineErrorCode, message: string, hint: string, site: ErrorSite = {}): Diagnostic {
  return { code, severity: "error", message, hint, ...site };
}

const TEMPLATE_WARNING_HINTS = {
  TEMPLATE_RUNTIME_VALUE:
    "Terraform outputs are read when the stack runs: the template stays as written here. Use a value from vars/settings if you need it at describe time.",
  NONDETERMINISTIC_TEMPLATE:
    "The output changes from run to run (time, random, uuid): every synth shows a diff. Use a fixed value if you want a stable plan.",
  TEMPLATE_ENV_SECRET:
    "The template reads an environment variable whose name looks secret: its value ends up in the configuration. Pass secrets through Spacelift environment variables instead.",
} as const;

/** The YAML tags atmos understands; any other tag is an error listing these. */
export const SUPPORTED_TAGS: readonly string[] = [
  "!append",
  "!aws.account_id",
  "!aws.caller_identity_arn",
  "!aws.caller_identity_user_id",
  "!aws.organization_id",
  "!aws.region",
  "!cwd",
  "!env",
  "!exec",
  "!include",
  "!include.raw",
  "!literal",
  "!random",
  "!repo-root",
  "!store",
  "!store.get",
  "!template",
  "!terraform.output",
  "!terraform.state",
];

/** Factories for every engine diagnostic, named after the situation. */
export const EngineErrors = {
  configNotFound: (dir: string, tried: string) =>
    diag(
      "CONFIG_NOT_FOUND",
      `no atmos.yaml found in '${dir}' (from ${tried})`,
      "Pass --config-dir <dir>, set ATMOS_CLI_CONFIG_PATH, or create stacks-config/atmos.yaml.",
    ),
  invalidConfig: (what: string, site: ErrorSite) =>
    diag("INVALID_CONFIG", `invalid atmos.yaml: ${what}`, "Fix the key in atmos.yaml.", site),
  fileReadError: (file: string, reason: string, site: ErrorSite) =>
    diag(
      "FILE_READ_ERROR",
      `cannot read '${file}': ${reason}`,
      "Check the file exists and is readable.",
      site,
    ),
  invalidYaml: (file: string, detail: string, site: ErrorSite) =>
    diag(
      "INVALID_YAML",
      `invalid stack manifest '${file}': ${detail}`,
      "Fix the YAML syntax at the position shown (a file with Go templates that are not valid YAML must end in .tmpl).",
      site,
    ),
  unknownTag: (tag: string, file: string, site: ErrorSite) =>
    diag(
      "UNKNOWN_TAG",
      `unknown YAML tag '${tag}' found in file '${file}'`,
      `Supported tags are: ${SUPPORTED_TAGS.join(", ")}. Quote the value if it is plain text.`,
      site,
    ),
  invalidTagValue: (tag: string, expected: string, site: ErrorSite) =>
    diag(
      "INVALID_TAG_VALUE",
      `the tag '${tag}' must be applied to ${expected}`,
      `Write '${tag}' before ${expected}.`,
      site,
    ),
  includeNotFound: (path: string, file: string, site: ErrorSite) =>
    diag(
      "INCLUDE_NOT_FOUND",
      `'!include ${path}' in file '${file}': no such file`,
      "Paths are relative to the including file, else to the atmos base path.",
      site,
    ),
  includeUnsupported: (what: string, site: ErrorSite) =>
    diag(
      "INCLUDE_UNSUPPORTED",
      `unsupported !include: ${what}`,
      "Use !include with a local .yaml, .yml or .json file (or any other file as text); convert .tfvars/.hcl files to YAML.",
      site,
    ),
  invalidImport: (what: string, file: string, site: ErrorSite) =>
    diag(
      "INVALID_IMPORT",
      `invalid import in the file '${file}': ${what}`,
      "`import` is a list of paths or of maps with `path` (and optional `context`, `skip_if_missing`, `skip_templates_processing`).",
      site,
    ),
  importNotFound: (imp: string, file: string, site: ErrorSite) =>
    diag(
      "IMPORT_NOT_FOUND",
      `stack import not found: import '${imp}' in file '${file}'`,
      "Import paths are relative to stacks.base_path (or to the importing file when they start with ./ or ../); check base_path and stacks.base_path in atmos.yaml, or add `skip_if_missing: true`.",
      site,
    ),
  importCycle: (chain: readonly string[], site: ErrorSite) =>
    diag(
      "IMPORT_CYCLE",
      `import cycle: ${chain.join(" → ")}`,
      "Remove one of the imports in the cycle; shared settings belong in a file that imports nothing from the cycle.",
      site,
    ),
  importEscapesBasePath: (imp: string, file: string, site: ErrorSite) =>
    diag(
      "IMPORT_ESCAPES_BASE_PATH",
      `import '${imp}' in file '${file}' points outside the stacks base path`,
      "Keep every imported manifest under stacks.base_path.",
      site,
    ),
  remoteImportUnsupported: (imp: string, site: ErrorSite) =>
    diag(
      "REMOTE_IMPORT_UNSUPPORTED",
      `remote import or include '${imp}' is not supported`,
      "Vendor the remote manifest into the stacks directory and import it by its local path.",
      site,
    ),
  invalidSectionType: (section: string, expected: string, found: string, file: string, site: ErrorSite) =>
    diag(
      "INVALID_SECTION_TYPE",
      `invalid '${section}' section in the file '${file}': expected a ${expected}, found a ${found}`,
      `Make '${section}' a ${expected}.`,
      site,
    ),
  globalMetadataKey: (key: string, file: string, site: ErrorSite) =>
    diag(
      "GLOBAL_METADATA_KEY",
      `metadata field '${key}' is not allowed at global (stack-wide) scope in the file '${file}'`,
      "Global metadata accepts only labels, tags, custom, enabled, locked and terraform_workspace_pattern; put component, inherits, type, name and terraform_workspace under a component's metadata.",
      site,
    ),
  inheritsCycle: (chain: readonly string[], stack: string, site: ErrorSite) =>
    diag(
      "INHERITS_CYCLE",
      `circular component inheritance detected: ${chain.map((c) => `'${c}'`).join(" -> ")} in the stack '${stack}'`,
      "Remove one `metadata.inherits` (or `component:`) link of the cycle.",
      site,
    ),
  inheritsTargetMissing: (component: string, base: string, stack: string, site: ErrorSite) =>
    diag(
      "INHERITS_TARGET_MISSING",
      `the component '${component}' in the stack manifest '${stack}' inherits from '${base}' (using 'metadata.inherits'), but '${base}' is not defined in any of the config files for the stack '${stack}'`,
      `Define '${base}' in this stack (usually by importing its catalog file) or fix the name.`,
      site,
    ),
  componentFolderMissing: (component: string, base: string, path: string, site: ErrorSite): Diagnostic => ({
    code: "COMPONENT_FOLDER_MISSING",
    severity: "warning",
    message: `the component '${component}' points at '${base}' (using 'component:'), which is neither a component in this stack nor a folder at '${path}'`,
    hint: "Use `metadata.component` to name a Terraform folder.",
    ...site,
  }),
  backendTypeMismatch: (component: string, backendType: string, keys: readonly string[], site: ErrorSite) =>
    diag(
      "BACKEND_TYPE_MISMATCH",
      `backend_type '${backendType}' of the component '${component}' does not match any key configured under backend (${keys.join(", ")})`,
      `Add a 'backend.${backendType}' section or change backend_type.`,
      site,
    ),
  nameVarMissing: (what: string, part: string, stackFile: string, site: ErrorSite) =>
    diag(
      "NAME_VAR_MISSING",
      `the stack name ${what} references '${part}', but the stack '${stackFile}' does not define it`,
      `Define vars.${part} for every component of the stack (usually in the stack's _defaults.yaml), or change the name template/pattern in atmos.yaml.`,
      site,
    ),
  duplicateComponentConfig: (component: string, stack: string, files: readonly string[], site: ErrorSite) =>
    diag(
      "DUPLICATE_COMPONENT_CONFIG",
      `duplicate component configuration: the component '${component}' in the stack '${stack}' is defined with different configurations in the manifests: ${files.join(", ")}`,
      "Define the component in one top-level manifest per stack, or make the stack names differ.",
      site,
    ),
  invalidListMergeStrategy: (value: string, site: ErrorSite) =>
    diag(
      "INVALID_LIST_MERGE_STRATEGY",
      `invalid list merge strategy: '${value}'`,
      "Supported list merge strategies are: replace, append, merge.",
      site,
    ),
  noManifests: (paths: readonly string[], site: ErrorSite) =>
    diag(
      "NO_MANIFESTS",
      `no stack manifests found in the paths [${paths.join(", ")}]`,
      "Check stacks.base_path, stacks.included_paths and stacks.excluded_paths in atmos.yaml.",
      site,
    ),
  unsupportedTemplate: (construct: string, file: string, site: ErrorSite) =>
    diag(
      "UNSUPPORTED_TEMPLATE",
      `unsupported template construct ${construct} in '${file}'`,
      "Go templates are evaluated as Go's text/template does, except complex numbers; rewrite the value without them.",
      site,
    ),
  templateWarning: (
    code: "TEMPLATE_RUNTIME_VALUE" | "NONDETERMINISTIC_TEMPLATE" | "TEMPLATE_ENV_SECRET",
    message: string,
    file: string,
    site: ErrorSite,
  ): Diagnostic => ({
    code,
    severity: "warning",
    message: `${message} (template in '${file}')`,
    hint: TEMPLATE_WARNING_HINTS[code],
    ...site,
  }),
  templateError: (detail: string, file: string, site: ErrorSite) =>
    diag(
      "TEMPLATE_ERROR",
      `template error in '${file}': ${detail}`,
      "Fix the template or provide the missing value.",
      site,
    ),
  stackNotFound: (stack: string, suggestion: string | undefined) =>
    diag(
      "STACK_NOT_FOUND",
      `invalid stack: stack '${stack}' not found`,
      suggestion
        ? `Did you mean '${suggestion}'?`
        : "Run `spacelift-atmos list stacks` to see the stack names.",
    ),
  componentNotFound: (component: string, stack: string) =>
    diag(
      "COMPONENT_NOT_FOUND",
      `invalid component: could not find the component '${component}' in the stack '${stack}'`,
      "Check the component and stack names and that the stack imports the component's catalog file.",
    ),
};

/** Throws a {@link DiagnosticError} carrying `d`. */
export function fail(d: Diagnostic): never {
  throw new DiagnosticError([d]);
}
