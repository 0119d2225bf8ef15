/**
 * The config engine's error catalogue: every problem the engine reports has a code here and a
 * factory giving the message (what was found) and the hint (what to do).
 */
import { DiagnosticError, type Diagnostic, type SourceLocation } from "./diagnostics";

/** Every code the config engine reports. */
export type EngineErrorCode =
  | "CONFIG_NOT_FOUND"
  | "WORKDIR_NOT_FOUND"
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
  | "FILE_OUTSIDE_REPOSITORY"
  | "MANIFEST_TOO_LARGE"
  | "YAML_ALIAS_LIMIT"
  | "DUPLICATE_YAML_KEY"
  | "YAML_FUNCTION_ERROR"
  | "YAML_FUNCTION_RUNTIME"
  | "YAML_FUNCTION_EXEC"
  | "INVALID_SECTION_TYPE"
  | "GLOBAL_METADATA_KEY"
  | "INHERITS_CYCLE"
  | "INHERITS_TARGET_MISSING"
  | "COMPONENT_FOLDER_MISSING"
  | "BACKEND_TYPE_MISMATCH"
  | "REMOTE_STATE_BACKEND_TYPE_MISMATCH"
  | "LOCALS_CIRCULAR"
  | "MANIFEST_SCHEMA_INVALID"
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
  workdirNotFound: (dir: string, from: string) =>
    diag(
      "WORKDIR_NOT_FOUND",
      `workdir does not exist: '${dir}' (from ${from})`,
      "Pass an existing directory to --chdir / -C (or ATMOS_CHDIR), relative to the current directory.",
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
      "Paths starting with ./ or ../ are relative to the including manifest, other relative paths to the atmos base path.",
      site,
    ),
  includeUnsupported: (what: string, site: ErrorSite) =>
    diag(
      "INCLUDE_UNSUPPORTED",
      `unsupported !include: ${what}`,
      "Write `!include <path> [yq query]` with a local file (.yaml/.yml, .json, .hcl/.tf/.tfvars, .env, anything else as text); check the query against the included file.",
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
      `remote import or include '${imp}' is not supported: this app reads no network (no go-getter)`,
      "Vendor it: copy the remote file into the repository (e.g. with `atmos vendor pull`) and import or !include it by its local path.",
      site,
    ),
  fileOutsideRepository: (what: string, hint: string, site: ErrorSite) =>
    diag("FILE_OUTSIDE_REPOSITORY", what, hint, site),
  manifestTooLarge: (file: string, bytes: number, limit: number, site: ErrorSite) =>
    diag(
      "MANIFEST_TOO_LARGE",
      `'${file}' is ${bytes} bytes, above the limit of ${limit} bytes per file`,
      "Split the file, or raise integrations.spacelift_atmos.limits.max_file_bytes in atmos.yaml if the size is intended.",
      site,
    ),
  yamlAliasLimit: (file: string, what: string, site: ErrorSite) =>
    diag(
      "YAML_ALIAS_LIMIT",
      `'${file}': ${what}`,
      "Anchors and aliases expanding to this much data are refused (an alias bomb exhausts memory); write the data out, or raise integrations.spacelift_atmos.limits.max_yaml_aliases / max_yaml_expanded_nodes in atmos.yaml if it is intended.",
      site,
    ),
  duplicateYamlKey: (key: string, file: string, firstLine: number, site: ErrorSite) =>
    diag(
      "DUPLICATE_YAML_KEY",
      `duplicate key '${key}' in '${file}' (first defined at line ${firstLine})`,
      "Remove one of the two keys: atmos (go-yaml) rejects a map with a key defined twice.",
      site,
    ),
  yamlFunctionError: (text: string, reason: string, site: ErrorSite) =>
    diag(
      "YAML_FUNCTION_ERROR",
      `the YAML function '${text}' failed: ${reason}`,
      "Fix the function's arguments (see atmos's YAML functions documentation), or describe without --process-functions.",
      site,
    ),
  yamlFunctionRuntime: (text: string, site: ErrorSite): Diagnostic => ({
    code: "YAML_FUNCTION_RUNTIME",
    severity: "warning",
    message: `'${text}' needs Terraform state, a store or AWS credentials: it stays the string as written (as on atmos's Spacelift path)`,
    hint: "Atmos resolves it when the stack runs (atmos terraform plan/apply in the Spacelift hooks); nothing to do unless you expected a value here.",
    ...site,
  }),
  yamlFunctionExec: (command: string, site: ErrorSite): Diagnostic => ({
    code: "YAML_FUNCTION_EXEC",
    severity: "warning",
    message: `!exec runs the shell command '${command}' (--process-functions is on)`,
    hint: "Configuration runs commands with your credentials: review !exec in the manifests, or describe without --process-functions.",
    ...site,
  }),
  invalidSectionType: (section: string, expected: string, found: string, file: string, site: ErrorSite) =>
    diag(
      "INVALID_SECTION_TYPE",
      `invalid '${section}' section in the file '${file}': expected a ${expected}, found a ${found}`,
      `Make '${section}' a ${expected}.`,
      site,
    ),
  manifestSchemaInvalid: (at: string, detail: string, file: string, site: ErrorSite) =>
    diag(
      "MANIFEST_SCHEMA_INVALID",
      `'${at}' in the file '${file}' does not match atmos's stack manifest schema: ${detail}`,
      "Fix the value (see https://atmos.tools/schemas/atmos/atmos-manifest/1.0/atmos-manifest.json); atmos 'validate stacks' rejects it.",
      site,
    ),
  localsCircular: (cycle: readonly string[], file: string, site: ErrorSite) =>
    diag(
      "LOCALS_CIRCULAR",
      `circular dependency in locals in the file '${file}': ${cycle.join(" → ")}`,
      "Make one of these locals a value that does not reference the others (locals are resolved in dependency order).",
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
  remoteStateBackendTypeMismatch: (
    component: string,
    stack: string,
    type: string,
    keys: readonly string[],
    site: ErrorSite,
  ) =>
    diag(
      "REMOTE_STATE_BACKEND_TYPE_MISMATCH",
      `component "${component}" in stack "${stack}": remote_state_backend_type is "${type}" but remote_state_backend: only configures ${keys.join(", ")}`,
      `Add a "${type}" key under remote_state_backend:, or change remote_state_backend_type to match (atmos rejects this configuration for every stack).`,
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
