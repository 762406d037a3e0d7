import {dsvFormat} from "d3-dsv";
import {DataError} from "../../src/errors/dataError.ts";
import {detectDelimiter, type Delimiter} from "./detectDelimiter.ts";
import {readFileHead} from "./readFileHead.ts";

const HEAD_BYTES = 256 * 1024;

export interface CsvHeader {
  /** 0-based line index of the header. */
  readonly line: number;
  readonly cells: readonly string[];
  readonly delimiter: Delimiter;
}

/**
 * Finds a CSV's header line among its first `maxLines` lines, decoding one line at a time and
 * stopping at the header: the rows below it (which may hold personal data) are never decoded.
 * Null when no line up to `maxLines` satisfies `isHeader`. Headers with line breaks inside
 * quotes are not supported. UTF-8 only (callers route other encodings elsewhere: see decodeText).
 */
export async function readCsvHeader(path: string, isHeader: (cells: readonly string[]) => boolean, maxLines: number): Promise<CsvHeader | null> {
  const {head} = await readFileHead(path, HEAD_BYTES);
  let start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  for (let line = 0; line < maxLines && start < head.length; line++) {
    let end = head.indexOf(0x0a, start);
    if (end < 0) end = head.length;
    const text = head.subarray(start, end).toString("utf-8").replace(/\r$/, "").normalize("NFC");
    start = end + 1;
    if (text.includes("\uFFFD")) throw new DataError({file: path, row: line + 1, expected: 'UTF-8 text (save the CSV as "CSV UTF-8")'});
    const delimiter = detectDelimiter(text);
    const cells = dsvFormat(delimiter).parseRows(text)[0] ?? [];
    if (isHeader(cells)) return {line, cells, delimiter};
  }
  return null;
}
