/**
 * Model fixture trees (`__tests__/fixtures/model/<case>/`): a real atmos config resolved by the
 * engine, and `expected.json` stating the Spacelift stacks (fields of `describe spacelift`), the
 * stacks that are not synthesized, the stacks listed with no manager (exact ids and fields), the
 * warnings, or the errors.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel } from "../../app/load";
import { isDiagnosticError, type Diagnostic } from "../../config-engine/diagnostics";
import { describeSpaceliftStack, describeUnmanagedStack } from "../../cli/commands/describe-spacelift";

interface Expected {
  description: string;
  stacks?: Record<string, Record<string, unknown>>;
  absent?: string[];
  /** Every stack atmos produces that no admin stack creates, exactly (legacy layout, orphans). */
  unmanagedIds?: string[];
  /** `describe spacelift` fields of some of them. */
  unmanaged?: Record<string, Record<string, unknown>>;
  warnings?: string[];
  errors?: Array<{
    code: string;
    message?: string;
    file?: string;
    line?: number;
    col?: number;
    keyPath?: string;
  }>;
}

const DIR = join(__dirname, "..", "fixtures", "model");
const cases = readdirSync(DIR).sort();

describe.each(cases)("model fixture %s", (name) => {
  const expected = JSON.parse(readFileSync(join(DIR, name, "expected.json"), "utf8")) as Expected;
  const cwd = join(DIR, name);
  const run = (): ReturnType<typeof loadModel> => loadModel({ cwd, env: {} });

  it(expected.description, () => {
    if (expected.errors) {
      let diagnostics: readonly Diagnostic[] = [];
      try {
        run();
      } catch (e) {
        if (!isDiagnosticError(e)) throw e;
        diagnostics = e.diagnostics;
      }
      expect(
        diagnostics.map((d) => ({
          code: d.code,
          message: d.message,
          file: d.location?.file,
          line: d.location?.line,
          col: d.location?.col,
          keyPath: d.keyPath,
        })),
      ).toEqual(expected.errors.map((e) => expect.objectContaining(e) as unknown));
      return;
    }
    const model = run();
    for (const [id, fields] of Object.entries(expected.stacks ?? {})) {
      const stack = model.stack(id);
      expect({ id, found: stack !== undefined }).toEqual({ id, found: true });
      expect(describeSpaceliftStack(stack!)).toMatchObject(fields);
    }
    for (const id of expected.absent ?? []) expect(model.stack(id)).toBeUndefined();
    const unmanaged = new Map(model.unmanagedStacks.map((s) => [s.id, s]));
    if (expected.unmanagedIds) expect([...unmanaged.keys()]).toEqual(expected.unmanagedIds);
    for (const [id, fields] of Object.entries(expected.unmanaged ?? {})) {
      expect({ id, found: unmanaged.has(id) }).toEqual({ id, found: true });
      expect(describeUnmanagedStack(unmanaged.get(id)!)).toMatchObject(fields);
    }
    // A stack is listed without a manager exactly when ownership says why (and never synthesized).
    const why = model.warnings.some((w) => w.code === "ORPHAN_STACK" || w.code === "NO_ROOT_ADMIN_STACK");
    expect({ unmanaged: unmanaged.size > 0 }).toEqual({ unmanaged: why });
    for (const id of unmanaged.keys()) expect(model.stack(id)).toBeUndefined();
    // Every fixture's admin stacks set `administrative: true`, so that translation warning is ambient.
    const codes = new Set(model.warnings.map((w) => w.code).filter((c) => c !== "ADMINISTRATIVE_TRANSLATED"));
    expect([...codes].sort()).toEqual([...(expected.warnings ?? [])].sort());
  });
});
