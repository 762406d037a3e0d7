import {DataError} from "../src/errors/dataError.ts";

/**
 * Runs a command-line entry point: on failure prints one clear line (the DataError message
 * names file, row, column, value and what was expected) and exits non-zero.
 */
export function runCli(name: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const message = error instanceof DataError ? error.message : error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: error: ${message}\n`);
    if (!(error instanceof DataError) && process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  });
}
