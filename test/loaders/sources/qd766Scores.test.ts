import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {qd766Scores} from "../../../loaders/sources/qd766Scores.ts";
import {problemsOf} from "../../../src/errors/dataErrors.ts";
import {tempProject} from "../../helpers/tempProject.ts";

// The portal's layout: six parts (the online group as 12 + 10), rank and classification.
const PORTAL_HEADER = "STT;Đơn vị;Công khai, minh bạch;Tiến độ giải quyết;Số hóa hồ sơ;Dịch vụ công trực tuyến;Thanh toán trực tuyến;Mức độ hài lòng;Tổng điểm;Xếp hạng;Xếp loại";
const TITLE = ["UBND TỈNH HÀ TĨNH", "Kết quả đánh giá Chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025", "Nguồn: https://dichvucong.hatinh.gov.vn/766", "Cập nhật ngày 05/10/2025"];
const LOC_HA = "1;Xã Lộc Hà;16,5;18;15,2;9,5;6;17;82,2;3;Tốt";
const OUTSIDE = "2;Xã Sơn Kim 1;18;20;20;12;10;18;98;1;Xuất sắc";
const MAI_PHU = "3;UBND xã Mai Phụ;15;16;12;8;4;16;71;9;Khá";

const csv = (lines: readonly string[]): string => lines.join("\r\n");

