import { join } from "node:path";
import { runCli } from "../../cli/run";
import { renderDot, renderMermaid, type StackGraph } from "../../diff/graph";

const CONFIG = join(__dirname, "fixtures", "acme");

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli([...argv, "--config-dir", CONFIG], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: __dirname,
    env: {},
  });
  return { code, stdout, stderr };
}

const small: StackGraph = {
  groups: [{ id: "admin", label: 'admin "plat"' }],
  nodes: [
    { id: "vpc", group: "admin", status: "changed" },
    { id: "eks", group: "admin", status: "added" },
    { id: "outside" },
  ],
  edges: [
    { from: "vpc", to: "eks", status: "added" },
    { from: "outside", to: "vpc", status: "removed" },
  ],
};

describe("graph renderers", () => {
  it("draws Mermaid with short node ids, subgraphs, edge states and classes", () => {
    expect(renderMermaid(small)).toBe(
      [
        "flowchart LR",
        '  subgraph g0["admin #quot;plat#quot;"]',
        '    n0["vpc"]',
        '    n1["eks"]',
        "  end",
        '  n2["outside"]',
        "  n0 == added ==> n1",
        "  n2 -. removed .-> n0",
        "  classDef added fill:#dafbe1,stroke:#1a7f37",
        "  class n1 added",
        "  classDef changed fill:#fff8c5,stroke:#9a6700",
        "  class n0 changed",
        "",
      ].join("\n"),
    );
  });

  it("draws DOT with clusters and quoted ids", () => {
    expect(renderDot(small)).toContain(
      'subgraph cluster_0 {\n    label="admin \\"plat\\"";\n    "vpc" [label="vpc"',
    );
  });
});

describe("spacelift-atmos graph", () => {
  it("groups every stack under the admin stack that manages it", async () => {
    const r = await cli(["graph"]);
    expect(r.stdout).toMatch(
      /subgraph g\d+\["managed by plat-gbl-spacelift-admin-stack"\]\n(?: {4}n\d+\["plat-ue1-[a-z]+-[a-z]+"\]\n){8} {2}end/,
    );
  });

  it("draws dependencies upstream to dependent", async () => {
    const r = await cli(["graph", "--format", "dot"]);
    expect(r.stdout).toContain('"plat-ue1-dev-vpc" -> "plat-ue1-dev-eks";');
  });

  it("fails with a usage error on an unknown format", async () => {
    expect((await cli(["graph", "--format", "svg"])).code).toBe(2);
  });
});
