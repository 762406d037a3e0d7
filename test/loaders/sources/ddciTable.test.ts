import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {ddciTable} from "../../../loaders/sources/ddciTable.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {DataErrors, problemsOf} from "../../../src/errors/dataErrors.ts";
import {DDCI_COMPONENT_IDS} from "../../../src/model/ddciIndicators.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const HEADER =
  "STT;Đơn vị;Số phiếu;Tính minh bạch;Chi phí thời gian;Vai trò người đứng đầu;Chi phí không chính thức;Hỗ trợ doanh nghiệp;" +
  "Thiết chế pháp lý và an ninh trật tự;Cạnh tranh bình đẳng;Tiếp cận đất đai;Tính năng động;Điểm tổng;Xếp loại";

function table(rows: readonly string[], title = "Kết quả DDCI năm 2021", extra: readonly string[] = []): string {
  return ["UBND TỈNH HÀ TĨNH", title, ...extra, "", HEADER, ...rows].join("\r\n");
}

const LOC_HA = "1;Huyện Lộc Hà;56;5,48;4,08;7,04;5,58;5,6;5,55;4,49;5,88;4,87;54,52;Trung bình";
const TU_PHAP = "2;Sở Tư pháp;68;7,66;8,27;7,08;8,81;5,42;7,95;4,82;-;5,6;68,2;Khá";

