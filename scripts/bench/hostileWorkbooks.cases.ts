// Hostile spreadsheet files, built in code (no binary fixtures): what a crafted or broken file
// from outside could hold, each against one of SPREADSHEET_LIMITS. Used by the tests
// (test/loaders/io/readSpreadsheet.hostile.test.ts) and by npm run bench:hostile.
import {SPREADSHEET_LIMITS} from "../../loaders/io/spreadsheetLimits.ts";
import {repeatedZipPart, zipBytes, zipPart, type ZipPart} from "./zipBytes.ts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface HostileCase {
  readonly name: string;
  readonly fileName: string;
  readonly build: () => Promise<Buffer>;
  /** What the read must give: the first sheet's cells, or a refusal whose message matches. */
  readonly expect: {readonly cells: unknown[][]} | {readonly refused: RegExp};
}

/** A sheet's XML with `rows` inside <sheetData> and `before`/`after` around it. */
const sheetXml = (rows: string, before = "", after = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;

/** The parts of a minimal valid .xlsx: its sheets (XML text or a ready part), shared strings if given, and `extra` parts. */
function workbookParts(sheets: readonly (string | ZipPart)[], sharedStrings?: ZipPart, extra: readonly ZipPart[] = []): ZipPart[] {
  const names = sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const overrides = names.map((n) => `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  const sst = sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : "";
  return [
    zipPart(
      "[Content_Types].xml",
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sst}</Types>`
    ),
    zipPart("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    zipPart(
      "xl/workbook.xml",
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets>${names.map((_, i) => `<sheet name="Trang ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`
    ),
    zipPart(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="${RELS}">${names.map((n, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="${n.slice(3)}"/>`).join("")}${sharedStrings ? `<Relationship Id="rIdS" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`
    ),
    ...sheets.map((sheet, i) => (typeof sheet === "string" ? zipPart(names[i]!, sheet) : {...sheet, name: names[i]!})),
    ...(sharedStrings ? [{...sharedStrings, name: "xl/sharedStrings.xml"}] : []),
    ...extra
  ];
}

/** A minimal .xlsx of `sheets` (XML text, or parts whose names are replaced), with shared strings and `extra` parts if given. */
export const workbook = (sheets: readonly (string | ZipPart)[], sharedStrings?: ZipPart, extra?: readonly ZipPart[]): Buffer =>
  zipBytes(workbookParts(sheets, sharedStrings, extra));

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = `</sheetData></worksheet>`;

const TWO_CELLS = `<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>Xã Lộc Hà</t></is></c></row>`;
const L = SPREADSHEET_LIMITS;
const n = (value: number): string => value.toLocaleString("en");

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    name: "a sheet declaring A1:XFD1048576 with two cells",
    fileName: "kich-thuoc-gia.xlsx",
    build: async () => workbook([sheetXml(TWO_CELLS, `<dimension ref="A1:XFD1048576"/>`)]),
    expect: {cells: [[1, "Xã Lộc Hà"]]}
  },
  {
    name: "a stray value far below the table",
    fileName: "o-lac.xlsx",
    build: async () => workbook([sheetXml(`${TWO_CELLS}<row r="200001"><c r="Z200001"><v>7</v></c></row>`)]),
    expect: {refused: new RegExp(`sheet "Trang 1".*at most ${n(L.gridCells)} cells.*last filled row is 200,001 and its last filled column Z`)}
  },
  {
    name: "a cell far below Excel's last row",
    fileName: "dong-rat-xa.xlsx",
    build: async () => workbook([sheetXml(`${TWO_CELLS}<row r="99999999"><c r="A99999999"><v>7</v></c></row>`)]),
    expect: {refused: /last filled row is 99,999,999/}
  },
  {
    name: "a cell below Excel's last row",
    fileName: "qua-nhieu-dong.xlsx",
    build: async () => workbook([sheetXml(`${TWO_CELLS}<row r="${L.rows + 1}"><c r="A${L.rows + 1}"><v>7</v></c></row>`)]),
    expect: {refused: new RegExp(`sheet "Trang 1".*at most ${n(L.rows)} rows and ${n(L.columns)} columns`)}
  },
  {
    name: "a cell right of Excel's last column",
    fileName: "qua-nhieu-cot.xlsx",
    build: async () => workbook([sheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>7</v></c></row>`)]),
    expect: {refused: new RegExp(`sheet "Trang 1".*at most ${n(L.rows)} rows and ${n(L.columns)} columns.*column XFE`)}
  },
  {
    name: "more filled cells than the limit",
    fileName: "qua-nhieu-o.xlsx",
    build: async () =>
      workbook([await repeatedZipPart("", SHEET_HEAD, `<row>${"<c><v>1</v></c>".repeat(100)}</row>`, L.filledCells / 100 + 1, SHEET_TAIL)]),
    expect: {refused: new RegExp(`at most ${n(L.filledCells)} filled cells`)}
  },
  {
    name: "a huge shared-strings table",
    fileName: "bang-chuoi-lon.xlsx",
    build: async () =>
      workbook([sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`)], await repeatedZipPart("", `<sst xmlns="${MAIN}">`, "<si><t>x</t></si>".repeat(1000), L.sharedStrings / 1000 + 1, "</sst>")),
    expect: {refused: new RegExp(`at most ${n(L.sharedStrings)} texts in the workbook's shared-strings table`)}
  },
  {
    name: "deeply nested XML",
    fileName: "long-sau.xlsx",
    build: async () => workbook([sheetXml(TWO_CELLS, "", `${"<extLst>".repeat(L.xmlDepth + 1)}${"</extLst>".repeat(L.xmlDepth + 1)}`)]),
    expect: {refused: new RegExp(`XML nested at most ${n(L.xmlDepth)} levels deep.*part "xl/worksheets/sheet1.xml"`)}
  },
  {
    name: "a part claiming 100 bytes that inflates past the unpacked limit",
    fileName: "kich-thuoc-noi-doi.xlsx",
    build: async () => {
      // empty formatted cells: the densest tags, the slowest XML to tally
      const lying = await repeatedZipPart("xl/worksheets/sheet2.xml", SHEET_HEAD, `<row>${'<c r="A1" s="1"/>'.repeat(1000)}</row>`, Math.ceil(L.unpackedBytes / 17_000) + 1, SHEET_TAIL);
      return workbook([sheetXml(TWO_CELLS)], undefined, [{...lying, declaredSize: 100}]);
    },
    expect: {refused: new RegExp(`unpacks to at most ${L.unpackedBytes / 1024 / 1024} MB.*at least one lies about its size`)}
  },
  {
    name: "parts declaring more than the unpacked limit",
    fileName: "qua-lon.xlsx",
    build: async () => workbook([sheetXml(TWO_CELLS)], undefined, [{...zipPart("xl/media/image1.png", "x"), declaredSize: L.unpackedBytes + 50 * 1024 * 1024}]),
    expect: {refused: new RegExp(`unpacks to at most ${L.unpackedBytes / 1024 / 1024} MB.*says it unpacks to`)}
  },
  {
    name: "a binary part bigger than the limit",
    fileName: "phan-nhi-phan.xlsx",
    build: async () =>
      workbook([sheetXml(TWO_CELLS)], undefined, [await repeatedZipPart("xl/printerSettings/printerSettings1.bin", "", "\0".repeat(1024 * 1024), L.binaryPartBytes / (1024 * 1024) + 2, "")]),
    expect: {refused: new RegExp(`binary parts .* of at most ${L.binaryPartBytes / 1024 / 1024} MB`)}
  },
  {
    name: "more zip parts than the limit",
    fileName: "qua-nhieu-phan.xlsx",
    build: async () => workbook([sheetXml(TWO_CELLS)], undefined, Array.from({length: L.zipEntries}, (_, i) => zipPart(`xl/media/p${i}.txt`, ""))),
    expect: {refused: new RegExp(`at most ${n(L.zipEntries)} parts`)}
  },
  {
    name: "more sheets than the limit",
    fileName: "qua-nhieu-trang.xlsx",
    build: async () => workbook(Array.from({length: L.sheets + 1}, () => sheetXml(TWO_CELLS))),
    expect: {refused: new RegExp(`at most ${L.sheets} sheets`)}
  },
  {
    name: "a text file renamed .xlsx",
    fileName: "khong-phai-zip.xlsx",
    build: async () => Buffer.from("Mã hồ sơ,Đơn vị tiếp nhận\nHS-1,Xã Lộc Hà\n", "utf-8"),
    expect: {refused: /an Excel workbook, but this file is not one/}
  },
  {
    name: "a part that does not inflate",
    fileName: "hong.xlsx",
    build: async () => workbook([sheetXml(TWO_CELLS)], undefined, [{...zipPart("xl/styles.xml", "<styleSheet/>"), deflated: Buffer.from("not deflate data at all")}]),
    expect: {refused: /part "xl\/styles.xml" does not unpack/}
  },
  {
    name: "a workbook cut short (its zip directory lost)",
    fileName: "bi-cat.xlsx",
    build: async () => {
      const whole = workbook([sheetXml(TWO_CELLS)]);
      return whole.subarray(0, whole.length >> 1);
    },
    expect: {refused: /an intact .xlsx workbook, but its zip directory is missing/}
  },
  {
    name: "a legacy .xls over the size limit",
    fileName: "cu-qua-lon.xls",
    build: async () => Buffer.alloc(L.legacyBytes + 1024 * 1024),
    expect: {refused: new RegExp(`legacy .xls file of at most ${L.legacyBytes / 1024 / 1024} MB`)}
  }
];
