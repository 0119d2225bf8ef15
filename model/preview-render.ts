/**
 * The one textual form of an environment file: a fixed header, keys sorted, every string
 * double-quoted (an all-digit id such as "0123456" must stay a string), so writing the same
 * values twice gives the same bytes and `upsert` can tell "unchanged" from "updated".
 */
import { stringify } from "yaml";
import type { EnvironmentFile } from "./preview-schema";

const HEADER = [
  "# One preview environment, written by `spacelift-atmos preview-env upsert` and removed by",
  "# `preview-env delete` when its pull request closes. Deleting this file destroys the environment.",
  "",
].join("\n");

/** Renders an environment file. */
export function renderEnvironmentFile(file: EnvironmentFile): string {
  return (
    HEADER +
    stringify(sortKeys(file), { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" })
  );
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(obj)
      .sort()
      .map((k) => [k, sortKeys(obj[k])]),
  );
}
