/**
 * Go text/template and fmt semantics, case by case. Expected outputs are what Go prints (facts
 * from Go's `text/template/exec_test.go`, `fmt/fmt_test.go` and the package documentation);
 * data is what atmos hands templates (`map[string]interface {}` decoded from YAML).
 */
import { TemplateEvalError, UnsupportedTemplateError } from "../../config-engine/template/ast";
import type { GoValue } from "../../config-engine/template/contract";
import { renderTemplate } from "../../config-engine/template/evaluate";
import { functionMap } from "../../config-engine/template/registry";

const DATA: GoValue = {
  s: "hello",
  i: 17,
  f: 1.5,
  b: true,
  z: 0,
  e: "",
  nul: null,
  list: ["a", "b", "c"],
  ints: [1, 2, 3],
  empty: [],
  emptyMap: {},
  m: { one: 1, two: 2, three: 3 },
  nested: { a: { b: { c: "deep" } }, list: [{ name: "x" }, { name: "y" }] },
  html: "<b>\"x\" & 'y'</b>",
};

const GO_ONLY = functionMap({ sprig: false, gomplate: false });

function render(src: string, missingKey: "error" | "ignore" = "error"): string {
  return renderTemplate(src, DATA, { missingKey, env: {}, functions: GO_ONLY });
}

