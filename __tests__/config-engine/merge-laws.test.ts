import fc from "fast-check";
import { deepMerge, markAppend } from "../../config-engine";
import type { JsonMap, JsonValue, ListMergeStrategy } from "../../config-engine/types";

const key = fc.constantFrom("a", "b", "c", "list", "__proto__", "constructor");
const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
const value: fc.Arbitrary<JsonValue> = fc.letrec<{ v: JsonValue; m: JsonMap }>((tie) => ({
  v: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("v"), { maxLength: 3 }), tie("m")),
  m: fc.dictionary(key, tie("v"), { maxKeys: 4, noNullPrototype: true }),
})).v;
const map = fc.dictionary(key, value, { maxKeys: 4, noNullPrototype: true }) as fc.Arbitrary<JsonMap>;
const strategy = fc.constantFrom<ListMergeStrategy>("replace", "append", "merge");

describe("atmos deep-merge laws", () => {
  test("an empty map is an identity on either side", () => {
    fc.assert(
      fc.property(map, strategy, (m, s) => {
        expect(deepMerge([{}, m], s)).toEqual(m);
        expect(deepMerge([m, {}], s)).toEqual(m);
      }),
    );
  });

  test("a later scalar (including null) always wins", () => {
    fc.assert(
      fc.property(map, key, scalar, strategy, (m, k, v, s) => {
        const over: JsonMap = {};
        Object.defineProperty(over, k, { value: v, enumerable: true, writable: true, configurable: true });
        const merged = deepMerge([m, over], s);
        expect(Object.prototype.hasOwnProperty.call(merged, k)).toBe(true);
        expect(merged[k]).toBe(v);
      }),
    );
  });

  test("keys of both inputs survive, and nothing else appears", () => {
    fc.assert(
      fc.property(map, map, strategy, (a, b, s) => {
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        expect(new Set(Object.keys(deepMerge([a, b], s)))).toEqual(keys);
      }),
    );
  });

  test("inputs are never mutated and the prototype is never changed", () => {
    fc.assert(
      fc.property(map, map, strategy, (a, b, s) => {
        const before = JSON.stringify([a, b]);
        const merged = deepMerge([a, b], s);
        expect(JSON.stringify([a, b])).toBe(before);
        expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
      }),
    );
  });

  test("append concatenates lists: the length is the sum", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), fc.array(value, { maxLength: 5 }), (x, y) => {
        const merged = deepMerge([{ list: x }, { list: y }], "append");
        expect(merged.list).toEqual([...x, ...y]);
      }),
    );
  });

  test("merge keeps the earlier list's length and its non-map elements", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), fc.array(value, { maxLength: 5 }), (x, y) => {
        const merged = deepMerge([{ list: x }, { list: y }], "merge").list as JsonValue[];
        expect(merged).toHaveLength(x.length);
        x.forEach((e, i) => {
          if (typeof e !== "object" || e === null || Array.isArray(e)) expect(merged[i]).toEqual(e);
        });
      }),
    );
  });

  test("replace takes the later list whole", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 5 }), fc.array(value, { maxLength: 5 }), (x, y) => {
        expect(deepMerge([{ list: x }, { list: y }], "replace").list).toEqual(y);
      }),
    );
  });

  test("a list tagged !append appends whatever the strategy", () => {
    fc.assert(
      fc.property(
        fc.array(scalar, { maxLength: 4 }),
        fc.array(scalar, { maxLength: 4 }),
        strategy,
        (x, y, s) => {
          expect(deepMerge([{ list: x }, { list: markAppend([...y]) }], s).list).toEqual([...x, ...y]);
        },
      ),
    );
  });
});
