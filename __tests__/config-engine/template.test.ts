import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadAtmosConfig, resolveStacks } from "../../config-engine";
import { TemplateEvalError } from "../../config-engine/template/ast";
import type { GoValue, TemplateWarningCode } from "../../config-engine/template/contract";
import { renderTemplate, templateRoots, type RenderOptions } from "../../config-engine/template/evaluate";
import { functionMap } from "../../config-engine/template/registry";
import { templateSettings } from "../../config-engine/template/settings";
import { FIXTURES_DIR } from "./fixture-harness";

const data = {
  vars: { tenant: "Acme", stage: "dev", n: 3, list: ["a", "b"], empty: "" },
  settings: { x: "y" },
};
const render = (src: string, options: Partial<RenderOptions> = {}): string =>
  renderTemplate(src, data, { missingKey: "error", env: { USER: "ci" }, ...options });

describe("template rendering as atmos configures it", () => {
  test.each([
    ["{{ .vars.tenant }}-{{ .vars.stage }}", "Acme-dev"],
    ["{{ .vars.tenant | lower }}", "acme"],
    ['{{ .vars.tenant | upper | printf "%s!" }}', "ACME!"],
    ['{{ printf "%s-%d-%v" .vars.stage .vars.n .vars.list }}', "dev-3-[a b]"],
    ['{{ default "fallback" .vars.empty }}', "fallback"],
    ['{{ env "USER" }}', "ci"],
    ["{{ .settings }}", "map[x:y]"],
    ["{{ collectKeys .vars }}", "[empty list n stage tenant]"],
  ])("renders %s with every function (name templates, import contexts)", (src, expected) => {
    expect(render(src)).toBe(expected);
  });

  test("fails on a missing key with missingkey=error, naming the key", () => {
    try {
      render("{{ .vars.region }}");
      throw new Error("rendered");
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateEvalError);
      expect((e as TemplateEvalError).missingKey).toBe("region");
    }
  });

  test("prints <no value> for a missing key with missingkey=default (ignore_missing_template_values)", () => {
    expect(render("x{{ .vars.region }}y", { missingKey: "ignore" })).toBe("x<no value>y");
  });

  test("reports the top-level keys a template reads, or undefined when it may read the whole dot", () => {
    expect([...(templateRoots("{{ .vars.a }}-{{ .settings.b | lower }}") ?? [])].sort()).toEqual([
      "settings",
      "vars",
    ]);
    expect([...(templateRoots("{{ $.vars.a }}{{ $x := .settings }}") ?? [])].sort()).toEqual([
      "settings",
      "vars",
    ]);
    expect(templateRoots("{{ . }}")).toBeUndefined();
    expect(templateRoots("{{ range .vars.list }}{{ .x }}{{ end }}")).toBeUndefined();
    expect(templateRoots('{{ define "t" }}{{ end }}{{ template "t" . }}')).toBeUndefined();
  });
});

describe("function registry", () => {
  test("Sprig functions exist only when sprig is enabled; Go builtins always", () => {
    const goOnly = functionMap({ sprig: false, gomplate: false });
    expect(() => render('{{ upper "a" }}', { functions: goOnly })).toThrow('function "upper" not defined');
    expect(render('{{ upper "a" }}', { functions: functionMap({ sprig: true, gomplate: false }) })).toBe("A");
    expect(render("{{ len .vars.list }}", { functions: goOnly })).toBe("2");
  });

  test("the unknown-function check runs at parse time, even in a branch not taken (as Go)", () => {
    expect(() => render("{{ if false }}{{ nosuchfn }}{{ end }}")).toThrow('function "nosuchfn" not defined');
  });

  test("a function that fails is reported as Go does: error calling NAME", () => {
    expect(() => render('{{ atmos.GomplateDatasource "x" }}')).toThrow(
      "error calling atmos.GomplateDatasource: undefined datasource 'x'",
    );
  });
});