/** [template, what Go prints] */
const OUTPUTS: readonly (readonly [string, string])[] = [
  // text, fields, literals
  ["hello", "hello"],
  ["{{.s}}", "hello"],
  ["{{.i}}", "17"],
  ["{{.f}}", "1.5"],
  ["{{.b}}", "true"],
  ["{{.nul}}", "<no value>"],
  ["{{.list}}", "[a b c]"],
  ["{{.m}}", "map[one:1 three:3 two:2]"],
  ["{{.nested.a.b.c}}", "deep"],
  ["{{$.s}}", "hello"],
  ['{{"x"}}', "x"],
  ["{{`raw\\n`}}", "raw\\n"],
  ['{{"a\\tb"}}', "a\tb"],
  ['{{"\\u00e9\\x41\\101"}}', "éAA"],
  ["{{'a'}}", "97"],
  ["{{'\\n'}}", "10"],
  ["{{1}}", "1"],
  ["{{-1}}", "-1"],
  ["{{+3}}", "3"],
  ["{{0x1F}}", "31"],
  ["{{0X1f}}", "31"],
  ["{{0x_1F}}", "31"],
  ["{{0o17}}", "15"],
  ["{{017}}", "15"],
  ["{{0b101}}", "5"],
  ["{{1_000_000}}", "1000000"],
  ["{{1.5}}", "1.5"],
  ["{{1.0}}", "1"],
  ["{{1e3}}", "1000"],
  ["{{1e6}}", "1e+06"],
  ["{{123456.0}}", "123456"],
  ["{{1234567.0}}", "1.234567e+06"],
  ["{{1.5e-7}}", "1.5e-07"],
  ["{{0.0001}}", "0.0001"],
  ["{{0.00001}}", "1e-05"],
  ["{{.5}}", "0.5"],
  ["{{0x1p-2}}", "0.25"],
  ["{{true}} {{false}}", "true false"],
  ["{{print nil}}", "<nil>"],
  // comments and trim markers
  ["a{{/* c */}}b", "ab"],
  ["a {{- /* c */ -}} b", "ab"],
  ["a  {{- .s -}}  b", "ahellob"],
  ["a {{- 3}}", "a3"],
  ["{{3 -}} b", "3b"],
  ["x\n\t {{- .s}}", "xhello"],
  ["{{ 1 }}\n{{- 2 }}", "12"],
  // if / else if / else
  ["{{if .b}}T{{end}}", "T"],
  ["{{if .z}}T{{else}}F{{end}}", "F"],
  ["{{if .e}}T{{else if .s}}S{{else}}F{{end}}", "S"],
  ["{{if .e}}T{{else if .z}}S{{else}}F{{end}}", "F"],
  ["{{if .empty}}T{{else}}F{{end}}", "F"],
  ["{{if .emptyMap}}T{{else}}F{{end}}", "F"],
  ["{{if .nul}}T{{else}}F{{end}}", "F"],
  ["{{if 0.0}}T{{else}}F{{end}}", "F"],
  ["{{if .list}}{{len .list}}{{end}}", "3"],
  ["{{if and .b .s}}{{.s}}{{end}}", "hello"],
  ["{{if $x := .i}}{{$x}}{{end}}", "17"],
  // with / else with
  ["{{with .s}}{{.}}{{end}}", "hello"],
  ["{{with .e}}x{{else}}empty{{end}}", "empty"],
  ["{{with .e}}x{{else with .s}}{{.}}{{end}}", "hello"],
  ["{{with $x := .i}}{{$x}}{{end}}", "17"],
  ["{{with .nested.a}}{{.b.c}}{{end}}", "deep"],
  ["{{with .s}}{{$.i}}{{end}}", "17"],
  // range
  ["{{range .list}}{{.}}{{end}}", "abc"],
  ["{{range $i, $e := .list}}{{$i}}:{{$e}} {{end}}", "0:a 1:b 2:c "],
  ["{{range $e := .list}}{{$e}}{{end}}", "abc"],
  ["{{range $k, $v := .m}}{{$k}}={{$v}},{{end}}", "one=1,three=3,two=2,"],
  ["{{range .m}}{{.}}{{end}}", "132"],
  ["{{range .empty}}x{{else}}none{{end}}", "none"],
  ["{{range .nul}}x{{else}}none{{end}}", "none"],
  ["{{range 3}}{{.}}{{end}}", "012"],
  ["{{range $i := 3}}{{$i}}{{end}}", "012"],
  ["{{range 0}}x{{else}}zero{{end}}", "zero"],
  ['{{range .list}}{{if eq . "b"}}{{break}}{{end}}{{.}}{{end}}', "a"],
  ['{{range .list}}{{if eq . "b"}}{{continue}}{{end}}{{.}}{{end}}', "ac"],
  ["{{range .ints}}{{range $.list}}{{.}}{{end}}{{end}}", "abcabcabc"],
  ["{{range $i, $v := .nested.list}}{{$v.name}}{{end}}", "xy"],
  ["{{range .nested.list}}{{.name}}{{end}}", "xy"],
  ["{{$x := 0}}{{range $x = .ints}}{{end}}{{$x}}", "3"],
  // variables
  ["{{$x := 1}}{{$x}}", "1"],
  ["{{$x := 1}}", ""],
  ["{{$x := .s}}{{$x}}", "hello"],
  ["{{$x := 1}}{{$x = 2}}{{$x}}", "2"],
  ["{{$x := 1}}{{if true}}{{$x := 2}}{{$x}}{{end}}{{$x}}", "21"],
  ["{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", "2"],
  ["{{$x := 1}}{{range .ints}}{{$x = .}}{{end}}{{$x}}", "3"],
  ["{{$x := .m}}{{$x.two}}", "2"],
  ["{{$x := 1}}{{$x := 2}}{{$x}}", "2"],
  // pipelines, parenthesised calls, chains
  ['{{.s | printf "%s!"}}', "hello!"],
  ['{{"a" | printf "%s-%s" "b"}}', "b-a"],
  ['{{printf "%d" (len .list)}}', "3"],
  ["{{(index .nested.list 1).name}}", "y"],
  ['{{(index .m "one")}}', "1"],
  ["{{.m.one}}{{.m.two}}", "12"],
  // index, slice, len
  ['{{index .m "nope"}}', "<no value>"],
  ["{{index .ints 1}}", "2"],
  ['{{index "abc" 1}}', "98"],
  ["{{index .list}}", "[a b c]"],
  ["{{index .nested.list 0 | len}}", "1"],
  ["{{slice .list 1}}", "[b c]"],
  ["{{slice .list 1 2}}", "[b]"],
  ["{{slice .list}}", "[a b c]"],
  ["{{slice .s 1 3}}", "el"],
  ["{{len .s}}", "5"],
  ['{{len "héllo"}}', "6"],
  ["{{len .m}}", "3"],
  ["{{len .empty}}", "0"],
  // not, and, or (short-circuit since Go 1.18)
  ["{{not .b}}", "false"],
  ["{{not .e}}", "true"],
  ["{{not 0}}", "true"],
  ["{{and 1 2}}", "2"],
  ["{{and 1 0 2}}", "0"],
  ["{{and .e .s}}", ""],
  ['{{or 0 "" "x"}}', "x"],
  ['{{or 0 ""}}', ""],
  ["{{or 1 (index nil 0)}}", "1"],
  ["{{and 0 (index nil 0)}}", "0"],
  ["{{.b | and 1}}", "true"],
  // comparisons
  ["{{eq 1 1}}", "true"],
  ["{{eq 1 2}}", "false"],
  ['{{eq "a" "a"}}', "true"],
  ['{{eq .s "hello"}}', "true"],
  ["{{eq 1 2 3 1}}", "true"],
  ["{{eq 1 2 3}}", "false"],
  ["{{eq 1.5 1.5}}", "true"],
  ["{{eq true true}}", "true"],
  ["{{eq nil nil}}", "true"],
  ["{{eq .nul nil}}", "true"],
  ["{{eq 1 nil}}", "false"],
  ["{{ne 1 2}}", "true"],
  ['{{ne "a" "a"}}', "false"],
  ["{{lt 1 2}}", "true"],
  ["{{lt 2 1}}", "false"],
  ["{{le 2 2}}", "true"],
  ["{{gt 3 2}}", "true"],
  ["{{ge 2 3}}", "false"],
  ['{{lt "a" "b"}}', "true"],
  ["{{lt 1.5 2.5}}", "true"],
  // print, println
  ['{{print "a" 1 2 "b"}}', "a1 2b"],
  ["{{print 1 2}}", "1 2"],
  ['{{println "a" 1}}', "a 1\n"],
  ["{{print .list .m}}", "[a b c] map[one:1 three:3 two:2]"],
  ["{{print}}", ""],
  // printf: %v family
  ['{{printf "%v" .list}}', "[a b c]"],
  ['{{printf "%+v" .m}}', "map[one:1 three:3 two:2]"],
  ['{{printf "%#v" .list}}', '[]interface {}{"a", "b", "c"}'],
  ['{{printf "%#v" .s}}', '"hello"'],
  ['{{printf "%#v" .m}}', 'map[string]interface {}{"one":1, "three":3, "two":2}'],
  ['{{printf "%v" .nul}}', "<nil>"],
  ['{{printf "%v|%v" 1.0 2.5}}', "1|2.5"],
  // strings
  ['{{printf "%s" .s}}', "hello"],
  ['{{printf "%10s|" .s}}', "     hello|"],
  ['{{printf "%-10s|" .s}}', "hello     |"],
  ['{{printf "%.2s" .s}}', "he"],
  ['{{printf "%q" .s}}', '"hello"'],
  ['{{printf "%q" "a\\"b\\n"}}', '"a\\"b\\n"'],
  ['{{printf "%#q" "ab"}}', "`ab`"],
  ['{{printf "%+q" "héllo"}}', '"h\\u00e9llo"'],
  ['{{printf "%q" .list}}', '["a" "b" "c"]'],
  ['{{printf "%s" .list}}', "[a b c]"],
  ['{{printf "%x" "hi"}}', "6869"],
  ['{{printf "%X" "hi"}}', "6869"],
  ['{{printf "% x" "hi"}}', "68 69"],
  ['{{printf "%#x" "hi"}}', "0x6869"],
  // integers
  ['{{printf "%d" 42}}', "42"],
  ['{{printf "%5d|" 42}}', "   42|"],
  ['{{printf "%-5d|" 42}}', "42   |"],
  ['{{printf "%05d" 42}}', "00042"],
  ['{{printf "%05d" -42}}', "-0042"],
  ['{{printf "%+d" 42}}', "+42"],
  ['{{printf "% d" 42}}', " 42"],
  ['{{printf "%.3d" 7}}', "007"],
  ['{{printf "%x" 255}}', "ff"],
  ['{{printf "%X" 255}}', "FF"],
  ['{{printf "%#x" 255}}', "0xff"],
  ['{{printf "%x" -255}}', "-ff"],
  ['{{printf "%o" 8}}', "10"],
  ['{{printf "%#o" 8}}', "010"],
  ['{{printf "%O" 8}}', "0o10"],
  ['{{printf "%b" 5}}', "101"],
  ['{{printf "%c" 65}}', "A"],
  ['{{printf "%q" 65}}', "'A'"],
  ['{{printf "%U" 65}}', "U+0041"],
  ['{{printf "%#U" 65}}', "U+0041 'A'"],
  ['{{printf "%U" 0x1F600}}', "U+1F600"],
  ['{{printf "%d" .ints}}', "[1 2 3]"],
  ['{{printf "%03d" .ints}}', "[001 002 003]"],
  ['{{printf "%*d" 5 42}}', "   42"],
  // floats
  ['{{printf "%e" 1234.5678}}', "1.234568e+03"],
  ['{{printf "%E" 1234.5678}}', "1.234568E+03"],
  ['{{printf "%.2e" 1234.5678}}', "1.23e+03"],
  ['{{printf "%f" 3.14159}}', "3.141590"],
  ['{{printf "%.2f" 3.14159}}', "3.14"],
  ['{{printf "%8.3f|" 3.14159}}', "   3.142|"],
  ['{{printf "%-8.3f|" 3.14159}}', "3.142   |"],
  ['{{printf "%08.3f" -3.14159}}', "-003.142"],
  ['{{printf "%+.1f" 2.0}}', "+2.0"],
  ['{{printf "%.0f" 2.5}}', "2"],
  ['{{printf "%.0f" 3.5}}', "4"],
  ['{{printf "%.1f" 0.25}}', "0.2"],
  ['{{printf "%.*f" 2 3.14159}}', "3.14"],
  ['{{printf "%6.2f|" 3.14159}}', "  3.14|"],
  ['{{printf "%g" 1234.5678}}', "1234.5678"],
  ['{{printf "%g" 0.000012}}', "1.2e-05"],
  ['{{printf "%g" 1e21}}', "1e+21"],
  ['{{printf "%G" 1e-7}}', "1E-07"],
  ['{{printf "%.3g" 1234.5678}}', "1.23e+03"],
  ['{{printf "%.3g" 3.14159}}', "3.14"],
  ['{{printf "%g" 100000.0}}', "100000"],
  ['{{printf "%g" 1000000.0}}', "1e+06"],
  ['{{printf "%v" 1e20}}', "1e+20"],
  ['{{printf "%T" 1.0}}', "float64"],
  // bools, %T, error forms
  ['{{printf "%t" true}}', "true"],
  ['{{printf "%t" 1}}', "%!t(int=1)"],
  ['{{printf "%d" "x"}}', "%!d(string=x)"],
  ['{{printf "%s" 1}}', "%!s(int=1)"],
  ['{{printf "%d" 1.5}}', "%!d(float64=1.5)"],
  ['{{printf "%d" 1.0}}', "%!d(float64=1)"],
  ['{{printf "%f" 1}}', "%!f(int=1)"],
  ['{{printf "%s" nil}}', "%!s(<nil>)"],
  ['{{printf "%d" .nul}}', "%!d(<nil>)"],
  ['{{printf "%v" nil}}', "<nil>"],
  ['{{printf "%z" 1}}', "%!z(int=1)"],
  ['{{printf "%d %d" 1}}', "1 %!d(MISSING)"],
  ['{{printf "%d" 1 2}}', "1%!(EXTRA int=2)"],
  ['{{printf "x" 1 "a"}}', "x%!(EXTRA int=1, string=a)"],
  ['{{printf "%"}}', "%!(NOVERB)"],
  ['{{printf "%%"}}', "%"],
  ['{{printf "%T" 1}}', "int"],
  ['{{printf "%T" 1.5}}', "float64"],
  ['{{printf "%T" "s"}}', "string"],
  ['{{printf "%T" true}}', "bool"],
  ['{{printf "%T" .list}}', "[]interface {}"],
  ['{{printf "%T" .m}}', "map[string]interface {}"],
  ['{{printf "%T" nil}}', "<nil>"],
  // html, js, urlquery
  ["{{html .html}}", "&lt;b&gt;&#34;x&#34; &amp; &#39;y&#39;&lt;/b&gt;"],
  ["{{js .html}}", "\\u003Cb\\u003E\\\"x\\\" \\u0026 \\'y\\'\\u003C/b\\u003E"],
  ['{{urlquery "a b&c=d/é"}}', "a+b%26c%3Dd%2F%C3%A9"],
  ['{{html "a" 1}}', "a1"],
  ["{{html 1 2}}", "1 2"],
  ["{{.s | html}}", "hello"],
  ['{{js "a\\nb"}}', "a\\u000Ab"],
  // define, template, block
  ['{{define "T"}}[{{.}}]{{end}}{{template "T" "x"}}', "[x]"],
  ['{{define "T"}}[{{.}}]{{end}}{{template "T"}}', "[<no value>]"],
  ['{{template "T" .s}}{{define "T"}}<{{.}}>{{end}}', "<hello>"],
  ['{{block "B" .s}}({{.}}){{end}}', "(hello)"],
  ['{{define "T"}}{{$}}{{end}}{{template "T" 5}}', "5"],
  ['{{define "T"}}{{range .}}{{.}}{{end}}{{end}}{{template "T" .list}}', "abc"],
  // delimiters inside strings do not end actions
  ['{{"}}"}}', "}}"],
];

