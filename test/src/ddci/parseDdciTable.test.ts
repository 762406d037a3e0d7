import {describe, expect, test} from "vitest";
import {createDdciUnitMatcher} from "../../../src/ddci/createDdciUnitMatcher.ts";
import {parseDdciTable} from "../../../src/ddci/parseDdciTable.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {problemsOf} from "../../../src/errors/dataErrors.ts";

const matcher = createDdciUnitMatcher([
  {id: "448", name: "Huyện Lộc Hà", level: "district"},
  {id: "so-tai-chinh", name: "Sở Tài chính", level: "department"}
]);
const CONTEXT = {file: "ddci.xlsx", sheet: "KQ", matcherFor: () => matcher};
const HEADER = ["Đơn vị", "Tính minh bạch", "Chi phí thời gian", "Vai trò người đứng đầu", "Chi phí không chính thức", "Hỗ trợ doanh nghiệp", "Thiết chế pháp lý", "Cạnh tranh bình đẳng", "Tiếp cận đất đai", "Tính năng động", "Điểm tổng"];
const LOC_HA = ["Huyện Lộc Hà", 5.48, 4.08, 7.04, 5.58, 5.6, 5.55, 4.49, 5.88, 4.87, 54.52];
const TAI_CHINH = ["Sở Tài chính", 7.1, 7.2, 7.3, 7.4, 7.5, 7.6, 7.7, "-", 7.9, 70.1];

const errorOf = (run: () => unknown): DataError[] => {
  try {
    run();
  } catch (error) {
    return [...problemsOf(error)];
  }
  throw new Error("no error");
};

describe("parseDdciTable: where the year comes from", () => {
  test('a "Năm" column, with no title line', () => {
    const parsed = parseDdciTable([["Năm", ...HEADER], [2023, ...LOC_HA], [2023, ...TAI_CHINH]], CONTEXT);
    expect(parsed).toMatchObject({year: "2023", headerRows: [1, 1]});
    expect(parsed.rows.map((r) => r.unitId)).toEqual(["448", "so-tai-chinh"]);
  });

  test("the file name", () => {
    expect(parseDdciTable([HEADER, LOC_HA], {...CONTEXT, fileName: "DDCI_2023.xlsx"}).year).toBe("2023");
  });

  test("two years in the column: split the file", () => {
    const [error] = errorOf(() => parseDdciTable([["Năm", ...HEADER], [2022, ...LOC_HA], [2023, ...TAI_CHINH]], CONTEXT));
    expect(error!.message).toContain("expected one year per file; column A (Năm) has 2022 (row 2) and 2023 (row 3): split the file by year");
  });

  test("the title and the file name disagreeing: both named", () => {
    const [error] = errorOf(() => parseDdciTable([["Kết quả DDCI năm 2022"], HEADER, LOC_HA], {...CONTEXT, fileName: "DDCI_2023.xlsx"}));
    expect(error!.message).toContain('expected one year; the title says 2022, the file name "DDCI_2023.xlsx" says 2023');
  });

  test("no year anywhere: every place it may come from is named", () => {
    const [error] = errorOf(() => parseDdciTable([HEADER, LOC_HA], CONTEXT));
    expect(error!.location.expected).toContain('a "Năm" column, or the file name such as "DDCI_2021.xlsx"');
  });
});

test("parseDdciTable: a problem names the unit beside the row", () => {
  const [error] = errorOf(() => parseDdciTable([["Kết quả DDCI năm 2023"], HEADER, LOC_HA, TAI_CHINH.map((c, i) => (i === 9 ? 50 : c))], CONTEXT));
  expect(error!.message).toBe('ddci.xlsx, sheet "KQ", row 4 (Sở Tài chính), column J (Tính năng động): value "50" — expected a component score from 0 to 10');
});
