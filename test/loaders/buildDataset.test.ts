import {rm} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset, listDataFiles} from "../../loaders/buildDataset.ts";
import {SOURCES} from "../../loaders/registry.ts";
import {DataError} from "../../src/errors/dataError.ts";
import {tempProject} from "../helpers/tempProject.ts";

const header = [
  "STT;Đơn vị;Số hồ sơ tiếp nhận;;;;;Số hồ sơ đã giải quyết;;Trả kết quả qua dịch vụ BCCI;Thanh toán trực tuyến",
  ";;Tổng số;Trực tuyến;Trong đó: toàn trình;Trực tiếp;Qua dịch vụ BCCI;Đúng hạn;Quá hạn;;"
];

function report(month: string, rows: string[], marker = ""): string {
  return ["UBND HUYỆN LỘC HÀ", "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC", `Tháng ${month}`, marker, "", ...header, ...rows].join("\r\n");
}

describe("buildDataset(\"tthc\") on report files", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async () => buildDataset("tthc", project.root);
  const counts = (build: Awaited<ReturnType<typeof load>>, unitId: string, period: string) =>
    build.observations.find((o) => o.unitId === unitId && o.period === period && o.indicator === "received_total")?.value;

  test("reads CSV reports with a BOM, semicolons and thousands dots into unit-month observations", async () => {
    await project.write(
      "data/raw/tthc/t10.csv",
      "\uFEFF" + report("10/2024", ["1;Thị trấn Lộc Hà;1.200;700;300;480;20;1.100;10;50;200", "2;UBND xã Hộ Độ;60;30;10;28;2;55;5;4;9"])
    );
    const build = await load();
    expect(counts(build, "18568", "2024-10")).toBe(1200);
    expect(counts(build, "18598", "2024-10")).toBe(60);
    const online = build.observations.find((o) => o.unitId === "18568" && o.indicator === "online_share")!;
    expect(online).toMatchObject({numerator: 700, denominator: 1200, sample: false, source: "t10.csv", grain: "month"});
    expect(build.provenance[0]).toMatchObject({file: "t10.csv", kind: "tthc-report", origin: "raw", rowsRead: 2, periods: ["2024-10", "2024-10"]});
    expect(build.provenance[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test("the same unit and month in two files is an error naming both files", async () => {
    await project.write("data/raw/tthc/a.csv", report("10/2024", ["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9"]));
    await project.write("data/raw/tthc/b.csv", report("10/2024", ["1;Hộ Độ;60;30;10;28;2;55;5;4;9"]));
    const error = (await load().catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toContain("b.csv");
    expect(error.message).toContain("a.csv");
  });

  test("an unknown commune is a one-line error listing the closest known units", async () => {
    const file = await project.write("data/raw/tthc/t.csv", report("10/2024", ["1;Xã Thạch Kiêm;60;30;10;28;2;55;5;4;9"]));
    const error = (await load().catch((e: unknown) => e)) as DataError;
    expect(error.location).toMatchObject({file, row: 8, column: "B (Đơn vị)", value: "Xã Thạch Kiêm"});
    expect(error.message).toContain("closest: Xã Thạch Kim");
    expect(error.message).not.toContain("\n");
  });

  test("a unit that no longer existed in the report's month is not matched (old Hồng Lộc vs the 2025 commune)", async () => {
    await project.write("data/raw/tthc/t6.csv", report("6/2025", ["1;Xã Hồng Lộc;60;30;10;28;2;55;5;4;9"]));
    await project.write("data/raw/tthc/t7.csv", report("7/2025", ["1;Xã Hồng Lộc;60;30;10;28;2;55;5;4;9"]));
    const build = await load();
    expect(counts(build, "18412", "2025-06")).toBe(60);
    expect(counts(build, "xa-hong-loc-2025", "2025-07")).toBe(60);
    await project.write("data/raw/tthc/t8.csv", report("8/2025", ["1;Xã Thạch Kim;60;30;10;28;2;55;5;4;9"]));
    const error = (await load().catch((e: unknown) => e)) as DataError;
    expect(error.message).toContain("existed in T8/2025");
  });

  test("missing unit-months between the first and last month are listed, never filled", async () => {
    const rows = (names: string[]) => names.map((n, i) => `${i + 1};${n};10;5;1;5;0;10;0;0;1`);
    const all = ["Tân Lộc", "Hồng Lộc", "Thịnh Lộc", "Bình An", "Ích Hậu", "Phù Lưu", "Lộc Hà", "Thạch Mỹ", "Thạch Kim", "Thạch Châu", "Hộ Độ", "Mai Phụ"];
    await project.write("data/raw/tthc/1.csv", report("1/2024", rows(all)));
    await project.write("data/raw/tthc/2.csv", report("2/2024", rows(all.filter((n) => n !== "Hộ Độ"))));
    const build = await load();
    expect(build.missing).toEqual([{unitId: "18598", period: "2024-02"}]);
    expect(counts(build, "18598", "2024-02")).toBeUndefined();
  });

  test("the sample marker in the title flags the observations as sample", async () => {
    await project.write("data/raw/tthc/s.csv", report("10/2024", ["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9"], "DỮ LIỆU MẪU — không phải số liệu thật"));
    const build = await load();
    expect(build.observations.every((o) => o.sample)).toBe(true);
    expect(build.provenance[0]!.sample).toBe(true);
  });

  test("real files in data/raw replace the generated sample", async () => {
    await project.write("data/sample/tthc/s.csv", report("9/2024", ["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9"], "DỮ LIỆU MẪU"));
    expect((await load()).provenance.map((p) => p.origin)).toEqual(["sample"]);
    await project.write("data/raw/tthc/r.csv", report("10/2024", ["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9"]));
    expect((await load()).provenance.map((p) => [p.file, p.origin])).toEqual([["r.csv", "raw"]]);
  });

  test("a file of no known kind is an error naming it and the kinds it could have been", async () => {
    const file = await project.write("data/raw/tthc/notes.csv", "a;b\n1;2\n");
    const error = (await load().catch((e: unknown) => e)) as DataError;
    expect(error.location.file).toBe(file);
    expect(error.message).toContain("tthc-report");
  });

  test("the build gives the real reason: an empty file, a text file named .xlsx, a report lacking columns", async () => {
    await project.write("data/raw/tthc/a.xlsx", "");
    expect(String(await load().catch((e: unknown) => e))).toContain("a.xlsx: expected a file with data; this one is empty (0 bytes)");
    await project.write("data/raw/tthc/a.xlsx", "Đơn vị;Tổng số\n");
    expect(String(await load().catch((e: unknown) => e))).toContain("a.xlsx: expected an Excel workbook; this file is plain text (utf-8)");
    await rm(join(project.root, "data/raw/tthc/a.xlsx"));
    await project.write("data/raw/tthc/b.csv", "Tháng 10/2024\nSTT;Đơn vị;Số hồ sơ tiếp nhận\n;;Tổng số\n1;Xã Hộ Độ;5\n");
    const error = String(await load().catch((e: unknown) => e));
    expect(error).toContain("nearest: Monthly TTHC results report (per unit) (tthc-report), header rows 2-3");
    expect(error).toContain("missing Số hồ sơ tiếp nhận / Trực tuyến");
  });

  test("listDataFiles keeps the endings the sources read, sorted, and skips Excel lock files", async () => {
    for (const name of ["b.xlsx", "a.csv", "~$b.xlsx", "notes.txt", "c.XLS"]) await project.write(`data/raw/tthc/${name}`, "x");
    const files = await listDataFiles(join(project.root, "data", "raw", "tthc"), SOURCES);
    expect(files.map((f) => f.split("/").pop())).toEqual(["a.csv", "b.xlsx", "c.XLS"]);
    expect(await listDataFiles(join(project.root, "data", "raw", "none"), SOURCES)).toEqual([]);
  });
});