describe("atmos functions", () => {
  const vpc: GoValue = { vars: { cidr: "10.0.0.0/16" }, settings: { team: "net" }, workspace: "dev" };
  const describeComponent = (component: string, stack: string): GoValue => {
    if (component === "vpc" && stack === "dev") return vpc;
    throw new TemplateEvalError(`no component '${component}' in the stack '${stack}'`);
  };

  test("atmos.Component returns the other component's sections", () => {
    expect(render('{{ (atmos.Component "vpc" "dev").vars.cidr }}', { describeComponent })).toBe(
      "10.0.0.0/16",
    );
    expect(
      render('{{ $c := atmos.Component "vpc" "dev" }}{{ $c.settings.team }}/{{ $c.workspace }}', {
        describeComponent,
      }),
    ).toBe("net/dev");
  });

  test("a reference to outputs stays as written, with a TEMPLATE_RUNTIME_VALUE warning", () => {
    const warnings: [TemplateWarningCode, string][] = [];
    const warn = (code: TemplateWarningCode, message: string): void => void warnings.push([code, message]);
    const src =
      'id={{ (atmos.Component "vpc" "dev").outputs.vpc_id }} cidr={{ (atmos.Component "vpc" "dev").vars.cidr }}';
    expect(render(src, { describeComponent, warn })).toBe(
      'id={{ (atmos.Component "vpc" "dev").outputs.vpc_id }} cidr=10.0.0.0/16',
    );
    expect(warnings.map(([c]) => c)).toEqual(["TEMPLATE_RUNTIME_VALUE"]);
    expect(warnings[0]?.[1]).toContain("terraform outputs of component 'vpc' in stack 'dev'");
  });

  test("outputs used inside a control structure keep the whole template for run time", () => {
    const src = '{{ if (atmos.Component "vpc" "dev").outputs.x }}a{{ end }}';
    expect(render(src, { describeComponent, warn: () => undefined })).toBe(src);
  });

  test("atmos.Component is not available where there is no resolved configuration", () => {
    expect(() => render('{{ atmos.Component "vpc" "dev" }}')).toThrow("not available here");
  });

  test("atmos.GomplateDatasource reads a file datasource and refuses a remote one", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ds-"));
    fs.writeFileSync(path.join(dir, "cfg.json"), '{"region":"us-east-2"}');
    const readFile = (f: string): string => fs.readFileSync(path.resolve(dir, f), "utf8");
    const datasources = { cfg: { url: "file://cfg.json" }, web: { url: "https://example.com/x.json" } };
    expect(render('{{ (atmos.GomplateDatasource "cfg").region }}', { readFile, datasources })).toBe(
      "us-east-2",
    );
    expect(() => render('{{ atmos.GomplateDatasource "web" }}', { readFile, datasources })).toThrow(
      "no network: vendor it",
    );
  });
});

describe("templates.settings", () => {
  test("reads the switches, evaluations, delimiters and datasources", () => {
    const s = templateSettings({
      templates: {
        settings: {
          enabled: true,
          evaluations: 2,
          delimiters: ["[[", "]]"],
          sprig: { enabled: true },
          gomplate: { enabled: false, datasources: { a: { url: "./a.json" } } },
        },
      },
    });
    expect(s).toEqual({
      enabled: true,
      sprig: true,
      gomplate: false,
      evaluations: 2,
      delimiters: ["[[", "]]"],
      datasources: { a: { url: "./a.json" } },
    });
    expect(templateSettings({}).evaluations).toBe(1);
  });

  test("rejects delimiters that are not two non-empty strings, as atmos does", () => {
    expect(() => templateSettings({ templates: { settings: { delimiters: ["{{"] } } })).toThrow(
      "'delimiters' must be an array with two string items",
    );
  });
});

describe("section templates through the resolver", () => {
  test("a kept terraform-outputs reference is a TEMPLATE_RUNTIME_VALUE warning at the value's file and line", () => {
    const cwd = path.join(FIXTURES_DIR, "process-templates-language");
    const resolved = resolveStacks(loadAtmosConfig({ cwd, env: {} }), { processTemplates: true });
    const warnings = resolved.warnings.filter((w) => w.code === "TEMPLATE_RUNTIME_VALUE");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: "warning",
      keyPath: "vars.vpc_id",
      location: { file: "stacks-config/stacks/deploy/dev.yaml", line: 14 },
    });
  });
});