describe("ddciTable source", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (text: string, name = "ddci.csv") => {
    const file = await project.write(`data/raw/ddci/${name}`, text);
    return {file, result: ddciTable.load(file, {reference: await loadReference(join(project.root, "data", "reference"))})};
  };
  const failure = async (text: string): Promise<{file: string; error: unknown}> => {
    const {file, result} = await load(text);
    return {file, error: await result.then(() => null, (e: unknown) => e)};
  };

  test("the curated Lộc Hà 2021 figures load exactly, with their source address", async () => {
    const reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
    const {observations, provenance} = await ddciTable.load(join(PROJECT_ROOT, "data", "curated", "ddci", "ddci-2021-loc-ha.csv"), {reference});
    const value = (indicator: string) => observations.find((o) => o.indicator === indicator)?.value;
    expect(observations.every((o) => o.unitId === "448" && o.period === "2021" && o.grain === "year" && !o.sample)).toBe(true);
    expect(value("ddci_responses")).toBe(56);
    expect(value("ddci_total")).toBe(54.52);
    expect(DDCI_COMPONENT_IDS.map(value)).toEqual([5.48, 4.08, 7.04, 5.58, 5.6, 5.55, 4.49, 5.88, 4.87]);
    expect(observations.every((o) => o.numerator === null && o.denominator === null)).toBe(true);
    expect(provenance).toMatchObject({kind: "ddci-table", sample: false, periods: ["2021", "2021"], sourceUrl: "https://ddcihatinh.vn/ho-so/bang-chi-so-thanh-phan"});
  });

  test("reads units written with UBND, as departments, and with or without diacritics", async () => {
    const {result} = await load(table([LOC_HA.replace("Huyện Lộc Hà", "UBND huyện Lộc Hà"), TU_PHAP, "3;Thi xa Ky Anh;97;7,29;8,24;7,74;7,81;5,01;7,92;9,04;6,64;6,35;73,07;Tốt"]));
    const {observations, provenance} = await result;
    expect(new Set(observations.map((o) => o.unitId))).toEqual(new Set(["448", "so-tu-phap", "449"]));
    expect(provenance).toMatchObject({rowsRead: 3, sourceUrl: null, file: "ddci.csv"});
  });

  test('"-" where a department is not scored on land access gives no observation, not zero', async () => {
    const {observations} = await (await load(table([TU_PHAP]))).result;
    expect(observations.find((o) => o.indicator === "ddci_land")).toBeUndefined();
    expect(observations.filter((o) => o.unitId === "so-tu-phap")).toHaveLength(10);
    expect(observations.find((o) => o.indicator === "ddci_total")?.value).toBe(68.2);
  });

  test("a header without diacritics in another column order, with a two-row header, loads the same", async () => {
    const text = [
      "KET QUA DDCI NAM 2021",
      "",
      "STT;Don vi;Diem chi so thanh phan DDCI (thang diem 10);;;;;;;;;Xep loai;DDCI nam 2021 (Thang diem 100);So phieu tra loi",
      ";;Tinh nang dong va hieu luc;Tiep can dat dai;Canh tranh binh dang;Thiet che phap ly;Ho tro DN;Chi phi khong chinh thuc;Vai tro cua nguoi dung dau;Chi phi thoi gian;Tinh minh bach;;;",
      "1;Huyện Lộc Hà;4,87;5,88;4,49;5,55;5,6;5,58;7,04;4,08;5,48;Trung bình;54,52;56"
    ].join("\n");
    const {observations} = await (await load(text)).result;
    const value = (indicator: string) => observations.find((o) => o.indicator === indicator)?.value;
    expect(DDCI_COMPONENT_IDS.map(value)).toEqual([5.48, 4.08, 7.04, 5.58, 5.6, 5.55, 4.49, 5.88, 4.87]);
    expect(value("ddci_total")).toBe(54.52);
    expect(value("ddci_responses")).toBe(56);
  });

  test("the sample marker in the title flags the observations as sample", async () => {
    const {observations, provenance} = await (await load(table([LOC_HA], "Kết quả DDCI năm 2021", ["DỮ LIỆU MẪU — không phải số liệu thật"]))).result;
    expect(observations.every((o) => o.sample)).toBe(true);
    expect(provenance.sample).toBe(true);
  });

  test("a component above 10 names row, column and value", async () => {
    const {file, error} = await failure(table([LOC_HA, TU_PHAP.replace(";5,6;68,2", ";50;68,2")]));
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location).toMatchObject({file, sheet: "CSV", row: 6, column: "L (Tính năng động)", value: "50"});
    expect((error as DataError).message).toContain("from 0 to 10");
  });

  test("a score with a dot before three digits reads as thousands and is rejected with a hint", async () => {
    const {error} = await failure(table([LOC_HA.replace("5,48", "5.480")]));
    expect((error as DataError).location).toMatchObject({row: 5, column: "D (Tính minh bạch)", value: "5.480"});
    expect((error as DataError).message).toContain("write decimals with a comma");
  });

  test("a total above 100 or blank is an error", async () => {
    const over = await failure(table([LOC_HA.replace("54,52", "154,52")]));
    expect((over.error as DataError).location).toMatchObject({row: 5, column: "M (Điểm tổng)", value: "154,52"});
    const blank = await failure(table([LOC_HA.replace("54,52", "")]));
    expect((blank.error as DataError).message).toContain("may not be blank");
  });

  test("responses must be a whole number, 0 or more", async () => {
    for (const bad of ["56,5", "-3", "năm sáu"]) {
      const {error} = await failure(table([LOC_HA.replace(";56;", `;${bad};`)]));
      expect((error as DataError).location, bad).toMatchObject({row: 5, column: "C (Số phiếu)", value: bad});
      expect((error as DataError).message).toContain("whole number of responses");
    }
  });

  test("an unknown unit lists the closest known units", async () => {
    const {error} = await failure(table([LOC_HA.replace("Huyện Lộc Hà", "Huyện Lộc Hòa")]));
    expect((error as DataError).location).toMatchObject({row: 5, column: "B (Đơn vị)", value: "Huyện Lộc Hòa"});
    expect((error as DataError).message).toContain("closest: Huyện Lộc Hà");
  });

  test("a name two units share (Kỳ Anh: the district and the town) is not guessed", async () => {
    const {error} = await failure(table([LOC_HA.replace("Huyện Lộc Hà", "Kỳ Anh")]));
    expect((error as DataError).message).toContain("Huyện Kỳ Anh");
    expect((error as DataError).message).toContain("Thị xã Kỳ Anh");
  });

  test("the same unit twice is an error naming the first row", async () => {
    const {error} = await failure(table([LOC_HA, LOC_HA.replace("Huyện Lộc Hà", "UBND huyện Lộc Hà")]));
    expect((error as DataError).location).toMatchObject({row: 6, value: "UBND huyện Lộc Hà"});
    expect((error as DataError).message).toContain("already on row 5");
  });

  test("a classification not in the list is an error listing the list", async () => {
    const {error} = await failure(table([LOC_HA.replace("Trung bình", "Xuất sắc")]));
    expect((error as DataError).location).toMatchObject({row: 5, column: "N (Xếp loại)", value: "Xuất sắc"});
    expect((error as DataError).message).toContain("Rất tốt, Tốt, Khá, Trung bình, Tương đối thấp, Thấp, Rất thấp");
  });

  test("every bad row is reported in one pass", async () => {
    const {error} = await failure(table([LOC_HA.replace("5,48", "11"), TU_PHAP.replace("Khá", "Giỏi")]));
    expect(error).toBeInstanceOf(DataErrors);
    expect(problemsOf(error).map((p) => p.location.row)).toEqual([5, 6]);
  });

  test("a table without a year, or with a missing column, says what is expected", async () => {
    const noYear = await failure(table([LOC_HA], "Kết quả DDCI"));
    expect((noYear.error as DataError).message).toContain('the year: a title line above the table such as "Kết quả DDCI năm 2021", a "Năm" column, or the file name');
    const noLand = await failure(table([LOC_HA]).replace(";Tiếp cận đất đai", ";Ghi chú"));
    expect((noLand.error as DataError).message).toContain('"Tiếp cận đất đai"');
  });

  test("a title year and a header year that disagree are an error", async () => {
    const text = table([LOC_HA]).replace(";Điểm tổng;", ";DDCI năm 2022 (thang điểm 100);");
    const {error} = await failure(text);
    expect((error as DataError).message).toContain("one year; the title says 2021, the header says 2022");
  });

  test.each([
    ["a script address", "Nguồn: javascript:alert(document.domain)//", "javascript:alert(document.domain)//"],
    ["a report named in words", "Nguồn: Báo cáo của Sở Nội vụ", "Báo cáo của Sở Nội vụ"]
  ])("a source line that is not a web address (%s) loads, its text kept for the pages to show as text", async (_, line, kept) => {
    const {observations, provenance} = await (await load(table([LOC_HA], "Kết quả DDCI năm 2021", [line]))).result;
    expect(observations.length).toBeGreaterThan(0);
    expect(provenance.sourceUrl).toBe(kept);
  });

  test("section and average rows carry no unit and are skipped", async () => {
    const {observations} = await (await load(table(["I;Khối UBND cấp huyện;;;;;;;;;;;;", LOC_HA, ";Trung bình chung;56;5;5;5;5;5;5;5;5;5;50;Trung bình"]))).result;
    expect(new Set(observations.map((o) => o.unitId))).toEqual(new Set(["448"]));
  });

  test("buildDataset: the same unit-year in two files is an error naming both", async () => {
    await project.write("data/raw/ddci/a.csv", table([LOC_HA]));
    await project.write("data/raw/ddci/b.csv", table([LOC_HA]));
    const error = (await buildDataset("ddci", project.root).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toContain("a.csv");
    expect(error.message).toContain("b.csv");
  });

  test("buildDataset: units DDCI could score but no file scores are listed as missing", async () => {
    await project.write("data/raw/ddci/a.csv", table([LOC_HA]));
    const build = await buildDataset("ddci", project.root);
    expect(build.missing).toContainEqual({unitId: "449", period: "2021"});
    expect(build.missing).toContainEqual({unitId: "so-tai-chinh", period: "2021"});
    expect(build.missing).not.toContainEqual({unitId: "448", period: "2021"});
    expect(build.missing.some((m) => m.unitId === "42" || m.unitId === "18568")).toBe(false);
  });
});
