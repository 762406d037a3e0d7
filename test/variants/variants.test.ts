// The layout variants of issue #11, each generated (variantFiles.ts) and checked end to end the
// way check-data and the build see them: detection, loading, what was understood, or the message.
import {writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {sourceFor} from "../../loaders/buildDataset.ts";
import {checkFiles, type FileCheck} from "../../loaders/checkFiles.ts";
import {loadReference, type Reference} from "../../loaders/reference/loadReference.ts";
import {SOURCES} from "../../loaders/registry.ts";
import type {LoadedFile} from "../../loaders/sources/source.ts";
import {PROJECT_ROOT, tempProject} from "../helpers/tempProject.ts";
import * as variants from "./variantFiles.ts";
import type {VariantFile} from "./variantFiles.ts";

let reference: Reference;
let project: Awaited<ReturnType<typeof tempProject>>;
let count = 0;
beforeAll(async () => {
  reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
  project = await tempProject();
});
afterAll(() => project.remove());

/** Writes the variant in a folder of its own (names repeat across variants). */
async function place(variant: VariantFile): Promise<string> {
  const dir = await project.write(`v${count++}/.keep`, "");
  const file = join(dir, "..", variant.name);
  await writeFile(file, variant.bytes);
  return file;
}

async function accepted(variant: VariantFile): Promise<{loaded: LoadedFile; check: FileCheck; value: (unitId: string, indicator: string) => number | null | undefined}> {
  const file = await place(variant);
  const [check] = await checkFiles([file], reference);
  expect(check!.problems.map((p) => p.message)).toEqual([]);
  const source = await sourceFor(file, SOURCES);
  const loaded = await source.load(file, {reference});
  const value = (unitId: string, indicator: string): number | null | undefined => loaded.observations.find((o) => o.unitId === unitId && o.indicator === indicator)?.value;
  return {loaded, check: check!, value};
}

async function refused(variant: VariantFile): Promise<FileCheck> {
  const [check] = await checkFiles([await place(variant)], reference);
  expect(check!.ok).toBe(false);
  return check!;
}

const KIM = "18580";
const HO_DO = "18598";

describe("monthly reports from other units", () => {
  test("without an online-payment column: loads, every share as usual", async () => {
    const {check, value} = await accepted(variants.reportWithoutPayments());
    expect(check).toMatchObject({kind: "tthc-report", periods: ["2024-10", "2024-10"], headerRows: [5, 6], units: {count: 2}});
    expect(value(KIM, "online_share")).toBe(0.6);
    expect(value(KIM, "fully_online_share")).toBe(0.3);
    expect(check.indicatorsMissing).toEqual([]);
  });

  test("with only the required columns: the fully-online and BCCI-return shares are missing, not zero, and listed", async () => {
    const {loaded, check, value} = await accepted(variants.reportMinimal());
    expect(value(KIM, "online_share")).toBe(0.6);
    expect(value(HO_DO, "on_time_share")).toBe(70 / 76);
    const fully = loaded.observations.find((o) => o.unitId === KIM && o.indicator === "fully_online_share")!;
    expect(fully).toMatchObject({value: null, numerator: null, denominator: null});
    expect(value(KIM, "postal_return_share")).toBeNull();
    expect(loaded.provenance.indicatorsMissing).toEqual(["fully_online_share", "postal_return_share"]);
    expect(check.indicatorsMissing).toEqual(["fully_online_share", "postal_return_share"]);
  });

  test("the month from the file name when the title lines give none", async () => {
    const {check} = await accepted(variants.reportMonthInFileName());
    expect(check.periods).toEqual(["2024-10", "2024-10"]);
  });

  test('the month from "Năm" and "Tháng" columns', async () => {
    const {check, value} = await accepted(variants.reportMonthColumns());
    expect(check.periods).toEqual(["2024-10", "2024-10"]);
    expect(value(KIM, "online_share")).toBe(0.6);
  });

  test("title and file name disagreeing on the month: refused, naming both", async () => {
    const check = await refused(variants.reportMonthsDisagree());
    expect(check.problems[0]!.message).toContain('row 3: value "Tháng 10/2024" — expected one month; the title says T10/2024, the file name "bao-cao-thang-11-2024.xlsx" says T11/2024');
  });

  test("abbreviated and English headers (HS, TN, DVCTT, BCCI; Unit, Total, On time…)", async () => {
    const {value} = await accepted(variants.reportAbbreviated());
    expect(value(KIM, "online_share")).toBe(0.6);
    expect(value(KIM, "postal_submission_share")).toBe(0.02);
    expect(value(KIM, "postal_return_share")).toBe(4 / 95);
  });

  test("a CSV saved as Windows-1258 (tone marks as combining characters)", async () => {
    const {check, value} = await accepted(variants.reportWindows1258());
    expect(check.encoding).toBe("windows-1258");
    expect(value(HO_DO, "received_total")).toBe(80);
  });

  test('"Unicode text": UTF-16LE with a BOM, tab-separated', async () => {
    const {check, value} = await accepted(variants.reportUtf16());
    expect(check.encoding).toBe("utf-16le");
    expect(value(KIM, "received_total")).toBe(100);
  });

  test("a header lacking required columns: the nearest kind, the sheet and rows looked at, found and missing", async () => {
    const check = await refused(variants.reportMissingColumns());
    const message = check.problems[0]!.message;
    expect(message).toContain('sheet "BaoCao", row 5: expected the headers of a known kind; nearest: Monthly TTHC results report (per unit) (tthc-report), header rows 5-6');
    expect(message).toContain('found Đơn vị (B "Đơn vị"), Số hồ sơ tiếp nhận / Tổng số (C "Số hồ sơ tiếp nhận / Tổng số"), Số hồ sơ tiếp nhận / Trực tuyến (D "Số hồ sơ tiếp nhận / Trực tuyến")');
    expect(message).toContain("missing Số hồ sơ tiếp nhận / Qua dịch vụ BCCI, Số hồ sơ đã giải quyết / Đúng hạn, Số hồ sơ đã giải quyết / Quá hạn");
    expect(message).toContain('sheets looked at: "Ghi chú" (1 rows), "BaoCao" (7 rows)');
  });
});

describe("dossier exports from another system", () => {
  test('due date headed "Hạn xử lý", channels as codes 1/2/3', async () => {
    const {value} = await accepted(variants.dossiersOtherSystem());
    const unit = reference.units.find((u) => u.name === "Xã Lộc Hà")!.id;
    expect(value(unit, "received_total")).toBe(3);
    expect(value(unit, "online_share")).toBe(1 / 3);
    expect(value(unit, "postal_submission_share")).toBe(1 / 3);
  });

  test("the same export saved as Windows-1258 gives the same counts", async () => {
    const {check, value} = await accepted(variants.dossiersOtherSystem("windows-1258"));
    expect(check.encoding).toBe("windows-1258");
    const unit = reference.units.find((u) => u.name === "Xã Lộc Hà")!.id;
    expect(value(unit, "online_share")).toBe(1 / 3);
  });
});

describe("DDCI tables", () => {
  test('the year in a "Năm" column', async () => {
    const {check, value} = await accepted(variants.ddciYearColumn());
    expect(check.periods).toEqual(["2023", "2023"]);
    expect(value("448", "ddci_total")).toBe(54.52);
    expect(value("so-tai-chinh", "ddci_land")).toBeUndefined();
  });

  test("the year in the file name (DDCI_2023.xlsx)", async () => {
    const {check} = await accepted(variants.ddciYearInFileName());
    expect(check.periods).toEqual(["2023", "2023"]);
  });

  test("an error names the unit as well as the place", async () => {
    const check = await refused(variants.ddciBadComponent());
    expect(check.problems[0]!.message).toContain('row 5 (Sở Tài chính), column L (Tính năng động): value "50" — expected a component score from 0 to 10');
  });
});

describe("VCCI PCI workbooks of other years", () => {
  test("the table on the second sheet; a rank headed \"Thứ hạng PCI 2009\"", async () => {
    const {check, value} = await accepted(variants.pciSecondSheet());
    expect(check).toMatchObject({kind: "pci-vcci", sheet: "Tổng hợp", periods: ["2009", "2009"]});
    expect(value("42", "pci_rank")).toBe(40);
    expect(value("42", "pci_total")).toBe(55.1);
    expect(check.indicatorsMissing).toEqual(["pci_bias"]);
  });

  test('"Sub-Index 10: Law & Order" is read; a numeric column matching no indicator is a warning, kept in the provenance', async () => {
    const {check, loaded, value} = await accepted(variants.pciSubIndexNames());
    expect(value("42", "pci_legal")).toBe(4.7);
    expect(value("42", "pci_total")).toBe(55.1);
    expect(value("42", "pci_rank")).toBe(40);
    expect(check.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('sheet "Summary", row 1, column M (Sub-Index 11: Innovation): a column of numbers that matches no PCI indicator, not read')
    ]);
    expect(loaded.provenance.warnings).toHaveLength(1);
  });
});

test("a PCI extract with two sub-indices: refused, naming the nearest kind and what it lacks", async () => {
  const message = (await refused(variants.pciTooFewColumns())).problems[0]!.message;
  expect(message).toContain("nearest: VCCI's PCI summary workbook (one per year) (pci-vcci), header row 1");
  expect(message).toContain('found Tỉnh / Province (A "Tỉnh"), Gia nhập thị trường (B "Gia nhập thị trường"), Tiếp cận đất đai (C "Tiếp cận đất đai"); missing');
});

describe("files that are not what their name says", () => {
  test("an empty file", async () => {
    expect((await refused(variants.emptyFile())).problems[0]!.message).toContain("expected a file with data; this one is empty (0 bytes)");
  });

  test("a text file renamed .xlsx", async () => {
    expect((await refused(variants.textNamedXlsx())).problems[0]!.message).toContain("expected an Excel workbook; this file is plain text (utf-8): if it is a CSV, rename it to .csv");
  });
});
