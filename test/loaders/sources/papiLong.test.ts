import {existsSync} from "node:fs";
import {mkdir, mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {papiDataset} from "../../../loaders/datasets/papi.ts";
import {loadReference, type Reference} from "../../../loaders/reference/loadReference.ts";
import {papiLong} from "../../../loaders/sources/papiLong.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {problemsOf} from "../../../src/errors/dataErrors.ts";
import type {Observation} from "../../../src/model/observation.ts";
import {PROJECT_ROOT} from "../../helpers/tempProject.ts";

const SHARED = join(PROJECT_ROOT, "..", "shared", "data", "papi");
const REAL_FILE = join(SHARED, "papi_2011_2024_long.csv");

// A few provinces, so these tests do not depend on the full province list.
const UNITS = [
  "id,gso_code,name,type,level,parent_id,valid_from,valid_to,population_2019,note",
  "01,01,Thành phố Hà Nội,Thành phố,province,,,,,",
  "28,28,Tỉnh Hà Tây,Tỉnh,province,,,2008-07-31,,",
  "42,42,Tỉnh Hà Tĩnh,Tỉnh,province,,,,,",
  "46,46,Thành phố Huế,Thành phố,province,,,,,",
  "79,79,Thành phố Hồ Chí Minh,Thành phố,province,,,,,",
  "436,436,Thành phố Hà Tĩnh,Thành phố,district,42,,2025-06-30,,"
].join("\n");
const ALIASES = "unit_id,alias,note\n46,Thừa Thiên Huế,name until 2024\n";
const HEADER = "year,Province,province_name,subcriterion,score,subcriterion_name,Criteria_Name,Criteria_Code";

/** Rows for every sub-dimension of C01 and C05 (SC52 left out, as from 2021). */
function rows(year: string, code: string, name: string, scores: Partial<Record<string, string>> = {}): string[] {
  const subs: [string, string][] = [
    ["SC11", "C01"],
    ["SC12", "C01"],
    ["SC13", "C01"],
    ["SC14", "C01"],
    ["SC51", "C05"],
    ["SC53", "C05"],
    ["SC54", "C05"]
  ];
  return subs.map(([sc, c]) => `${year},${code},${name},${sc},${scores[sc] ?? "1.5"},x,y,${c}`);
}

describe("papiLong source", () => {
  let dir: string;
  let reference: Reference;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "papi-test-"));
    await mkdir(join(dir, "reference"));
    await writeFile(join(dir, "reference", "units.csv"), UNITS);
    await writeFile(join(dir, "reference", "aliases.csv"), ALIASES);
    await writeFile(join(dir, "reference", "lineage.csv"), "old_id,new_id,from_date,note\n");
    reference = await loadReference(join(dir, "reference"));
  });
  afterEach(() => rm(dir, {recursive: true, force: true}));
  const write = async (lines: readonly string[]) => {
    const file = join(dir, "papi.csv");
    await writeFile(file, [HEADER, ...lines].join("\n") + "\n");
    return file;
  };
  const load = async (lines: readonly string[]) => papiLong.load(await write(lines), {reference});
  const failure = async (lines: readonly string[]): Promise<unknown> => load(lines).then(() => null, (e: unknown) => e);
  const value = (observations: readonly Observation[], unitId: string, indicator: string, period = "2021") =>
    observations.find((o) => o.unitId === unitId && o.indicator === indicator && o.period === period)?.value;

  test("maps PAPI's English province names to units by name, not by PAPI's codes", async () => {
    const {observations} = await load([...rows("2021", "P01", "Hanoi"), ...rows("2021", "P28", "Ha Tinh"), ...rows("2021", "P31", "Thua Thien Hue"), ...rows("2021", "P50", "Ho Chi Minh City")]);
    expect(new Set(observations.map((o) => o.unitId))).toEqual(new Set(["01", "42", "46", "79"]));
    expect(papiLong.detect([HEADER.split(",")])).toBe(true);
  });

  test("sub-dimensions as published; a dimension is the sum of the year's sub-dimensions; the total the sum of dimensions", async () => {
    const {observations, provenance} = await load(rows("2021", "P28", "Ha Tinh", {SC11: "1.963", SC12: "2.25", SC13: "0.5", SC14: "1", SC51: "2.5", SC53: "2", SC54: "3.125"}));
    expect(value(observations, "42", "papi_sc11")).toBe(1.963); // a dot is a decimal point in this machine export
    expect(value(observations, "42", "papi_c01")).toBeCloseTo(5.713, 9);
    expect(value(observations, "42", "papi_c05")).toBeCloseTo(7.625, 9);
    expect(value(observations, "42", "papi_total")).toBeCloseTo(13.338, 9);
    expect(observations.every((o) => o.grain === "year" && o.numerator === null && o.denominator === null && !o.sample && o.source === "papi.csv")).toBe(true);
    expect(provenance).toMatchObject({kind: "papi-long", rowsRead: 7, periods: ["2021", "2021"], sample: false});
  });

  test("a blank or NA score is missing: no observation, and no dimension or total for that province-year", async () => {
    const {observations} = await load([...rows("2021", "P28", "Ha Tinh", {SC12: "", SC53: "NA"}), ...rows("2021", "P01", "Hanoi")]);
    expect(value(observations, "42", "papi_sc12")).toBeUndefined();
    expect(value(observations, "42", "papi_c01")).toBeUndefined();
    expect(value(observations, "42", "papi_c05")).toBeUndefined();
    expect(value(observations, "42", "papi_total")).toBeUndefined();
    expect(value(observations, "42", "papi_sc11")).toBe(1.5);
    expect(value(observations, "01", "papi_c01")).toBe(6);
    expect(value(observations, "01", "papi_total")).toBe(10.5);
  });

  test("an unknown province name fails with the closest names, once per name", async () => {
    const error = await failure([...rows("2021", "P28", "Ha Tinhh"), ...rows("2021", "P01", "Hanoi")]);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location).toMatchObject({row: 2, column: "C (province_name)", value: "Ha Tinhh"});
    expect((error as DataError).message).toContain("closest: Tỉnh Hà Tĩnh");
  });

  test("a province that did not exist in the year is not matched (Hà Tây after 2008)", async () => {
    const error = await failure(rows("2011", "P99", "Ha Tay"));
    expect((error as DataError).message).toContain("existed in 2011");
  });

  test("a district named like a province is not taken for it", async () => {
    const {observations} = await load(rows("2021", "P28", "Ha Tinh"));
    expect(observations.some((o) => o.unitId === "436")).toBe(false);
  });

  test("a province code used for two provinces is an error", async () => {
    const error = await failure([...rows("2021", "P28", "Ha Tinh"), ...rows("2022", "P28", "Hanoi")]);
    expect((error as DataError).message).toContain("code P28");
  });

  test("unknown sub-dimension codes, a wrong dimension, bad scores and years are each reported", async () => {
    const error = await failure([
      "2021,P28,Ha Tinh,SC99,1.5,x,y,C09",
      "2021,P28,Ha Tinh,SC11,1.5,x,y,C02",
      "2021,P28,Ha Tinh,SC12,11,x,y,C01",
      "2021,P28,Ha Tinh,SC13,\"1,5\",x,y,C01",
      "21,P28,Ha Tinh,SC14,1.5,x,y,C01"
    ]);
    expect(problemsOf(error).map((p) => [p.location.row, p.location.column])).toEqual([
      [2, "D (subcriterion)"],
      [3, "H (Criteria_Code)"],
      [4, "E (score)"],
      [5, "E (score)"],
      [6, "A (year)"]
    ]);
  });

  test("the same province, year and sub-dimension twice is an error naming the first row", async () => {
    const error = await failure(["2021,P28,Ha Tinh,SC11,1.5,x,y,C01", "2021,P28,Ha Tinh,SC11,1.6,x,y,C01"]);
    expect((error as DataError).location).toMatchObject({row: 3});
    expect((error as DataError).message).toContain("already on row 2");
  });

  test("a file without the long-format columns says which are missing", async () => {
    const file = join(dir, "wide.csv");
    await writeFile(file, "Province,SC11,SC12\nP28,1.5,1.6\n");
    const error = await papiLong.load(file, {reference}).then(() => null, (e: unknown) => e);
    expect((error as DataError).message).toContain('"year"');
    expect((error as DataError).message).toContain('"province_name"');
  });
});

