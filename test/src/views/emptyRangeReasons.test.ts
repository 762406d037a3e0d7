import {describe, expect, it} from "vitest";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";
import {emptyRangeReasons} from "../../../src/views/emptyRangeReasons.ts";

const unit = (id: string, validFrom: string | null, validTo: string | null): Unit => ({
  id, gsoCode: null, name: id, type: "Xã", level: "commune", parentId: null, validFrom, validTo, population2019: null, aliases: []
});
const units = [unit("old", null, "2025-06-30"), unit("new", "2025-07-01", null), unit("here", null, null)];
const links: LineageLink[] = [{oldId: "old", newId: "new", fromDate: "2025-07-01", note: ""}];

describe("emptyRangeReasons", () => {
  it("says a unit had ceased to exist, from when, and what it became", () => {
    expect(emptyRangeReasons(["old"], new Set(), units, links, {from: "2026-01", to: "2026-10"})).toEqual([{unitId: "old", kind: "ended", day: "2025-07-01", successor: "new"}]);
  });
  it("says a unit was not yet formed", () => {
    expect(emptyRangeReasons(["new"], new Set(), units, links, {from: "2023-01", to: "2024-12"})[0]).toMatchObject({kind: "notYet", day: "2025-07-01"});
  });
  it("says an existing unit has no figures, and says nothing of units with data", () => {
    expect(emptyRangeReasons(["here", "old"], new Set(["old"]), units, links, {from: "2023-01", to: "2024-12"})).toEqual([{unitId: "here", kind: "noData", day: null, successor: null}]);
  });
});
