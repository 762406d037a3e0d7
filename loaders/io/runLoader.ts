import {DataError} from "../../src/errors/dataError.ts";

/**
 * Runs a Framework data loader: produces the whole output in memory first and writes it to
 * stdout only when everything succeeded, so a bad input never yields a partial file. On
 * failure prints one line naming the problem and exits non-zero, which stops the build.
 */
export function runLoader(name: string, produce: () => Promise<Uint8Array | string>): void {
  produce()
    .then((output) => {
      process.stdout.write(output);
    })
    .catch((error: unknown) => {
      const message = error instanceof DataError || error instanceof Error ? error.message : String(error);
      process.stderr.write(`${name}: error: ${message}\n`);
      process.exit(1);
    });
}
