import {spawnSync} from "node:child_process";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {PROJECT_ROOT, tempProject} from "../helpers/tempProject.ts";

const HEADER = [
  "STT;Đơn vị;Số hồ sơ tiếp nhận;;;;;Số hồ sơ đã giải quyết;;Trả kết quả qua dịch vụ BCCI;Thanh toán trực tuyến",
  ";;Tổng số;Trực tuyến;Trong đó: toàn trình;Trực tiếp;Qua dịch vụ BCCI;Đúng hạn;Quá hạn;;"
];
const report = (rows: string[]): string => ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC", "Tháng 10/2024", ...HEADER, ...rows].join("\n");

function checkData(cwd: string, args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), join(PROJECT_ROOT, "scripts/check-data.ts"), ...args], {cwd, encoding: "utf-8"});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function listTree(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: "utf-8"}).sort();
}

describe("npm run check-data", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());

  test("a good file: a summary line and exit 0", async () => {
    await project.write("in/good.csv", report(["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9"]));
    const result = checkData(project.root, ["in/good.csv"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("✔ in/good.csv — tthc-report: 1 rows read, 6 observations, 2024-10");
    expect(result.stdout).toContain("1 file checked, 0 with errors");
  });

  test("a folder with a bad file: every problem on its own line, exit 1, nothing written", async () => {
    await project.write("in/good.csv", report(["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9"]));
    await project.write("in/bad.csv", report(["1;Xã Hộ Độ;60;abc;10;28;2;55;5;4;9", "2;Xã Thạch Kiêm;60;30;10;28;2;55;5;4;9"]));
    const before = listTree(project.root);
    const result = checkData(project.root, ["in"]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toContain("✘ in/bad.csv — tthc-report: 2 problems");
    expect(lines.filter((l) => l.startsWith("  in/bad.csv"))).toHaveLength(2);
    expect(result.stdout).toMatch(/row 5 \(Xã Hộ Độ\), column D \(Số hồ sơ tiếp nhận \/ Trực tuyến\): value "abc"/);
    expect(result.stdout).toMatch(/row 6, column B \(Đơn vị\): value "Xã Thạch Kiêm"/);
    expect(result.stdout).toContain("✔ in/good.csv");
    expect(listTree(project.root)).toEqual(before);
  });

  test("--json gives one record per file with located problems", async () => {
    await project.write("in/bad.csv", report(["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;-9"]));
    const result = checkData(project.root, ["in/bad.csv", "--json"]);
    expect(result.status).toBe(1);
    const [check] = JSON.parse(result.stdout) as {ok: boolean; kind: string; problems: {row: number; column: string; value: unknown}[]}[];
    expect(check).toMatchObject({ok: false, kind: "tthc-report"});
    expect(check!.problems[0]).toMatchObject({row: 5, value: "-9"});
    expect(check!.problems[0]!.column).toMatch(/^K /);
  });

  test("says what it understood: sheet, header rows, encoding, units, indicators found and missing", async () => {
    // no fully-online (E) or BCCI-return (J) column
    const without = (line: string): string => line.split(";").filter((_, i) => i !== 4 && i !== 9).join(";");
    const text = ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC", "Tháng 10/2024", ...HEADER.map(without), without("1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9")].join("\n");
    await project.write("in/short.csv", text);
    const result = checkData(project.root, ["in/short.csv"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("  read: sheet \"CSV\", header rows 3-4, text encoding utf-8\n");
    expect(result.stdout).toMatch(/ {2}units: 1 \(.*Hộ Độ\)\n/);
    expect(result.stdout).toContain("  indicators found: online_share, on_time_share, postal_submission_share, received_total\n");
    expect(result.stdout).toContain("  indicators missing (no value in this file; missing, not zero): fully_online_share, postal_return_share\n");
    const [json] = JSON.parse(checkData(project.root, ["in/short.csv", "--json"]).stdout) as Record<string, unknown>[];
    expect(json).toMatchObject({kind: "tthc-report", encoding: "utf-8", sheet: "CSV", headerRows: [3, 4], units: {count: 1}, indicatorsMissing: ["fully_online_share", "postal_return_share"], warnings: []});
  });

  test("an empty file: the real reason, not a list of kinds", async () => {
    await project.write("in/empty.xlsx", "");
    const result = checkData(project.root, ["in/empty.xlsx"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("expected a file with data; this one is empty (0 bytes)");
  });

  test("a file of no known kind, and --kind forcing one", async () => {
    await project.write("in/other.csv", "a,b\n1,2\n");
    const detected = checkData(project.root, ["in/other.csv"]);
    expect(detected.status).toBe(1);
    expect(detected.stdout).toContain("unknown kind");
    const forced = checkData(project.root, ["in/other.csv", "--kind", "tthc-report"]);
    expect(forced.status).toBe(1);
    expect(forced.stdout).toContain('column named "Đơn vị"');
    const wrong = checkData(project.root, ["in/other.csv", "--kind", "nope"]);
    expect(wrong.stdout).toMatch(/known kinds: .*tthc-report/);
  });
});
