import {extname} from "node:path";
import {dsvFormat} from "d3-dsv";
import {DataError} from "../../src/errors/dataError.ts";
import type {Preview} from "../sources/source.ts";
import {decodeText, type TextEncodingName} from "./decodeText.ts";
import {detectDelimiter} from "./detectDelimiter.ts";
import {readFileHead} from "./readFileHead.ts";
import {readSpreadsheet} from "./readSpreadsheet.ts";

/** The first rows of one sheet (a CSV is one sheet, "CSV"). */
export interface SheetPreview {
  readonly sheet: string;
  readonly rows: Preview;
  /** A CSV's text encoding; null for a workbook. */
  readonly encoding: TextEncodingName | null;
}

export const PREVIEW_ROWS = 40;
const PREVIEW_BYTES = 256 * 1024;

/**
 * The first rows of every sheet of a file, in workbook order — a table may sit on any sheet —
 * without reading a large CSV whole.
 */
export async function readPreviews(path: string): Promise<SheetPreview[]> {
  if (extname(path).toLowerCase() !== ".csv") {
    const sheets = await readSpreadsheet(path, {keep: true});
    return sheets.map((s) => ({sheet: s.sheet, rows: s.cells.slice(0, PREVIEW_ROWS), encoding: null}));
  }
  const {head, complete} = await readFileHead(path, PREVIEW_BYTES);
  const {text, encoding, damagedUtf8} = decodeText(head, {partial: !complete});
  if (damagedUtf8) throw new DataError({file: path, row: text.slice(0, text.indexOf("\uFFFD")).split("\n").length, expected: 'UTF-8 text: this row has bytes that are not UTF-8 (save the file again as "CSV UTF-8")'});
  const rows = text.split(/\r?\n/).slice(0, PREVIEW_ROWS).join("\n");
  return [{sheet: "CSV", rows: dsvFormat(detectDelimiter(rows)).parseRows(rows), encoding}];
}
