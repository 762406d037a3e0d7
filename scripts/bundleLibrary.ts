import {build, context, type BuildOptions} from "esbuild";

/** src/ bundled for the browser, where pages import it as "./lib/cchc.js". */
const options: BuildOptions = {
  entryPoints: ["src/index.ts"],
  outfile: "docs/lib/cchc.js",
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  sourcemap: false,
  legalComments: "none",
  logLevel: "error"
};

export async function bundleLibrary(): Promise<void> {
  await build(options);
}

/** For `npm run dev`: rebuilds the bundle whenever src/ changes (Framework then reloads pages). */
export async function watchLibrary(): Promise<() => Promise<void>> {
  const ctx = await context(options);
  await ctx.watch();
  return () => ctx.dispose();
}
