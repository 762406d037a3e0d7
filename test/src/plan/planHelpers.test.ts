// The small helpers of src/plan: periods, dates, ids, names.
import {describe, expect, test} from "vitest";
import type {LineageLink} from "../../../src/model/unit.ts";
import {activitiesFromObservations} from "../../../src/plan/activitiesFromObservations.ts";
import {createAgencyMatcher} from "../../../src/plan/createAgencyMatcher.ts";
import {measurementsFromObservations} from "../../../src/plan/measurementsFromObservations.ts";
import {monthEnded} from "../../../src/plan/monthEnded.ts";
import {parseProductType} from "../../../src/plan/parseProductType.ts";
import {parseTaskItemId} from "../../../src/plan/parseTaskItemId.ts";
import {planAsOf} from "../../../src/plan/planAsOf.ts";
import {planCommunes} from "../../../src/plan/planCommunes.ts";
import type {PlanAgency} from "../../../src/plan/planTypes.ts";
import {commune} from "./planFixtures.ts";

describe("periods and dates", () => {
  test("monthEnded: a month is over from its last day on (leap February included)", () => {
    expect(monthEnded("2024-02", "2024-02-28")).toBe(false);
    expect(monthEnded("2024-02", "2024-02-29")).toBe(true);
    expect(monthEnded("2024-12", "2024-12-31")).toBe(true);
    expect(monthEnded("2024-12", "2024-12-30")).toBe(false);
    expect(() => monthEnded("2024-12", "31/12/2024")).toThrow(/Malformed date/);
  });

  test("planAsOf: today while the plan runs, its last day once over, its first day before", () => {
    const plan = {from: "2024-01", to: "2024-12"};
    expect(planAsOf(plan, "2024-05-17")).toBe("2024-05-17");
    expect(planAsOf(plan, "2026-03-01")).toBe("2024-12-31");
    expect(planAsOf(plan, "2023-11-30")).toBe("2024-01-01");
  });
});

describe("reading report cells", () => {
  test("parseTaskItemId reads task numbers as people write them", () => {
    expect(parseTaskItemId("13")).toBe("13");
    expect(parseTaskItemId(" 13. ")).toBe("13");
    expect(parseTaskItemId(13)).toBe("13");
    expect(parseTaskItemId(14.2)).toBe("14.2");
    expect(parseTaskItemId("14,2")).toBe("14.2");
    expect(parseTaskItemId("14b")).toBe("14.2");
    expect(parseTaskItemId("Nhiệm vụ 3")).toBe("3");
    expect(parseTaskItemId("NV 03")).toBe("3");
    expect(parseTaskItemId("mười ba")).toBeNull();
    expect(parseTaskItemId("")).toBeNull();
    expect(parseTaskItemId(null)).toBeNull();
  });

  test("parseProductType accepts ids and Vietnamese names, with or without diacritics", () => {
    expect(parseProductType("Tin, bài")).toBe("article");
    expect(parseProductType("PHAT SONG")).toBe("broadcast");
    expect(parseProductType("Tờ rơi")).toBe("leaflet");
    expect(parseProductType("Nêu gương người tốt, việc tốt")).toBe("good-example");
    expect(parseProductType("good-example")).toBe("good-example");
    expect(parseProductType("Chương trình phát thanh chuyên đề")).toBe("programme");
    expect(parseProductType("podcast")).toBeNull();
  });

  test("createAgencyMatcher: names and aliases as written in the plan, '&', 'và', dashes and a trailing 'huyện' aside", () => {
    const agencies: PlanAgency[] = [
      {id: "vp", nameVi: "Văn phòng HĐND-UBND", nameEn: "", aliases: ["Văn phòng HĐND&UBND"], kind: "agency", members: null, roleVi: null},
      {id: "vhtt", nameVi: "Phòng Văn hoá và Thông tin", nameEn: "", aliases: ["Phòng VH TT"], kind: "agency", members: null, roleVi: null}
    ];
    const match = createAgencyMatcher(agencies);
    expect(match("Văn phòng HĐND và UBND huyện")).toMatchObject({ok: true, agency: {id: "vp"}});
    expect(match("Phòng Văn hóa Thông tin")).toMatchObject({ok: true, agency: {id: "vhtt"}});
    expect(match("Phòng VH-TT")).toMatchObject({ok: true, agency: {id: "vhtt"}});
    expect(match("Phòng Văn hoá")).toEqual({ok: false, suggestions: ["Phòng Văn hoá và Thông tin", "Văn phòng HĐND-UBND"]});
  });
});

describe("units and observations", () => {
  test("planCommunes: the district's communes and the communes formed from them", () => {
    const units = [commune("A", null, "2025-06-30"), commune("B", null, "2025-06-30"), {...commune("X"), parentId: "other"}, {...commune("N", "2025-07-01"), parentId: "province"}];
    const lineage: LineageLink[] = [
      {oldId: "A", newId: "N", fromDate: "2025-07-01", note: ""},
      {oldId: "X", newId: "N", fromDate: "2025-07-01", note: ""}
    ];
    expect(planCommunes("d", units, lineage).map((u) => u.id)).toEqual(["A", "B", "N"]);
  });

  test("plan observations become activities and measurements; other indicators and missing values are skipped", () => {
    const base = {grain: "month" as const, numerator: null, denominator: null, source: "x.csv", sample: false};
    const observations = [
      {...base, unitId: "18580", indicator: "plan_activity_good_example", period: "2024-03", value: 1, numerator: 1, item: "14.2"},
      {...base, unitId: "18580", indicator: "plan_activity_broadcast", period: "2024-03", value: null, item: "14.2"},
      {...base, unitId: "18580", indicator: "online_share", period: "2024-03", value: 0.5},
      {...base, unitId: "448", indicator: "plan_target", period: "2024-Q1", grain: "quarter" as const, value: 0.98, numerator: 98, denominator: 100, item: "2.1"}
    ];
    expect(activitiesFromObservations(observations)).toEqual([{unitId: "18580", item: "14.2", productType: "good-example", month: "2024-03", count: 1}]);
    expect(measurementsFromObservations(observations)).toEqual([{unitId: "448", measure: "2.1", quarter: "2024-Q1", numerator: 98, denominator: 100}]);
  });
});
