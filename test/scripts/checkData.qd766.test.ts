import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {afterEach, beforeEach, expect, test} from "vitest";
import {PROJECT_ROOT, tempProject} from "../helpers/tempProject.ts";

const TABLE = (row: string) =>
  ["Kết quả Chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025", "STT;Đơn vị;Công khai, minh bạch;Tiến độ giải quyết;Số hóa hồ sơ;Dịch vụ công trực tuyến;Thanh toán trực tuyến;Mức độ hài lòng;Tổng điểm;Xếp hạng", row].join("\n");

function checkData(cwd: string, args: string[]): {status: number | null; stdout: string} {
  const r = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), join(PROJECT_ROOT, "scripts/check-data.ts"), ...args], {cwd, encoding: "utf-8"});
  return {status: r.status, stdout: r.stdout + r.stderr};
}

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => void (project = await tempProject()));
afterEach(() => project.remove());

test("check-data knows the QĐ 766 score table: what it understood, or the problem with its row and column", async () => {
  await project.write("in/qd766.csv", TABLE("1;Xã Lộc Hà;16,5;18;15,2;9,5;6;17;82,2;3"));
  const good = checkData(project.root, ["in/qd766.csv"]);
  expect(good.status).toBe(0);
  expect(good.stdout).toContain("✔ in/qd766.csv — qd766-scores: 1 rows read");
  await project.write("in/qd766.csv", TABLE("1;Xã Lộc Hà;16,5;25;15,2;9,5;6;17;82,2;3"));
  const bad = checkData(project.root, ["in/qd766.csv", "--kind", "qd766-scores"]);
  expect(bad.status).toBe(1);
  expect(bad.stdout).toMatch(/row 3 \(Xã Lộc Hà\), column D \(Tiến độ giải quyết\): value "25" — expected a score from 0 to 20/);
});
