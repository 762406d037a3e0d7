import {existsSync} from "node:fs";
import {mkdir, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";
import {afterEach, beforeAll, beforeEach, describe, expect, test} from "vitest";
import {utils, write} from "@e965/xlsx";
import {readPreviews} from "../../../loaders/io/readPreviews.ts";
import {loadReference, type Reference} from "../../../loaders/reference/loadReference.ts";
import {pciTidy} from "../../../loaders/sources/pciTidy.ts";
import {pciVcci} from "../../../loaders/sources/pciVcci.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {problemsOf} from "../../../src/errors/dataErrors.ts";
import type {Observation} from "../../../src/model/observation.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const WORKBOOKS = join(PROJECT_ROOT, "..", "shared", "data", "pci", "vcci-workbooks");
const SHARED_TIDY = join(PROJECT_ROOT, "..", "shared", "data", "pci", "pci_2005_2019.csv");

type Grid = unknown[][];

const valuesOf = (observations: readonly Observation[], unitId: string): Record<string, number | null> =>
  Object.fromEntries(observations.filter((o) => o.unitId === unitId).map((o) => [o.indicator, o.value]));

// One province column for all indicators, in an order no VCCI workbook uses, the header on the
// fifth row under a title, a MIN line and a lookup block under the table.
const ROW_LAYOUT: Grid = [
  ["CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH NĂM 2016"],
  [],
  ["Nguồn: VCCI"],
  [],
  [
    "Xếp hạng",
    "PCI",
    "Legal institutions",
    "Tỉnh/Thành phố",
    "Tính năng động",
    "GIA NHAP THI TRUONG",
    "Tiep can dat dai",
    "Chi phí thời gian",
    "Tính minh bạch",
    "Cạnh tranh bình đẳng",
    "Informal charges",
    "Đào tạo lao động",
    "Hỗ trợ doanh nghiệp",
    "STT"
  ],
  [1, 70.001, 7.16, "Đà Nẵng", 7.06, 9.22, 6.62, 8.45, 7.22, 6.5, 6.51, 7.98, 6.8, 1],
  [2, 58.2, 4.236052, "Hà Tĩnh", 5.288259, 8.454098, 4.963486, 5.66652, 6.380366, 3.774727, 4.408624, 6.342537, 5.85755, 2],
  [3, 56.5, 5.1, "TP. Hồ Chí Minh", 5.2, 7.5, 4.1, null, 5.5, 3.1, 4.2, 6.8, 6.8, 3],
  [null, 56.5, 4.236, "MIN", 5.2, 7.5, 4.1, 5.6, 5.5, 3.1, 4.2, 6.3, 5.8, null],
  [],
  ["Tỉnh", "Hà Tĩnh"],
  ["Xếp hạng", 2]
];

// One province column before every indicator, each list in its own order (as 2008-2016).
const PAIR_LAYOUT: Grid = [
  ["Thứ tự", "Tỉnh", "Gia nhập\r\n thị trường", null, "Tiếp cận \r\nđất đai", null, "Tính minh bạch", null, "PCI 2016", null, "Xếp hạng", null, "Nhóm\r\n xếp hạng"],
  [1, "Hà Tĩnh", 9.1, "Đà Nẵng", 8.2, "Hà Tĩnh", 7.3, "Đà Nẵng", 70, "Đà Nẵng", 1, "Đà Nẵng", "Rất tốt"],
  [2, "Đà Nẵng", 8.5, "Hà Tĩnh", 6.1, "Đà Nẵng", 6.9, "Hà Tĩnh", 57.76, "Hà Tĩnh", 2, "Hà Tĩnh", "Khá"],
  [],
  ["Thứ tự", "Tỉnh", "Gia nhập\r\n thị trường", null, "Tiếp cận \r\nđất đai"],
  [null, "Hà Tĩnh", 9.1, null, 6.1]
];

describe("pciVcci source (hand-made workbooks)", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  let reference: Reference;
  beforeEach(async () => {
    project = await tempProject();
    reference = await loadReference(join(project.root, "data", "reference"));
  });
  afterEach(() => project.remove());
  const workbook = async (name: string, sheets: Record<string, Grid>): Promise<string> => {
    const book = utils.book_new();
    for (const [sheet, grid] of Object.entries(sheets)) utils.book_append_sheet(book, utils.aoa_to_sheet(grid), sheet);
    const file = join(project.root, "data", "raw", "pci", name);
    await mkdir(dirname(file), {recursive: true});
    await writeFile(file, write(book, {type: "buffer", bookType: name.endsWith(".xls") ? "biff8" : "xlsx"}));
    return file;
  };
  const load = async (name: string, sheets: Record<string, Grid>) => pciVcci.load(await workbook(name, sheets), {reference});
  const failure = async (name: string, sheets: Record<string, Grid>): Promise<readonly DataError[]> =>
    problemsOf(await load(name, sheets).then(() => null, (e: unknown) => e));

  test("finds the header row, the province column and every indicator column by header text, whatever their order and position", async () => {
    const {observations, provenance} = await load("bang-xep-hang.xlsx", {"Ghi chú": [["Bảng tổng hợp PCI"]], "Xep hang": ROW_LAYOUT});
    expect(valuesOf(observations, "42")).toEqual({
      pci_rank: 2,
      pci_total: 58.2,
      pci_legal: 4.24,
      pci_proactive: 5.29,
      pci_entry: 8.45,
      pci_land: 4.96,
      pci_time: 5.67,
      pci_transparency: 6.38,
      pci_bias: 3.77,
      pci_informal: 4.41,
      pci_labor: 6.34,
      pci_support: 5.86
    });
    expect(valuesOf(observations, "79").pci_time).toBeUndefined(); // a blank cell is missing, never 0
    expect(valuesOf(observations, "48").pci_total).toBe(70);
    expect(new Set(observations.map((o) => o.unitId))).toEqual(new Set(["48", "42", "79"])); // "MIN" and the lookup block are not rows
    expect(observations.every((o) => o.period === "2016" && o.grain === "year" && o.source === "bang-xep-hang.xlsx" && !o.sample)).toBe(true);
    expect(provenance).toMatchObject({kind: "pci-vcci", sheet: "Xep hang", rowsRead: 3, periods: ["2016", "2016"]});
  });

  test("reads the one-list-per-indicator layout, each value with the province beside it", async () => {
    const {observations} = await load("PCI 2016.xlsx", {"Tong hop": PAIR_LAYOUT});
    expect(valuesOf(observations, "42")).toEqual({pci_entry: 9.1, pci_land: 6.1, pci_transparency: 7.3, pci_total: 57.76, pci_rank: 2});
    expect(valuesOf(observations, "48")).toEqual({pci_entry: 8.5, pci_land: 8.2, pci_transparency: 6.9, pci_total: 70, pci_rank: 1});
  });

  test("reads legacy .xls workbooks too", async () => {
    const {observations} = await load("PCI 2016.xls", {"Tong hop": PAIR_LAYOUT});
    expect(valuesOf(observations, "42").pci_total).toBe(57.76);
  });

  test("a sheet headed with another year than the file name is skipped as a leftover; with no sheet left it is an error", async () => {
    const stale = PAIR_LAYOUT.map((row, i) => (i === 0 ? row.map((c) => (c === "PCI 2016" ? "PCI 2015" : c)) : row.map((c) => (c === 57.76 ? 50 : c))));
    const {observations, provenance} = await load("PCI 2016.xlsx", {Summary: stale, Summary_VN: PAIR_LAYOUT});
    expect(provenance.sheet).toBe("Summary_VN");
    expect(valuesOf(observations, "42").pci_total).toBe(57.76);
    const [problem] = await failure("PCI 2017.xlsx", {Summary: PAIR_LAYOUT});
    expect(problem!.message).toContain('sheet "Summary" is for PCI 2016, not 2017');
  });

  test("the year must be found: in the file name, the PCI header or a title line", async () => {
    const noYear = PAIR_LAYOUT.map((row) => row.map((c) => (c === "PCI 2016" ? "PCI" : c)));
    const [problem] = await failure("tong-hop.xlsx", {"Tong hop": noYear});
    expect(problem!.location).toMatchObject({sheet: "Tong hop"});
    expect(problem!.message).toContain("a year in the file name");
    const [mixed] = await failure("tong-hop.xlsx", {A: PAIR_LAYOUT.map((row) => row.map((c) => (c === "PCI 2016" ? "PCI 2015" : c))), B: PAIR_LAYOUT});
    expect(mixed!.message).toContain("one year");
  });

  test("an unknown province is an error naming sheet, row, the province column and the closest names", async () => {
    const grid = PAIR_LAYOUT.map((row, i) => (i === 2 ? row.map((c, j) => (j === 5 ? "Đà Nẳngg" : c)) : row));
    const [problem] = await failure("PCI 2016.xlsx", {"Tong hop": grid});
    expect(problem!.location).toMatchObject({sheet: "Tong hop", row: 3, column: "F", value: "Đà Nẳngg"});
    expect(problem!.message).toContain("closest: Thành phố Đà Nẵng");
  });

  test("a province that did not exist that year is refused (Hà Tây after 2008)", async () => {
    const grid = ROW_LAYOUT.map((row) => row.map((c) => (c === "TP. Hồ Chí Minh" ? "Hà Tây" : c)));
    const problems = await failure("bang-xep-hang.xlsx", {S: grid});
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.location.value === "Hà Tây" && p.location.row === 8)).toBe(true);
    expect(problems[0]!.location.column).toBe("D (Tỉnh/Thành phố)");
    expect(problems[0]!.message).toContain("existed in 2016");
  });

  test("the same province twice in one column is an error", async () => {
    const grid = PAIR_LAYOUT.map((row, i) => (i === 2 ? row.map((c, j) => (j === 1 ? "Hà Tĩnh" : c)) : row));
    const [problem] = await failure("PCI 2016.xlsx", {"Tong hop": grid});
    expect(problem!.location).toMatchObject({row: 3, column: "B (Tỉnh)"});
    expect(problem!.message).toContain("also on row 2");
  });

  test("values outside their ranges, fractional ranks and text are refused, every one listed", async () => {
    const grid = PAIR_LAYOUT.map((row, i) => (i === 1 ? [1, "Hà Tĩnh", 10.2, "Đà Nẵng", "cao", "Hà Tĩnh", 7.3, "Đà Nẵng", 101, "Đà Nẵng", 1.5, "Đà Nẵng", "Rất tốt"] : row));
    const problems = await failure("PCI 2016.xlsx", {"Tong hop": grid});
    expect(problems.map((p) => [p.location.row, p.location.column, p.location.expected])).toEqual([
      [2, "C (Gia nhập thị trường)", "a sub-index score from 0 to 10"],
      [2, "E (Tiếp cận đất đai)", "a score such as 6.35 or 6,35"],
      [2, "I (PCI 2016)", "a PCI score from 0 to 100"],
      [2, "K (Xếp hạng)", "a whole-number rank from 1 to 63"]
    ]);
  });

  test("two columns for the same indicator is an error naming both", async () => {
    const grid = ROW_LAYOUT.map((row, i) => (i === 4 ? row.map((c) => (c === "Đào tạo lao động" ? "Entry costs" : c)) : row));
    const [problem] = await failure("PCI 2016.xlsx", {S: grid});
    expect(problem!.location.column).toContain("L (Entry costs)");
    expect(problem!.message).toContain("F (GIA NHAP THI TRUONG)");
  });

  test("detect recognises a PCI table in a workbook's first sheet and nothing else", async () => {
    expect((await readPreviews(await workbook("a.xlsx", {S: ROW_LAYOUT}))).some((p) => pciVcci.detect(p.rows))).toBe(true);
    expect((await readPreviews(await workbook("b.xlsx", {S: PAIR_LAYOUT}))).some((p) => pciVcci.detect(p.rows))).toBe(true);
    expect(pciVcci.detect([["Đơn vị", "Số hồ sơ tiếp nhận"], ["Xã Thạch Kim", 1, 2, 3]])).toBe(false);
  });
});