/** [template, part of Go's error] */
const ERRORS: readonly (readonly [string, string])[] = [
  ["{{nil}}", "nil is not a command"],
  ["{{range .s}}{{end}}", "range can't iterate over hello"],
  ["{{range $i, $v := 3}}{{end}}", "can't use 3 to iterate over more than one variable"],
  ["{{range .f}}{{end}}", "range can't iterate over 1.5"],
  ["{{break}}", "{{break}} outside {{range}}"],
  ["{{if true}}{{$y := 1}}{{end}}{{$y}}", 'undefined variable "$y"'],
  ["{{$x = 1}}", 'undefined variable "$x"'],
  ['{{define "T"}}{{$x}}{{end}}{{$x := 1}}', 'undefined variable "$x"'],
  ["{{index .list 5}}", "error calling index: index out of range: 5"],
  ["{{index nil 1}}", "error calling index: index of untyped nil"],
  ["{{index .m 1}}", "error calling index: value has type int; should be string"],
  ['{{index .list "a"}}', "error calling index: cannot index slice/array with type string"],
  ["{{index .i 1}}", "error calling index: can't index item of type int"],
  ["{{.s 1}}", "s is not a method but has arguments"],
  ["{{1 2}}", "can't give argument to non-function 1"],
  ['{{"x" | 1}}', "non executable command in pipeline stage 2"],
  ["{{slice .list 2 1}}", "error calling slice: invalid slice index: 2 > 1"],
  ["{{slice .s 1 2 3}}", "error calling slice: cannot 3-index slice a string"],
  ["{{slice .m 1}}", "error calling slice: can't slice item of type map[string]interface {}"],
  ["{{slice .list 0 5}}", "error calling slice: index out of range: 5"],
  ["{{len .i}}", "error calling len: len of type int"],
  ["{{and}}", "wrong number of args for and: want at least 1 got 0"],
  ["{{not 1 2}}", "wrong number of args for not: want 1 got 2"],
  ["{{eq 1 1.0}}", "error calling eq: incompatible types for comparison: int and float64"],
  ['{{eq "1" 1}}', "error calling eq: incompatible types for comparison: string and int"],
  ["{{eq 1}}", "error calling eq: missing argument for comparison"],
  ["{{eq .m .m}}", "error calling eq: non-comparable type"],
  ["{{lt 1 1.5}}", "error calling lt: incompatible types for comparison: int and float64"],
  ["{{lt true false}}", "error calling lt: invalid type for comparison"],
  ["{{lt nil 1}}", "error calling lt: invalid type for comparison"],
  ["{{ne 1 2 3}}", "wrong number of args for ne: want 2 got 3"],
  ["{{printf 1}}", "error calling printf: wrong type for value; expected string; got int"],
  ["{{call .s}}", "error calling call: non-function of type string"],
  ["{{call nil}}", "error calling call: call of nil"],
  ['{{template "nope"}}', 'no template "nope"'],
  ["{{.missing}}", 'map has no entry for key "missing"'],
  ["{{.nul.x}}", "nil pointer evaluating interface {}.x"],
  ["{{.s.x}}", "can't evaluate field x in type interface {}"],
  ["{{if .b}}x", "unexpected EOF"],
  ["{{end}}", "unexpected {{end}}"],
  ["{{else}}", "unexpected {{else}}"],
  ["{{.s", "unclosed action"],
  ['{{"abc}}', "unterminated quoted string"],
  ["{{(1}}", "unclosed left paren"],
  ["{{1 | }}", "missing value for command"],
  ["{{3x}}", "bad number syntax"],
  ["{{1__0}}", "bad number syntax"],
  ["{{08}}", "bad number syntax"],
  ["{{nosuch}}", 'function "nosuch" not defined'],
  ["{{/* unclosed }}", "unclosed comment"],
  ["{{'ab'}}", "malformed character constant"],
];

