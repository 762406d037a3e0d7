import {readFileSync} from "node:fs";
import {join} from "node:path";
import {DuckDBInstance, type DuckDBConnection} from "@duckdb/node-api";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {chooseChart} from "../../../src/explore/chooseChart.ts";
import type {Area} from "../../../src/model/area.ts";
import {readyQuestions} from "../../../src/explore/readyQuestions.ts";
import {PROJECT_ROOT} from "../../helpers/tempProject.ts";
import {createExploreTables, type FixtureObservation} from "./exploreDatabase.ts";

const REFERENCE = await loadReference(join(PROJECT_ROOT, "data", "reference"));
const READY_QUESTIONS = readyQuestions(REFERENCE.area!, REFERENCE.units, REFERENCE.lineage);
const OTHER_AREA = JSON.parse(readFileSync(join(PROJECT_ROOT, "data", "reference", "areas", "tran-phu-ha-tinh.json"), "utf8")) as Area;

const MONTHS = Array.from({length: 12}, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);
const HONG_LOC = "18412"; // Xã Hồng Lộc, 6 518 inhabitants in 2019
const TAN_LOC = "18409"; // Xã Tân Lộc: sends no report for 2024-04

function tthcFixture(): FixtureObservation[] {
  const rows: FixtureObservation[] = [];
  const online: Record<string, (number | null)[]> = {
    [HONG_LOC]: [0.5, 0.55, 0.6, 0.5, 0.4, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
    // falls every reported month, but April is missing: no run of three consecutive months
    [TAN_LOC]: [0.6, 0.5, 0.4, null, 0.3, 0.2, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
  };
  for (const [unitId, shares] of Object.entries(online)) {
    MONTHS.forEach((period, i) => {
      const share = shares[i];
      if (share === null || share === undefined) return;
      rows.push({unitId, indicator: "online_share", period, value: share, numerator: share * 100, denominator: 100});
      rows.push({unitId, indicator: "received_total", period, value: 100, numerator: 100});
      rows.push({unitId, indicator: "postal_return_share", period, value: 0.1, numerator: 10, denominator: 100});
    });
  }
  // A commune formed in 2025 has no 2019 population: left out of per-inhabitant figures.
  rows.push({unitId: "xa-hong-loc-2025", indicator: "postal_return_share", period: "2025-07", value: 0.1, numerator: 10, denominator: 100});
  rows.push({unitId: "xa-hong-loc-2025", indicator: "received_total", period: "2025-07", value: 100, numerator: 100});
  return rows;
}

const PLAN: FixtureObservation[] = [
  {unitId: HONG_LOC, indicator: "plan_activity_programme", period: "2024-02", value: 1, numerator: 1, item: "14.1"},
  {unitId: HONG_LOC, indicator: "plan_activity_article", period: "2024-05", value: 2, numerator: 2, item: "1"},
  {unitId: TAN_LOC, indicator: "plan_activity_programme", period: "2024-04", value: 1, numerator: 1, item: "14.1"},
  {unitId: TAN_LOC, indicator: "plan_activity_good_example", period: "2024-04", value: 1, numerator: 1, item: "14.2"},
  {unitId: HONG_LOC, indicator: "plan_target", period: "2024-Q1", value: 0.5, numerator: 1, denominator: 2, item: "2.1"}
];

const PCI: FixtureObservation[] = [
  {unitId: "42", indicator: "pci_total", period: "2024", value: 65.2, sample: false}
];

describe("ready-made questions of /explore", () => {
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  const run = async (id: string, lang: "vi" | "en" = "vi"): Promise<Record<string, unknown>[]> => {
    const question = READY_QUESTIONS.find((q) => q.id === id)!;
    const reader = await db.runAndReadAll(question.sql(lang));
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  };
  beforeAll(async () => {
    instance = await DuckDBInstance.create(":memory:");
    db = await instance.connect();
    await createExploreTables(db, {tthc: tthcFixture(), pci: PCI, plan: PLAN});
  });
  afterAll(() => {
    db?.closeSync();
    instance?.closeSync();
  });

  test("about a dozen, each with a URL-safe unique id and a title in both languages", () => {
    expect(READY_QUESTIONS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(READY_QUESTIONS.map((q) => q.id)).size).toBe(READY_QUESTIONS.length);
    for (const q of READY_QUESTIONS) {
      expect(q.id).toMatch(/^[a-z0-9-]+$/);
      expect(q.titleVi).not.toBe(q.titleEn);
      expect(q.sql("vi")).not.toBe(q.sql("en"));
    }
  });

  test.each(READY_QUESTIONS.flatMap((q) => [[q.id, "vi"] as const, [q.id, "en"] as const]))("%s (%s) runs in DuckDB", async (id, lang) => {
    await expect(run(id, lang)).resolves.toBeInstanceOf(Array);
  });

  test("online share fell three months in a row: found at the third fall with its size; a missing month breaks the run", async () => {
    const rows = await run("online-share-fell-3-months");
    expect(rows).toEqual([
      {"Xã": "Xã Hồng Lộc (đến T6/2025)", "Ba tháng giảm": "T3/2024 → T6/2024", "Tỷ lệ trực tuyến lúc đầu": 0.6, "Tỷ lệ trực tuyến lúc cuối": 0.3, "Mức giảm (điểm phần trăm)": 30}
    ]);
    const en = await run("online-share-fell-3-months", "en");
    expect(en[0]?.["Three months of falls"]).toBe("Mar 2024 → Jun 2024");
  });

  test("the fall is drawn as ranked bars of its size, not a scatter of two shares", async () => {
    const rows = await run("online-share-fell-3-months");
    const columns = Object.keys(rows[0]!).map((name) => ({name, kind: typeof rows[0]![name] === "number" ? ("number" as const) : ("text" as const)}));
    expect(chooseChart(columns, rows)).toMatchObject({kind: "bars", value: "Mức giảm (điểm phần trăm)", share: false});
  });

  test("the area is read from the area file: no district id or reorganisation date is written into the questions", () => {
    const other = readyQuestions(OTHER_AREA, REFERENCE.units, REFERENCE.lineage);
    const sql = other.map((q) => `${q.titleVi}\n${q.sql("vi")}\n${q.sql("en")}`).join("\n");
    expect(sql).not.toMatch(/'448'|Lộc Hà|18412/);
    expect(other.find((q) => q.id === "radio-programme-missed")!.sql("vi")).toContain("'xa-thach-trung'");
    expect(other.find((q) => q.id === "received-by-successor")!.titleVi).toContain("theo 1 xã mới");
    const ours = READY_QUESTIONS.find((q) => q.id === "received-by-successor")!;
    expect(ours.titleVi).toContain("theo 5 xã mới");
    expect(ours.sql("vi")).toContain(`DATE '${REFERENCE.area!.successorsFrom}'`);
  });

  test("postal returns per 1,000 inhabitants: 2019 population, whole years only, new communes left out", async () => {
    const rows = await run("postal-returns-per-1000");
    expect(rows).toEqual([
      {"Xã": "Xã Hồng Lộc (đến T6/2025)", "Năm": "2024", "Hồ sơ trả qua bưu chính": 120, "Dân số 2019": 6518, "Trên 1.000 dân": 18.41}
    ]);
  });

  test("radio programme: communes without one in a reported quarter, and whether they reported anything", async () => {
    const rows = await run("radio-programme-missed");
    const q1 = rows.filter((r) => r["Quý"] === "2024-Q1");
    const q2 = rows.filter((r) => r["Quý"] === "2024-Q2");
    // the 12 communes of 2024, less the one that made its programme
    expect(q1).toHaveLength(11);
    expect(q2).toHaveLength(11);
    expect(q1.some((r) => r["Xã"] === "Xã Hồng Lộc (đến T6/2025)")).toBe(false);
    expect(q1.find((r) => r["Xã"] === "Xã Tân Lộc")?.["Có báo cáo hoạt động khác"]).toBe(false);
    expect(q2.find((r) => r["Xã"] === "Xã Hồng Lộc (đến T6/2025)")?.["Có báo cáo hoạt động khác"]).toBe(true);
    expect(rows.some((r) => r["Quý"] === "2024-Q3")).toBe(false); // no one reported: not a quarter to judge
    expect(rows.some((r) => r["Xã"] === "Xã An Lộc")).toBe(false); // merged away in 2020
  });

  test("missing reports: the month a commune skipped, not the months before a commune existed", async () => {
    const rows = await run("missing-reports");
    // Tân Lộc ended on 2025-06-30 and the new Hồng Lộc began on 2025-07-01: neither owes the other's months.
    expect(rows).toEqual([{"Xã": "Xã Tân Lộc", "Tháng": "2024-04"}]);
  });
});