describe("papiLong on the real PAPI file", () => {
  test.skipIf(!existsSync(REAL_FILE))("loads 63 provinces 2011-2024 with Hà Tĩnh every year (skipped: ../shared/data/papi is absent)", async () => {
    const reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
    const {observations, provenance} = await papiLong.load(REAL_FILE, {reference});
    expect(new Set(observations.map((o) => o.unitId)).size).toBe(63);
    expect(provenance.periods).toEqual(["2011", "2024"]);
    const haTinh = (indicator: string) => observations.filter((o) => o.unitId === "42" && o.indicator === indicator);
    expect(haTinh("papi_total").map((o) => o.period).sort()).toEqual(Array.from({length: 14}, (_, i) => String(2011 + i)));
    // Published PAPI totals for Hà Tĩnh (../shared/data/facts/hatinh_par_sipas_papi_facts.csv): 45.005 (2020), 44.3138 (2022).
    expect(haTinh("papi_total").find((o) => o.period === "2020")!.value).toBeCloseTo(45.005, 3);
    expect(haTinh("papi_total").find((o) => o.period === "2022")!.value).toBeCloseTo(44.3138, 4);
    // no environmental or e-governance dimension before 2018; construction permits not scored from 2021
    expect(haTinh("papi_c07").map((o) => o.period).sort()[0]).toBe("2018");
    expect(haTinh("papi_sc52").map((o) => o.period).sort().at(-1)).toBe("2020");
    // provinces the file has no score for in a year are listed as missing, never filled
    const missing = papiDataset.missing!(observations, reference);
    expect(missing.filter((m) => m.period === "2014")).toHaveLength(2);
    expect(missing.some((m) => m.unitId === "42")).toBe(false);
  });
});
