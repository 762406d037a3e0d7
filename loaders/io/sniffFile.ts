import {stat} from "node:fs/promises";
import {extname} from "node:path";
import {DataError} from "../../src/errors/dataError.ts";
import {decodeText, type TextEncodingName} from "./decodeText.ts";
import {readFileHead} from "./readFileHead.ts";

/** What a file's first bytes are. */
export type FileContent =
  | {readonly kind: "zip"}
  | {readonly kind: "ole2"}
  | {readonly kind: "markup"; readonly encoding: TextEncodingName}
  | {readonly kind: "text"; readonly encoding: TextEncodingName};

const HEAD_BYTES = 64 * 1024;
const WORKBOOK = new Set([".xlsx", ".xls"]);

/**
 * Looks at a file's bytes before any header is searched, so that an empty file, a text file
 * renamed .xlsx, a workbook renamed .csv or bytes that are neither get their own message rather
 * than "no known headers". Text is decoded (see decodeText) to tell its encoding. Throws a
 * DataError naming the file and what it should have been.
 */
export async function sniffFile(path: string): Promise<FileContent> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new DataError({file: path, expected: `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`});
  }
  const ext = extname(path).toLowerCase();
  if (size === 0) throw new DataError({file: path, expected: `a file with data; this one is empty (0 bytes)`});
  const {head, complete} = await readFileHead(path, HEAD_BYTES);
  // a byte-order mark and blank lines only, as Excel saves an empty sheet
  if (complete && decodeText(head).text.trim() === "") throw new DataError({file: path, expected: `a file with data; this one holds no text (${size} bytes of blanks)`});
  const content = classify(head, complete);
  const workbook = WORKBOOK.has(ext);
  if (content === null) {
    throw new DataError({file: path, expected: `${workbook ? "an Excel workbook" : "a text (CSV) file"}; these bytes are neither a workbook nor text (a damaged or other kind of file)`});
  }
  if (workbook && content.kind === "text") {
    throw new DataError({
      file: path,
      expected: `an Excel workbook; this file is plain text (${content.encoding}): if it is a CSV, rename it to .csv, or open it in Excel and save it as ${ext}`
    });
  }
  if (!workbook && (content.kind === "zip" || content.kind === "ole2")) {
    throw new DataError({file: path, expected: `a text (CSV) file; this is an Excel workbook (${content.kind === "zip" ? ".xlsx" : ".xls"}): rename it to ${content.kind === "zip" ? ".xlsx" : ".xls"}`});
  }
  return content;
}

function classify(head: Buffer, complete: boolean): FileContent | null {
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return {kind: "zip"};
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return {kind: "ole2"};
  const {text, encoding} = decodeText(head, {partial: !complete});
  // Control characters other than tab, CR, LF (and NUL once UTF-16 is decoded) mean binary.
  const controls = (text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g) ?? []).length;
  if (text.length === 0 || controls > text.length / 100) return null;
  // Web systems export "Excel" files as HTML or SpreadsheetML tables, which the workbook reader reads.
  if (/^\s*</.test(text)) return {kind: "markup", encoding};
  return {kind: "text", encoding};
}
