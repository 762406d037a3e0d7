import {open} from "node:fs/promises";
import {extname} from "node:path";
import {dsvFormat} from "d3-dsv";
import {DataError} from "../../src/errors/dataError.ts";
import type {Preview} from "../sources/source.ts";
import {detectDelimiter} from "./detectDelimiter.ts";
import {readSpreadsheet} from "./readSpreadsheet.ts";

const PREVIEW_ROWS = 40;
const PREVIEW_BYTES = 256 * 1024;

/** The first rows of a file, without reading a large CSV whole. */
export async function readPreview(path: string): Promise<Preview> {
  if (extname(path).toLowerCase() !== ".csv") {
    const sheets = await readSpreadsheet(path);
    return (sheets.find((s) => s.cells.length > 0)?.cells ?? []).slice(0, PREVIEW_ROWS);
  }
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new DataError({file: path, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`});
  }
  try {
    const buffer = Buffer.alloc(PREVIEW_BYTES);
    const {bytesRead} = await handle.read(buffer, 0, PREVIEW_BYTES, 0);
    let text = buffer.subarray(0, bytesRead).toString("utf-8");
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const lines = text.split(/\r?\n/);
    if (bytesRead === PREVIEW_BYTES) lines.pop(); // a cut line
    const head = lines.slice(0, PREVIEW_ROWS).join("\n").normalize("NFC");
    return dsvFormat(detectDelimiter(head)).parseRows(head);
  } finally {
    await handle.close();
  }
}