describe("Go text/template semantics", () => {
  test.each(OUTPUTS)("%s", (src, expected) => {
    expect(render(src)).toBe(expected);
  });

  test.each(ERRORS)("%s fails: %s", (src, message) => {
    expect(() => render(src)).toThrow(TemplateEvalError);
    expect(() => render(src)).toThrow(message);
  });

  test.each([
    ["{{.missing}}", "<no value>"],
    ["{{.missing.deeper}}", "<no value>"],
    ["{{if .missing}}y{{else}}n{{end}}", "n"],
    ['{{printf "%v" .missing}}', "<nil>"],
    ["{{.m.nope}}-{{.s}}", "<no value>-hello"],
  ])("missingkey=default (ignore_missing_template_values): %s", (src, expected) => {
    expect(render(src, "ignore")).toBe(expected);
  });

  test("an imaginary number is rejected as the one unsupported construct", () => {
    expect(() => render("{{1i}}")).toThrow(UnsupportedTemplateError);
    expect(() => render("{{1i}}")).toThrow("imaginary number literal 1i");
  });

  test("an unknown function names the closest known one", () => {
    expect(() => render("{{ indx .list 1 }}")).toThrow('function "indx" not defined (did you mean "index"?)');
  });

  test("the delimiters setting changes what is an action", () => {
    const out = renderTemplate("[[ .s ]] {{ .s }} [[- .i -]] !", DATA, {
      missingKey: "error",
      env: {},
      delimiters: ["[[", "]]"],
    });
    expect(out).toBe("hello {{ .s }}17!");
  });

  test("the table covers at least 150 cases", () => {
    expect(OUTPUTS.length + ERRORS.length).toBeGreaterThanOrEqual(150);
  });
});

describe("limits", () => {
  test("endless template recursion and pathological nesting fail with a template error, not a crash", () => {
    expect(() => render('{{define "T"}}{{template "T" .}}{{end}}{{template "T" 1}}')).toThrow(
      "exceeded maximum template depth",
    );
    expect(() => render(`{{ ${"(".repeat(5000)} }}`)).toThrow(TemplateEvalError);
  });
});
