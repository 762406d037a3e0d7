import {fileURLToPath} from "node:url";
import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        // Component tests import docs/components/*.js, which use Framework's specifiers: map them
        // to the installed packages, and the library bundle to its source (no build needed).
        resolve: {
          alias: [
            {find: /^npm:@observablehq\/plot$/, replacement: "@observablehq/plot"},
            {find: /^npm:@observablehq\/inputs$/, replacement: "@observablehq/inputs"},
            {find: /^npm:htl$/, replacement: "htl"},
            {find: /^\.\.\/lib\/cchc\.js$/, replacement: fileURLToPath(new URL("src/index.ts", import.meta.url))}
          ]
        },
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**"],
          testTimeout: 30_000
        }
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          // builds the site once, before the browser test files are collected
          globalSetup: ["test/browser/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000
        }
      }
    ]
  }
});
