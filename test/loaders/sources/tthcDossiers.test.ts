import {readdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {utils, write} from "@e965/xlsx";
import {afterEach, beforeAll, beforeEach, describe, expect, test} from "vitest";
import {buildDataset, sourceFor} from "../../../loaders/buildDataset.ts";
import {loadReference, type Reference} from "../../../loaders/reference/loadReference.ts";
import {SOURCES} from "../../../loaders/registry.ts";
import {SPREADSHEET_LIMITS} from "../../../loaders/io/spreadsheetLimits.ts";
import {readDossierCounts, tthcDossiers} from "../../../loaders/sources/tthcDossiers.ts";
import {tthcReport} from "../../../loaders/sources/tthcReport.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {DataErrors, problemsOf} from "../../../src/errors/dataErrors.ts";
import type {Observation} from "../../../src/model/observation.ts";
import type {TthcCounts} from "../../../src/tthc/tthcCounts.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const HEADER = [
  "Mã hồ sơ",
  "Họ tên người nộp",
  "Số CCCD/CMND",
  "Số điện thoại",
  "Địa chỉ",
  "Đơn vị tiếp nhận",
  "Thủ tục",
  "Lĩnh vực",
  "Kênh nộp",
  "Mức độ",
  "Ngày tiếp nhận",
  "Ngày hẹn trả",
  "Ngày hoàn thành",
  "Hình thức trả kết quả",
  "Thanh toán trực tuyến"
];

interface Row {
  code?: string;
  unit?: string;
  channel?: string;
  level?: string;
  received?: string;
  due?: string;
  completed?: string;
  ret?: string;
  paid?: string;
}

/** One CSV line for a dossier: defaults give a valid in-person dossier of Xã Lộc Hà, July 2026. */
function line(r: Row, i: number): string {
  return [
    r.code ?? `HS-${i}`,
    `Nguyễn Văn ${i}`,
    "042090000001",
    "0912000000",
    "Thôn 1",
    r.unit ?? "Xã Lộc Hà",
    "Đăng ký khai sinh",
    "Hộ tịch",
    r.channel ?? "Trực tiếp",
    r.level ?? "",
    r.received ?? "01/07/2026",
    r.due ?? "10/07/2026",
    r.completed ?? "",
    r.ret ?? "Trực tiếp",
    r.paid ?? "Không"
  ].join(";");
}

const csv = (rows: readonly Row[], header: readonly string[] = HEADER): string => [header.join(";"), ...rows.map(line)].join("\r\n") + "\r\n";

const zero: TthcCounts = {
  receivedTotal: 0,
  receivedOnline: 0,
  receivedFullyOnline: 0,
  receivedInPerson: 0,
  receivedPostal: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  returnedPostal: 0,
  paidOnline: 0
};

/** The counts behind a unit-month's observations (numerators of the count-like indicators). */
function countsOf(observations: readonly Observation[], unitId: string, period: string): Partial<TthcCounts> | undefined {
  const at = observations.filter((o) => o.unitId === unitId && o.period === period);
  if (at.length === 0) return undefined;
  const by = (id: string): Observation => at.find((o) => o.indicator === id)!;
  return {
    receivedTotal: by("online_share").denominator!,
    receivedOnline: by("online_share").numerator!,
    receivedFullyOnline: by("fully_online_share").numerator!,
    receivedPostal: by("postal_submission_share").numerator!,
    resolvedOnTime: by("on_time_share").numerator!,
    resolvedLate: by("on_time_share").denominator! - by("on_time_share").numerator!,
    returnedPostal: by("postal_return_share").numerator!
  };
}

let reference: Reference;
beforeAll(async () => void (reference = await loadReference(join(PROJECT_ROOT, "data", "reference"))));

