import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {qd766Reckoning, reckonDossierFile} from "../../../loaders/qd766/dossierReckoning.ts";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {problemsOf} from "../../../src/errors/dataErrors.ts";
import {tempProject} from "../../helpers/tempProject.ts";

const BASE = "Mã hồ sơ,Họ tên người nộp,Số CCCD/CMND,Đơn vị tiếp nhận,Thủ tục,Lĩnh vực,Kênh nộp,Mức độ,Ngày tiếp nhận,Ngày hẹn trả,Ngày hoàn thành,Hình thức trả kết quả,Thanh toán trực tuyến";
// name, ID, unit, procedure, field, channel, level, received, due, completed, return, paid
const ROWS = [
  "HS1,Nguyễn Văn Bí Mật,042099000001,Xã Lộc Hà,Chứng thực bản sao,Chứng thực,Trực tuyến,Toàn trình,01/09/2026,03/09/2026,02/09/2026,Trực tuyến,Có",
  "HS2,Trần Thị Riêng,042099000002,Xã Lộc Hà,Chứng thực bản sao,Chứng thực,Trực tiếp,,02/09/2026,03/09/2026,10/09/2026,Trực tiếp,Không",
  "HS3,Lê Văn Kín,042099000003,Xã Lộc Hà,Đăng ký khai sinh,Hộ tịch,Trực tiếp,,02/09/2026,05/09/2026,09/09/2026,Trực tiếp,",
  "HS4,Phạm Thị Ẩn,042099000004,Xã Lộc Hà,Đăng ký khai sinh,Hộ tịch,Trực tiếp,,03/09/2026,05/09/2026,,,"
];

describe("QĐ 766 reckoning from dossier exports", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const reference = () => loadReference(join(project.root, "data", "reference"));

  test("without the optional columns: the indicators they feed are missing, the others counted; no personal data", async () => {
    const file = await project.write("data/raw/tthc/ho-so.csv", [BASE, ...ROWS].join("\r\n") + "\r\n");
    const r = await reckonDossierFile(file, await reference());
    expect(r.file.columns).toEqual({procedure: true, field: true, digitised: false, eResult: false});
    const cell = (f: string) => r.cells.find((c) => c.formula === f);
    expect(cell("on_time")).toMatchObject({unitId: "xa-loc-ha-2025", month: "2026-09", numerator: 1, denominator: 3});
    expect(cell("online")).toMatchObject({numerator: 1, denominator: 4});
    expect(cell("online_payment")).toMatchObject({numerator: 1, denominator: 4});
    expect(cell("digitised")).toBeUndefined();
    const late = r.breakdown.filter((b) => b.formula === "on_time").map((b) => [b.procedure, b.field, b.failing]);
    expect(late).toEqual([["Chứng thực bản sao", "Chứng thực", 1], ["Đăng ký khai sinh", "Hộ tịch", 1]]);
    const whole = JSON.stringify(await qd766Reckoning(await reference(), project.root));
    for (const secret of ["Bí Mật", "042099000001", "Riêng", "HS1"]) expect(whole).not.toContain(secret);
  });

  test("with Số hóa hồ sơ and Kết quả điện tử: counted; an unknown value is refused naming row, column and value", async () => {
    const withExtra = (extra: readonly string[]) => [BASE + ",Số hóa hồ sơ,Kết quả điện tử", ...ROWS.map((row, i) => `${row},${extra[i]}`)].join("\r\n") + "\r\n";
    const file = await project.write("data/raw/tthc/ho-so.csv", withExtra(["Có,Có", "Không,Có", "x,", "Chưa,"]));
    const r = await reckonDossierFile(file, await reference());
    expect(r.cells.find((c) => c.formula === "digitised")).toMatchObject({numerator: 2, denominator: 4});
    expect(r.cells.find((c) => c.formula === "e_result")).toMatchObject({numerator: 2, denominator: 3});
    const bad = await project.write("data/raw/tthc/ho-so.csv", withExtra(["Có,Có", "Có lẽ,Có", "x,", "Chưa,"]));
    const error = await reckonDossierFile(bad, await reference()).then(() => null, (e: unknown) => e);
    expect(problemsOf(error).map((p) => p.message)).toEqual([expect.stringMatching(/ho-so\.csv, sheet "CSV", row 3, column N \(Số hóa hồ sơ\): value "Có lẽ" — expected "Có" or "Không"/)]);
  });
});

test("a file no tthc kind recognises is left to the tthc loader; monthly reports are not dossier exports", async () => {
  const project = await tempProject();
  try {
    await project.write("data/raw/tthc/bao-cao-hong.csv", "không phải báo cáo\n1;2;3\n");
    const r = await qd766Reckoning(await loadReference(join(project.root, "data", "reference")), project.root);
    expect(r).toEqual({files: [], cells: [], breakdown: []});
  } finally {
    await project.remove();
  }
});
