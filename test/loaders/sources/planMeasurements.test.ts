import {cp} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {planMeasurements} from "../../../loaders/sources/planMeasurements.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {DataErrors} from "../../../src/errors/dataErrors.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const HEADER = "STT;Quý;Đơn vị;Chỉ tiêu;Kết quả;Tổng số;Ghi chú";
const report = (rows: string[], marker = ""): string => ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU", marker, "", HEADER, ...rows].join("\n");

describe("loaders/sources/planMeasurements.ts (plan-measurements)", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => {
    project = await tempProject();
    await cp(join(PROJECT_ROOT, "data", "plan", "2024"), join(project.root, "data", "plan", "2024"), {recursive: true});
  });
  afterEach(() => project.remove());
  const load = async (rows: string[], marker = "") => {
    const file = await project.write("data/raw/plan/ct.csv", report(rows, marker));
    return planMeasurements.load(file, {reference: await loadReference(join(project.root, "data", "reference"))});
  };
  const problem = async (rows: string[]) => {
    const error = await load(rows).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).location;
  };

  test("reads yes/no and count-of-total measures per unit and quarter; a blank result is not measured", async () => {
    expect(planMeasurements.detect([["STT", "Quý", "Đơn vị", "Chỉ tiêu", "Kết quả", "Tổng số"]])).toBe(true);
    const loaded = await load(
      [
        "1;Quý I/2024;Xã Thạch Kim;1;Có;;",
        "2;Q1/2024;UBND xã Hộ Độ;3;không;;",
        "3;2024-Q1;Thạch Kim;2.1;95;98;",
        "4;Quý I/2024;Huyện Lộc Hà;5;12;12;",
        "5;Quý I/2024;Huyện Lộc Hà;2.2;0;0;không có hồ sơ",
        "6;Quý I/2024;Xã Mai Phụ;4;;;chưa báo cáo"
      ],
      "DỮ LIỆU MẪU"
    );
    expect(loaded.observations.map((o) => [o.unitId, o.item, o.period, o.numerator, o.denominator, o.value])).toEqual([
      ["18580", "1", "2024-Q1", 1, 1, 1],
      ["18598", "3", "2024-Q1", 0, 1, 0],
      ["18580", "2.1", "2024-Q1", 95, 98, 95 / 98],
      ["448", "5", "2024-Q1", 12, 12, 1],
      ["448", "2.2", "2024-Q1", 0, 0, null]
    ]);
    expect(loaded.observations[0]).toMatchObject({indicator: "plan_target", grain: "quarter", sample: true, source: "ct.csv"});
    expect(loaded.provenance).toMatchObject({kind: "plan-measurements", rowsRead: 6, periods: ["2024-Q1", "2024-Q1"]});
  });

  test("an unknown measure, or a target with several measures, is an error listing the plan's measures", async () => {
    expect(await problem(["1;Quý I/2024;Xã Thạch Kim;6;Có;;"])).toMatchObject({column: "D (Chỉ tiêu)", value: "6", expected: "a target measure of the 2024 plan: 1, 2.1, 2.2, 3, 4, 5"});
    expect((await problem(["1;Quý I/2024;Xã Thạch Kim;2;95;98;"])).expected).toBe("one measure of target 2: 2.1 or 2.2");
  });

  test("a unit outside the measure's scope, an unknown unit, a quarter outside the plans are errors", async () => {
    expect((await problem(["1;Quý I/2024;Huyện Lộc Hà;3;Có;;"])).expected).toMatch(/^a commune: measure 3 .* is not measured for the district/);
    expect((await problem(["1;Quý I/2024;Xã Thạch Kim;5;3;3;"])).expected).toMatch(/^a district: measure 5 .* is not measured for a commune/);
    expect(await problem(["1;Quý I/2024;Xã Thạch Kiêm;1;Có;;"])).toMatchObject({column: "C (Đơn vị)", expected: expect.stringMatching(/closest: Xã Thạch Kim/)});
    expect((await problem(["1;Quý III/2025;Xã Lộc Hà;1;Có;;"])).expected).toMatch(/^a quarter of a plan in data\/plan\/ \(plans: 2024\)/);
    expect((await problem(["1;Tháng 3/2024;Xã Thạch Kim;1;Có;;"])).expected).toBe("a quarter such as Quý I/2024, Q1/2024 or 2024-Q1");
  });

  test("bad results: an unclear yes/no, a total for a yes/no, a percentage, more than the total, a negative count; all listed at once", async () => {
    const error = (await load([
      "1;Quý I/2024;Xã Thạch Kim;1;Tốt;;",
      "2;Quý I/2024;Xã Thạch Kim;3;Có;5;",
      "3;Quý I/2024;Xã Thạch Kim;2.1;98%;;",
      "4;Quý I/2024;Xã Hộ Độ;2.1;99;98;",
      "5;Quý I/2024;Xã Mai Phụ;2.1;-1;98;",
      "6;Quý I/2024;Xã Mai Phụ;2.2;10;;"
    ]).catch((e: unknown) => e)) as DataErrors;
    expect(error).toBeInstanceOf(DataErrors);
    expect(error.problems.map((p) => [p.location.row, p.location.column, p.location.expected])).toEqual([
      [5, "E (Kết quả)", '"Có" or "Không" (measure 1 is yes/no)'],
      [6, "F (Tổng số)", "blank (measure 3 is yes/no)"],
      [7, "E (Kết quả)", "a count, not a percentage: give how many and, under the total column, out of how many"],
      [7, "F (Tổng số)", "the total the result is out of: a whole number, 0 or more (measure 2.1 is a share)"],
      [8, "E (Kết quả)", "at most the total (98)"],
      [9, "E (Kết quả)", "a whole number, 0 or more"],
      [10, "F (Tổng số)", "the total the result is out of: a whole number, 0 or more (measure 2.2 is a share)"]
    ]);
  });

  test("the same unit, quarter and measure twice is an error", async () => {
    expect(await problem(["1;Quý I/2024;Xã Thạch Kim;1;Có;;", "2;Quý I/2024;UBND xã Thạch Kim;1;Không;;"])).toMatchObject({row: 6, expected: "one row per unit, quarter and measure (also on row 5)"});
  });
});
