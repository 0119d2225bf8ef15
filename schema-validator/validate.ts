/**
 * The validator's entry point: checks a synthesized `cdk.tf.json` (any Terraform JSON document)
 * against provider schemas and Terraform's own rules, reporting every problem with its JSON path.
 */
import { checkChecks, checkImports, checkMoved, checkRemoved } from "./addresses";
import { ValidationContext } from "./context";
import { collectDeclarations } from "./declarations";
import { IssueCollector, type SchemaValidationResult } from "./issues";
import { isJsonObject } from "./json-syntax";
import { loadProviderSchemas } from "./load";
import { checkLocals, checkModules, checkOutputs, checkVariables } from "./module-level";
import { checkResources } from "./resources";
import type { SchemaIndex } from "./schema-index";
import { checkProviders, checkTerraformBlock } from "./settings";
import { didYouMean } from "./suggest";

const TOP_LEVEL_KEYS = [
  "check",
  "data",
  "import",
  "locals",
  "module",
  "moved",
  "output",
  "provider",
  "removed",
  "resource",
  "terraform",
  "variable",
];

/**
 * Validates a Terraform JSON document.
 *
 * @param json the document: its text, or the parsed object
 * @param schemas provider schemas (default: the committed ones, via {@link loadProviderSchemas})
 * @returns every error and warning, sorted by JSON path
 */
export function validateTerraformJson(
  json: unknown,
  schemas: SchemaIndex = loadProviderSchemas(),
): SchemaValidationResult {
  let doc = json;
  if (typeof json === "string") {
    try {
      doc = JSON.parse(json) as unknown;
    } catch (e) {
      return invalidDocument(`not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!isJsonObject(doc)) return invalidDocument("a Terraform JSON document must be a JSON object");

  const ctx = new ValidationContext(schemas, collectDeclarations(doc, schemas));
  for (const key of Object.keys(doc).sort()) {
    if (key === "//" || TOP_LEVEL_KEYS.includes(key)) continue;
    if (key === "ephemeral") {
      ctx.report("UNSUPPORTED_CONSTRUCT", key, "ephemeral resources are not supported by the validator");
    } else {
      ctx.report(
        "UNKNOWN_TOP_LEVEL_KEY",
        key,
        `Terraform has no top-level "${key}" block.${didYouMean(key, TOP_LEVEL_KEYS)}`,
      );
    }
  }
  checkTerraformBlock(ctx, doc.terraform);
  checkProviders(ctx, doc.provider);
  checkResources(ctx, "resource", doc.resource);
  checkResources(ctx, "data", doc.data);
  checkVariables(ctx, doc.variable);
  checkOutputs(ctx, doc.output);
  checkLocals(ctx, doc.locals);
  checkModules(ctx, doc.module);
  checkMoved(ctx, doc.moved);
  checkImports(ctx, doc.import);
  checkRemoved(ctx, doc.removed);
  checkChecks(ctx, doc.check);
  return ctx.issues.result();
}

function invalidDocument(message: string): SchemaValidationResult {
  const issues = new IssueCollector();
  issues.report("INVALID_DOCUMENT", "", message);
  return issues.result();
}
