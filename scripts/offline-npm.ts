/**
 * Fills Observable Framework's npm cache (docs/.observablehq/cache/_npm) from node_modules,
 * so that `observable build` and `observable preview` never download anything.
 *
 * Why this way: Framework 1.13 resolves every `npm:` import (its implicit Plot, d3, Inputs,
 * Arrow, DuckDBClient, and the imports inside its own stdlib) against a public CDN, unless a
 * file for that name@version is already in its cache. It looks in the cache first, both for
 * the version (it lists the folders) and for the file. So we put ESM bundles made by esbuild
 * from the installed packages exactly where Framework looks, and it never goes online.
 * Modules that must be one shared instance (apache-arrow for duckdb-wasm and the stdlib, d3
 * for Plot, htl for Inputs) are left external and point at the shared file.
 */
import {build, type Plugin} from "esbuild";
import {copyFile, mkdir, readFile, readdir, rm, writeFile} from "node:fs/promises";
import {existsSync} from "node:fs";
import {dirname, join, relative} from "node:path";

const cacheRoot = join("docs", ".observablehq", "cache", "_npm");

interface VendoredModule {
  /** the npm package name, as written after `npm:` */
  readonly name: string;
  /** packages bundled as separate shared files, imported by this one */
  readonly shared?: readonly string[];
  /** files copied as they are (resolved through `import.meta.resolve` by Framework's stdlib) */
  readonly files?: readonly string[];
}

/** Everything the site's pages and Framework's stdlib import through `npm:`. */
export const VENDORED_MODULES: readonly VendoredModule[] = [
  {name: "d3"},
  {name: "d3-dsv"},
  {name: "htl"},
  {name: "isoformat"},
  {name: "apache-arrow"},
  {name: "arquero"},
  {name: "@observablehq/plot", shared: ["htl", "isoformat"]},
  {
    name: "@duckdb/duckdb-wasm",
    shared: ["apache-arrow"],
    files: [
      "dist/duckdb-mvp.wasm",
      "dist/duckdb-eh.wasm",
      "dist/duckdb-browser-mvp.worker.js",
      "dist/duckdb-browser-eh.worker.js"
    ]
  }
];

function packageDir(name: string): string {
  const dir = join(process.cwd(), "node_modules", name);
  if (!existsSync(join(dir, "package.json"))) {
    throw new Error(`offline-npm: ${dir}/package.json not found: run npm ci first`);
  }
  return dir;
}

async function packageVersion(name: string): Promise<string> {
  const json = JSON.parse(await readFile(join(packageDir(name), "package.json"), "utf-8")) as {version: string};
  return json.version;
}

function moduleFolder(name: string, version: string): string {
  return join(cacheRoot, `${name}@${version}`);
}

/** esbuild plugin: leave shared packages external, pointing at their cached `_esm.js`. */
function sharedImports(from: string, shared: ReadonlyMap<string, string>): Plugin {
  return {
    name: "shared-npm-imports",
    setup(b) {
      b.onResolve({filter: /^[^./]/}, (args) => {
        const target = shared.get(args.path);
        if (target === undefined) return undefined;
        return {path: relative(from, target).split("\\").join("/"), external: true};
      });
    }
  };
}

/**
 * The version given to packages Framework's own client code can import but this site does not
 * install (react-dom for JSX, leaflet, echarts, parquet-wasm, …). Framework lists the cache's
 * folders to learn which versions it "has"; without a folder it asks the npm registry for
 * `@latest` on every build, which fails offline and changes client.js whenever the registry does.
 * An empty folder with this version answers that question offline. It sorts below every real
 * version, so a package vendored later wins; and if a page ever imports one of these, the build
 * stops (see scripts/build.ts: findPlaceholderModules) instead of shipping a module that is not there.
 */
export const PLACEHOLDER_VERSION = "0.0.0-not-installed";

/** Files of a built site that come from a placeholder (a package the site does not install). */
export function findPlaceholderModules(files: readonly string[]): string[] {
  return files.filter((f) => f.split(/[\\/]/).some((part) => part.endsWith(`@${PLACEHOLDER_VERSION}`)));
}

const FRAMEWORK_CLIENT = join("node_modules", "@observablehq", "framework", "dist", "client");

/** Package names that Framework's client and stdlib code import as `npm:…` (found by reading them). */
export async function frameworkNpmImports(clientDir = FRAMEWORK_CLIENT): Promise<string[]> {
  const names = new Set<string>();
  const files = (await readdir(clientDir, {recursive: true})).filter((f) => f.endsWith(".js"));
  for (const file of files) {
    const source = await readFile(join(clientDir, file), "utf-8");
    for (const match of source.matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) names.add(match[1]!);
  }
  return [...names].sort();
}

/** Empty `<name>@PLACEHOLDER_VERSION` folders for every Framework import not vendored; returns the names. */
async function writePlaceholders(): Promise<string[]> {
  const vendored = new Set(VENDORED_MODULES.map((m) => m.name));
  const missing = (await frameworkNpmImports()).filter((name) => !vendored.has(name));
  for (const name of missing) await mkdir(moduleFolder(name, PLACEHOLDER_VERSION), {recursive: true});
  return missing;
}

export async function fillOfflineNpmCache(): Promise<string[]> {
  await rm(cacheRoot, {recursive: true, force: true});
  const versions = new Map<string, string>();
  for (const m of VENDORED_MODULES) versions.set(m.name, await packageVersion(m.name));
  const written: string[] = [];
  for (const m of VENDORED_MODULES) {
    const folder = moduleFolder(m.name, versions.get(m.name)!);
    const outfile = join(folder, "_esm.js");
    const shared = new Map<string, string>();
    for (const s of m.shared ?? []) shared.set(s, join(moduleFolder(s, versions.get(s)!), "_esm.js"));
    await mkdir(folder, {recursive: true});
    await build({
      stdin: {contents: `export * from ${JSON.stringify(m.name)};`, resolveDir: process.cwd(), loader: "js"},
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "none",
      outfile,
      plugins: [sharedImports(folder, shared)],
      logLevel: "error"
    });
    written.push(outfile);
    for (const file of m.files ?? []) {
      const target = join(folder, file);
      await mkdir(dirname(target), {recursive: true});
      await copyFile(join(packageDir(m.name), file), target);
      written.push(target);
    }
  }
  // Framework reads package.json of a cached module only when it downloads; write one anyway
  // so the cache looks like what Framework itself would have produced.
  for (const m of VENDORED_MODULES) {
    const folder = moduleFolder(m.name, versions.get(m.name)!);
    await writeFile(join(folder, "package.json"), await readFile(join(packageDir(m.name), "package.json")));
  }
  await writePlaceholders();
  return written;
}
