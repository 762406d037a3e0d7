// How much one spreadsheet file may hold before it is refused, unread. Files come from outside
// (communes, VCCI, the province) and the reader must not be made to use gigabytes on a small
// crafted file. Each limit sits far above the real inputs — a monthly TTHC report is about
// 20 rows × 15 columns, VCCI's largest PCI workbook (2014) unpacks to 4.6 MB with 12 sheets of
// at most 76 rows × 27 filled columns — and below what would exhaust a laptop's memory: a
// workbook just under the filled-cell limit is read in about 2.5 s and 400 MB (npm run
// bench:hostile). Bigger dossier exports belong in CSV, which DuckDB reads without these limits.
export const SPREADSHEET_LIMITS = {
  /**
   * What an .xlsx unpacks to, all its parts together: the declared sizes and, because they can
   * lie, the bytes actually inflated (counting stops as soon as the limit is passed). A dossier
   * export at the filled-cell limit (118,000 dossiers × 17 columns) unpacks to about 95 MB.
   */
  unpackedBytes: 200 * 1024 * 1024,
  /** Parts in the .xlsx zip: Excel writes about 10 plus 3 per sheet. */
  zipEntries: 2_000,
  /**
   * Parts ending in .bin, all together: printer settings and macros, kilobytes in real files —
   * and the sheets of an .xlsb renamed .xlsx, which SheetJS parses as binary, so that their
   * cells escape the XML count below.
   */
  binaryPartBytes: 20 * 1024 * 1024,
  /** Filled cells in the whole workbook, counted in the XML before SheetJS parses it: about 118,000 dossiers of 17 columns. */
  filledCells: 2_000_000,
  /** Texts in the shared-strings table: Excel keeps only texts that some cell uses, so no more than the cells. */
  sharedStrings: 2_000_000,
  /** XML nesting depth: Excel's parts nest about 10 levels; SheetJS parses with regular expressions, not recursion, so this refuses files no spreadsheet program writes rather than protecting it. */
  xmlDepth: 1_000,
  /** Sheets in a workbook: reports have 1–15. */
  sheets: 200,
  /** Excel's own grid: a cell beyond it was not written by Excel. */
  rows: 1_048_576,
  columns: 16_384,
  /**
   * Cells in the grid a sheet is read into: every row × every column from A1 to the last filled
   * cell, so that one stray value at XFD1048576 cannot make a 17-billion-cell grid.
   */
  gridCells: 5_000_000,
  /**
   * A legacy .xls (or a web page or XML table saved as .xls, as government systems export): its
   * cells cannot be counted before parsing, so its size is the guard. VCCI's .xls are under
   * 0.6 MB; a 10 MB BIFF file of 32,768 rows × 17 numbers reads in about 1.5 s and 400 MB.
   */
  legacyBytes: 10 * 1024 * 1024,
  /**
   * A report CSV read whole into memory (readCsvRows): the largest real one, PAPI's long table,
   * is 2.3 MB. Dossier-level exports never come this way: DuckDB reads them, at any size.
   */
  reportCsvBytes: 50 * 1024 * 1024
} as const;
