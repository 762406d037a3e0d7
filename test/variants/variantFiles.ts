// Generators for the layout variants analysts have received (issue #11): one small file per
// variant, written the way the machine or unit that sends it writes it. Nothing here is copied
// from real files; the tests in variants.test.ts say which load (with which values) and which are
// refused (with which message).
import {utils, write} from "@e965/xlsx";

export interface VariantFile {
  readonly name: string;
  readonly bytes: Buffer;
}

type Grid = readonly (readonly unknown[])[];

/** An .xlsx with the given sheets, in order. */
export function workbook(name: string, sheets: Readonly<Record<string, Grid>>): VariantFile {
  const book = utils.book_new();
  for (const [sheet, grid] of Object.entries(sheets)) utils.book_append_sheet(book, utils.aoa_to_sheet(grid.map((r) => [...r])), sheet);
  return {name, bytes: write(book, {type: "buffer", bookType: "xlsx"}) as Buffer};
}

/** A CSV of `grid` in one of the encodings and separators Excel writes. */
export function csv(name: string, grid: Grid, encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "windows-1258", delimiter = ";"): VariantFile {
  const text = grid.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c))).join(delimiter)).join("\r\n") + "\r\n";
  if (encoding === "utf-8") return {name, bytes: Buffer.from(text, "utf-8")};
  if (encoding === "utf-8-bom") return {name, bytes: Buffer.from(`\uFEFF${text}`, "utf-8")};
  if (encoding === "utf-16le") return {name, bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])};
  return {name, bytes: toWindows1258(text)};
}

// Windows-1258 as Excel writes Vietnamese: base letters (some in the upper half) and the five
// tone marks as separate combining bytes. Only what the fixtures below use.
const CP1258_LETTERS: Readonly<Record<string, number>> = {"Đ": 0xd0, "đ": 0xf0, "ơ": 0xf5, "Ơ": 0xd5, "ư": 0xfd, "Ư": 0xdd, "â": 0xe2, "Â": 0xc2, "ê": 0xea, "Ê": 0xca, "ô": 0xf4, "Ô": 0xd4, "ă": 0xe3, "Ă": 0xc3};
const CP1258_TONES: Readonly<Record<string, number>> = {"\u0300": 0xcc, "\u0301": 0xec, "\u0303": 0xde, "\u0309": 0xd2, "\u0323": 0xf2};

function toWindows1258(text: string): Buffer {
  const bytes: number[] = [];
  for (const letter of text.normalize("NFC")) {
    // the tone marks come off as combining bytes; the vowel keeps its own mark (â, ơ, ư…)
    const parts = [...letter.normalize("NFD")];
    const tones = parts.filter((p) => CP1258_TONES[p] !== undefined);
    const base = parts.filter((p) => CP1258_TONES[p] === undefined).join("").normalize("NFC");
    for (const ch of [base, ...tones]) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) bytes.push(code);
      else if (CP1258_LETTERS[ch] !== undefined) bytes.push(CP1258_LETTERS[ch]!);
      else if (CP1258_TONES[ch] !== undefined) bytes.push(CP1258_TONES[ch]!);
      else throw new Error(`no Windows-1258 byte for ${JSON.stringify(ch)} in this generator`);
    }
  }
  return Buffer.from(bytes);
}

// --- Monthly TTHC report (tthc-report), T10/2024, two Lộc Hà communes ---------------------

const REPORT_TITLE: Grid = [["UBND HUYỆN LỘC HÀ"], ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], ["Tháng 10/2024"], []];
const REPORT_GROUP = ["STT", "Đơn vị", "Số hồ sơ tiếp nhận", "", "", "", "", "Số hồ sơ đã giải quyết", "", "Trả kết quả qua dịch vụ BCCI", "Thanh toán trực tuyến"];
const REPORT_SUB = ["", "", "Tổng số", "Trực tuyến", "Trong đó: toàn trình", "Trực tiếp", "Qua dịch vụ BCCI", "Đúng hạn", "Quá hạn", "", ""];
//                                  total online fully person postal onTime late returned paid
const REPORT_ROWS: Grid = [
  [1, "Xã Thạch Kim", 100, 60, 30, 38, 2, 90, 5, 4, 20],
  [2, "Xã Hộ Độ", 80, 40, 25, 38, 2, 70, 6, 3, 15]
];

const without = (row: readonly unknown[], columns: readonly number[]): unknown[] => row.filter((_, i) => !columns.includes(i));

/** The report as the district's template has it. */
export const reportGrid = (title: Grid = REPORT_TITLE): Grid => [...title, REPORT_GROUP, REPORT_SUB, ...REPORT_ROWS];