describe.skipIf(!existsSync(WORKBOOKS))("pciVcci source on VCCI's real workbooks (skipped: ../shared/data/pci/vcci-workbooks absent)", () => {
  let reference: Reference;
  let tidy: Map<string, number | null> | null = null;
  beforeAll(async () => {
    reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
    if (existsSync(SHARED_TIDY)) {
      const {observations} = await pciTidy.load(SHARED_TIDY, {reference});
      tidy = new Map(observations.filter((o) => o.unitId === "42").map((o) => [`${o.indicator}|${o.period}`, o.value]));
    }
  });

  const cases = [
    {file: "PCI 2006.xls", sheet: "PCI Tóm tắt", provinces: 64, rank: false, bias: true},
    {file: "PCI 2008.xls", sheet: "Tổng hợp", provinces: 64, rank: false, bias: true},
    {file: "PCI 2012.xlsx", sheet: "Tong hop", provinces: 63, rank: true, bias: false},
    {file: "PCI 2013.xlsx", sheet: "Summary", provinces: 63, rank: true, bias: true},
    {file: "PCI 2014.xlsx", sheet: "Summary_VN", provinces: 63, rank: true, bias: true},
    {file: "PCI 2015.xlsx", sheet: "Summary_VN", provinces: 63, rank: true, bias: true},
    {file: "PCI 2016.xlsx", sheet: "Summary_VN", provinces: 63, rank: true, bias: true}
  ] as const;

  test.each(cases)("$file loads from sheet $sheet with $provinces provinces and Hà Tĩnh's values as in the tidy table", async ({file, sheet, provinces, rank, bias}) => {
    const year = file.slice(4, 8);
    const {observations, provenance} = await pciVcci.load(join(WORKBOOKS, file), {reference});
    expect(provenance).toMatchObject({sheet, periods: [year, year], kind: "pci-vcci"});
    // nothing numeric left unread: no warning
    expect(provenance.warnings ?? []).toEqual([]);
    const units = new Set(observations.map((o) => o.unitId));
    expect(units.size).toBe(provinces);
    expect(units.has("28")).toBe(provinces === 64); // Hà Tây
    const expected = ["pci_entry", "pci_land", "pci_transparency", "pci_time", "pci_informal", "pci_proactive", "pci_support", "pci_labor", "pci_legal", "pci_total"];
    if (bias) expected.push("pci_bias");
    if (rank) expected.push("pci_rank");
    const haTinh = valuesOf(observations, "42");
    expect(Object.keys(haTinh).sort()).toEqual(expected.sort());
    // Every indicator has every province.
    for (const indicator of expected) expect(observations.filter((o) => o.indicator === indicator)).toHaveLength(provinces);
    if (tidy !== null) {
      for (const [indicator, value] of Object.entries(haTinh)) {
        const other = tidy.get(`${indicator}|${year}`);
        if (other !== undefined && other !== null) expect(Math.abs(value! - other), `${indicator} ${year}`).toBeLessThanOrEqual(0.01);
      }
    }
  });

  test("each real workbook is recognised by detect", async () => {
    for (const {file} of cases) expect((await readPreviews(join(WORKBOOKS, file))).some((p) => pciVcci.detect(p.rows)), file).toBe(true);
  });
});
