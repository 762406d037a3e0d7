import {createRequire} from "node:module";
import {join} from "node:path";

/**
 * Node arguments that run Framework's CLI (`observable <command> …`) with every network fetch
 * refused (noNetwork.ts), for build and dev alike: a page that needs the internet fails on a
 * connected machine too, not only on the intranet.
 */
export function frameworkCommand(command: "build" | "preview", args: readonly string[] = []): string[] {
  const require = createRequire(import.meta.url);
  const cli = join(require.resolve("@observablehq/framework/package.json"), "..", "dist", "bin", "observable.js");
  return ["--import", "tsx", "--import", "./scripts/build/noNetwork.ts", cli, command, ...args];
}
