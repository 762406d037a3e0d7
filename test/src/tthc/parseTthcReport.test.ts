import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {DataError, type DataErrorLocation} from "../../../src/errors/dataError.ts";
import {DataErrors} from "../../../src/errors/dataErrors.ts";
import {createUnitMatcher} from "../../../src/text/createUnitMatcher.ts";
import {parseTthcReport, type Cell} from "../../../src/tthc/parseTthcReport.ts";

const FILE = "bao-cao-tthc-2024-10.xlsx";
const SHEET = "BaoCao";
const UNITS = [
  {id: "18580", name: "Xã Thạch Kim"},
  {id: "18583", name: "Xã Thạch Châu"},
  {id: "18598", name: "Xã Hộ Độ"}
];
const matcher = createUnitMatcher(UNITS);
const CONTEXT = {file: FILE, sheet: SHEET, matcherFor: () => matcher};

// Laid out like reportGrid in scripts/sample/writeTthcReport.ts. Spreadsheet rows:
// 1-3 title, 4 blank, 5-6 header, 7 Thạch Kim, 8 Thạch Châu, 9 Hộ Độ, 10 Tổng cộng.
// Columns: A STT, B Đơn vị, C total, D online, E fully online, F in person, G postal,
// H on time, I late, J returned by post, K paid online.
const TITLE: Cell[][] = [["UBND HUYỆN LỘC HÀ"], ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], ["Tháng 10/2024"], []];
const GROUP: Cell[] = ["STT", "Đơn vị", "Số hồ sơ tiếp nhận", "", "", "", "", "Số hồ sơ đã giải quyết", "", "Trả kết quả qua dịch vụ BCCI", "Thanh toán trực tuyến"];
const SUB: Cell[] = ["", "", "Tổng số", "Trực tuyến", "Trong đó: toàn trình", "Trực tiếp", "Qua dịch vụ BCCI", "Đúng hạn", "Quá hạn", "", ""];
//                     total online fully person postal onTime late returned paid
const KIM: Cell[] = [1, "Xã Thạch Kim", 100, 60, 30, 38, 2, 90, 5, 4, 20];
const CHAU: Cell[] = [2, "Xã Thạch Châu", 50, 20, 10, 29, 1, 45, 3, 2, 8];
const HO_DO: Cell[] = [3, "Xã Hộ Độ", 80, 40, 25, 38, 2, 70, 6, 3, 15];
const TOTAL: Cell[] = ["", "Tổng cộng", 230, 120, 65, 105, 5, 205, 14, 9, 43];

function report(body: Cell[][] = [KIM, CHAU, HO_DO, TOTAL], title: Cell[][] = TITLE, header: Cell[][] = [GROUP, SUB]): Cell[][] {
  return [...title, ...header, ...body];
}

/** A copy of `row` with column `index` (0-based; C = 2) set to `value`. */
function withCell(row: Cell[], index: number, value: Cell): Cell[] {
  const copy = [...row];
  copy[index] = value;
  return copy;
}

function parse(cells: Cell[][]) {
  return parseTthcReport(cells, CONTEXT);
}

/** The DataError parsing `cells` throws; checks that its message names the file and the location. */
function dataErrorOf(cells: Cell[][], location: Partial<Record<keyof DataErrorLocation, unknown>>): DataError {
  let thrown: unknown;
  try {
    parse(cells);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DataError);
  const error = thrown as DataError;
  expect(error.location).toMatchObject({file: FILE, sheet: SHEET, ...location});
  expect(error.message).toContain(FILE);
  expect(error.message).toContain(`sheet "${SHEET}"`);
  if (typeof location.row === "number") expect(error.message).toContain(`row ${location.row}`);
  if (typeof location.column === "string") expect(error.message).toContain(`column ${location.column}`);
  return error;
}

const UNIT_COLUMN = expect.stringMatching(/^B\b/);

