import {rename, rm} from "node:fs/promises";

/**
 * Puts the finished build `next` in place of `target` with two renames on one file system, so
 * a reader sees either the old site or the new one, never a half-written one.
 */
export async function replaceDirectory(target: string, next: string): Promise<void> {
  const previous = `${target}.previous-${process.pid}`;
  let moved = false;
  try {
    await rename(target, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    await rename(next, target);
  } catch (error) {
    if (moved) await rename(previous, target); // put the old site back
    throw error;
  }
  if (moved) await rm(previous, {recursive: true, force: true});
}
