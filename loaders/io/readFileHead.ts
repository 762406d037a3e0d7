import {open} from "node:fs/promises";
import {DataError} from "../../src/errors/dataError.ts";

/**
 * The first `bytes` bytes of a file (fewer if it is shorter), without reading the rest: enough
 * to find a CSV's header, and no more of its rows than that.
 */
export async function readFileHead(path: string, bytes: number): Promise<{head: Buffer; complete: boolean}> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new DataError({file: path, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`});
  }
  try {
    const buffer = Buffer.alloc(bytes);
    const {bytesRead} = await handle.read(buffer, 0, bytes, 0);
    return {head: buffer.subarray(0, bytesRead), complete: bytesRead < bytes};
  } finally {
    await handle.close();
  }
}
