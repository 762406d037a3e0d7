import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {pciProfile, type ProvenanceWithNotPublished} from "../../../loaders/sources/pciProfile.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {problemsOf} from "../../../src/errors/dataErrors.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const CURATED = join(PROJECT_ROOT, "data", "curated", "pci", "ha-tinh-profile-pcivietnam.csv");
const SHARED_PROFILE = join(PROJECT_ROOT, "..", "shared", "data", "facts", "pci_hatinh_pcivietnam_profile_2006_2023.csv");
const HEADER = "province,year,indicator,value,status,source,source_url";
const URL = "https://pcivietnam.vn/ho-so-tinh/ha-tinh";
const row = (province: string, year: string, indicator: string, value: string, status = "published"): string =>
  `${province},${year},${indicator},${value},${status},© VCCI,${URL}`;

describe("pciProfile source", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (lines: readonly string[]) => {
    const file = await project.write("data/curated/pci/p.csv", [HEADER, ...lines].join("\n") + "\n");
    return pciProfile.load(file, {reference: await loadReference(join(project.root, "data", "reference"))});
  };
  const failure = async (lines: readonly string[]): Promise<readonly DataError[]> => problemsOf(await load(lines).then(() => null, (e: unknown) => e));

  test("the committed Hà Tĩnh profile loads: totals and ranks to 2022, sub-indices to 2023, the 2023 total and rank not published", async () => {
    const reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
    const {observations, provenance} = await pciProfile.load(CURATED, {reference});
    const value = (indicator: string, year: string) => observations.find((o) => o.indicator === indicator && o.period === year)?.value;
    expect(observations.every((o) => o.unitId === "42" && o.grain === "year" && !o.sample && o.numerator === null && o.denominator === null)).toBe(true);
    expect(observations.every((o) => o.source === "ha-tinh-profile-pcivietnam.csv")).toBe(true);
    expect([value("pci_total", "2022"), value("pci_rank", "2022"), value("pci_total", "2006"), value("pci_rank", "2006")]).toEqual([67.18, 18, 41.62, 60]);
    expect([value("pci_entry", "2023"), value("pci_legal", "2023")]).toEqual([7.15, 8.23]);
    // Not published is missing, never 0: no observation at all.
    expect(value("pci_total", "2023")).toBeUndefined();
    expect(value("pci_rank", "2023")).toBeUndefined();
    // The profile shows "Cạnh tranh bình đẳng" only from 2013.
    expect(observations.filter((o) => o.indicator === "pci_bias").map((o) => o.period)).toEqual(["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"]);
    expect(provenance).toMatchObject({kind: "pci-profile", sourceUrl: URL, periods: ["2006", "2023"], sample: false, sheet: null});
    expect((provenance as ProvenanceWithNotPublished).notPublished).toEqual([
      {unitId: "42", indicator: "pci_total", period: "2023"},
      {unitId: "42", indicator: "pci_rank", period: "2023"}
    ]);
    expect(readFileSync(CURATED, "utf-8")).toContain("© VCCI");
  });

  test.skipIf(!existsSync(SHARED_PROFILE))("the committed profile matches the transcription in ../shared/data/facts cell for cell (skipped: ../shared/data absent)", async () => {
    const reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
    const {observations, provenance} = await pciProfile.load(CURATED, {reference});
    const ids: Record<string, string> = {
      "Entry costs": "pci_entry",
      "Land access": "pci_land",
      Transparency: "pci_transparency",
      "Time costs": "pci_time",
      "Informal charges": "pci_informal",
      "Policy bias / equal competition": "pci_bias",
      Proactivity: "pci_proactive",
      "Business support services": "pci_support",
      "Labor training": "pci_labor",
      "Legal institutions": "pci_legal",
      "PCI (weighted total)": "pci_total",
      "Rank (1-63)": "pci_rank"
    };
    const [header, ...lines] = readFileSync(SHARED_PROFILE, "utf-8").trim().split("\n").map((l) => l.split(","));
    const years = header!.slice(2);
    const notPublished = (provenance as ProvenanceWithNotPublished).notPublished.map((n) => `${n.indicator}|${n.period}`);
    let cells = 0;
    for (const line of lines) {
      const indicator = ids[line[1]!]!;
      years.forEach((year, i) => {
        const observed = observations.find((o) => o.indicator === indicator && o.period === year);
        const cell = line[i + 2]!;
        if (cell === "NA") expect(observed, `${indicator} ${year}`).toBeUndefined();
        else expect(observed?.value, `${indicator} ${year}`).toBe(Number(cell));
        if (cell === "NA" && (indicator === "pci_total" || indicator === "pci_rank")) expect(notPublished).toContain(`${indicator}|${year}`);
        cells++;
      });
    }
    expect(cells).toBe(12 * 18);
  });

  test("detects its header, not other CSVs", () => {
    expect(pciProfile.detect([HEADER.split(",")])).toBe(true);
    expect(pciProfile.detect([["prov", "year", "pci_entry"]])).toBe(false);
  });

  test("an unknown province is an error naming the closest provinces", async () => {
    const [problem] = await failure([row("Hà Tĩn", "2022", "pci_total", "67.18")]);
    expect(problem!.location).toMatchObject({row: 2, column: "A (province)", value: "Hà Tĩn"});
    expect(problem!.message).toContain("closest: Tỉnh Hà Tĩnh");
  });

  test("scores and ranks outside their ranges are refused, every bad row listed", async () => {
    const problems = await failure([
      row("Hà Tĩnh", "2022", "pci_entry", "10.5"),
      row("Hà Tĩnh", "2022", "pci_total", "100.01"),
      row("Hà Tĩnh", "2022", "pci_rank", "64"),
      row("Hà Tĩnh", "2021", "pci_rank", "12.5"),
      row("Hà Tĩnh", "2021", "pci_land", "abc"),
      row("Hà Tĩnh", "2021", "pci_wrong", "5")
    ]);
    expect(problems.map((p) => [p.location.row, p.location.column, p.location.expected])).toEqual([
      [2, "D (value)", "a sub-index score from 0 to 10"],
      [3, "D (value)", "a PCI score from 0 to 100"],
      [4, "D (value)", "a whole-number rank from 1 to 63"],
      [5, "D (value)", "a whole-number rank from 1 to 63"],
      [6, "D (value)", "a score such as 6.35 or 6,35"],
      [7, "C (indicator)", expect.stringContaining("one of pci_total, pci_rank, pci_entry")]
    ]);
  });

  test("rank 64 is accepted for 2008, when Hà Tây was still ranked", async () => {
    const {observations} = await load([row("Hà Tây", "2008", "pci_rank", "64"), row("Hà Tĩnh", "2008", "pci_rank", "49")]);
    expect(observations.map((o) => [o.unitId, o.value])).toEqual([
      ["28", 64],
      ["42", 49]
    ]);
  });

  test("status must agree with the value: a published figure has one, a not-published one has none", async () => {
    const problems = await failure([
      row("Hà Tĩnh", "2022", "pci_total", ""),
      row("Hà Tĩnh", "2023", "pci_total", "60", "not published"),
      row("Hà Tĩnh", "2023", "pci_rank", "", "maybe")
    ]);
    expect(problems.map((p) => [p.location.row, p.location.column])).toEqual([
      [2, "D (value)"],
      [3, "D (value)"],
      [4, "E (status)"]
    ]);
  });

  test("\"chưa công bố\" works as the status too, and gives no observation", async () => {
    const loaded = await load([row("Hà Tĩnh", "2023", "pci_total", "", "Chưa công bố"), row("Hà Tĩnh", "2023", "pci_entry", "7.15")]);
    expect(loaded.observations.map((o) => o.indicator)).toEqual(["pci_entry"]);
    expect((loaded.provenance as ProvenanceWithNotPublished).notPublished).toEqual([{unitId: "42", indicator: "pci_total", period: "2023"}]);
  });

  test("the same province, indicator and year twice in one file is an error naming the first row", async () => {
    const [problem] = await failure([row("Hà Tĩnh", "2022", "pci_total", "67.18"), row("Ha Tinh", "2022", "pci_total", "67.18")]);
    expect(problem!.location.row).toBe(3);
    expect(problem!.message).toContain("also on row 2");
  });

  test("a missing column or a missing page address stops the load", async () => {
    const file = await project.write("data/curated/pci/q.csv", "province,year,indicator,value\nHà Tĩnh,2022,pci_total,67.18\n");
    const reference = await loadReference(join(project.root, "data", "reference"));
    const error = (await pciProfile.load(file, {reference}).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toContain("status, source_url");
    const [problem] = await failure(["Hà Tĩnh,2022,pci_total,67.18,published,© VCCI,"]);
    expect(problem!.location.column).toBe("G (source_url)");
  });
});
