import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {listReportFiles, loadTthcReports} from "../../../loaders/tthc/loadTthcReports.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {tempProject} from "../../helpers/tempProject.ts";

const header = [
  "STT;Đơn vị;Số hồ sơ tiếp nhận;;;;;Số hồ sơ đã giải quyết;;Trả kết quả qua dịch vụ BCCI;Thanh toán trực tuyến",
  ";;Tổng số;Trực tuyến;Trong đó: toàn trình;Trực tiếp;Qua dịch vụ BCCI;Đúng hạn;Quá hạn;;"
];

function report(month: string, rows: string[], marker = ""): string {
  return ["UBND HUYỆN LỘC HÀ", "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC", `Tháng ${month}`, marker, "", ...header, ...rows].join("\r\n");
}

describe("loadTthcReports", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (files: string[]) => loadTthcReports(files, (await loadReference(join(project.root, "data", "reference"))).units, "448");

  test("reads CSV reports with a BOM, semicolons and thousands dots into unit-month counts", async () => {
    const file = await project.write(
      "data/raw/tthc/t10.csv",
      "\uFEFF" + report("10/2024", ["1;Thị trấn Lộc Hà;1.200;700;300;480;20;1.100;10;50;200", "2;UBND xã Hộ Độ;60;30;10;28;2;55;5;4;9"])
    );
    const load1 = await load([file]);
    expect(load1.records).toHaveLength(2);
    expect(load1.records.find((r) => r.unitId === "18568")).toMatchObject({month: "2024-10", sample: false, source: "t10.csv"});
    expect(load1.records.find((r) => r.unitId === "18568")!.counts.receivedTotal).toBe(1200);
    expect(load1.sources[0]).toMatchObject({file: "t10.csv", month: "2024-10", rowsRead: 2});
    expect(load1.sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the same unit and month in two files is an error naming both files", async () => {
    const a = await project.write("data/raw/tthc/a.csv", report("10/2024", ["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9"]));
    const b = await project.write("data/raw/tthc/b.csv", report("10/2024", ["1;Hộ Độ;60;30;10;28;2;55;5;4;9"]));
    const error = (await load([a, b]).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toContain(b);
    expect(error.message).toContain(a);
  });

  test("an unknown commune is a one-line error listing the closest known units", async () => {
    const file = await project.write("data/raw/tthc/t.csv", report("10/2024", ["1;Xã Thạch Kiêm;60;30;10;28;2;55;5;4;9"]));
    const error = (await load([file]).catch((e: unknown) => e)) as DataError;
    expect(error.location).toMatchObject({file, row: 8, column: "B (Đơn vị)", value: "Xã Thạch Kiêm"});
    expect(error.message).toContain("closest: Xã Thạch Kim");
    expect(error.message).not.toContain("\n");
  });

  test("a unit that no longer existed in the report's month is not matched (old Hồng Lộc vs the 2025 commune)", async () => {
    const before = await project.write("data/raw/tthc/t6.csv", report("6/2025", ["1;Xã Hồng Lộc;60;30;10;28;2;55;5;4;9"]));
    const after = await project.write("data/raw/tthc/t7.csv", report("7/2025", ["1;Xã Hồng Lộc;60;30;10;28;2;55;5;4;9"]));
    const result = await load([before, after]);
    expect(result.records.map((r) => [r.month, r.unitId])).toEqual([
      ["2025-06", "18412"],
      ["2025-07", "xa-hong-loc-2025"]
    ]);
    const error = (await load([await project.write("data/raw/tthc/t8.csv", report("8/2025", ["1;Xã Thạch Kim;60;30;10;28;2;55;5;4;9"]))]).catch((e: unknown) => e)) as DataError;
    expect(error.message).toContain("existed in T8/2025");
  });

  test("missing unit-months between the first and last month are listed, never filled", async () => {
    const rows = (names: string[]) => names.map((n, i) => `${i + 1};${n};10;5;1;5;0;10;0;0;1`);
    const all = ["Tân Lộc", "Hồng Lộc", "Thịnh Lộc", "Bình An", "Ích Hậu", "Phù Lưu", "Lộc Hà", "Thạch Mỹ", "Thạch Kim", "Thạch Châu", "Hộ Độ", "Mai Phụ"];
    const t1 = await project.write("data/raw/tthc/1.csv", report("1/2024", rows(all)));
    const t2 = await project.write("data/raw/tthc/2.csv", report("2/2024", rows(all.filter((n) => n !== "Hộ Độ"))));
    const result = await load([t1, t2]);
    expect(result.missing).toEqual([{unitId: "18598", month: "2024-02"}]);
    expect(result.records.filter((r) => r.month === "2024-02")).toHaveLength(11);
  });

  test("the sample marker in the title flags the records as sample", async () => {
    const file = await project.write("data/raw/tthc/s.csv", report("10/2024", ["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9"], "DỮ LIỆU MẪU — không phải số liệu thật"));
    expect((await load([file])).records[0]!.sample).toBe(true);
  });

  test("listReportFiles keeps spreadsheets and CSVs, sorted, and skips Excel lock files", async () => {
    for (const name of ["b.xlsx", "a.csv", "~$b.xlsx", "notes.txt", "c.XLS"]) await project.write(`data/raw/tthc/${name}`, "x");
    const files = await listReportFiles(join(project.root, "data", "raw", "tthc"));
    expect(files.map((f) => f.split("/").pop())).toEqual(["a.csv", "b.xlsx", "c.XLS"]);
    expect(await listReportFiles(join(project.root, "data", "raw", "none"))).toEqual([]);
  });
});
