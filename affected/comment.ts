/**
 * `trigger comment`: the pull-request comment that the GIT_PUSH Plan Affected policy reacts
 * to, byte for byte what `cloudposse/github-action-atmos-affected-trigger-spacelift`'s
 * `scripts/spacelift-generate-pr-comment-body.sh` writes (GNU `sed` inserts the header text plus
 * its own newline, hence the two blank lines before the first command):
 *
 *     /spacelift summary
 *
 *     <details><summary>Spacelift Triggered Stacks (N)</summary>
 *
 *
 *     /spacelift <stack-id> preview
 *     </details>
 *
 * and the equivalent `spacectl stack preview|deploy --id <id> --sha <sha>` lines. Only items with a
 * `spacelift_stack` are triggered; a deleted stack cannot be previewed or deployed (its admin stack
 * removes it), so deleted items are returned apart for the caller to report.
 */
import { z } from "zod";
import { DiagnosticError } from "../config-engine/diagnostics";
import { SLUG_PATTERN } from "../model/stack-names";
import { AffectedErrors } from "./errors";
import type { AffectedItem } from "./types";

/** What the comment asks Spacelift to do. */
export type TriggerVerb = "preview" | "deploy";

/** The stacks to trigger and the deleted ones that cannot be. */
export interface TriggerPlan {
  /** Spacelift stack ids, in input order, de-duplicated. */
  readonly stackIds: readonly string[];
  /** Spacelift stack ids of deleted items. */
  readonly deletedStackIds: readonly string[];
}

/** The subset of an affected item the triggers read. */
export interface TriggerItem {
  readonly spaceliftStack?: string;
  readonly deleted?: boolean;
}

/** Splits items into triggerable stack ids and deleted ones. */
export function triggerPlan(items: readonly TriggerItem[]): TriggerPlan {
  const stackIds: string[] = [];
  const deletedStackIds: string[] = [];
  for (const item of items) {
    const id = item.spaceliftStack;
    if (id === undefined) continue;
    const list = item.deleted === true ? deletedStackIds : stackIds;
    if (!list.includes(id)) list.push(id);
  }
  return { stackIds, deletedStackIds };
}

/** The comment body; empty when nothing is triggered (the action posts no comment then). */
export function renderComment(stackIds: readonly string[], verb: TriggerVerb): string {
  if (stackIds.length === 0) return "";
  return (
    `/spacelift summary\n\n<details><summary>Spacelift Triggered Stacks (${stackIds.length})</summary>\n\n\n` +
    stackIds.map((id) => `/spacelift ${id} ${verb}\n`).join("") +
    "</details>\n"
  );
}

/** One `spacectl stack <verb> --id <id> --sha <sha>` line per stack. */
export function renderSpacectl(stackIds: readonly string[], verb: TriggerVerb, sha: string): string {
  return stackIds.map((id) => `spacectl stack ${verb} --id ${id} --sha ${sha}\n`).join("");
}

const itemSchema = z.object({
  spacelift_stack: z.string().nullish(),
  deleted: z.boolean().nullish(),
});
const fileSchema = z.union([z.array(itemSchema), z.object({ include: z.array(itemSchema) })]);

/**
 * Reads a `describe affected` result (the JSON list, or the `{"include": [...]}` matrix). Stack ids
 * must be Spacelift slugs: anything else could smuggle extra commands into the comment or the shell.
 */
export function parseAffectedJson(text: string, file: string): TriggerItem[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DiagnosticError([
      AffectedErrors.affectedFileInvalid(file, e instanceof Error ? e.message : String(e)),
    ]);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw new DiagnosticError([
      AffectedErrors.affectedFileInvalid(file, `${issue?.message ?? "unexpected shape"}${where}`),
    ]);
  }
  const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.include;
  return list.map((x, i) => {
    const id = x.spacelift_stack ?? undefined;
    if (id !== undefined && !SLUG_PATTERN.test(id)) {
      throw new DiagnosticError([
        AffectedErrors.affectedFileInvalid(
          file,
          `item ${i}: spacelift_stack '${id}' is not a Spacelift stack id`,
        ),
      ]);
    }
    return {
      ...(id !== undefined ? { spaceliftStack: id } : {}),
      ...(x.deleted === true ? { deleted: true } : {}),
    };
  });
}

/** Items of an in-process run, as trigger items. */
export function triggerItems(items: readonly AffectedItem[]): TriggerItem[] {
  return items.map((i) => ({
    ...(i.spaceliftStack !== undefined ? { spaceliftStack: i.spaceliftStack } : {}),
    ...(i.deleted ? { deleted: true } : {}),
  }));
}