/** A report from a unit whose template has no online-payment column (K). */
export const reportWithoutPayments = (): VariantFile =>
  workbook("bao-cao-thang-10-2024.xlsx", {BaoCao: [...REPORT_TITLE, ...[REPORT_GROUP, REPORT_SUB, ...REPORT_ROWS].map((r) => without(r, [10]))]});

/** A report with only the required columns: no fully-online (E), in-person (F), BCCI-return (J) or payment (K) column. */
export const reportMinimal = (): VariantFile =>
  workbook("bc-t10-2024.xlsx", {BaoCao: [...REPORT_TITLE, ...[REPORT_GROUP, REPORT_SUB, ...REPORT_ROWS].map((r) => without(r, [4, 5, 9, 10]))]});

/** A report with no month in its title lines: the file name gives it. */
export const reportMonthInFileName = (): VariantFile => workbook("bao-cao-thang-10-2024.xlsx", {BaoCao: reportGrid([["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], []])});

/** No month in the title or the file name: "Năm" and "Tháng" columns on every row. */
export const reportMonthColumns = (): VariantFile =>
  workbook("bao-cao-xa.xlsx", {
    BaoCao: [["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], [], [...REPORT_GROUP, "Năm", "Tháng"], [...REPORT_SUB, "", ""], ...REPORT_ROWS.map((r) => [...r, 2024, 10])]
  });

/** The title says T10/2024, the file name T11/2024. */
export const reportMonthsDisagree = (): VariantFile => workbook("bao-cao-thang-11-2024.xlsx", {BaoCao: reportGrid()});

/** Headers abbreviated (HS, TN, DVCTT, BCCI) and in English. */
export const reportAbbreviated = (): VariantFile =>
  workbook("report-2024-10.xlsx", {
    Report: [
      ...REPORT_TITLE,
      ["No.", "Unit", "Số HS TN", "", "", "", "", "Dossiers resolved", "", "Results returned by post", "Online payment"],
      ["", "", "Total", "DVCTT", "Fully online", "In person", "BCCI", "On time", "Late", "", ""],
      ...REPORT_ROWS
    ]
  });

/** Excel on Vietnamese Windows, "CSV (Comma delimited)": Windows-1258, semicolons. */
export const reportWindows1258 = (): VariantFile => csv("bao-cao-t10-2024.csv", reportGrid(), "windows-1258");

/** Excel's "Unicode text": UTF-16LE with a BOM, tab-separated, saved with a .csv name. */
export const reportUtf16 = (): VariantFile => csv("bao-cao-t10-2024.csv", reportGrid(), "utf-16le", "\t");

/** A report whose header lacks the resolved columns: no kind recognises it. */
export const reportMissingColumns = (): VariantFile =>
  workbook("bao-cao-khac.xlsx", {
    "Ghi chú": [["Báo cáo gửi kèm công văn"]],
    BaoCao: [...REPORT_TITLE, ["STT", "Đơn vị", "Số hồ sơ tiếp nhận", ""], ["", "", "Tổng số", "Trực tuyến"], [1, "Xã Thạch Kim", 100, 60]]
  });

// --- Dossier export (tthc-dossiers) ---------------------------------------------------------

/**
 * An export from another unit's system: due date headed "Hạn xử lý", channel as numeric codes
 * (1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích). Personal columns filled with fake values.
 */
export const dossiersOtherSystem = (encoding: "utf-8" | "windows-1258" = "utf-8"): VariantFile =>
  csv(
    encoding === "utf-8" ? "ho-so-thang-7-2026.csv" : "ho-so-thang-7-2026-ansi.csv",
    [
      ["Mã hồ sơ", "Họ tên người nộp", "Đơn vị tiếp nhận", "Kênh nộp", "Mức độ", "Ngày tiếp nhận", "Hạn xử lý", "Ngày hoàn thành", "Hình thức trả kết quả", "Thanh toán trực tuyến"],
      ["HS-1", "Nguyễn Văn A", "Xã Lộc Hà", "1", "", "01/07/2026", "10/07/2026", "05/07/2026", "Trực tiếp", "Không"],
      ["HS-2", "Trần Thị B", "Xã Lộc Hà", "2", "Toàn trình", "02/07/2026", "10/07/2026", "12/07/2026", "Trực tuyến", "Có"],
      ["HS-3", "Lê Văn C", "Xã Lộc Hà", "3", "", "03/07/2026", "10/07/2026", "", "Bưu chính công ích", "Không"]
    ],
    encoding
  );

// --- DDCI table (ddci-table) -----------------------------------------------------------------

const DDCI_HEADER = [
  "STT",
  "Đơn vị",
  "Số phiếu",
  "Tính minh bạch",
  "Chi phí thời gian",
  "Vai trò người đứng đầu",
  "Chi phí không chính thức",
  "Hỗ trợ doanh nghiệp",
  "Thiết chế pháp lý và an ninh trật tự",
  "Cạnh tranh bình đẳng",
  "Tiếp cận đất đai",
  "Tính năng động",
  "Điểm tổng",
  "Xếp loại"
];
const DDCI_LOC_HA = [1, "Huyện Lộc Hà", 56, 5.48, 4.08, 7.04, 5.58, 5.6, 5.55, 4.49, 5.88, 4.87, 54.52, "Trung bình"];
const DDCI_TAI_CHINH = [2, "Sở Tài chính", 60, 7.1, 7.2, 7.3, 7.4, 7.5, 7.6, 7.7, "-", 7.9, 70.1, "Khá"];

/** The year in a "Năm" column, no title line. */
export const ddciYearColumn = (): VariantFile =>
  workbook("ket-qua-ddci.xlsx", {KQ: [["Năm", ...DDCI_HEADER], [2023, ...DDCI_LOC_HA], [2023, ...DDCI_TAI_CHINH]]});

/** No title line, no year column: the file name gives the year. */
export const ddciYearInFileName = (): VariantFile => workbook("DDCI_2023.xlsx", {KQ: [DDCI_HEADER, DDCI_LOC_HA, DDCI_TAI_CHINH]});

/** Sở Tài chính's proactivity (column L) written on the 100-point scale. */
export const ddciBadComponent = (): VariantFile =>
  workbook("DDCI_2023.xlsx", {KQ: [["Kết quả DDCI năm 2023"], [], DDCI_HEADER, DDCI_LOC_HA, DDCI_TAI_CHINH.map((c, i) => (i === 11 ? 50 : c))]});

// --- VCCI PCI workbooks (pci-vcci), 2009-like: nine sub-indices, no policy bias -----------------

const PCI_ROWS = [
  ["Đà Nẵng", 8.1, 6.2, 6.9, 7.1, 6.4, 7.3, 6.8, 6.1, 6.5, 70.5, 1],
  ["Hà Tĩnh", 7.2, 5.9, 5.6, 6.2, 5.8, 5.5, 4.9, 5.2, 4.7, 55.1, 40]
];
const PCI_HEADER_VI = ["Tỉnh", "Gia nhập thị trường", "Tiếp cận đất đai", "Tính minh bạch", "Chi phí thời gian", "Chi phí không chính thức", "Tính năng động", "Hỗ trợ doanh nghiệp", "Đào tạo lao động", "Thiết chế pháp lý", "PCI 2009", "Thứ hạng PCI 2009"];

/** The full table on the second sheet (the first holds a cover note). */
export const pciSecondSheet = (): VariantFile =>
  workbook("PCI 2009.xlsx", {"Giới thiệu": [["Chỉ số năng lực cạnh tranh cấp tỉnh 2009"], ["Xem trang sau"]], "Tổng hợp": [PCI_HEADER_VI, ...PCI_ROWS]});

/** English headers with numbered sub-indices ("Sub-Index 10: Law & Order"), an unknown eleventh. */
export const pciSubIndexNames = (): VariantFile =>
  workbook("PCI 2009.xlsx", {
    Summary: [
      [
        "Province",
        "Sub-Index 1: Entry Costs",
        "Sub-Index 2: Land Access",
        "Sub-Index 3: Transparency",
        "Sub-Index 4: Time Costs",
        "Sub-Index 5: Informal Charges",
        "Sub-Index 7: Proactivity",
        "Sub-Index 8: Business Support Services",
        "Sub-Index 9: Labor Training",
        "Sub-Index 10: Law & Order",
        "Weighted PCI",
        "Rank",
        "Sub-Index 11: Innovation"
      ],
      ...PCI_ROWS.map((r) => [...r, 5.5])
    ]
  });

/** A PCI extract with only two sub-indices: too little to be recognised, but the nearest kind is named. */
export const pciTooFewColumns = (): VariantFile =>
  workbook("PCI 2009 trich.xlsx", {Sheet1: [["Tỉnh", "Gia nhập thị trường", "Tiếp cận đất đai"], ...PCI_ROWS.map((r) => r.slice(0, 3))]});

// --- Files that are not what their name says ---------------------------------------------------

export const emptyFile = (): VariantFile => ({name: "bao-cao-thang-10-2024.xlsx", bytes: Buffer.alloc(0)});

export const textNamedXlsx = (): VariantFile => ({name: "bao-cao-thang-10-2024.xlsx", bytes: csv("x.csv", reportGrid(), "utf-8").bytes});