describe("qd766Scores source: published QĐ 766 score tables, layout-agnostic", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (text: string, name = "qd766.csv") => {
    const file = await project.write(`data/raw/qd766/${name}`, text);
    return qd766Scores.load(file, {reference: await loadReference(join(project.root, "data", "reference"))});
  };
  const problems = async (text: string, name?: string): Promise<string[]> => {
    const error = await load(text, name).then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    return problemsOf(error).map((p) => p.message);
  };

  test("the portal layout: scores, rank, source and period; units outside the area count only for the best", async () => {
    const {observations, provenance} = await load(csv([...TITLE, PORTAL_HEADER, LOC_HA, OUTSIDE, MAI_PHU]));
    const of = (unit: string, ind: string) => observations.find((o) => o.unitId === unit && o.indicator === ind)?.value;
    expect(of("xa-loc-ha-2025", "qd766_total")).toBe(82.2);
    expect(of("xa-loc-ha-2025", "qd766_thanh_toan")).toBe(6);
    expect(of("xa-loc-ha-2025", "qd766_rank")).toBe(3);
    expect(of("xa-mai-phu-2025", "qd766_total")).toBe(71);
    expect(of("42", "qd766_best_total")).toBe(98);
    expect(observations.every((o) => o.period === "2025-09" && o.grain === "month" && !o.sample)).toBe(true);
    expect(provenance).toMatchObject({kind: "qd766-scores", rowsRead: 3, sourceUrl: "https://dichvucong.hatinh.gov.vn/766", indicatorsMissing: ["qd766_truc_tuyen"]});
  });

  test("five groups, headers without diacritics and with the maximum in brackets, the period in a column", async () => {
    const header = "TT;Ten don vi;Ky danh gia;Cong khai minh bach (18 diem);Tien do, ket qua giai quyet (20 diem);So hoa ho so (22 diem);Cung cap dich vu truc tuyen (22 diem);Muc do hai long (18 diem);Tong diem (100)";
    const {observations} = await load(csv(["Bang diem", header, "1;Xa Loc Ha;Quý III/2025;16;18;15;15;17;81"]));
    expect(observations.filter((o) => o.unitId === "xa-loc-ha-2025").map((o) => [o.indicator, o.value])).toEqual([
      ["qd766_cong_khai", 16], ["qd766_tien_do", 18], ["qd766_so_hoa", 15], ["qd766_truc_tuyen", 15], ["qd766_hai_long", 17], ["qd766_total", 81]
    ]);
    expect(observations[0]!.period).toBe("2025-Q3");
  });

  test("only unit and total required: the period from the file name; a blank score is missing, not zero", async () => {
    const {observations, provenance} = await load(csv(["Đơn vị;Tiến độ;Số hóa;Tổng điểm", "Xã Thạch Kim;;12;70,5"]), "qd766-nam-2024.csv");
    expect(observations.find((o) => o.indicator === "qd766_tien_do")).toBeUndefined();
    expect(observations.find((o) => o.indicator === "qd766_total")).toMatchObject({unitId: "18580", period: "2024", grain: "year", value: 70.5});
    expect(provenance.indicatorsMissing).toContain("qd766_cong_khai");
  });

  test("an old commune after the reorganisation is refused, naming what it became (lineage)", async () => {
    const messages = await problems(csv([...TITLE, PORTAL_HEADER, "1;Xã Thạch Kim;16,5;18;15,2;9,5;6;17;82,2;3;Tốt"]));
    expect(messages[0]).toMatch(/row 6, column B \(Đơn vị\): value "Xã Thạch Kim" — expected a unit that existed at the end of 2025-09: Xã Thạch Kim existed until 2025-06-30; it became Xã Lộc Hà on 2025-07-01/);
  });

  test("every bad row is named with its unit, column, value and what was expected; nothing loads", async () => {
    const messages = await problems(csv([...TITLE, PORTAL_HEADER, "1;Xã Lộc Hà;19;18;15,2;9,5;6;17;82,2;3;Tốt", "2;Xã Mai Phụ;15;16;12;8;4;16;90;x;Khá", "3;Xã Mai Phu;15;16;12;8;4;16;71;9;Khá", "4;Xã Mai Phuy;15;16;12;8;4;16;71;9;Khá"]));
    expect(messages).toEqual([
      expect.stringMatching(/row 6 \(Xã Lộc Hà\), column C \(Công khai, minh bạch\): value "19" — expected a score from 0 to 18/),
      expect.stringMatching(/row 7 \(Xã Mai Phụ\), column I \(Tổng điểm\): value "90" — expected the sum of the five groups \(71\.00\)/),
      expect.stringMatching(/row 7 \(Xã Mai Phụ\), column J \(Xếp hạng\): value "x" — expected a rank/),
      expect.stringMatching(/row 8, column B \(Đơn vị\): value "Xã Mai Phu" — expected one row per unit; this unit is already on row 7/),
      expect.stringMatching(/row 9, column B \(Đơn vị\): value "Xã Mai Phuy" — expected the name of a unit of the area.*closest: Xã Mai Phụ/)
    ]);
  });

  test("the period: a weekly table is refused; title and file name must agree", async () => {
    expect((await problems(csv(["Kết quả tuần 36/2025", PORTAL_HEADER, LOC_HA])))[0]).toMatch(/weekly tables are not read/);
    expect((await problems(csv([...TITLE, PORTAL_HEADER, LOC_HA]), "qd766-thang-8-2025.csv"))[0]).toMatch(/one period; the title says 2025-09, the file name "qd766-thang-8-2025.csv" says 2025-08/);
    expect((await problems(csv(["Đơn vị;Tiến độ;Số hóa;Tổng điểm", "Xã Lộc Hà;18;12;70"])))[0]).toMatch(/expected the period/);
  });

  test("detected by its header, not taken for a DDCI table; registered in its own dataset", async () => {
    expect(qd766Scores.detect([["STT", "Đơn vị", "Công khai, minh bạch", "Tiến độ giải quyết", "Tổng điểm"]])).toBe(true);
    expect(qd766Scores.detect([["STT", "Đơn vị", "Số phiếu", "Tính minh bạch", "Chi phí thời gian", "Điểm tổng", "Xếp loại"]])).toBe(false);
    await project.write("data/raw/qd766/a.csv", csv([...TITLE, PORTAL_HEADER, LOC_HA]));
    const build = await buildDataset("qd766", project.root);
    expect(build.observations.some((o) => o.indicator === "qd766_total")).toBe(true);
  });
});
