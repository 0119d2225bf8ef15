/**
 * State shared by one validation run: the schemas, what the document declares, the collected issues,
 * and the expression scope a value is evaluated in.
 */
import { lexExpression, lexTemplate } from "./expressions/lexer";
import { type ExpressionFacts, factsOfPieces, factsOfTokens, type Reference } from "./expressions/references";
import { IssueCollector, type SchemaIssueCode, childPath } from "./issues";
import { isJsonObject } from "./json-syntax";
import type { SchemaBlock } from "./provider-schema";
import { checkFunctionCall, checkReference } from "./reference-check";
import type { SchemaIndex } from "./schema-index";
import { type ProviderLookup, providerEntry } from "./type-lookup";

/** A declared resource, data source or module instance set. */
export interface InstanceDecl {
  readonly count: boolean;
  readonly forEach: boolean;
  /** The schema block, when the type is known. */
  readonly block?: SchemaBlock;
}

/** Everything the document declares, collected before any value is checked. */
export interface Declarations {
  readonly resources: ReadonlyMap<string, ReadonlyMap<string, InstanceDecl>>;
  readonly dataSources: ReadonlyMap<string, ReadonlyMap<string, InstanceDecl>>;
  readonly variables: ReadonlySet<string>;
  readonly locals: ReadonlySet<string>;
  readonly modules: ReadonlyMap<string, InstanceDecl>;
  /** Provider local name → `required_providers` entry. */
  readonly requiredProviders: ReadonlyMap<string, { readonly source: string; readonly version?: string }>;
  /** Provider local name → declared aliases ("" for the default configuration). */
  readonly providerConfigs: ReadonlyMap<string, ReadonlySet<string>>;
}

/** What names an expression may use where it appears. */
export interface Scope {
  /** `count.index` is available. */
  readonly count: boolean;
  /** `each.key` / `each.value` are available. */
  readonly forEach: boolean;
  /**
   * `self` is available (provisioners, connection, postconditions): the enclosing resource, with its
   * schema block when the type is known.
   */
  readonly self?: { readonly block?: SchemaBlock; readonly label: string };
  /** Names bound by enclosing `dynamic` blocks (`<iterator>.key` / `.value`). */
  readonly iterators: ReadonlySet<string>;
  /** When set, no template is allowed here; the text says why. */
  readonly noTemplates?: string;
}

/** The scope of module-level values (locals, outputs, provider configurations). */
export const MODULE_SCOPE: Scope = { count: false, forEach: false, iterators: new Set() };

/** One validation run. */
export class ValidationContext {
  readonly issues = new IssueCollector();

  constructor(
    readonly schemas: SchemaIndex,
    readonly decls: Declarations,
  ) {}

  report(code: SchemaIssueCode, path: string, message: string, hint?: string): void {
    this.issues.report(code, path, message, hint);
  }

  /** The schema entry for a provider local name (`aws`, `spacelift`, `terraform`). */
  providerEntry(local: string): ProviderLookup {
    return providerEntry(this.schemas, this.decls.requiredProviders, local);
  }

  /**
   * Checks a JSON string as a Terraform template: syntax, references and function calls. Returns
   * true when it is a plain literal (no interpolation or directive).
   */
  checkTemplate(str: string, path: string, scope: Scope): boolean {
    const lexed = lexTemplate(str);
    for (const e of lexed.errors) this.report("EXPRESSION_SYNTAX", path, `${e} in ${JSON.stringify(str)}`);
    if (lexed.pieces.length === 0) return lexed.errors.length === 0;
    if (scope.noTemplates !== undefined) {
      this.report(
        "INVALID_META_ARGUMENT",
        path,
        `${JSON.stringify(str)} is a template, but ${scope.noTemplates}`,
      );
      return false;
    }
    this.checkFacts(factsOfPieces(str, lexed.pieces), path, scope);
    return false;
  }

  /**
   * Parses a bare reference such as a `depends_on` entry (`aws_s3_bucket.state`), which Terraform
   * requires to be a static traversal. Returns it, or undefined after reporting why it is not one.
   */
  staticReference(value: unknown, path: string, what: string): Reference | undefined {
    const bad = (why: string): undefined => {
      this.report(
        "INVALID_META_ARGUMENT",
        path,
        `${what} must be a static reference like "aws_s3_bucket.state", ${why}`,
      );
      return undefined;
    };
    if (typeof value !== "string") return bad(`got ${JSON.stringify(value)}`);
    if (value.includes("${")) return bad(`got the template ${JSON.stringify(value)} (drop the \${ })`);
    const { tokens, errors } = lexExpression(value);
    if (errors.length > 0) return bad(`got ${JSON.stringify(value)} (${errors.join("; ")})`);
    const facts: ExpressionFacts = factsOfTokens(value, tokens);
    const only = facts.references[0];
    if (
      facts.functions.length > 0 ||
      facts.references.length !== 1 ||
      only === undefined ||
      only.text !== value.trim()
    ) {
      return bad(`got ${JSON.stringify(value)}`);
    }
    return only;
  }

  /** Checks every string (object keys included) inside an arbitrary JSON value. */
  walkStrings(value: unknown, path: string, scope: Scope): void {
    if (typeof value === "string") {
      this.checkTemplate(value, path, scope);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => this.walkStrings(v, childPath(path, i), scope));
    } else if (isJsonObject(value)) {
      for (const key of Object.keys(value).sort()) {
        const p = childPath(path, key);
        if (key.includes("{")) this.checkTemplate(key, p, scope);
        this.walkStrings(value[key], p, scope);
      }
    }
  }

  checkFacts(facts: ExpressionFacts, path: string, scope: Scope): void {
    for (const f of facts.functions) checkFunctionCall(this, f, path);
    for (const r of facts.references) checkReference(this, r, path, scope);
  }
}
