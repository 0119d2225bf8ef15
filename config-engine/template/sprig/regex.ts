/** Sprig v3 regex functions (Go RE2 semantics); `must*` forms return the compile error. */
import type { FunctionLibrary, GoFunction } from "../contract";
import { fixed, int, str } from "./go-values";
import { GoRegexp, quoteMeta } from "./go-regexp";

type RegexRun = (re: GoRegexp, s: string, last: string | number) => ReturnType<GoFunction>;

/**
 * The plain form panics on a bad pattern (MustCompile), the `must` form returns the error.
 * Arguments: (regex, s) or (regex, s, last) where last is an int count or a replacement.
 */
function pair(name: string, n: number, lastIsInt: boolean, run: RegexRun): FunctionLibrary {
  const make =
    (compile: (p: string) => GoRegexp): GoFunction =>
    (args) =>
      run(compile(str(args[0])), str(args[1]), n < 3 ? "" : lastIsInt ? int(args[2]) : str(args[2]));
  const mustName = `must${name[0]?.toUpperCase() ?? ""}${name.slice(1)}`;
  return {
    [name]: fixed(
      name,
      n,
      make((p) => GoRegexp.mustCompile(p)),
    ),
    [mustName]: fixed(
      mustName,
      n,
      make((p) => GoRegexp.compile(p)),
    ),
  };
}

export const REGEX_FUNCTIONS: FunctionLibrary = {
  regexMatch: fixed("regexMatch", 2, (args) => {
    // Sprig ignores a compile error here: a bad pattern never matches.
    try {
      return GoRegexp.compile(str(args[0])).test(str(args[1]));
    } catch {
      return false;
    }
  }),
  mustRegexMatch: fixed("mustRegexMatch", 2, (args) => GoRegexp.compile(str(args[0])).test(str(args[1]))),
  ...pair("regexFindAll", 3, true, (re, s, n) => re.findAll(s, Number(n))),
  ...pair("regexFind", 2, false, (re, s) => re.find(s)),
  ...pair("regexReplaceAll", 3, false, (re, s, repl) => re.replaceAll(s, String(repl))),
  ...pair("regexReplaceAllLiteral", 3, false, (re, s, repl) => re.replaceAllLiteral(s, String(repl))),
  ...pair("regexSplit", 3, true, (re, s, n) => re.split(s, Number(n))),
  regexQuoteMeta: fixed("regexQuoteMeta", 1, (args) => quoteMeta(str(args[0]))),
};
