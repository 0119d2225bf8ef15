/**
 * Diagnostic codes and factories of the policy catalogue (`policies/`). Every problem with a
 * catalogue file is reported through these, with the file and line it was found at.
 */
import type { Diagnostic, SourceLocation } from "../config-engine/diagnostics";

/** Codes of the policy catalogue. */
export type PolicyCatalogCode =
  | "POLICY_FILE_NAME_INVALID"
  | "POLICY_HEADER_INVALID"
  | "POLICY_HEADER_MISSING_FIELD"
  | "POLICY_UNKNOWN_TYPE"
  | "POLICY_NAME_MISMATCH"
  | "POLICY_PACKAGE_INVALID"
  | "POLICY_DATA_REFERENCE"
  | "POLICY_DUPLICATE_NAME"
  | "POLICY_NOT_FOUND";

function error(
  code: PolicyCatalogCode,
  message: string,
  hint: string,
  location?: SourceLocation,
): Diagnostic {
  return location
    ? { code, severity: "error", message, hint, location }
    : { code, severity: "error", message, hint };
}

/** Factories, one per code; messages say what was found, hints say what to do. */
export const policyErrors = {
  fileNameInvalid: (file: string): Diagnostic =>
    error(
      "POLICY_FILE_NAME_INVALID",
      `policy file name '${file}' is not '<type>.<name>.rego'`,
      "name catalogue files like 'git_push.proposed-run.rego': a lower-case policy type, a dot, a kebab-case name",
      { file, line: 1, col: 1 },
    ),

  headerInvalid: (location: SourceLocation, found: string, why: string): Diagnostic =>
    error(
      "POLICY_HEADER_INVALID",
      `policy header line '${found}' ${why}`,
      "header lines are '# Key: value' (Name, Type, Decides, Input, Labels, Notes), continuation lines start with '#' and two spaces, and '#' alone separates fields",
      location,
    ),

  missingField: (file: string, field: string): Diagnostic =>
    error(
      "POLICY_HEADER_MISSING_FIELD",
      `policy header has no '# ${field}:' field`,
      "every catalogue policy starts with '# Name:', '# Type:', '# Decides:' and '# Input:' comment lines before its package line",
      { file, line: 1, col: 1 },
    ),

  unknownType: (location: SourceLocation, type: string, allowed: readonly string[]): Diagnostic =>
    error(
      "POLICY_UNKNOWN_TYPE",
      `policy type '${type}' is not a Spacelift policy type`,
      `use one of ${allowed.join(", ")}`,
      location,
    ),

  nameMismatch: (location: SourceLocation, detail: string): Diagnostic =>
    error(
      "POLICY_NAME_MISMATCH",
      detail,
      "the file name starts with the lower-case type ('git_push.…' for GIT_PUSH) and the policy name starts with the type ('GIT_PUSH Proposed Run')",
      location,
    ),

  packageInvalid: (location: SourceLocation, found: string, expected: string): Diagnostic =>
    error(
      "POLICY_PACKAGE_INVALID",
      `policy package is '${found}', expected '${expected}'`,
      "each catalogue policy has its own package so that 'opa test policies/' can load every file at once; the catalogue uploads the body as 'package spacelift'",
      location,
    ),

  dataReference: (location: SourceLocation): Diagnostic =>
    error(
      "POLICY_DATA_REFERENCE",
      "policy refers to the 'data' document",
      "Spacelift evaluates a policy on its own, with no data document, and the catalogue renames its package on upload: refer to the policy's own rules by their bare names",
      location,
    ),

  duplicateName: (location: SourceLocation, name: string, otherFile: string): Diagnostic =>
    error(
      "POLICY_DUPLICATE_NAME",
      `policy name '${name}' is also used by ${otherFile}`,
      "Spacelift policy names are looked up by exact name: give every catalogue policy a distinct name",
      location,
    ),

  notFound: (reference: string, available: readonly string[]): Diagnostic =>
    error(
      "POLICY_NOT_FOUND",
      `'${reference}' is not a catalogue policy file`,
      `use one of ${available.join(", ")}`,
    ),
};
