import {readFile, readdir} from "node:fs/promises";
import {builtinModules} from "node:module";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {PROJECT_ROOT} from "../helpers/tempProject.ts";

const SRC = join(PROJECT_ROOT, "src");
const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe("src/ stays browser-safe (the pages run it; src/tsconfig.json has no Node types)", () => {
  test("no file in src/ imports a Node built-in", async () => {
    const offenders: string[] = [];
    for (const file of (await readdir(SRC, {recursive: true})).filter((f) => f.endsWith(".ts"))) {
      const source = await readFile(join(SRC, file), "utf-8");
      for (const match of source.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
        const specifier = match[1] ?? match[2]!;
        if (NODE_MODULES.has(specifier)) offenders.push(`src/${file}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
