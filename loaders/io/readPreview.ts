import {extname} from "node:path";
import {dsvFormat} from "d3-dsv";
import type {Preview} from "../sources/source.ts";
import {detectDelimiter} from "./detectDelimiter.ts";
import {readFileHead} from "./readFileHead.ts";
import {readSpreadsheet} from "./readSpreadsheet.ts";

const PREVIEW_ROWS = 40;
const PREVIEW_BYTES = 256 * 1024;

/** The first rows of a file, without reading a large CSV whole. */
export async function readPreview(path: string): Promise<Preview> {
  if (extname(path).toLowerCase() !== ".csv") {
    const sheets = await readSpreadsheet(path, {keep: true});
    return (sheets.find((s) => s.cells.length > 0)?.cells ?? []).slice(0, PREVIEW_ROWS);
  }
  const {head, complete} = await readFileHead(path, PREVIEW_BYTES);
  let text = head.toString("utf-8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  if (!complete) lines.pop(); // a cut line
  const rows = lines.slice(0, PREVIEW_ROWS).join("\n").normalize("NFC");
  return dsvFormat(detectDelimiter(rows)).parseRows(rows);
}
