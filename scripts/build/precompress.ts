import {readFile, stat, utimes, writeFile} from "node:fs/promises";
import {extname, join} from "node:path";
import {constants, brotliCompressSync, gzipSync} from "node:zlib";

/** Kinds of file worth compressing: text and the Arrow/wasm binaries (images and zips already are). */
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".csv", ".tsv", ".txt", ".svg", ".arrow", ".wasm", ".map"]);
const MIN_BYTES = 1024;
/** Above this, brotli's best quality takes minutes (DuckDB's 36 MB wasm: 98 s at 11, 1 s at 5, 20% larger). */
const LARGE_BYTES = 1 << 20;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of the built site, for a
 * server that sends them to browsers that accept them (scripts/staticServer.ts does; nginx
 * `gzip_static`/`brotli_static`, IIS static compression). A phone on a slow link then fetches a
 * quarter of the bytes. Both formats are deterministic (gzip's header carries no time), and the
 * files are stamped with `epoch` like the rest of the build. Returns how many files were compressed.
 */
export async function precompress(dir: string, files: readonly string[], epoch: number): Promise<number> {
  let count = 0;
  for (const file of files) {
    if (!COMPRESSIBLE.has(extname(file).toLowerCase())) continue;
    const path = join(dir, file);
    const {size} = await stat(path);
    if (size < MIN_BYTES) continue;
    const bytes = await readFile(path);
    const large = size > LARGE_BYTES;
    const brotli = brotliCompressSync(bytes, {
      params: {[constants.BROTLI_PARAM_QUALITY]: large ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: size}
    });
    const gzip = gzipSync(bytes, {level: large ? 6 : 9});
    await writeFile(`${path}.br`, brotli);
    await writeFile(`${path}.gz`, gzip);
    for (const out of [`${path}.br`, `${path}.gz`]) await utimes(out, epoch, epoch);
    count++;
  }
  return count;
}
