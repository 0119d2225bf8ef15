import { TemplateEvalError, UnsupportedTemplateError } from "../../config-engine/template/ast";
import { renderTemplate, templateRoots } from "../../config-engine/template/evaluate";

const data = {
  vars: { tenant: "Acme", stage: "dev", n: 3, list: ["a", "b"], empty: "" },
  settings: { x: "y" },
};
const render = (src: string, missingKey: "error" | "ignore" = "error"): string =>
  renderTemplate(src, data, { missingKey, env: { USER: "ci" } });

describe("Go template subset", () => {
  test.each([
    ["{{ .vars.tenant }}-{{ .vars.stage }}", "Acme-dev"],
    ["{{ .vars.tenant | lower }}", "acme"],
    ['{{ .vars.tenant | upper | printf "%s!" }}', "ACME!"],
    ['{{ printf "%s-%d-%v" .vars.stage .vars.n .vars.list }}', "dev-3-[a b]"],
    ['{{ index .vars "tenant" }}', "Acme"],
    ["{{ index .vars.list 1 }}", "b"],
    ['{{ replace "-" "_" "a-b-c" }}', "a_b_c"],
    ['{{ trim "  x  " }}|{{ trimPrefix "ab" "abc" }}|{{ trimSuffix "bc" "abc" }}', "x|c|a"],
    ['{{ default "fallback" .vars.empty }}', "fallback"],
    ['{{ title "hello world" }}', "Hello World"],
    ['{{ if eq .vars.stage "dev" }}D{{ else if eq .vars.stage "prod" }}P{{ else }}O{{ end }}', "D"],
    ["a  {{- .vars.stage -}}  b", "adevb"],
    ["{{/* a comment */}}x", "x"],
    ['{{ env "USER" }}', "ci"],
    ["{{ .vars.n }}", "3"],
    ["{{ .settings }}", "map[x:y]"],
  ])("renders %s", (src, expected) => {
    expect(render(src)).toBe(expected);
  });

  test("fails on a missing key with missingkey=error, naming the key", () => {
    expect(() => render("{{ .vars.region }}")).toThrow(TemplateEvalError);
    try {
      render("{{ .vars.region }}");
    } catch (e) {
      expect((e as TemplateEvalError).missingKey).toBe("region");
    }
  });

  test("renders a missing key as empty text when missing keys are ignored", () => {
    expect(render("x{{ .vars.region }}y", "ignore")).toBe("xy");
  });

  test.each([
    ["{{ range .vars.list }}{{ end }}"],
    ["{{ $x := 1 }}"],
    ['{{ atmos.Component "vpc" "dev" }}'],
    ["{{ toJson .vars }}"],
  ])("fails with an unsupported-construct error on %s", (src) => {
    expect(() => render(src)).toThrow(UnsupportedTemplateError);
  });

  test("fails on an unclosed action", () => {
    expect(() => render("{{ .vars.stage")).toThrow(TemplateEvalError);
  });

  test("reports the top-level keys a template reads, or undefined when it reads the whole dot", () => {
    expect([...(templateRoots("{{ .vars.a }}-{{ .settings.b | lower }}") ?? [])].sort()).toEqual([
      "settings",
      "vars",
    ]);
    expect(templateRoots("{{ . }}")).toBeUndefined();
  });
});
