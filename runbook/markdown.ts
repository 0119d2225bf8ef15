/** Markdown tables laid out the way prettier formats them, so generated files pass `prettier --check`. */

/** A GitHub table with every column padded to its widest cell; `|` in cells is escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const cells = [header, ...rows].map((row) => row.map((c) => c.replaceAll("|", "\\|")));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => width(row[i] ?? ""))));
  const line = (row: readonly string[]): string =>
    `| ${widths.map((w, i) => pad(row[i] ?? "", w)).join(" | ")} |`;
  const [head, ...body] = cells;
  return [line(head!), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...body.map(line)];
}

/** Display width: code points (the text is ASCII plus a few narrow symbols such as — and →). */
function width(s: string): number {
  return [...s].length;
}

function pad(s: string, w: number): string {
  return s + " ".repeat(w - width(s));
}
