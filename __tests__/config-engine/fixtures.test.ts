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
    for (const key of exp.absent ?? []) {
      const [stack, component] = key.split("::") as [string, string];
      expect(() => result.describe(component, stack)).toThrow();
    }
  });
});
