/**
 * PLACEHOLDER until the tpl-funcs branch lands: Gomplate's functions, keyed by their full
 * namespaced name as templates write them (`strings.Title`, `conv.ToBool`, `data.JSON`); the
 * parser reads `strings.Title` as one function name. The tpl-funcs engineer replaces this file.
 */
import type { FunctionLibrary } from "../contract";

/** Gomplate's functions by namespaced name (`gomplate.CreateFuncs`). */
export const GOMPLATE_FUNCTIONS: FunctionLibrary = {};
