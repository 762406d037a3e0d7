import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {DOSSIER_COLUMNS} from "../../../src/tthc/dossierColumns.ts";
import {findDossierHeader, MAX_TITLE_ROWS} from "../../../src/tthc/findDossierHeader.ts";
import {identifyDossierColumn} from "../../../src/tthc/identifyDossierColumn.ts";
import {arbitraryCell} from "../../helpers/arbitraryCells.ts";

const HEADERS = DOSSIER_COLUMNS.flatMap((c) => [c.header, ...c.aliases]);
const cell = arbitraryCell([...HEADERS, " Mã hồ sơ ", "MÃ HỒ SƠ", "Ngày tiếp nhận:", "DANH SÁCH HỒ SƠ", "Họ tên cán bộ tiếp nhận"]);
// Title lines, then a row of dossier headers in any order among other cells, then anything.
const dossierExport = fc
  .tuple(
    fc.array(fc.array(cell, {maxLength: 4}), {maxLength: 12}),
    fc.array(fc.oneof({arbitrary: fc.constantFrom(...HEADERS), weight: 4}, cell), {maxLength: 16}),
    fc.array(fc.array(cell, {maxLength: 16}), {maxLength: 4})
  )
  .map(([title, header, body]) => [...title, header, ...body]);
const grid = fc.oneof(fc.array(fc.array(cell, {maxLength: 16}), {maxLength: 14}), dossierExport);

describe("findDossierHeader on arbitrary input", () => {
  it("never throws, and a header it finds names the dossier code and date received where the cells say so", () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const found = findDossierHeader(rows);
        if (found === null) return;
        expect(found.rowIndex).toBeLessThanOrEqual(MAX_TITLE_ROWS);
        expect(found.columns.has("code") && found.columns.has("received")).toBe(true);
        const row = rows[found.rowIndex]!;
        for (const [key, column] of [...found.columns, ...found.repeated.map((r) => [r.key, r] as const)]) {
          expect(row[column.index]).toSatisfy((c: unknown) => typeof c === "string" && c.trim() === column.header);
          expect(identifyDossierColumn(column.header)).toBe(key);
        }
      }),
      {numRuns: 300}
    );
  });
});
