import {spawnSync} from "node:child_process";
import {existsSync} from "node:fs";
import {readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {PROJECT_ROOT, tempProject} from "../helpers/tempProject.ts";

/** Runs a project script the way npm does (node + tsx), from `cwd`. */
function run(script: string, cwd: string, args: string[] = []): {status: number | null; stdout: string; stderr: string} {
  const tsx = import.meta.resolve("tsx"); // resolved here: `--import tsx` would look in cwd
  const result = spawnSync(process.execPath, ["--import", tsx, join(PROJECT_ROOT, script), ...args], {cwd, encoding: "utf-8"});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe("command-line errors are one clear line and a non-zero exit", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());

  test("sample-data with an unknown commune in its profile names the file, row and value", async () => {
    const path = join(project.root, "data", "reference", "sample-profile.csv");
    await writeFile(path, (await readFile(path, "utf-8")) + "18999,50,3,,typo\n");
    const result = run("scripts/sample-data.ts", project.root, ["--root", project.root]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("sample-profile.csv");
    expect(lines[0]).toContain('value "18999"');
    expect(lines[0]).toContain("the id of a commune");
    expect(existsSync(join(project.root, "data", "sample"))).toBe(false); // nothing half-written
  });

  test("sample-data with a missing reference file names it", async () => {
    const result = run("scripts/sample-data.ts", project.root, ["--root", join(project.root, "elsewhere")]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(join(project.root, "elsewhere", "data", "reference", "units.csv"));
  });

  test("the observations loader stops on an unknown commune with nothing on stdout", async () => {
    await project.write(
      "data/raw/tthc/t10.csv",
      [
        "BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC",
        "Tháng 10/2024",
        "STT;Đơn vị;Số hồ sơ tiếp nhận;;;;;Số hồ sơ đã giải quyết;;Trả kết quả qua dịch vụ BCCI;Thanh toán trực tuyến",
        ";;Tổng số;Trực tuyến;Trong đó: toàn trình;Trực tiếp;Qua dịch vụ BCCI;Đúng hạn;Quá hạn;;",
        "1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9",
        "2;Xã Lộc Hoà;60;30;10;28;2;55;5;4;9"
      ].join("\n")
    );
    const result = run("docs/data/tthc.zip.ts", project.root);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("t10.csv");
    expect(result.stderr).toContain("row 6, column B");
    expect(result.stderr).toContain("Xã Lộc Hoà");
  });

  test("the observations loader with a broken reference file names it and writes nothing", async () => {
    await project.write("data/reference/lineage.csv", "old_id,new_id,from_date,note\n18580,nowhere,2025-07-01,\n");
    const result = run("docs/data/tthc.zip.ts", project.root);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("lineage.csv, row 2, column new_id");
  });
});
