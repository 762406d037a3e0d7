import {createInflateRaw} from "node:zlib";
import type {ZipEntry} from "./readZipEntries.ts";

const CHUNK = 64 * 1024;

/**
 * Inflates one zip part chunk by chunk, handing each chunk to `onChunk` and keeping none, and
 * returns how many bytes it unpacked to — or, once that passes `limit`, stops inflating and
 * returns the count so far (just over `limit`): a part that lies about its size cannot make this
 * use more memory than one chunk. A deflated part is inflated from where its data starts to where
 * its deflate stream ends, as SheetJS does, whatever the sizes in its headers say.
 * Rejects with zlib's error when the data does not inflate.
 */
export async function unpackZipEntry(zip: Buffer, entry: ZipEntry, limit: number, onChunk: (chunk: Uint8Array) => void): Promise<number> {
  if (entry.method === 0) {
    const data = zip.subarray(entry.dataStart, entry.dataStart + entry.storedSize);
    for (let at = 0; at < data.length && at <= limit; at += CHUNK) onChunk(data.subarray(at, at + CHUNK));
    return data.length;
  }
  const inflate = createInflateRaw({chunkSize: CHUNK});
  inflate.end(zip.subarray(entry.dataStart));
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      onChunk(chunk);
      if (total > limit) break;
    }
  } finally {
    inflate.destroy();
  }
  return total;
}
