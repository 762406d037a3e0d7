import {writeFile} from "node:fs/promises";
import {utils, write} from "@e965/xlsx";
import {DDCI_COLUMNS, DDCI_TITLE} from "../../src/ddci/ddciLayout.ts";
import {DDCI_COMPONENT_IDS} from "../../src/model/ddciIndicators.ts";
import type {DdciSampleTable} from "../../src/sample/generateDdciSample.ts";
import {SAMPLE_MARKER} from "../../src/tthc/reportLayout.ts";

const FIRST_HEADER_ROW = 5;
const COMPONENT_HEADERS = DDCI_COMPONENT_IDS.map((id) => DDCI_COLUMNS.find((c) => c.key === id)!.header);

/**
 * The table as a grid of cells, laid out as Hà Tĩnh publishes it: title lines, a two-row
 * header (the nine components under a merged "Điểm chỉ số thành phần" group), one row per
 * unit, "-" where a unit is not scored.
 */
export function ddciTableGrid(table: DdciSampleTable): (string | number)[][] {
  const {year} = table;
  return [
    ["UBND TỈNH HÀ TĨNH"],
    [DDCI_TITLE],
    [`Kết quả DDCI năm ${year}`],
    [SAMPLE_MARKER],
    [],
    ["STT", "Sở, ban, ngành, địa phương", "Số phiếu trả lời", `Điểm chỉ số thành phần DDCI năm ${year} (Thang điểm 10)`, ...COMPONENT_HEADERS.slice(1).map(() => ""), `DDCI năm ${year} (Thang điểm 100)`, "Xếp loại"],
    ["", "", "", ...COMPONENT_HEADERS, "", ""],
    ...table.rows.map((row, i) => [i + 1, row.unitName, row.responses, ...DDCI_COMPONENT_IDS.map((id) => row.scores[id] ?? "-"), row.total, row.classification])
  ];
}

/** Writes the table as an .xlsx workbook with merged title and header cells. */
export async function writeDdciWorkbook(path: string, table: DdciSampleTable): Promise<void> {
  const grid = ddciTableGrid(table);
  const width = grid[FIRST_HEADER_ROW]!.length;
  const sheet = utils.aoa_to_sheet(grid);
  const lastComponent = 3 + DDCI_COMPONENT_IDS.length - 1;
  sheet["!merges"] = [
    ...[0, 1, 2, 3].map((r) => ({s: {r, c: 0}, e: {r, c: width - 1}})),
    // single headers merged down two rows, the component group merged across
    ...[0, 1, 2, lastComponent + 1, lastComponent + 2].map((c) => ({s: {r: FIRST_HEADER_ROW, c}, e: {r: FIRST_HEADER_ROW + 1, c}})),
    {s: {r: FIRST_HEADER_ROW, c: 3}, e: {r: FIRST_HEADER_ROW, c: lastComponent}}
  ];
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, sheet, "DDCI");
  // a fixed modification date keeps the file byte-identical from run to run
  workbook.Props = {Title: `DDCI ${table.year}`, CreatedDate: new Date("2026-01-01T00:00:00Z"), ModifiedDate: new Date("2026-01-01T00:00:00Z")};
  await writeFile(path, write(workbook, {type: "buffer", bookType: "xlsx", compression: true}) as Buffer);
}
