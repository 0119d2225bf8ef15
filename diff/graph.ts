/**
 * A picture of Spacelift stacks: nodes grouped (by admin stack, or by stage in the promotion view)
 * with dependency edges drawn upstream → dependent ("runs before"). Rendered as Mermaid (GitHub
 * draws it in PR comments) or DOT, always in the same order for the same input.
 */

/** How a node or edge changed, when the graph shows a diff. */
export type GraphStatus = "added" | "removed" | "changed" | "renamed" | "replaced" | "unchanged";

/** One stack. */
export interface GraphNode {
  readonly id: string;
  /** @default - the id */
  readonly label?: string;
  /** Group id (see {@link StackGraph.groups}); none = top level. */
  readonly group?: string;
  readonly status?: GraphStatus;
}

/** A dependency: `from` must run before `to`. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly status?: GraphStatus;
  /** Through stacks the picture leaves out (drawn dotted). */
  readonly indirect?: boolean;
}

/** Nodes, edges and ordered groups. */
export interface StackGraph {
  readonly groups: readonly { readonly id: string; readonly label: string }[];
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Output formats of the graph commands. */
export type GraphFormat = "mermaid" | "dot";

const MERMAID_CLASSES: Readonly<Record<Exclude<GraphStatus, "unchanged">, string>> = {
  added: "fill:#dafbe1,stroke:#1a7f37",
  removed: "fill:#ffebe9,stroke:#cf222e,stroke-dasharray:4 3",
  changed: "fill:#fff8c5,stroke:#9a6700",
  renamed: "fill:#ddf4ff,stroke:#0969da",
  replaced: "fill:#ffebe9,stroke:#cf222e",
};

const DOT_STYLES: Readonly<Record<Exclude<GraphStatus, "unchanged">, string>> = {
  added: 'style=filled, fillcolor="#dafbe1", color="#1a7f37"',
  removed: 'style="filled,dashed", fillcolor="#ffebe9", color="#cf222e"',
  changed: 'style=filled, fillcolor="#fff8c5", color="#9a6700"',
  renamed: 'style=filled, fillcolor="#ddf4ff", color="#0969da"',
  replaced: 'style=filled, fillcolor="#ffebe9", color="#cf222e"',
};

/** Renders in the given format. */
export function renderGraph(graph: StackGraph, format: GraphFormat): string {
  return format === "mermaid" ? renderMermaid(graph) : renderDot(graph);
}

/** Stable short ids (`n0`, `n1`, … in node order): stack ids may hold characters Mermaid parses. */
function shortIds(graph: StackGraph): Map<string, string> {
  return new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
}

/** Mermaid `flowchart LR` source (without the code fence). */
export function renderMermaid(graph: StackGraph): string {
  const ids = shortIds(graph);
  const lines = ["flowchart LR"];
  // An empty picture says so instead of rendering as a blank box.
  if (graph.nodes.length === 0) return `${lines[0]}\n  empty["(no stacks to draw)"]\n`;
  const node = (n: GraphNode): string => `${ids.get(n.id)!}["${mermaidText(n.label ?? n.id)}"]`;
  graph.groups.forEach((g, i) => {
    const members = graph.nodes.filter((n) => n.group === g.id);
    if (members.length === 0) return;
    lines.push(`  subgraph g${i}["${mermaidText(g.label)}"]`);
    for (const n of members) lines.push(`    ${node(n)}`);
    lines.push("  end");
  });
  for (const n of graph.nodes.filter((n) => !graph.groups.some((g) => g.id === n.group)))
    lines.push(`  ${node(n)}`);
  for (const e of graph.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (from === undefined || to === undefined) continue;
    const arrow =
      e.status === "removed"
        ? "-. removed .->"
        : e.status === "added"
          ? "== added ==>"
          : e.indirect
            ? "-. indirect .->"
            : "-->";
    lines.push(`  ${from} ${arrow} ${to}`);
  }
  for (const [status, style] of Object.entries(MERMAID_CLASSES)) {
    const members = graph.nodes.filter((n) => n.status === status).map((n) => ids.get(n.id)!);
    if (members.length === 0) continue;
    lines.push(`  classDef ${status} ${style}`);
    lines.push(`  class ${members.join(",")} ${status}`);
  }
  return lines.join("\n") + "\n";
}

/** Graphviz DOT source. */
export function renderDot(graph: StackGraph): string {
  const lines = ["digraph spacelift {", "  rankdir=LR;", '  node [shape=box, fontname="Helvetica"];'];
  if (graph.nodes.length === 0)
    return `${lines.join("\n")}\n  empty [label="(no stacks to draw)", shape=plaintext];\n}\n`;
  const node = (n: GraphNode, indent: string): string => {
    const style = n.status && n.status !== "unchanged" ? `, ${DOT_STYLES[n.status]}` : "";
    return `${indent}${dotText(n.id)} [label=${dotText(n.label ?? n.id)}${style}];`;
  };
  graph.groups.forEach((g, i) => {
    const members = graph.nodes.filter((n) => n.group === g.id);
    if (members.length === 0) return;
    lines.push(`  subgraph cluster_${i} {`, `    label=${dotText(g.label)};`);
    for (const n of members) lines.push(node(n, "    "));
    lines.push("  }");
  });
  for (const n of graph.nodes.filter((n) => !graph.groups.some((g) => g.id === n.group)))
    lines.push(node(n, "  "));
  for (const e of graph.edges) {
    const style =
      e.status === "removed"
        ? ' [style=dashed, color="#cf222e", label="removed"]'
        : e.status === "added"
          ? ' [penwidth=2, color="#1a7f37", label="added"]'
          : e.indirect
            ? ' [style=dotted, label="indirect"]'
            : "";
    lines.push(`  ${dotText(e.from)} -> ${dotText(e.to)}${style};`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}

function mermaidText(text: string): string {
  return text.replace(/"/g, "#quot;");
}

function dotText(text: string): string {
  return JSON.stringify(text);
}
