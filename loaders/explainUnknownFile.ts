import {DataError} from "../src/errors/dataError.ts";
import {diagnoseHeaders} from "../src/headers/diagnoseHeaders.ts";
import type {HeaderDiagnosis} from "../src/headers/headerSpec.ts";
import {DOSSIER_COLUMNS} from "../src/tthc/dossierColumns.ts";
import {identifyDossierColumn} from "../src/tthc/identifyDossierColumn.ts";
import type {SheetPreview} from "./io/readPreviews.ts";
import type {Source} from "./sources/source.ts";

const MAX_LISTED = 12;

/** Whether a sheet has a column of personal data (a dossier export's "Họ tên", "Số CCCD"…): then no cell text is quoted. */
const hasPersonalColumn = (rows: readonly (readonly unknown[])[]): boolean =>
  rows.some((row) => row.some((cell) => typeof cell === "string" && PERSONAL.has(identifyDossierColumn(cell) ?? "")));
const PERSONAL = new Set<string>(DOSSIER_COLUMNS.filter((c) => c.personal).map((c) => c.key));

const list = (items: readonly string[]): string => (items.length > MAX_LISTED ? `${items.slice(0, MAX_LISTED).join(", ")}, …` : items.join(", "));

/**
 * The error for a file no kind recognised: the nearest kind (the one whose required columns are
 * most nearly all there), the sheet and header rows looked at, the headers found and those
 * missing — rather than a bare list of kinds. In a file with personal columns only column
 * letters are given: a "header" found there might be a data row.
 */
export function explainUnknownFile(file: string, candidates: readonly Source[], previews: readonly SheetPreview[]): DataError {
  const looked = previews.map((p) => `"${p.sheet}" (${p.rows.length === 0 ? "empty" : `${p.rows.length} rows`})`).join(", ");
  const kinds = candidates.map((s) => `${s.titleEn} (${s.kind})`).join("; ");
  let nearest: {source: Source; sheet: string; diagnosis: HeaderDiagnosis; score: number} | null = null;
  for (const preview of previews) {
    for (const source of candidates) {
      if (source.headers === undefined) continue;
      const diagnosis = diagnoseHeaders(preview.rows, source.headers);
      if (diagnosis === null) continue;
      const required = source.headers.filter((h) => h.required).length;
      const foundRequired = required - diagnosis.missing.length;
      // share of the required columns found, then the number of columns found
      const score = foundRequired / Math.max(required, 1) + diagnosis.found.length / 1000;
      if (foundRequired > 0 && (nearest === null || score > nearest.score)) nearest = {source, sheet: preview.sheet, diagnosis, score};
    }
  }
  if (nearest === null) {
    return new DataError({file, expected: `the headers of one of: ${kinds}; no header of any of them found (sheets looked at: ${looked})`});
  }
  const {source, sheet, diagnosis} = nearest;
  const quote = !previews.some((p) => hasPersonalColumn(p.rows));
  const [top, bottom] = diagnosis.headerRows;
  return new DataError({
    file,
    sheet,
    row: top,
    expected:
      `the headers of a known kind; nearest: ${source.titleEn} (${source.kind}), header row${top === bottom ? ` ${top}` : `s ${top}-${bottom}`}: ` +
      `found ${list(diagnosis.found.map((f) => `${f.label} (${quote ? `${f.column} "${f.header}"` : `column ${f.column}`})`))}; missing ${diagnosis.missing.length > 0 ? list(diagnosis.missing) : "none of the required columns, but not recognised"}` +
      ` (sheets looked at: ${looked}; if the file is of that kind, check-data --kind ${source.kind} gives its loader's message)`
  });
}
