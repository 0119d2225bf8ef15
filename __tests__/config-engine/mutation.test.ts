import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import {
  describeComponent,
  describeStacks,
  isDiagnosticError,
  loadAtmosConfig,
  resolveStacks,
} from "../../config-engine";
import type { EngineErrorCode } from "../../config-engine";

/** A small valid repository exercising imports, overrides, inheritance, templates and tags. */
const TREE: Record<string, string> = {
  "atmos.yaml":
    'base_path: "./"\nstacks:\n  base_path: stacks\n  included_paths: ["orgs/**/*"]\n  excluded_paths: ["**/_defaults.yaml"]\n  name_template: "{{ .vars.tenant }}-{{ .vars.stage }}"\n',
  "stacks/orgs/acme/_defaults.yaml":
    "import:\n  - catalog/vpc\n  - mixins/region\nvars:\n  tenant: acme\nterraform:\n  backend_type: s3\n  backend:\n    s3:\n      bucket: b\n",
  "stacks/orgs/acme/dev.yaml":
    "import:\n  - ./_defaults\n  - path: catalog/svc\n    context:\n      name: api\nvars:\n  stage: dev\noverrides:\n  vars:\n    o: 1\ncomponents:\n  terraform:\n    vpc/2:\n      metadata:\n        component: vpc\n        inherits: [vpc-base]\n      vars:\n        out: !terraform.output vpc id\n",
  "stacks/orgs/acme/prod.yaml": "import:\n  - ./_defaults\nvars:\n  stage: prod\n  tags: !append [p]\n",
  "stacks/catalog/vpc.yaml":
    "components:\n  terraform:\n    vpc-base:\n      metadata:\n        type: abstract\n      vars:\n        cidr: 10.0.0.0/16\n        tags: [a]\n    vpc:\n      metadata:\n        inherits: [vpc-base]\n      settings:\n        spacelift:\n          workspace_enabled: true\n",
  "stacks/catalog/svc.yaml.tmpl":
    "components:\n  terraform:\n    svc-{{ .name }}:\n      vars:\n        name: '{{ .name | upper }}'\n",
  "stacks/mixins/region.yaml": "vars:\n  region: us-east-1\n  tags: [r]\n",
};

const SNIPPETS = [
  "  !foo x",
  "import: [nope]",
  "vars: [1]",
  "{{ .x",
  "{{ range .x }}",
  "metadata:\n  inherits: [ghost]",
  "  - ../../../../etc",
  "key: &a [*a]",
  ": :",
  "\t",
  "<<: *nope",
  "components: {terraform: {x: {metadata: {inherits: [x]}}}}",
  "settings: {list_merge_strategy: bad}",
  "name: 5",
  "import:\n  - path: catalog/vpc\n    context: {x: 1}",
  "import:\n  - orgs/acme/dev",
  "vars: !include nowhere.yaml",
  "backend_type: gcs",
  "  component: vpc-base",
  "null",
  "- a",
  "components:\n  terraform: [1]",
  "overrides: 3",
  "terraform:\n  overrides:\n    vars: []",
  "metadata:\n  type: abstract",
  "stacks:\n  name_pattern: '{tenant}-{nope}'",
];

const CODES = new Set<EngineErrorCode>([
  "CONFIG_NOT_FOUND",
  "INVALID_CONFIG",
  "FILE_READ_ERROR",
  "INVALID_YAML",
  "UNKNOWN_TAG",
  "INVALID_TAG_VALUE",
  "INCLUDE_NOT_FOUND",
  "INCLUDE_UNSUPPORTED",
  "INVALID_IMPORT",
  "IMPORT_NOT_FOUND",
  "IMPORT_CYCLE",
  "IMPORT_ESCAPES_BASE_PATH",
  "REMOTE_IMPORT_UNSUPPORTED",
  "INVALID_SECTION_TYPE",
  "GLOBAL_METADATA_KEY",
  "INHERITS_CYCLE",
  "INHERITS_TARGET_MISSING",
  "COMPONENT_FOLDER_MISSING",
  "BACKEND_TYPE_MISMATCH",
  "NAME_VAR_MISSING",
  "DUPLICATE_COMPONENT_CONFIG",
  "INVALID_LIST_MERGE_STRATEGY",
  "NO_MANIFESTS",
  "UNSUPPORTED_TEMPLATE",
  "TEMPLATE_ERROR",
  "STACK_NOT_FOUND",
  "COMPONENT_NOT_FOUND",
  "FILE_OUTSIDE_REPOSITORY",
  "MANIFEST_TOO_LARGE",
  "YAML_ALIAS_LIMIT",
  "DUPLICATE_YAML_KEY",
  "YAML_FUNCTION_ERROR",
  "YAML_FUNCTION_RUNTIME",
  "YAML_FUNCTION_EXEC",
]);

type Mutation = {
  file: string;
  kind: "delete" | "duplicate" | "insert" | "char" | "truncate";
  at: number;
  snippet: string;
  char: string;
};

function mutate(text: string, m: Mutation): string {
  const lines = text.split("\n");
  const i = m.at % Math.max(1, lines.length);
  switch (m.kind) {
    case "delete":
      lines.splice(i, 1);
      return lines.join("\n");
    case "duplicate":
      lines.splice(i, 0, lines[i] ?? "");
      return lines.join("\n");
    case "insert":
      lines.splice(i, 0, m.snippet);
      return lines.join("\n");
    case "char": {
      const p = m.at % Math.max(1, text.length);
      return text.slice(0, p) + m.char + text.slice(p + 1);
    }
    case "truncate":
      return text.slice(0, m.at % Math.max(1, text.length));
  }
}

const mutation = fc.record({
  file: fc.constantFrom(...Object.keys(TREE)),
  kind: fc.constantFrom<Mutation["kind"]>("delete", "duplicate", "insert", "char", "truncate"),
  at: fc.nat(400),
  snippet: fc.constantFrom(...SNIPPETS),
  char: fc.constantFrom(
    ":",
    "-",
    "[",
    "{",
    "}",
    "!",
    "&",
    "*",
    "|",
    ">",
    "'",
    '"',
    " ",
    "\n",
    "#",
    "%",
    "@",
    "`",
  ),
});

describe("mutated manifest trees", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-mutation-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function write(files: Record<string, string>): void {
    fs.rmSync(path.join(dir, "repo"), { recursive: true, force: true });
    for (const [rel, text] of Object.entries(files)) {
      const p = path.join(dir, "repo", rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    }
  }

  function exercise(): void {
    const config = loadAtmosConfig({ cwd: path.join(dir, "repo"), configDir: ".", env: {} });
    const resolved = resolveStacks(config);
    describeStacks(resolved);
    for (const c of resolved.components) {
      describeComponent(resolved, c.atmosComponent, c.atmosStack);
      void c.spaceliftPrefix;
      c.sourceOf("vars", ["tags", 0]);
    }
  }

  test("the unmutated tree resolves", () => {
    write(TREE);
    expect(exercise).not.toThrow();
  });

  test("any mutation either resolves or fails with catalogued diagnostics, never a crash", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const files = { ...TREE };
        for (const m of mutations) files[m.file] = mutate(files[m.file] ?? "", m);
        write(files);
        try {
          exercise();
        } catch (e) {
          if (!isDiagnosticError(e)) throw e;
          expect(e.diagnostics.length).toBeGreaterThan(0);
          for (const d of e.diagnostics) expect(CODES.has(d.code as EngineErrorCode)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
