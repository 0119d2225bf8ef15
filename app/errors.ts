/** Codes of the checks app/ runs over the synthesized JSON before anything is kept. */
export const APP_CODES = {
  /** A secret (key/token shape, secret-named value, a secret environment variable) in the output. */
  SECRET_IN_OUTPUT: "SECRET_IN_OUTPUT",
  /** A synthesized stack the provider schemas reject (the same check as `validate`). */
  SCHEMA_VIOLATION: "SCHEMA_VIOLATION",
} as const;
