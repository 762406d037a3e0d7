import {describe, expect, it} from "vitest";
import type {Area} from "../../../src/model/area.ts";
import type {Indicator} from "../../../src/model/indicator.ts";
import type {Observation} from "../../../src/model/observation.ts";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";
import {communeProfile} from "../../../src/views/communeProfile.ts";
import {communeViews} from "../../../src/views/communeViews.ts";

const unit = (id: string, validFrom: string | null, validTo: string | null): Unit => ({
  id, gsoCode: null, name: id, type: "Xã", level: "commune", parentId: "D", validFrom, validTo, population2019: null, aliases: []
});
const units = [unit("A", null, "2025-06-30"), unit("B", null, "2025-06-30"), unit("N", "2025-07-01", null)];
const links: LineageLink[] = [{oldId: "A", newId: "N", fromDate: "2025-07-01", note: ""}, {oldId: "B", newId: "N", fromDate: "2025-07-01", note: ""}];
const area: Area = {
  id: "area", name: {vi: "vùng", en: "area"}, shortName: {vi: "V", en: "V"}, districtName: {vi: "huyện D", en: "D district"}, district: "D",
  communes: ["A", "B"], reorganisations: [{date: "2025-07-01", source: ""}], successorsFrom: "2025-07-01", defaultUnits: {communes: [], journey: []}
};
const obs = (unitId: string, period: string, numerator: number, denominator: number): Observation => ({
  unitId, indicator: "online_share", period, grain: "month", numerator, denominator, value: numerator / denominator, source: "a.csv", sample: false
});
const rows = [obs("A", "2025-06", 1, 10), obs("B", "2025-06", 3, 10), obs("A", "2024-06", 1, 10), obs("B", "2024-06", 1, 10), obs("N", "2025-07", 9, 20)];
const indicator: Indicator = {id: "online_share", family: "tthc", nameVi: "", nameEn: "", unit: "share", better: "higher", definitionVi: "", definitionEn: "", target: null, targetSource: null};

describe("communeViews", () => {
  const views = communeViews(rows, units, links, area);
  it("carries old units' counts into today's unit, totalled as the area", () => {
    expect(views.new.units).toEqual(["N"]);
    const june = views.new.observations.get("online_share")!.find((o) => o.period === "2025-06")!;
    expect([june.unitId, june.numerator, june.denominator]).toEqual(["N", 4, 20]);
    expect(views.new.referenceId).toBe("area");
  });
  it("keeps the units as they reported, totalled as the district while the old units existed", () => {
    expect(views.old.units).toEqual(["A", "B", "N"]);
    const reference = views.old.reference.get("online_share")!;
    expect(reference.map((o) => [o.unitId, o.period, o.value])).toEqual([["D", "2024-06", 0.1], ["D", "2025-06", 0.2]]);
    expect(views.all).toEqual(["A", "B", "N"]);
  });
});

describe("communeProfile", () => {
  const views = communeViews(rows, units, links, area);
  it("follows a new unit among the new ones, an old one among the old ones, with year-to-date figures", () => {
    const n = communeProfile(views, units[2]!, "2025-07-01", [indicator], {from: "2024-06", to: "2025-07"});
    expect([n.view, n.peers]).toEqual(["new", 1]);
    // January–May are missing, so the year to date is missing, not a sum of the months there are
    expect(n.yearToDate[0]).toMatchObject({through: "2025-07", unit: {value: null, complete: false}});
    const a = communeProfile(views, units[0]!, "2025-07-01", [indicator], {from: "2024-06", to: "2025-07"});
    expect([a.view, a.peers]).toEqual(["old", 2]);
    expect(a.yearToDate[0]).toMatchObject({through: "2025-06", unit: {complete: false}, area: {complete: false}});
  });
});
