import type {SheetCells} from "../io/readSpreadsheet.ts";
import {PREVIEW_ROWS} from "../io/readPreviews.ts";
import type {Preview} from "./source.ts";

/**
 * The sheet a source reads: the first whose first rows it recognises (the table may be on any
 * sheet), else the first non-empty one, so that a file forced with --kind gets the loader's own
 * message about what its header lacks. Undefined when every sheet is empty.
 */
export function sheetFor(sheets: readonly SheetCells[], detect: (preview: Preview) => boolean): SheetCells | undefined {
  return sheets.find((s) => detect(s.cells.slice(0, PREVIEW_ROWS))) ?? sheets.find((s) => s.cells.length > 0);
}
