// ESLint flat config. Every rule here is an error: `npm run lint` runs with --max-warnings=0.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const nodeBuiltins = [
  "assert",
  "buffer",
  "child_process",
  "cluster",
  "crypto",
  "dgram",
  "dns",
  "events",
  "fs",
  "fs/promises",
  "http",
  "http2",
  "https",
  "net",
  "os",
  "path",
  "perf_hooks",
  "process",
  "querystring",
  "readline",
  "stream",
  "string_decoder",
  "timers",
  "tls",
  "tty",
  "url",
  "util",
  "v8",
  "vm",
  "worker_threads",
  "zlib",
];

/** Nothing shipped imports the tests; only the workbench ships the Excel double (ARCHITECTURE "Test doubles"). */
const noTests = {
  group: ["**/tests", "**/tests/**"],
  message:
    "src/ must not import tests/: move what both need into src/ (the Excel double is src/excel-double).",
};
const noDouble = {
  group: ["**/excel-double", "**/excel-double/**"],
  message: "Only the workbench and the tests use the Excel double; the add-in talks to real Excel.",
};

/** The core is pure: no adapters, no UI, no Office, no Node I/O (ARCHITECTURE "Rules of the house"). */
const coreBoundary = {
  files: ["src/core/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: nodeBuiltins.flatMap((name) => [
          { name, message: "src/core is pure: no Node built-ins (pass data in from an adapter)." },
          {
            name: `node:${name}`,
            message: "src/core is pure: no Node built-ins (pass data in from an adapter).",
          },
        ]),
        patterns: [
          { group: ["react", "react-dom", "react/*", "react-dom/*"], message: "src/core is pure: no React." },
          { group: ["@fluentui/*"], message: "src/core is pure: no Fluent UI." },
          {
            group: ["exceljs", "playwright-core", "@microsoft/*", "office-*"],
            message: "src/core is pure: no adapters' libraries.",
          },
          {
            group: [
              "**/excel",
              "**/excel/**",
              "**/xlsx",
              "**/xlsx/**",
              "**/cli",
              "**/cli/**",
              "**/taskpane",
              "**/taskpane/**",
              "**/commands",
              "**/commands/**",
            ],
            message:
              "src/core must not import from src/excel, src/xlsx, src/cli, src/taskpane or src/commands.",
          },
          noTests,
          noDouble,
        ],
      },
    ],
    "no-restricted-globals": [
      "error",
      ...[
        "Office",
        "Excel",
        "OfficeExtension",
        "window",
        "document",
        "process",
        "require",
        "Buffer",
        "localStorage",
        "fetch",
      ].map((name) => ({
        name,
        message: `src/core is pure: '${name}' belongs to an adapter. Pass what you need in.`,
      })),
    ],
    "no-restricted-properties": [
      "error",
      { object: "Math", property: "random", message: "src/core takes randomness as a seed." },
      { object: "Date", property: "now", message: "src/core takes the time as asOf/today." },
    ],
    "no-restricted-syntax": [
      "error",
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: "src/core takes the time as asOf/today.",
      },
    ],
  },
};

/** One package may not reach into another (ARCHITECTURE "Rules of the house"); each rule names why. */
function importBoundary(files, groups, message, shared = [noTests, noDouble]) {
  const own = groups.length > 0 ? [{ group: groups, message }] : [];
  return {
    files,
    rules: { "no-restricted-imports": ["error", { patterns: [...own, ...shared] }] },
  };
}

const adapterBoundaries = [
  importBoundary(["src/cli/**/*.ts", "src/taskpane/**/*.{ts,tsx}"], [], ""),
  importBoundary(["src/workbench/**/*.{ts,tsx}", "src/excel-double/**/*.ts"], [], "", [noTests]),
  importBoundary(
    ["src/excel/**/*.ts"],
    ["**/xlsx", "**/xlsx/**", "exceljs"],
    "src/excel (Office.js) and src/xlsx (.xlsx files) are two adapters of one port: share code through src/core.",
  ),
  importBoundary(
    ["src/xlsx/**/*.ts"],
    ["**/excel", "**/excel/**"],
    "src/xlsx (.xlsx files) and src/excel (Office.js) are two adapters of one port: share code through src/core.",
  ),
  importBoundary(
    ["src/commands/**/*.ts"],
    ["**/taskpane/**"],
    "Ribbon commands run without the pane: share code through src/core or src/excel, not the pane's internals.",
  ),
];

/** Small files (STYLE): a module over 300 lines of code is doing more than one thing. */
const smallFiles = {
  files: ["src/**/*.{ts,tsx}"],
  rules: { "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }] },
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "dist-workbench/",
      "build/",
      "coverage/",
      "tests/artifacts/",
      "bench/results/",
      ".certs/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      eqeqeq: ["error", "always"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.tsx", "src/workbench/**/*.tsx", "tests/e2e/**/*.tsx"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "18" } },
    rules: {
      ...react.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  coreBoundary,
  ...adapterBoundaries,
  smallFiles,
);
