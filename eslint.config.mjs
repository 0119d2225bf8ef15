// @ts-check
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

const cdktfImports = {
  group: ["cdktf", "cdktf/*", "constructs", "@cdktf/*", "**/.gen/**"],
  message:
    "config-engine/ and model/ are pure TypeScript: cdktf belongs to constructs/ and main.ts only (layering: stacks-config → engine → model → constructs → main.ts).",
};
const upperLayers = (layers) => ({
  group: layers.map((l) => `**/${l}/**`).concat(layers.map((l) => `../${l}`)),
  message:
    "Layers are one-way: stacks-config → config-engine → model → constructs → main.ts; the cli sits on top.",
});

export default tseslint.config(
  {
    ignores: [
      ".gen/**",
      "cdktf.out/**",
      "coverage/**",
      "node_modules/**",
      "dist/**",
      "**/*.js",
      "**/*.mjs",
      "__tests__/fixtures/**",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ["error", "always"],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator='instanceof'][right.name=/^(Construct|TerraformStack|App)$/]",
          message:
            "Use the static isXxx() guards (Construct.isConstruct, TerraformStack.isStack) instead of instanceof.",
        },
      ],
    },
  },
  {
    files: ["config-engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [cdktfImports, upperLayers(["model", "constructs", "cli", "policies"])] },
      ],
    },
  },
  {
    files: [
      "runbook/**/*.ts",
      "affected/**/*.ts",
      "diff/**/*.ts",
      "schema-validator/**/*.ts",
      "policies/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": ["error", { patterns: [cdktfImports, upperLayers(["constructs", "cli"])] }],
    },
  },
  {
    files: ["model/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [cdktfImports, upperLayers(["constructs", "cli"])] }],
    },
  },
  {
    files: ["constructs/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "fs",
              message:
                "Constructs never read files: file reading belongs to config-engine/ and policies/catalog.ts.",
            },
            {
              name: "node:fs",
              message:
                "Constructs never read files: file reading belongs to config-engine/ and policies/catalog.ts.",
            },
            { name: "fs/promises", message: "Constructs never read files." },
            { name: "node:fs/promises", message: "Constructs never read files." },
          ],
          patterns: [
            upperLayers(["cli"]),
            {
              regex:
                "(\\.gen/providers/spacelift(/index|/lazy-index)?|^@cdktf/provider-aws(/lib)?(/index)?)$",
              message:
                "Deep-import generated classes (e.g. '../.gen/providers/spacelift/space') and alias them; never the provider barrel.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["__tests__/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  prettier,
);
