// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, the type-aware
// ones left out to keep `npm run lint` quick; the rules below are where this code base differs.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "dist-cli/", "test-output/", "scratch/", "node_modules/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept for its position or its type.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // `ok && act()` and `a ? b() : c()` as statements are this code's idiom for short guards.
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
      // The text cleaners match control characters on purpose (NUL, bell, the C0 range).
      "no-control-regex": "off",
    },
  },
);
