import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "client/dist/**", "data/**", "node_modules/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  {
    files: ["client/src/**/*.{ts,tsx}", "test/client/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  // The checklist's rules spell a letter as [A-Za-zªµºÀ-ÖØ-öø-ɏ], not \p{L}: on text with a curly quote or a dash (a
  // two-byte string) V8 compiles \p{L} into hundreds of ranges, which made each rule expression several times slower
  // to compile and to run. The messages are Swedish, English and Finnish; the tokenizer keeps \p{L} for word counts.
  {
    files: ["shared/checklist/rules/**/*.ts", "shared/checklist/lexicons/**/*.ts", "shared/checklist/analysis.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "Literal[regex.pattern=/\\\\p\\{L\\}/]",
          "Literal[value=/\\\\p\\{L\\}/]",
          "TemplateElement[value.raw=/\\\\p\\{L\\}/]",
        ].map((selector) => ({
          selector,
          message:
            "write a letter as [A-Za-zªµºÀ-ÖØ-öø-ɏ] (inside a class: A-Za-zªµºÀ-ÖØ-öø-ɏ), not \\p{L}: see eslint.config.js",
        })),
      ],
    },
  },
  // Layer boundaries: the domain knows nothing of HTTP or sockets, HTTP and realtime reach the database only
  // through the domain, and the console never imports the server (it talks to it over REST and Socket.IO).
  {
    files: ["server/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)(http|realtime)/",
              message:
                "server/domain must not import server/http or server/realtime: return data, let the caller present it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/http/**/*.ts", "server/realtime/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)db/repos/",
              message:
                "server/http and server/realtime reach the database through server/domain, not the repositories.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["client/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)server/",
              message: "the console never imports server code: share it through shared/ instead.",
            },
            {
              regex: "^(\\.\\./)+shared/",
              message: "import shared code through the alias: @shared/…",
            },
            {
              regex: "(^|/)api/http$",
              importNames: ["request"],
              message: "REST calls live in client/src/api/: add a function there and call it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["client/src/api/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)server/",
              message: "the console never imports server code: share it through shared/ instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "express", "react", "react-dom", "socket.io", "kysely", "better-sqlite3", "pg"] },
      ],
    },
  },
);
