import {cp, mkdir, writeFile} from "node:fs/promises";
import {utils, write} from "@e965/xlsx";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {planReports} from "../../../loaders/sources/planReports.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {DataErrors} from "../../../src/errors/dataErrors.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const HEADER = "STT;Ngày;Đơn vị/Cơ quan;Nhiệm vụ;Loại sản phẩm;Số lượng;Đường dẫn/Ghi chú";
const report = (rows: string[], marker = ""): string =>
  ["UBND HUYỆN LỘC HÀ", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN", "Quý IV/2024", marker, "", HEADER, ...rows].join("\r\n");

describe("loaders/sources/planReports.ts (plan-activities)", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => {
    project = await tempProject();
    await cp(join(PROJECT_ROOT, "data", "plan", "2024"), join(project.root, "data", "plan", "2024"), {recursive: true});
  });
  afterEach(() => project.remove());
  const load = async (rows: string[], marker = "") => {
    const file = await project.write("data/raw/plan/bc.csv", report(rows, marker));
    return planReports.load(file, {reference: await loadReference(join(project.root, "data", "reference"))});
  };
  const problem = async (rows: string[]) => {
    const error = await load(rows).then(
      () => null,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  };

  test("detects its header and sums activities per unit, task item, product type and month", async () => {
    expect(planReports.detect([["BÁO CÁO"], ["STT", "Ngày", "Đơn vị", "Nhiệm vụ", "Loại sản phẩm", "Số lượng (tin, bài)"]])).toBe(true);
    expect(planReports.detect([["STT", "Đơn vị", "Số hồ sơ tiếp nhận"]])).toBe(false);
    const loaded = await load(
      [
        "1;03/10/2024;Trung tâm VH TT;13;Phát sóng;2;Nhật ký truyền thanh",
        "2;17/10/2024;Trung tâm Văn hoá - Truyền thông;13;phát sóng;2;",
        "3;21/10/2024;UBND xã Thạch Kim;14.2;Nêu gương người tốt, việc tốt;1;",
        "4;21/10/2024;Thach Kim;14b;Tiếp phát;5;",
        "5;05/11/2024;Văn phòng HĐND&UBND huyện;11;Văn bản;1;https://example.invalid/iso",
        "6;30/10/2024;Phòng Văn hoá Thông tin;4;Tin bài;0;không có bài trong tuần"
      ],
      "DỮ LIỆU MẪU — số liệu sinh tự động"
    );
    const rows = loaded.observations.map((o) => [o.unitId, o.indicator, o.item, o.period, o.value]);
    expect(rows).toEqual([
      ["trung-tam-vhtt", "plan_activity_broadcast", "13", "2024-10", 4],
      ["18580", "plan_activity_good_example", "14.2", "2024-10", 1],
      ["18580", "plan_activity_broadcast", "14.2", "2024-10", 5],
      ["vp-hdnd-ubnd", "plan_activity_document", "11", "2024-11", 1],
      ["phong-vhtt", "plan_activity_article", "4", "2024-10", 0]
    ]);
    expect(loaded.observations[0]).toMatchObject({grain: "month", numerator: 4, denominator: null, source: "bc.csv", sample: true});
    expect(loaded.provenance).toMatchObject({kind: "plan-activities", rowsRead: 6, sample: true, periods: ["2024-10", "2024-11"]});
  });

  test("reads workbooks whose dates are date cells and task numbers are numbers", async () => {
    const sheet = utils.aoa_to_sheet(
      [
        ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN"],
        [],
        ["STT", "Ngày", "Đơn vị", "Nhiệm vụ", "Loại sản phẩm", "Số lượng"],
        [1, new Date(2024, 7, 20), "Phòng Nội vụ", 3, "Cuộc thi", 1],
        [2, new Date(2024, 9, 3), "Xã Hộ Độ", 14.1, "Chương trình chuyên đề", 1]
      ],
      {cellDates: true}
    );
    const workbook = utils.book_new();
    utils.book_append_sheet(workbook, sheet, "Q3");
    const file = join(project.root, "data/raw/plan/bc.xlsx");
    await mkdir(join(project.root, "data/raw/plan"), {recursive: true});
    await writeFile(file, write(workbook, {type: "buffer", bookType: "xlsx"}) as Buffer);
    const loaded = await planReports.load(file, {reference: await loadReference(join(project.root, "data", "reference"))});
    expect(loaded.observations.map((o) => [o.unitId, o.indicator, o.item, o.period, o.value, o.sample])).toEqual([
      ["phong-noi-vu", "plan_activity_contest", "3", "2024-08", 1, false],
      ["18598", "plan_activity_programme", "14.1", "2024-10", 1, false]
    ]);
    expect(loaded.provenance.sheet).toBe("Q3");
  });

  test("an unknown task number is an error naming the row, the column and the plan's tasks; a task with sub-items needs one", async () => {
    const e = await problem(["1;03/10/2024;Trung tâm VH TT;15;Phát sóng;2;"]);
    expect(e.message).toBe(
      `${join(project.root, "data/raw/plan/bc.csv")}, sheet "CSV", row 7, column D (Nhiệm vụ): value "15" — expected a task number of the 2024 plan (1-14; sub-items such as 2.1)`
    );
    expect((await problem(["1;03/10/2024;UBND xã Hộ Độ;14;Phát sóng;2;"])).location.expected).toBe("a sub-item of task 14: 14.1 or 14.2");
  });

  test("an unknown unit or agency is an error with the closest names; a group is not a unit", async () => {
    const unknown = await problem(["1;03/10/2024;Phòng Văn hoá Thể thao;13;Phát sóng;2;"]);
    expect(unknown.location).toMatchObject({row: 7, column: "C (Đơn vị/Cơ quan)", value: "Phòng Văn hoá Thể thao"});
    expect(unknown.location.expected).toMatch(/^a commune of the 2024 plan that existed in T10\/2024 or an agency of the 2024 plan .*closest: .*Phòng Văn hoá và Thông tin/);
    const outside = await problem(["1;03/10/2024;Xã Thạch Kênh;14.2;Phát sóng;2;"]);
    expect(outside.location.expected).toMatch(/a commune of the 2024 plan/);
    const group = await problem(["1;03/10/2024;UBND các xã, thị trấn;14.2;Phát sóng;2;"]);
    expect(group.location.expected).toBe('one commune or agency, not the group "UBND các xã, thị trấn": each member reports under its own name');
  });

  test("a bad date, a date outside every plan, a negative, blank or fractional count are errors", async () => {
    expect((await problem(["1;31/02/2024;Trung tâm VH TT;13;Phát sóng;2;"])).location).toMatchObject({column: "B (Ngày)", value: "31/02/2024", expected: "a date such as 31/10/2024 or 2024-10-31"});
    expect((await problem(["1;;Trung tâm VH TT;13;Phát sóng;2;"])).location.expected).toMatch(/^a date \(ngày\)/);
    expect((await problem(["1;05/01/2025;Trung tâm VH TT;13;Phát sóng;2;"])).location.expected).toBe(
      "a date within a plan in data/plan/ (plans: 2024 (2024-01 to 2024-12)); for another year add its folder data/plan/<year>/"
    );
    expect((await problem(["1;03/10/2024;Trung tâm VH TT;13;Phát sóng;-2;"])).location).toMatchObject({column: "F (Số lượng)", value: "-2", expected: "a whole number, 0 or more"});
    expect((await problem(["1;03/10/2024;Trung tâm VH TT;13;Phát sóng;;"])).location.expected).toMatch(/blank cell is not a zero/);
    expect((await problem(["1;03/10/2024;Trung tâm VH TT;13;Phát sóng;1,5;"])).location.expected).toBe("a whole number, 0 or more");
  });

  test("an unknown product type, or one the task does not produce, is an error", async () => {
    const unknown = await problem(["1;03/10/2024;Trung tâm VH TT;13;Podcast;2;"]);
    expect(unknown.location).toMatchObject({column: "E (Loại sản phẩm)", value: "Podcast"});
    expect(unknown.location.expected).toMatch(/^a product type: Tin, bài \(article\), Phát sóng \(broadcast\)/);
    const wrong = await problem(["1;03/10/2024;Trung tâm VH TT;13;Tờ rơi;2;"]);
    expect(wrong.location.expected).toBe("a product of task 13 (Phát sóng; Văn bản, báo cáo); check the task number");
  });

  test("every bad row is listed at once, and nothing loads; an exact repeat of a row is refused", async () => {
    const error = (await load(["1;03/10/2024;Trung tâm VH TT;15;Phát sóng;2;", "2;03/10/2024;Trung tâm VH TT;13;Phát sóng;2;", "3;03/10/2024;Trung tâm VH TT;13;Phát sóng;-1;"]).catch(
      (e: unknown) => e
    )) as DataErrors;
    expect(error).toBeInstanceOf(DataErrors);
    expect(error.problems.map((p) => [p.location.row, p.location.column])).toEqual([
      [7, "D (Nhiệm vụ)"],
      [9, "F (Số lượng)"]
    ]);
    const repeat = await problem(["1;03/10/2024;Trung tâm VH TT;13;Phát sóng;2;", "2;03/10/2024;Trung tâm VH-TT;13;Phát sóng;2;"]);
    expect(repeat.location).toMatchObject({row: 8, expected: expect.stringMatching(/^a row different from row 7/)});
  });

  test("a 2025 plan added as a folder checks 2025 reports with no code change: new communes from 2025-07-01, old ones before", async () => {
    const dir = join(project.root, "data", "plan", "2025");
    await mkdir(dir, {recursive: true});
    const json = (name: string, content: unknown) => writeFile(join(dir, name), JSON.stringify(content));
    await json("plan.json", {year: "2025", titleVi: "KH 2025", titleEn: "2025", issuerVi: "UBND huyện Lộc Hà", issuedVi: "2025", districtId: "448", from: "2025-01", to: "2025-12", peaks: [], otherTargetsVi: []});
    await json("agencies.json", [{id: "ubnd-xa", nameVi: "UBND các xã", nameEn: "Communes", aliases: [], kind: "group", members: {communes: true, agencies: []}, roleVi: null}]);
    await json("tasks.json", [
      {
        number: 1,
        titleVi: "Truyền thanh",
        titleEn: "Radio",
        textVi: "Tuyên truyền trên hệ thống truyền thanh cơ sở",
        items: [
          {
            id: "1",
            productsVi: ["Chương trình"],
            productTypes: ["programme"],
            lead: ["ubnd-xa"],
            leadVi: "UBND các xã",
            coordinating: [],
            coordinatingVi: null,
            scheduleVi: "01 lần/quý",
            fundingVi: null,
            duties: [{id: "1", nameVi: "Quý", nameEn: "Quarter", schedule: {type: "recurring", count: 1, per: "quarter", each: "commune"}, counts: null}]
          }
        ]
      }
    ]);
    await json("targets.json", [{id: "1", titleVi: "T", titleEn: "T", textVi: "100%", measures: [{id: "1", nameVi: "Có", nameEn: "Has", kind: "yes-no", scope: ["commune"]}]}]);
    const loaded = await load(["1;12/02/2025;Xã Thạch Kim;1;Chương trình chuyên đề;1;", "2;20/08/2025;Xã Lộc Hà;1;Chương trình chuyên đề;1;"]);
    expect(loaded.observations.map((o) => [o.unitId, o.item, o.period])).toEqual([
      ["18580", "1", "2025-02"],
      ["xa-loc-ha-2025", "1", "2025-08"]
    ]);
    // Thạch Kim merged into Xã Lộc Hà on 2025-07-01
    expect((await problem(["1;20/08/2025;Xã Thạch Kim;1;Chương trình chuyên đề;1;"])).location.expected).toMatch(/existed in T8\/2025/);
    // the 2025 plan has no task 13
    expect((await problem(["1;20/08/2025;Xã Lộc Hà;13;Phát sóng;1;"])).location.expected).toMatch(/a task number of the 2025 plan/);
  });
});
