import {existsSync} from "node:fs";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {pciProvinces} from "../../../loaders/pci/pciProvinces.ts";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {pciTidy} from "../../../loaders/sources/pciTidy.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {problemsOf} from "../../../src/errors/dataErrors.ts";
import {foldVietnamese} from "../../../src/text/foldVietnamese.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const HEADER =
  "prov,year,pci_entry,pci_land,pci_transparency,pci_time,pci_informal,pci_implement,pci_bias_old,pci_bias,pci_proactive,pci_support,pci_labor,pci_legal,pci_unweighted,pci_weighted";
const SHARED_TIDY = join(PROJECT_ROOT, "..", "shared", "data", "pci", "pci_2005_2019.csv");

/** A row with every sub-index at `score`, the given bias columns and total. */
const line = (prov: string, year: string, total: string, {old = "", bias = "", score = "5.5"} = {}): string =>
  [prov, year, score, score, score, score, score, "", old, bias, score, score, score, score, "40", total].join(",");

describe("pciTidy source", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const reference = async () => loadReference(join(project.root, "data", "reference"));
  const load = async (lines: readonly string[], header = HEADER) => {
    const file = await project.write("data/raw/pci/pci.csv", [header, ...lines].join("\n") + "\n");
    return pciTidy.load(file, {reference: await reference()});
  };
  const failure = async (lines: readonly string[], header = HEADER): Promise<readonly DataError[]> =>
    problemsOf(await load(lines, header).then(() => null, (e: unknown) => e));

  test("maps each column to its indicator: pci_weighted is the total, both bias columns are pci_bias, blanks are missing", async () => {
    const {observations, provenance} = await load([
      line("Ha Tinh", "2007", "45.55817", {old: "5.744871"}),
      line("TP HCM", "2013", "61.19", {bias: "5.4"}),
      line("BRVT", "2013", "", {bias: "NA", score: ""}),
      line("Thua Thien Hue", "2013", "65.56"),
      line("Ha Tay", "2007", "40.1")
    ]);
    const of = (unitId: string, year: string) =>
      Object.fromEntries(observations.filter((o) => o.unitId === unitId && o.period === year).map((o) => [o.indicator, o.value]));
    expect(of("42", "2007")).toEqual({
      pci_entry: 5.5,
      pci_land: 5.5,
      pci_transparency: 5.5,
      pci_time: 5.5,
      pci_informal: 5.5,
      pci_bias: 5.74,
      pci_proactive: 5.5,
      pci_support: 5.5,
      pci_labor: 5.5,
      pci_legal: 5.5,
      pci_total: 45.56
    });
    expect(of("79", "2013")).toMatchObject({pci_bias: 5.4, pci_total: 61.19});
    expect(of("77", "2013")).toEqual({}); // all blank or NA: missing, no zeros
    expect(of("46", "2013").pci_total).toBe(65.56);
    expect(of("28", "2007").pci_total).toBe(40.1);
    expect(observations.some((o) => o.indicator === "pci_rank")).toBe(false); // years incomplete: no ranks
    expect(observations.every((o) => o.grain === "year" && o.numerator === null && o.denominator === null && o.source === "pci.csv" && !o.sample)).toBe(true);
    expect(provenance).toMatchObject({kind: "pci-tidy", rowsRead: 5, periods: ["2007", "2013"], sheet: null});
  });

  test("detects the tidy header, not the profile's", () => {
    expect(pciTidy.detect([HEADER.split(",")])).toBe(true);
    expect(pciTidy.detect([["province", "year", "indicator", "value", "status", "source_url"]])).toBe(false);
  });

  test("both policy-bias columns filled in one row is an error (the sub-index was redefined in 2013)", async () => {
    const [problem] = await failure([line("Ha Tinh", "2013", "55.88", {old: "5.9", bias: "3.25"})]);
    expect(problem!.location).toMatchObject({row: 2, column: "J (pci_bias)", value: "3.25"});
    expect(problem!.message).toContain("I (pci_bias_old)");
  });

  test("an unknown province, or one that did not exist that year, is an error naming the closest", async () => {
    const problems = await failure([line("Ha Tinhh", "2013", "55.88"), line("Ha Tay", "2009", "50")]);
    expect(problems.map((p) => [p.location.row, p.location.column, p.location.value])).toEqual([
      [2, "A (prov)", "Ha Tinhh"],
      [3, "A (prov)", "Ha Tay"]
    ]);
    expect(problems[0]!.message).toContain("closest: Tỉnh Hà Tĩnh");
    expect(problems[1]!.message).toContain("existed in 2009");
  });

  test("the same province twice in a year is an error", async () => {
    const [problem] = await failure([line("Ha Tinh", "2013", "55.88"), line("Hà Tĩnh", "2013", "55.88")]);
    expect(problem!.location.row).toBe(3);
    expect(problem!.message).toContain("also on row 2");
  });

  test("scores outside 0-10 and totals outside 0-100 are refused, every one listed", async () => {
    const problems = await failure([line("Ha Tinh", "2013", "100.5"), line("Nghe An", "2013", "50", {score: "10.01"}), line("Da Nang", "2013", "-1")]);
    expect(problems.map((p) => [p.location.row, p.location.column])).toEqual([
      [2, "P (pci_weighted)"],
      ...["C (pci_entry)", "D (pci_land)", "E (pci_transparency)", "F (pci_time)", "G (pci_informal)", "K (pci_proactive)", "L (pci_support)", "M (pci_labor)", "N (pci_legal)"].map((c) => [3, c]),
      [4, "P (pci_weighted)"]
    ]);
  });

  test("an unknown column is an error: nothing is dropped silently", async () => {
    const error = (await load(["Ha Tinh,2013,5"], "prov,year,pci_entyr").catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.location).toMatchObject({row: 1, column: "C (pci_entyr)"});
  });

  test("ranks are computed for a year that scores every province, ties sharing a rank, and not for an incomplete year", async () => {
    const provinces = pciProvinces((await reference()).units).active("2019");
    expect(provinces).toHaveLength(63);
    const names = provinces.map((u) => foldVietnamese(u.name).replace(/^(tinh|thanh pho) /, ""));
    // Scores 80, 79, … with the second and third equal.
    const scores = names.map((_, i) => (i === 2 ? 79 : 80 - i));
    const complete = names.map((n, i) => line(n, "2019", String(scores[i])));
    const incomplete = names.slice(1).map((n, i) => line(n, "2018", String(scores[i])));
    const {observations} = await load([...complete, ...incomplete]);
    const ranks = observations.filter((o) => o.indicator === "pci_rank");
    expect(ranks.every((o) => o.period === "2019")).toBe(true);
    const rankOf = new Map(ranks.map((o) => [o.unitId, o.value]));
    expect(provinces.map((u) => rankOf.get(u.id)).slice(0, 5)).toEqual([1, 2, 2, 4, 5]);
    expect(rankOf.get(provinces[62]!.id)).toBe(63);
  });

  test.skipIf(!existsSync(SHARED_TIDY))("the real 2005-2019 table loads whole; ranks only where all provinces are scored (skipped: ../shared/data absent)", async () => {
    const {observations, provenance} = await pciTidy.load(SHARED_TIDY, {reference: await loadReference(join(PROJECT_ROOT, "data", "reference"))});
    expect(provenance).toMatchObject({rowsRead: 927, periods: ["2005", "2019"]});
    const value = (unitId: string, indicator: string, year: string) =>
      observations.find((o) => o.unitId === unitId && o.indicator === indicator && o.period === year)?.value;
    expect([value("42", "pci_total", "2019"), value("42", "pci_rank", "2019"), value("42", "pci_entry", "2019")]).toEqual([65.46, 27, 8.08]);
    const rankYears = [...new Set(observations.filter((o) => o.indicator === "pci_rank").map((o) => o.period))].sort();
    expect(rankYears).toEqual(["2006", "2007", "2008", "2009", "2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"]);
    expect(observations.filter((o) => o.indicator === "pci_rank" && o.period === "2008").map((o) => o.value).sort((a, b) => a! - b!).at(-1)).toBe(64);
    // The 2005-2008 SOE-bias sub-index and the 2013+ one are one indicator, absent 2009-2012.
    expect(["2008", "2009", "2012", "2013"].map((y) => value("42", "pci_bias", y))).toEqual([7.57, undefined, undefined, 3.25]);
  });
});