describe("parseTthcReport: a well-formed report", () => {
  it("reads the month, each unit's counts with its spreadsheet row, and the total row", () => {
    const parsed = parse(report());
    expect(parsed.month).toBe("2024-10");
    expect(parsed.sample).toBe(false);
    expect(parsed.hasTotalRow).toBe(true);
    expect(parsed.rows.map((r) => [r.unitId, r.unitName, r.row])).toEqual([
      ["18580", "Xã Thạch Kim", 7],
      ["18583", "Xã Thạch Châu", 8],
      ["18598", "Xã Hộ Độ", 9]
    ]);
    expect(parsed.rows[0]!.counts).toEqual({
      receivedTotal: 100,
      receivedOnline: 60,
      receivedFullyOnline: 30,
      receivedInPerson: 38,
      receivedPostal: 2,
      resolvedOnTime: 90,
      resolvedLate: 5,
      returnedPostal: 4,
      paidOnline: 20
    });
  });

  it("asks for the matcher of the report's month", () => {
    const months: string[] = [];
    parseTthcReport(report(), {...CONTEXT, matcherFor: (month) => (months.push(month), matcher)});
    expect(months).toEqual(["2024-10"]);
  });

  it("reads headers written without diacritics", () => {
    const group = ["STT", "Don vi", "So ho so tiep nhan", "", "", "", "", "So ho so da giai quyet", "", "Tra ket qua qua dich vu BCCI", "Thanh toan truc tuyen"];
    const sub = ["", "", "Tong so", "Truc tuyen", "Trong do: toan trinh", "Truc tiep", "Qua dich vu BCCI", "Dung han", "Qua han", "", ""];
    const parsed = parse(report(undefined, undefined, [group, sub]));
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.rows[2]!.counts).toMatchObject({receivedTotal: 80, receivedFullyOnline: 25, resolvedLate: 6, returnedPostal: 3, paidOnline: 15});
  });

  it("finds columns by their names, not their positions", () => {
    // paid online and returned by post swapped
    const swap = (row: Cell[]): Cell[] => [...row.slice(0, 9), row[10], row[9]];
    const parsed = parse([...TITLE, swap(GROUP), swap(SUB), swap(KIM), swap(CHAU), swap(HO_DO), swap(TOTAL)]);
    expect(parsed.rows[0]!.counts).toMatchObject({returnedPostal: 4, paidOnline: 20});
  });

  it('matches unit names written "UBND xã Thạch Kim", "Thach Chau" and in decomposed Unicode', () => {
    const parsed = parse(
      report([withCell(KIM, 1, "UBND xã Thạch Kim"), withCell(CHAU, 1, "Thach Chau"), withCell(HO_DO, 1, "Hộ Độ".normalize("NFD")), TOTAL])
    );
    expect(parsed.rows.map((r) => r.unitId)).toEqual(["18580", "18583", "18598"]);
    expect(parsed.rows[0]!.unitName).toBe("UBND xã Thạch Kim");
  });

  it('reads Vietnamese number text: "1.234" is 1234', () => {
    const big: Cell[] = [1, "Xã Thạch Kim", "1.234", "1.000", "500", "200", "34", "1.100", "100", "50", "300"];
    const parsed = parse(report([big]));
    expect(parsed.rows[0]!.counts).toEqual({
      receivedTotal: 1234,
      receivedOnline: 1000,
      receivedFullyOnline: 500,
      receivedInPerson: 200,
      receivedPostal: 34,
      resolvedOnTime: 1100,
      resolvedLate: 100,
      returnedPostal: 50,
      paidOnline: 300
    });
  });

  it('flags a report whose title carries the marker "DỮ LIỆU MẪU" as sample', () => {
    const title = [...TITLE.slice(0, 3), ["DỮ LIỆU MẪU — số liệu sinh tự động để minh hoạ, không phải số liệu thật"], []];
    expect(parse(report(undefined, title)).sample).toBe(true);
    expect(parse(report()).sample).toBe(false);
  });

  it("skips blank lines between and after the rows", () => {
    const parsed = parse(report([KIM, [], CHAU, ["", "", "", "", "", "", "", "", "", "", ""], [null, null], HO_DO, [], TOTAL, [], [""]]));
    expect(parsed.rows.map((r) => [r.unitId, r.row])).toEqual([
      ["18580", 7],
      ["18583", 9],
      ["18598", 12]
    ]);
    expect(parsed.hasTotalRow).toBe(true);
  });

  it("loads a report without a total row", () => {
    const parsed = parse(report([KIM, CHAU, HO_DO]));
    expect(parsed.hasTotalRow).toBe(false);
    expect(parsed.rows).toHaveLength(3);
  });

  it("accepts zero counts", () => {
    const zero: Cell[] = [1, "Xã Thạch Kim", 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(parse(report([zero])).rows[0]!.counts.receivedTotal).toBe(0);
  });

  it("takes the month from the title, not from the signing date", () => {
    const title = [["UBND HUYỆN LỘC HÀ", "", "", "Lộc Hà, ngày 05 tháng 11 năm 2024"], ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], ["Tháng 10/2024"], []];
    expect(parse(report(undefined, title)).month).toBe("2024-10");
  });

  it('finds the table under a "Đơn vị báo cáo" line in the title block', () => {
    // Statistical report forms name the reporting body above the table.
    const title = [["Đơn vị báo cáo: UBND huyện Lộc Hà"], ["Đơn vị nhận báo cáo: UBND tỉnh Hà Tĩnh"], ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], ["Tháng 10/2024"], []];
    const parsed = parse(report(undefined, title));
    expect(parsed.month).toBe("2024-10");
    expect(parsed.rows.map((r) => r.row)).toEqual([8, 9, 10]);
  });
});