describe("tthcDossiers: dossier-level exports from the one-stop system", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (text: string, name = "ho-so.csv") => tthcDossiers.load(await project.write(`data/raw/tthc/${name}`, text), {reference});
  const failure = async (text: string): Promise<readonly DataError[]> => {
    const error = await load(text).then(
      () => null,
      (e: unknown) => e
    );
    expect(error, "the file should be refused").toBeInstanceOf(Error);
    const problems = problemsOf(error);
    expect(problems.length, `a DataError, got ${String(error)}`).toBeGreaterThan(0);
    return problems;
  };

  test("a literal 10-row export aggregates to exactly the hand-counted unit-month figures", async () => {
    const rows: Row[] = [
      // Xã Lộc Hà, July 2026
      {channel: "Trực tuyến", level: "Toàn trình", received: "01/07/2026", due: "05/07/2026", completed: "03/07/2026", ret: "Bưu chính công ích", paid: "Có"},
      {channel: "Truc tuyen", level: "Mot phan", received: "02/07/2026", due: "05/07/2026", completed: "09/07/2026", paid: "có"},
      {channel: "Trực tuyến", level: "toàn trình", received: "3/7/2026", due: "20/07/2026", completed: "", paid: "Không"},
      {channel: "Trực tiếp", level: "Toàn trình", received: "06/07/2026", due: "10/07/2026", completed: "10/07/2026", ret: "BCCI"},
      {channel: "BCCI", received: "07/07/2026", due: "31/07/2026", completed: "04/08/2026", ret: "Bưu chính công ích"},
      {channel: "Qua bưu điện", received: "28/07/2026", due: "05/08/2026", completed: "30/07/2026", ret: "Trực tuyến"},
      {channel: "Trực tiếp", received: "29/07/2026", due: "03/08/2026", completed: ""},
      // Xã Lộc Hà, August 2026 (and the July dossier completed on 04/08 counts there, late)
      {channel: "Trực tiếp", received: "03/08/2026", due: "07/08/2026", completed: "07/08/2026", ret: "Bưu chính công ích"},
      // Phường Trần Phú, July 2026
      {unit: "UBND phường Trần Phú", channel: "Trực tuyến", level: "Toàn trình", received: "15/07/2026", due: "20/07/2026", completed: "16/07/2026", paid: "Có"},
      {unit: "Tran Phu", channel: "Trực tiếp", received: "16/07/2026", due: "17/07/2026", completed: "20/07/2026"}
    ];
    const file = await project.write("data/raw/tthc/ho-so.csv", csv(rows));
    const {counts} = await readDossierCounts(file, reference);
    expect(counts).toEqual([
      {
        unitId: "phuong-tran-phu-2025",
        month: "2026-07",
        counts: {...zero, receivedTotal: 2, receivedOnline: 1, receivedFullyOnline: 1, receivedInPerson: 1, resolvedOnTime: 1, resolvedLate: 1, paidOnline: 1}
      },
      {
        unitId: "xa-loc-ha-2025",
        month: "2026-07",
        // the in-person dossier of a fully online procedure (row 5) is not "toàn trình"; the one
        // completed on 04/08 counts in August; the one still open counts nowhere as resolved
        counts: {
          receivedTotal: 7,
          receivedOnline: 3,
          receivedFullyOnline: 2,
          receivedInPerson: 2,
          receivedPostal: 2,
          resolvedOnTime: 3,
          resolvedLate: 1,
          returnedPostal: 2,
          paidOnline: 2
        }
      },
      {
        unitId: "xa-loc-ha-2025",
        month: "2026-08",
        counts: {...zero, receivedTotal: 1, receivedInPerson: 1, resolvedOnTime: 1, resolvedLate: 1, returnedPostal: 2}
      }
    ]);
    const loaded = await tthcDossiers.load(file, {reference});
    const get = (unitId: string, period: string, indicator: string) =>
      loaded.observations.find((o) => o.unitId === unitId && o.period === period && o.indicator === indicator);
    expect(get("xa-loc-ha-2025", "2026-07", "received_total")?.value).toBe(7);
    expect(get("xa-loc-ha-2025", "2026-07", "on_time_share")).toMatchObject({numerator: 3, denominator: 4, value: 0.75});
    expect(loaded.observations.every((o) => o.source === "ho-so.csv" && o.grain === "month" && !o.sample)).toBe(true);
    expect(loaded.provenance).toMatchObject({file: "ho-so.csv", kind: "tthc-dossiers", sheet: "CSV", rowsRead: 10, sample: false, periods: ["2026-07", "2026-08"]});
    expect(loaded.provenance.sha256).toMatch(/^[0-9a-f]{64}$/);
    // no unit-month the export does not cover: Trần Phú received nothing in August here
    expect(get("phuong-tran-phu-2025", "2026-08", "received_total")).toBeUndefined();
  });

  test('paid online: "Có", "x" are paid; "Không" and blank are not', async () => {
    const file = await project.write("data/raw/tthc/ho-so.csv", csv([{paid: "Có"}, {paid: "x"}, {paid: ""}, {paid: "Không"}, {paid: "KHONG"}]));
    const {counts} = await readDossierCounts(file, reference);
    expect(counts.map((c) => c.counts.paidOnline)).toEqual([2]);
  });

  test("dates with a time of day or spaces around them count as the same plain dates do", async () => {
    const plain: Row[] = [
      {received: "01/07/2026", due: "10/07/2026", completed: "10/07/2026"},
      {received: "31/07/2026", due: "05/08/2026", completed: "06/08/2026"},
      {received: "15/07/2026", due: "20/07/2026"}
    ];
    const timed: Row[] = [
      {received: "01/07/2026 07:45", due: "10/07/2026 17:00", completed: "10/07/2026 16:59:59"},
      {received: " 31/07/2026", due: "05/08/2026 ", completed: "06/08/2026 08:00"},
      {received: "15/07/2026 10:00", due: "20/07/2026"}
    ];
    const expected = await readDossierCounts(await project.write("data/raw/tthc/a.csv", csv(plain)), reference);
    const actual = await readDossierCounts(await project.write("data/raw/tthc/b.csv", csv(timed)), reference);
    expect(actual.counts).toEqual(expected.counts);
    // the one completed on 06/08 is late, in August, a month this export does not cover
    expect(expected.counts).toEqual([{unitId: "xa-loc-ha-2025", month: "2026-07", counts: {...zero, receivedTotal: 3, receivedInPerson: 3, resolvedOnTime: 1}}]);
  });

  test("a commune name is matched for the month of receipt: the old and the 2025 Xã Hồng Lộc", async () => {
    const loaded = await load(
      csv([
        {unit: "Xã Hồng Lộc", received: "30/06/2025", due: "02/07/2025", completed: "01/07/2025"},
        {unit: "Xã Hồng Lộc", received: "01/07/2025", due: "02/07/2025"}
      ])
    );
    expect(countsOf(loaded.observations, "18412", "2025-06")?.receivedTotal).toBe(1);
    expect(countsOf(loaded.observations, "xa-hong-loc-2025", "2025-07")?.receivedTotal).toBe(1);
    // the old commune's dossier completed after it ceased to exist is not credited to the new one
    expect(countsOf(loaded.observations, "xa-hong-loc-2025", "2025-07")?.resolvedOnTime).toBe(0);
  });

  test("semicolons or commas, a BOM, headers without diacritics and title lines above the header all load", async () => {
    const header = HEADER.map((h) => h.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toUpperCase());
    const text = "\uFEFFDANH SACH HO SO\r\n\r\n" + csv([{}, {channel: "Trực tuyến", level: "Toàn trình"}], header).replaceAll(";", ",");
    const loaded = await load(text);
    expect(countsOf(loaded.observations, "xa-loc-ha-2025", "2026-07")).toMatchObject({receivedTotal: 2, receivedOnline: 1, receivedFullyOnline: 1});
  });

  test("lines of empty cells at the end (as Excel leaves them) are skipped", async () => {
    const loaded = await load(csv([{}, {}]) + ";;;;;;;;;;;;;;\r\n;;;;;;;;;;;;;;\r\n");
    expect(loaded.provenance.rowsRead).toBe(2);
  });

  test("a malformed personal cell (bytes that are not UTF-8) does not matter: it is never read", async () => {
    const text = csv([{}, {}]);
    const bytes = Buffer.from(text, "utf-8");
    const name = bytes.indexOf(Buffer.from("Nguyễn Văn 1", "utf-8"));
    const file = await project.write("data/raw/tthc/ho-so.csv", "");
    await writeFile(file, Buffer.concat([bytes.subarray(0, name), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(name)]));
    const {dossiers} = await readDossierCounts(file, reference);
    expect(dossiers).toBe(2);
  });

  test("the marker DỮ LIỆU MẪU in a Ghi chú column on every row flags the export as sample", async () => {
    const text = [[...HEADER, "Ghi chú"].join(";"), `${line({}, 1)};DỮ LIỆU MẪU`, `${line({}, 2)};du lieu mau`].join("\n") + "\n";
    const loaded = await load(text);
    expect(loaded.provenance.sample).toBe(true);
    expect(loaded.observations.every((o) => o.sample)).toBe(true);
  });

  describe("validation: every problem is reported with its row, column and what was expected", () => {
    test("a missing required column names the header expected", async () => {
      const header = HEADER.filter((h) => h !== "Ngày hẹn trả" && h !== "Kênh nộp");
      const text = [header.join(";"), "HS-1;A;1;2;3;Xã Lộc Hà;x;y;;01/07/2026;;Trực tiếp;Không"].join("\n");
      const problems = await failure(text);
      expect(problems.map((p) => p.location.expected)).toEqual([
        'a column headed "Kênh nộp" (a dossier export needs it)',
        'a column headed "Ngày hẹn trả" (a dossier export needs it)'
      ]);
      expect(problems.every((p) => p.location.row === 1)).toBe(true);
    });

    test("an unparseable date gives the row, column, value and dd/mm/yyyy", async () => {
      const [problem, ...rest] = await failure(csv([{}, {received: "31/02/2026"}, {due: "hôm qua"}]));
      expect(problem!.location).toMatchObject({row: 3, column: "K (Ngày tiếp nhận)", value: "31/02/2026"});
      expect(problem!.location.expected).toContain("dd/mm/yyyy");
      expect(rest[0]!.location).toMatchObject({row: 4, column: "L (Ngày hẹn trả)", value: "hôm qua"});
    });

    test("a completion date before the date received is refused", async () => {
      const [problem] = await failure(csv([{received: "10/07/2026", completed: "09/07/2026"}]));
      expect(problem!.location).toMatchObject({row: 2, column: "M (Ngày hoàn thành)", value: "09/07/2026"});
      expect(problem!.location.expected).toContain("on or after the date received (10/07/2026)");
    });

    test("an unknown submission channel is refused", async () => {
      const [problem] = await failure(csv([{}, {channel: "Qua Zalo"}]));
      expect(problem!.location).toMatchObject({row: 3, column: "I (Kênh nộp)", value: "Qua Zalo"});
      expect(problem!.location.expected).toContain('"Trực tuyến", "Trực tiếp" or "Bưu chính công ích"');
    });

    test("a blank submission channel is refused too", async () => {
      const [problem] = await failure(csv([{channel: ""}]));
      expect(problem!.location).toMatchObject({row: 2, column: "I (Kênh nộp)", value: ""});
    });

    test("an unknown online level is refused", async () => {
      const [problem] = await failure(csv([{channel: "Trực tuyến", level: "Mức độ 5"}]));
      expect(problem!.location).toMatchObject({row: 2, column: "J (Mức độ)", value: "Mức độ 5"});
    });

    test("a completed dossier must say how its result is returned", async () => {
      const [problem] = await failure(csv([{completed: "02/07/2026", ret: ""}, {ret: ""}]));
      expect(problem!.location).toMatchObject({row: 2, column: "N (Hình thức trả kết quả)"});
    });

    test("a dossier code used twice is refused, naming the first row", async () => {
      const [problem, ...rest] = await failure(csv([{code: "A-1"}, {code: "A-2"}, {code: "A-1"}]));
      expect(rest).toEqual([]);
      expect(problem!.location).toMatchObject({row: 4, column: "A (Mã hồ sơ)", value: "A-1"});
      expect(problem!.location.expected).toContain("already on row 2");
    });

    test("an unknown unit lists the closest units of that month", async () => {
      const [problem] = await failure(csv([{unit: "Xã Lộc Hả Mới"}]));
      expect(problem!.location).toMatchObject({row: 2, column: "F (Đơn vị tiếp nhận)", value: "Xã Lộc Hả Mới"});
      expect(problem!.message).toContain("T7/2026");
      expect(problem!.message).toContain("closest: Xã Lộc Hà");
      // a unit of 2024 does not exist in July 2026
      const [old] = await failure(csv([{unit: "Xã Thạch Kim"}]));
      expect(old!.message).toContain("existed in T7/2026");
    });

    test("a mix of sample and real rows is refused without showing the note", async () => {
      const text = [[...HEADER, "Ghi chú"].join(";"), `${line({}, 1)};DỮ LIỆU MẪU`, `${line({}, 2)};gọi ông ZZNOTE`].join("\n") + "\n";
      const [problem] = await failure(text);
      expect(problem!.location).toMatchObject({row: 3, column: "P (Ghi chú)"});
      expect(problem!.message).not.toContain("ZZNOTE");
    });

    test("several problems in one file are all listed in row order, and nothing is returned", async () => {
      const error = await load(csv([{received: "1/13/2026"}, {channel: "Fax"}, {code: "HS-0"}, {unit: "Xã Không Có"}])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataErrors);
      const problems = (error as DataErrors).problems;
      expect(problems.map((p) => [p.location.row, p.location.column])).toEqual([
        [2, "K (Ngày tiếp nhận)"],
        [3, "I (Kênh nộp)"],
        [4, "A (Mã hồ sơ)"],
        [5, "F (Đơn vị tiếp nhận)"]
      ]);
      expect((error as DataErrors).message).not.toContain("\n");
    });

    test("at most 20 problems are listed, with a note that there are more", async () => {
      const rows = Array.from({length: 30}, (_, i) => ({received: `${i + 1}/13/2026`}));
      const error = (await load(csv(rows)).catch((e: unknown) => e)) as DataErrors;
      expect(error.problems).toHaveLength(21);
      expect(error.problems.slice(0, 20).map((p) => p.location.row)).toEqual(Array.from({length: 20}, (_, i) => i + 2));
      expect(error.problems[20]!.message).toContain("at most 20 problems");
    });

    test("a row with more cells than the header is refused by line, without quoting the line", async () => {
      const text = csv([{}]) + `${line({}, 9)};ZZPRIVATE-EXTRA\r\n`;
      const [problem] = await failure(text);
      expect(problem!.location.row).toBe(3);
      expect(problem!.location.expected).toContain("15 cells");
      expect(problem!.message).not.toContain("ZZPRIVATE");
      expect(problem!.message).not.toContain("Nguyễn");
    });
  });

  /** Writes a workbook of one sheet "HoSo" into data/raw/tthc/. */
  async function workbook(name: string, grid: unknown[][]): Promise<string> {
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(grid, {cellDates: true}), "HoSo");
    const file = await project.write(`data/raw/tthc/${name}`, "");
    await writeFile(file, write(book, {type: "buffer", bookType: "xlsx"}) as Buffer);
    return file;
  }
  const person = ["Lê Thị Hoa", "042190000002", "0912345678", "Thôn 2"];

  test("an .xlsx export with title rows and date cells loads like a CSV", async () => {
    const file = await workbook("ho-so.xlsx", [
      ["DANH SÁCH HỒ SƠ THÁNG 7/2026"],
      [],
      HEADER,
      ["HS-1", ...person, "Xã Lộc Hà", "Đăng ký kết hôn", "Hộ tịch", "Trực tuyến", "Toàn trình", new Date(2026, 6, 1), new Date(2026, 6, 5), new Date(2026, 6, 3), "Bưu chính công ích", "Có"],
      ["HS-2", ...person, "Xã Lộc Hà", "Đăng ký kết hôn", "Hộ tịch", "Trực tuyến", "Toàn trình", "02/07/2026", "05/07/2026", null, "Trực tiếp", "Không"]
    ]);
    const {counts, sheet, dossiers} = await readDossierCounts(file, reference);
    expect({sheet, dossiers}).toEqual({sheet: "HoSo", dossiers: 2});
    expect(counts).toEqual([
      {
        unitId: "xa-loc-ha-2025",
        month: "2026-07",
        counts: {...zero, receivedTotal: 2, receivedOnline: 2, receivedFullyOnline: 2, resolvedOnTime: 1, returnedPostal: 1, paidOnline: 1}
      }
    ]);
  });

  test("a workbook loaded twice, and a second copy of it after detection, count the same", async () => {
    const rows = [HEADER, ["HS-1", ...person, "Xã Lộc Hà", "Đăng ký kết hôn", "Hộ tịch", "Trực tiếp", "", "01/07/2026", "05/07/2026", null, "Trực tiếp", "Không"]];
    const file = await workbook("a.xlsx", rows);
    const copy = await workbook("b.xlsx", rows);
    const first = await readDossierCounts(file, reference);
    expect((await readDossierCounts(file, reference)).counts).toEqual(first.counts);
    // detection keeps the parse for the load that follows; the copy is detected and loaded after
    for (const path of [file, copy]) {
      const source = await sourceFor(path, SOURCES);
      expect(source.kind).toBe("tthc-dossiers");
      expect((await source.load(path, {reference})).provenance.rowsRead).toBe(1);
    }
  });

  test("an .xlsx problem names the sheet row as Excel shows it", async () => {
    const file = await workbook("x.xlsx", [["DANH SÁCH"], HEADER, ["HS-1", ...person, "Xã Lộc Hà", "x", "y", "Fax", "", "01/07/2026", "02/07/2026", "", "Trực tiếp", "Không"]]);
    const error = (await tthcDossiers.load(file, {reference}).catch((e: unknown) => e)) as DataError;
    expect(error.location).toMatchObject({file, sheet: "HoSo", row: 3, column: "I (Kênh nộp)", value: "Fax"});
  });

  test("detect() tells a dossier export from a monthly report workbook, and buildDataset picks the right source", async () => {
    const dossierPreview = [HEADER, ["HS-1", "x"]];
    const reportPreview = [
      ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"],
      ["Tháng 10/2024"],
      ["STT", "Đơn vị", "Số hồ sơ tiếp nhận", "", "", "", "", "Số hồ sơ đã giải quyết", "", "Trả kết quả qua dịch vụ BCCI", "Thanh toán trực tuyến"],
      ["", "", "Tổng số", "Trực tuyến", "Trong đó: toàn trình", "Trực tiếp", "Qua dịch vụ BCCI", "Đúng hạn", "Quá hạn", "", ""]
    ];
    expect(tthcDossiers.detect(dossierPreview)).toBe(true);
    expect(tthcDossiers.detect(reportPreview)).toBe(false);
    expect(tthcReport.detect(reportPreview)).toBe(true);
    const file = await project.write("data/raw/tthc/ho-so.csv", csv([{}]));
    const tthcSources = SOURCES.filter((s) => s.dataset === "tthc");
    expect((await sourceFor(file, tthcSources)).kind).toBe("tthc-dossiers");
    const build = await buildDataset("tthc", project.root);
    expect(build.provenance.map((p) => p.kind)).toEqual(["tthc-dossiers"]);
  });

  test("a dossier CSV bigger than the limit for report CSVs is still detected and loaded (by DuckDB, not read whole)", async () => {
    const rows = Math.ceil(SPREADSHEET_LIMITS.reportCsvBytes / line({}, 0).length) + 1000;
    const text = [HEADER.join(";"), ...Array.from({length: rows}, (_, i) => line({}, i))].join("\r\n");
    const file = await project.write("data/raw/tthc/ho-so-lon.csv", text);
    const source = await sourceFor(file, SOURCES);
    expect(source.kind).toBe("tthc-dossiers");
    expect((await source.load(file, {reference})).provenance.rowsRead).toBe(rows);
  });

  test("a month in both a report workbook and a dossier export stops the build", async () => {
    await project.write("data/raw/tthc/ho-so.csv", csv([{}]));
    const report = [
      "UBND",
      "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC",
      "Tháng 7/2026",
      "",
      "STT;Đơn vị;Số hồ sơ tiếp nhận;;;;;Số hồ sơ đã giải quyết;;Trả kết quả qua dịch vụ BCCI;Thanh toán trực tuyến",
      ";;Tổng số;Trực tuyến;Trong đó: toàn trình;Trực tiếp;Qua dịch vụ BCCI;Đúng hạn;Quá hạn;;",
      "1;Xã Lộc Hà;1;0;0;1;0;0;0;0;0"
    ].join("\n");
    await project.write("data/raw/tthc/bao-cao.csv", report);
    const error = await buildDataset("tthc", project.root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain("also in");
  });

  test("the DuckDB working folder is removed after loading", async () => {
    const {tmpdir} = await import("node:os");
    const before = (await readdir(tmpdir())).filter((f) => f.startsWith("cchc-duckdb-")).length;
    await load(csv([{}]));
    await load(csv([{channel: "Fax"}])).catch(() => undefined);
    expect((await readdir(tmpdir())).filter((f) => f.startsWith("cchc-duckdb-")).length).toBeLessThanOrEqual(before);
  });
});
