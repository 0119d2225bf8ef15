import { parse } from "yaml";
import { join } from "node:path";
import { render } from "../../cli/format";
import { runCli } from "../../cli/run";

describe("render", () => {
  it("prints YAML without anchors or aliases, as atmos does, even when values are shared", () => {
    const shared = { region: "us-east-1", tags: ["a", "b"] };
    const text = render({ one: { vars: shared }, two: { vars: shared } }, "yaml");
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text).toBe(
      "one:\n  vars:\n    region: us-east-1\n    tags:\n      - a\n      - b\ntwo:\n  vars:\n    region: us-east-1\n    tags:\n      - a\n      - b\n",
    );
    expect(parse(text)).toEqual({ one: { vars: shared }, two: { vars: shared } });
  });

  it("sorts keys at every level", () => {
    expect(render({ b: 1, a: { d: 1, c: 2 } }, "json")).toBe(
      '{\n  "a": {\n    "c": 2,\n    "d": 1\n  },\n  "b": 1\n}\n',
    );
  });
});

describe("describe stacks --format yaml", () => {
  it("has no anchors or aliases (the embedded example shares many values between components)", async () => {
    let out = "";
    const code = await runCli(["describe", "stacks"], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      cwd: join(__dirname, "..", ".."),
      env: {},
    });
    expect(code).toBe(0);
    expect(out.length).toBeGreaterThan(1000);
    expect(out).not.toMatch(/(^|\s)[&*]a\d+\b/m);
  });
});

describe("describe stacks -s with no match", () => {
  it("prints atmos's {} with exit 0, and says on stderr that nothing matched, with did-you-mean", async () => {
    let out = "";
    let err = "";
    const code = await runCli(["describe", "stacks", "-s", "plat-ue1-dve", "--format", "json"], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      cwd: join(__dirname, "..", ".."),
      env: {},
    });
    expect(code).toBe(0);
    expect(out).toBe("{}\n");
    expect(err).toMatch(/^no stack matched 'plat-ue1-dve'\. Did you mean 'plat-ue1-dev'\?/);
  });
});
