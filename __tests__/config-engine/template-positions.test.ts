import { TemplateEvalError, UnsupportedTemplateError } from "../../config-engine/template/ast";
import { renderTemplate } from "../../config-engine/template/evaluate";
import type { JsonValue } from "../../config-engine/types";

const OPTIONS = { missingKey: "error", env: {} } as const;

/** The offset a failing render reports, and the text there. */
function failure(src: string, data: JsonValue = {}): { offset: number | undefined; at: string } {
  try {
    renderTemplate(src, data, OPTIONS);
  } catch (e) {
    if (e instanceof TemplateEvalError || e instanceof UnsupportedTemplateError) {
      return { offset: e.offset, at: e.offset === undefined ? "" : src.slice(e.offset, e.offset + 12) };
    }
    throw e;
  }
  throw new Error("the template rendered");
}

describe("template errors carry the offset of the failing action", () => {
  it.each([
    ["a missing key", "a: {{ .a }}\nb: {{ .missing }}\n", { a: 1 }, "{{ .missing "],
    [
      "a missing key inside an if body",
      "{{ if .a }}\n  x: {{ .nope }}\n{{ end }}",
      { a: true },
      "{{ .nope }}\n",
    ],
    ["a failing if condition", "x\n{{ if .nope.deeper }}y{{ end }}", {}, "{{ if .nope."],
    [
      "a failing else-if condition",
      "{{ if .f }}a{{ else if .nope.x }}b{{ end }}",
      { f: false },
      "{{ else if .",
    ],
    ["an unclosed action", "ok: 1\nbad: {{ .a \n", { a: 1 }, "{{ .a \n"],
    ["an unexpected end", "a\n{{ end }}", {}, "{{ end }}"],
    ["a missing end (the if)", "a\n{{ if .a }}b", { a: true }, "{{ if .a }}b"],
    ["an unsupported construct", "a\n{{ range .x }}{{ end }}", {}, "{{ range .x "],
    ["an unknown function", "{{ .a }} {{ nosuchfn .a }}", { a: 1 }, "{{ nosuchfn "],
  ])("%s", (_what, src, data, at) => {
    expect(failure(src, data).at).toBe(at);
  });
});
