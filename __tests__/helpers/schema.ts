/**
 * Jest helper: every synthesized stack in the project goes through the schema validator.
 *
 *   expectValidAgainstSchemas(stack);                 // a TerraformStack
 *   expectValidAgainstSchemas(Testing.synth(stack));  // synthesized JSON text or a parsed object
 *   expectValidAgainstSchemas("cdktf.out/stacks/x");  // a stack directory (or its cdk.tf.json)
 *   expect(stack).toBeValidAgainstSchemas();          // the same, as a matcher
 *
 * Warnings (deprecated attributes, write-only reads, version mismatches) fail too unless allowed;
 * SENSITIVE_LITERAL is allowed by default because providers mark non-secret values sensitive
 * (`spacelift_environment_variable.value` holds ATMOS_STACK); pass `allowWarnings: []` to fail on it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { TerraformStack, Testing } from "cdktf";

import {
  type SchemaIndex,
  type SchemaIssue,
  type SchemaIssueCode,
  type SchemaValidationResult,
  formatSchemaIssues,
  loadProviderSchemas,
  validateTerraformJson,
} from "../../schema-validator";

/** What the helper accepts: JSON text, a parsed document, a stack, or a path to synthesized output. */
export type SynthesizedInput = string | object | TerraformStack;

/** Options of {@link expectValidAgainstSchemas}. */
export interface SchemaExpectationOptions {
  /**
   * Warnings that do not fail the expectation: `true` for all, or a list of codes.
   * @default ["SENSITIVE_LITERAL"]
   */
  readonly allowWarnings?: boolean | readonly SchemaIssueCode[];
  /**
   * Schemas to validate against.
   * @default - the committed schemas (loadProviderSchemas())
   */
  readonly schemas?: SchemaIndex;
}

/** Resolves any accepted input to the parsed Terraform JSON document. */
export function synthesizedDocument(input: SynthesizedInput): unknown {
  // With cdktf's app validations, so a construct missing its provider cannot pass.
  if (TerraformStack.isStack(input)) return JSON.parse(Testing.synth(input, true)) as unknown;
  if (typeof input !== "string") return input;
  const text = input.trimStart();
  if (text.startsWith("{")) return JSON.parse(text) as unknown;
  const file = existsSync(input) && statSync(input).isDirectory() ? join(input, "cdk.tf.json") : input;
  if (!existsSync(file)) {
    throw new Error(
      `expectValidAgainstSchemas: ${JSON.stringify(input)} is neither JSON text nor a synthesized stack path`,
    );
  }
  return JSON.parse(readFileSync(file, "utf8")) as unknown;
}

/** Validates any accepted input against the schemas. */
export function validateSynthesized(input: SynthesizedInput, schemas?: SchemaIndex): SchemaValidationResult {
  return validateTerraformJson(synthesizedDocument(input), schemas ?? loadProviderSchemas());
}

const DEFAULT_ALLOWED_WARNINGS: readonly SchemaIssueCode[] = ["SENSITIVE_LITERAL"];

/** The issues that make an expectation fail under `options`. */
function failingIssues(result: SchemaValidationResult, options: SchemaExpectationOptions): SchemaIssue[] {
  const allow = options.allowWarnings ?? DEFAULT_ALLOWED_WARNINGS;
  const warnings = result.warnings.filter(
    (w) => allow !== true && (allow === false || !allow.includes(w.code)),
  );
  return [...result.errors, ...warnings];
}

function describeInput(input: SynthesizedInput): string {
  if (TerraformStack.isStack(input)) return `stack "${input.node.id}"`;
  return typeof input === "string" && !input.trimStart().startsWith("{") ? input : "the synthesized JSON";
}

function failureMessage(input: SynthesizedInput, issues: readonly SchemaIssue[]): string {
  return `${describeInput(input)} does not pass the schema validator (${issues.length} issue(s)):\n${formatSchemaIssues(issues)}`;
}

/**
 * Fails the test, listing every issue, unless `input` passes the schema validator.
 * Returns the result so a test can assert more (e.g. the warnings it allowed).
 */
export function expectValidAgainstSchemas(
  input: SynthesizedInput,
  options: SchemaExpectationOptions = {},
): SchemaValidationResult {
  const result = validateSynthesized(input, options.schemas);
  const issues = failingIssues(result, options);
  if (issues.length > 0) throw new Error(failureMessage(input, issues));
  return result;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** Passes when the stack, JSON or synthesized directory passes the schema validator. */
      toBeValidAgainstSchemas(options?: SchemaExpectationOptions): R;
    }
  }
}

// Registered when loaded by jest; scripts may import the helpers outside jest.
if (typeof expect !== "undefined") {
  expect.extend({
    toBeValidAgainstSchemas(received: SynthesizedInput, options: SchemaExpectationOptions = {}) {
      const issues = failingIssues(validateSynthesized(received, options.schemas), options);
      return {
        pass: issues.length === 0,
        message: () =>
          issues.length === 0
            ? `expected ${describeInput(received)} to fail the schema validator, but it passed`
            : failureMessage(received, issues),
      };
    },
  });
}
