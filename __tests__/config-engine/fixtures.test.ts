import { isDiagnosticError } from "../../config-engine";
import type { JsonMap } from "../../config-engine/types";
import { expectation, fixtureNames, runFixture } from "./fixture-harness";

describe("engine fixtures", () => {
  test.each(fixtureNames())("%s", (name) => {
    const exp = expectation(name);
    const result = runFixture(name);
    if (exp.error) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const [first] = result.diagnostics;
      const { file, line, col, message, ...rest } = exp.error;
      expect(first).toMatchObject(rest);
      if (file !== undefined) expect(first?.location?.file).toBe(file);
      if (line !== undefined) expect(first?.location?.line).toBe(line);
      if (col !== undefined) expect(first?.location?.col).toBe(col);
      if (message !== undefined) expect(first?.message).toContain(message);
      return;
    }
    if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.code} ${d.message}`).join("\n"));
    if (exp.stacks) expect(result.stacks).toEqual(exp.stacks);
    for (const [key, fields] of Object.entries(exp.components ?? {})) {
      const [stack, component] = key.split("::") as [string, string];
      const actual = result.describe(component, stack);
      for (const [field, value] of Object.entries(fields)) {
        expect({ [`${key} ${field}`]: actual[field] }).toEqual({ [`${key} ${field}`]: value });
      }
    }
    for (const [key, fields] of Object.entries(exp.describeStacks ?? {})) {
      const [stack, component] = key.split("::") as [string, string];
      const stackEntry = result.all[stack] as
        { components: Record<string, Record<string, JsonMap>> } | undefined;
      const kinds = Object.values(stackEntry?.components ?? {});
      const actual = kinds.find((k) => k[component] !== undefined)?.[component] ?? {};
      for (const [field, value] of Object.entries(fields)) {
        expect({ [`${key} ${field}`]: actual[field] }).toEqual({ [`${key} ${field}`]: value });
      }
    }
    for (const [key, err] of Object.entries(exp.componentErrors ?? {})) {
      const [stack, component] = key.split("::") as [string, string];
      let thrown: unknown;
      try {
        result.describe(component, stack);
      } catch (e) {
        thrown = e;
      }
      expect(isDiagnosticError(thrown)).toBe(true);
      if (!isDiagnosticError(thrown)) continue;
      expect(thrown.diagnostics[0]?.code).toBe(err.code);
      if (err.message !== undefined) expect(thrown.diagnostics[0]?.message).toContain(err.message);
    }
    for (const w of exp.warnings ?? []) {
      const hit = result.warnings.find(
        (d) => d.code === w.code && (w.message === undefined || d.message.includes(w.message)),
      );
      expect({ warning: w, found: hit !== undefined }).toEqual({ warning: w, found: true });
    }
    for (const key of exp.absent ?? []) {
      const [stack, component] = key.split("::") as [string, string];
      expect(() => result.describe(component, stack)).toThrow();
    }
  });
});
