// Lint in the spirit of the Office add-in template (office-addin-lint): typescript-eslint's
// recommended rules with prettier formatting, as a flat config without the usage-data package.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["lib/", "dist/", "node_modules/", "coverage/", ".bench/", "**/*.js", "*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": "error",
      eqeqeq: ["error", "smart"],
    },
  },
);