describe("parseTthcReport: optional columns", () => {
  // without E (toàn trình), F (trực tiếp), J (trả qua BCCI), K (thanh toán trực tuyến)
  const keep = (row: Cell[]): Cell[] => row.filter((_, i) => ![4, 5, 9, 10].includes(i));

  it("a report without the optional columns loads; their counts are absent, not zero", () => {
    const parsed = parse(report([KIM, CHAU, HO_DO, TOTAL].map(keep), TITLE, [GROUP, SUB].map(keep)));
    expect(parsed.absent).toEqual(["receivedFullyOnline", "receivedInPerson", "returnedPostal", "paidOnline"]);
    expect(parsed.rows[0]!.counts).toEqual({receivedTotal: 100, receivedOnline: 60, receivedPostal: 2, resolvedOnTime: 90, resolvedLate: 5});
    expect(parsed.headerRows).toEqual([5, 6]);
  });

  it("without the in-person column, online + postal may not exceed the total", () => {
    const error = dataErrorOf(report([withCell(KIM, 2, 61), CHAU, HO_DO].map(keep), TITLE, [GROUP, SUB].map(keep)), {row: 7, unit: "Xã Thạch Kim"});
    expect(error.location.expected).toContain("at least online + postal (62)");
  });

  it('the month from a "Tháng" column, alone or beside a "Năm" column; two months in it are an error', () => {
    const noTitle = [["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], []];
    const withMonth = (rows: Cell[][], month: (i: number) => Cell): Cell[][] => rows.map((r, i) => [...r, month(i)]);
    const header = [[...GROUP, "Tháng"], [...SUB, ""]];
    expect(parse(report(withMonth([KIM, CHAU, HO_DO], () => "10/2024"), noTitle, header)).month).toBe("2024-10");
    const twoColumns = [[...GROUP, "Năm", "Tháng"], [...SUB, "", ""]];
    expect(parse(report([KIM, CHAU, HO_DO].map((r) => [...r, 2024, 10]), noTitle, twoColumns)).month).toBe("2024-10");
    const error = dataErrorOf(report(withMonth([KIM, CHAU, HO_DO], (i) => (i === 2 ? "11/2024" : "10/2024")), noTitle, header), {row: 7, column: "L (Tháng)"});
    expect(error.location.expected).toBe("one month per report; column L (Tháng) has T10/2024 (row 5) and T11/2024 (row 7)");
    const clash = dataErrorOf(report(withMonth([KIM, CHAU, HO_DO], () => "11/2024"), TITLE, header), {row: 3, value: "Tháng 10/2024"});
    expect(clash.location.expected).toBe("one month; the title says T10/2024, column L (Tháng) says T11/2024");
  });

  it("the month from the file name when no title line gives it", () => {
    const title = [["UBND HUYỆN LỘC HÀ"], ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], []];
    expect(parseTthcReport(report(undefined, title), {...CONTEXT, fileName: "bao-cao-thang-10-2024.xlsx"}).month).toBe("2024-10");
  });
});

describe("parseTthcReport: a report that does not load", () => {
  it('rejects a file without a header row naming "Đơn vị"', () => {
    const error = dataErrorOf([...TITLE, ["STT", "Tên", "Tổng số"], KIM], {});
    expect(error.location.expected).toContain('"Đơn vị"');
    expect(error.location.row).toBeUndefined();
  });

  it("rejects a title without a month", () => {
    const title = [["UBND HUYỆN LỘC HÀ"], ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], []];
    const error = dataErrorOf(report(undefined, title), {});
    expect(error.location.expected).toContain('the month: a title line above the table such as "Tháng 10/2024" (rows 1-3), a "Tháng" column, or the file name');
  });

  it('rejects a quarterly report ("Quý III/2024") as not a monthly report', () => {
    const title = [["UBND HUYỆN LỘC HÀ"], ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC"], ["Quý III/2024"], []];
    const error = dataErrorOf(report(undefined, title), {row: 3, value: "Quý III/2024"});
    expect(error.location.expected).toContain("a monthly report");
    expect(error.location.expected).toContain("Quý 3/2024");
  });

  it("rejects a header without a required column, naming it", () => {
    const error = dataErrorOf(report(undefined, TITLE, [GROUP, withCell(SUB, 6, "Khác")]), {});
    expect(error.location.expected).toContain('"Số hồ sơ tiếp nhận / Qua dịch vụ BCCI"');
    expect(error.location.expected).not.toContain("Trực tiếp");
  });

  it("a title month and a file-name month that disagree: an error naming both", () => {
    const error = (() => {
      try {
        parseTthcReport(report(), {...CONTEXT, fileName: "bao-cao-thang-11-2024.xlsx"});
      } catch (e) {
        return e as DataError;
      }
      throw new Error("no error");
    })();
    expect(error.location).toMatchObject({row: 3, value: "Tháng 10/2024"});
    expect(error.message).toContain('the title says T10/2024, the file name "bao-cao-thang-11-2024.xlsx" says T11/2024');
  });

  it("a count problem names the unit beside the row", () => {
    const error = dataErrorOf(report([withCell(KIM, 3, "nhiều"), CHAU, HO_DO, TOTAL]), {row: 7, unit: "Xã Thạch Kim"});
    expect(error.message).toContain('row 7 (Xã Thạch Kim), column D (Số hồ sơ tiếp nhận / Trực tuyến): value "nhiều"');
  });

  it("rejects text in a count cell", () => {
    const error = dataErrorOf(report([withCell(KIM, 3, "nhiều"), CHAU, HO_DO, TOTAL]), {
      row: 7,
      column: "D (Số hồ sơ tiếp nhận / Trực tuyến)",
      value: "nhiều"
    });
    expect(error.location.expected).toContain("a count of dossiers");
  });

  it("rejects a negative count", () => {
    const error = dataErrorOf(report([KIM, CHAU, withCell(HO_DO, 8, -1), TOTAL]), {
      row: 9,
      column: "I (Số hồ sơ đã giải quyết / Quá hạn)",
      value: -1
    });
    expect(error.location.expected).toContain("0 or more");
  });

  it("rejects a blank count: a blank is not zero", () => {
    const error = dataErrorOf(report([KIM, withCell(CHAU, 9, ""), HO_DO, TOTAL]), {
      row: 8,
      column: "J (Trả kết quả qua dịch vụ BCCI)",
      value: ""
    });
    expect(error.location.expected).toContain("a blank cell is not a zero");
    expect(error.message).toContain("(blank)");
  });

  it("rejects a row that stops before the last count column", () => {
    const error = dataErrorOf(report([KIM.slice(0, 10), CHAU, HO_DO, TOTAL]), {row: 7, column: "K (Thanh toán trực tuyến)", value: ""});
    expect(error.location.expected).toContain("a blank cell is not a zero");
  });

  it("rejects a decimal count", () => {
    const error = dataErrorOf(report([KIM, CHAU, withCell(HO_DO, 4, 2.5), TOTAL]), {
      row: 9,
      column: "E (Số hồ sơ tiếp nhận / Trong đó: toàn trình)",
      value: 2.5
    });
    expect(error.location.expected).toContain("whole number");
  });

  it('rejects a decimal written the Vietnamese way ("12,5")', () => {
    dataErrorOf(report([withCell(KIM, 10, "12,5"), CHAU, HO_DO, TOTAL]), {row: 7, column: "K (Thanh toán trực tuyến)", value: "12,5"});
  });

  it('rejects an Excel error cell "#DIV/0!"', () => {
    const error = dataErrorOf(report([withCell(KIM, 10, "#DIV/0!"), CHAU, HO_DO, TOTAL]), {
      row: 7,
      column: "K (Thanh toán trực tuyến)",
      value: "#DIV/0!"
    });
    expect(error.location.expected).toContain("Excel error");
  });

  it("rejects more dossiers online than in total", () => {
    const error = dataErrorOf(report([KIM, withCell(CHAU, 3, 51), HO_DO, TOTAL]), {
      row: 8,
      column: "D (Số hồ sơ tiếp nhận / Trực tuyến)",
      value: 51
    });
    expect(error.location.expected).toContain("at most the total received (50)");
  });

  it("rejects more dossiers fully online than online", () => {
    const error = dataErrorOf(report([withCell(KIM, 4, 61), CHAU, HO_DO, TOTAL]), {
      row: 7,
      column: "E (Số hồ sơ tiếp nhận / Trong đó: toàn trình)",
      value: 61
    });
    expect(error.location.expected).toContain("at most the dossiers received online (60)");
  });

  it("rejects channels that do not add up to the total", () => {
    // online 60 + in person 30 + postal 2 = 92, total 100
    const error = dataErrorOf(report([withCell(KIM, 5, 30), CHAU, HO_DO, TOTAL]), {
      row: 7,
      column: "C (Số hồ sơ tiếp nhận / Tổng số)",
      value: 100
    });
    expect(error.location.expected).toContain("(92)");
    expect(error.location.expected).toContain("equal the total received");
  });

  it("rejects more results returned by post than dossiers resolved", () => {
    // resolved = 45 on time + 3 late = 48
    const error = dataErrorOf(report([KIM, withCell(CHAU, 9, 49), HO_DO, TOTAL]), {
      row: 8,
      column: "J (Trả kết quả qua dịch vụ BCCI)",
      value: 49
    });
    expect(error.location.expected).toContain("at most the dossiers resolved (48)");
  });

  it("rejects an unknown unit name, suggesting the closest known name first", () => {
    const error = dataErrorOf(report([withCell(KIM, 1, "Xã Thạch Kimm"), CHAU, HO_DO, TOTAL]), {
      row: 7,
      column: UNIT_COLUMN,
      value: "Xã Thạch Kimm"
    });
    expect(error.location.expected).toContain("T10/2024");
    expect(error.location.expected).toMatch(/closest: Xã Thạch Kim\b/);
  });

  it("rejects a second row for the same unit, naming the first", () => {
    const error = dataErrorOf(report([KIM, withCell(CHAU, 1, "Thạch Kim"), HO_DO]), {row: 8, column: UNIT_COLUMN, value: "Thạch Kim"});
    expect(error.location.expected).toContain("already on row 7");
  });

  it("rejects counts without a unit name", () => {
    dataErrorOf(report([KIM, withCell(CHAU, 1, ""), HO_DO]), {row: 8, column: UNIT_COLUMN, value: ""});
  });

  it('rejects a "Tổng cộng" row that is not the sum of the unit rows', () => {
    const error = dataErrorOf(report([KIM, CHAU, HO_DO, withCell(TOTAL, 7, 206)]), {
      row: 10,
      column: "H (Số hồ sơ đã giải quyết / Đúng hạn)",
      value: 206
    });
    expect(error.location.expected).toContain("(205)");
  });

  it('rejects a unit row after the "Tổng cộng" row', () => {
    const partialTotal: Cell[] = ["", "Tổng cộng", 150, 80, 40, 67, 3, 135, 8, 6, 28];
    const error = dataErrorOf(report([KIM, CHAU, partialTotal, HO_DO]), {row: 10, column: UNIT_COLUMN, value: "Xã Hộ Độ"});
    expect(error.location.expected).toContain("row 9");
  });

  it("names the unit column by its header, as it does for count columns", () => {
    dataErrorOf(report([withCell(KIM, 1, "Xã Thạch Kimm"), CHAU, HO_DO, TOTAL]), {row: 7, column: "B (Đơn vị)"});
  });
});

describe("parseTthcReport: several bad rows", () => {
  it("lists every bad row at once, each with its own row and column, and returns nothing", () => {
    const cells = report([withCell(KIM, 3, "abc"), withCell(CHAU, 2, -1), HO_DO]);
    let thrown: unknown;
    try {
      parse(cells);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DataErrors);
    const problems = (thrown as DataErrors).problems;
    expect(problems.map((p) => [p.location.row, p.location.column?.slice(0, 1)])).toEqual([
      [7, "D"],
      [8, "C"]
    ]);
    expect((thrown as DataErrors).message).toContain("and 1 more problems");
  });
});

describe("parseTthcReport on arbitrary input", () => {
  const cell = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constantFrom("Đơn vị", "Tổng cộng", "Tháng 10/2024", "Trực tuyến", "#DIV/0!", "Xã Hộ Độ"));
  it("never throws anything but its own located errors", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, {maxLength: 12}), {maxLength: 14}), fc.boolean(), (body, withHeader) => {
        const cells = withHeader ? report(body as Cell[][]) : (body as Cell[][]);
        try {
          parse(cells);
        } catch (error) {
          if (!(error instanceof DataError) && !(error instanceof DataErrors)) throw error;
        }
      }),
      {numRuns: 300}
    );
  });
});
