/** `templates.settings` of atmos.yaml, as atmos reads it (`schema.TemplatesSettings`). */
import { TemplateEvalError } from "./ast";
import type { JsonMap, JsonValue } from "../types";

export interface TemplateSettings {
  /** `enabled`: render templates in component sections (describe). */
  readonly enabled: boolean;
  /** `sprig.enabled` */
  readonly sprig: boolean;
  /** `gomplate.enabled` */
  readonly gomplate: boolean;
  /** `evaluations`: how many times a section is rendered (atmos: `lo.Coalesce(n, 1)`). */
  readonly evaluations: number;
  /** `delimiters` (left, right). */
  readonly delimiters: readonly [string, string];
  /** `gomplate.datasources`: alias → URL. */
  readonly datasources: Readonly<Record<string, { readonly url: string }>>;
}

const DEFAULT_DELIMITERS: readonly [string, string] = ["{{", "}}"];

function map(v: JsonValue | undefined): JsonMap {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : {};
}

const cache = new WeakMap<JsonMap, TemplateSettings>();

/** Reads `templates.settings` from the raw atmos.yaml map. Throws TemplateEvalError for bad delimiters. */
export function templateSettings(raw: JsonMap): TemplateSettings {
  const hit = cache.get(raw);
  if (hit) return hit;
  const s = map(map(raw.templates).settings);
  const delims = s.delimiters;
  let delimiters = DEFAULT_DELIMITERS;
  if (Array.isArray(delims) && delims.length > 0) {
    const [l, r] = delims;
    if (delims.length !== 2 || typeof l !== "string" || typeof r !== "string" || l === "" || r === "") {
      throw new TemplateEvalError(
        `invalid 'templates.settings.delimiters' config in 'atmos.yaml': ${JSON.stringify(delims)}: 'delimiters' must be an array with two string items: left and right delimiter; the left and right delimiters must not be an empty string`,
      );
    }
    if (l !== "{{" || r !== "}}") delimiters = [l, r];
  }
  const evaluations = typeof s.evaluations === "number" && s.evaluations > 0 ? Math.floor(s.evaluations) : 1;
  const gomplate = map(s.gomplate);
  const datasources: Record<string, { url: string }> = {};
  for (const [alias, v] of Object.entries(map(gomplate.datasources))) {
    const url = map(v).url;
    if (typeof url === "string") datasources[alias] = { url };
  }
  const settings: TemplateSettings = {
    enabled: s.enabled === true,
    sprig: map(s.sprig).enabled === true,
    gomplate: gomplate.enabled === true,
    evaluations,
    delimiters,
    datasources,
  };
  cache.set(raw, settings);
  return settings;
}
