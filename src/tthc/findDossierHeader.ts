import type {DossierField} from "./dossierColumns.ts";
import {identifyDossierColumn} from "./identifyDossierColumn.ts";

export interface DossierHeaderColumn {
  /** 0-based column index. */
  readonly index: number;
  /** The header as written in the file. */
  readonly header: string;
}

export interface DossierHeader {
  /** 0-based index of the header row among the rows given. */
  readonly rowIndex: number;
  readonly columns: ReadonlyMap<DossierField, DossierHeaderColumn>;
  /** Columns naming a field already named further left (the first one is kept in `columns`). */
  readonly repeated: readonly (DossierHeaderColumn & {readonly key: DossierField})[];
}

/** Title lines a system may write above the table ("DANH SÁCH HỒ SƠ …"). */
export const MAX_TITLE_ROWS = 10;

/**
 * The header row of a dossier-level export among its first rows: the first row naming both
 * the dossier code (Mã hồ sơ) and the date received (Ngày tiếp nhận), which a monthly report
 * workbook never has. Null when there is none within MAX_TITLE_ROWS + 1 rows.
 */
export function findDossierHeader(rows: readonly (readonly unknown[])[]): DossierHeader | null {
  for (let r = 0; r < Math.min(rows.length, MAX_TITLE_ROWS + 1); r++) {
    const columns = new Map<DossierField, DossierHeaderColumn>();
    const repeated: (DossierHeaderColumn & {key: DossierField})[] = [];
    (rows[r] ?? []).forEach((cell, index) => {
      const header = typeof cell === "string" ? cell.trim() : "";
      const key = header === "" ? null : identifyDossierColumn(header);
      if (key === null) return;
      if (columns.has(key)) repeated.push({key, index, header});
      else columns.set(key, {index, header});
    });
    if (columns.has("code") && columns.has("received")) return {rowIndex: r, columns, repeated};
  }
  return null;
}
