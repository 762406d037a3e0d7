import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser test builds the site once; give it room on a small machine.
    testTimeout: 30_000,
    hookTimeout: 600_000,
    fileParallelism: true
  }
});
