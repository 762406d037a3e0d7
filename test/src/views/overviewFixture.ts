// A tiny area for the overview views: old communes "a" and "b" merge into "n" on 2025-07-01,
// "c" becomes "m". Monthly online_share counts from 2024-01; `skip` leaves a unit-month out.
import type {Area} from "../../../src/model/area.ts";
import type {Observation} from "../../../src/model/observation.ts";
import type {LineageLink, Unit} from "../../../src/model/unit.ts";
import {monthsBetween} from "../../../src/period/monthsBetween.ts";
import {LOC_HA_AREA} from "../../helpers/locHaArea.ts";

const unit = (id: string, validFrom: string | null, validTo: string | null): Unit => ({id, gsoCode: null, name: `Xã ${id.toUpperCase()}`, type: "Xã", level: "commune", parentId: null, validFrom, validTo, population2019: null, aliases: []});

export const AREA: Area = {...LOC_HA_AREA, id: "area", communes: ["a", "b", "c"]};
export const UNITS: Unit[] = [unit("a", null, "2025-06-30"), unit("b", null, "2025-06-30"), unit("c", null, "2025-06-30"), unit("n", "2025-07-01", null), unit("m", "2025-07-01", null)];
export const LINEAGE: LineageLink[] = [
  {oldId: "a", newId: "n", fromDate: "2025-07-01", note: ""},
  {oldId: "b", newId: "n", fromDate: "2025-07-01", note: ""},
  {oldId: "c", newId: "m", fromDate: "2025-07-01", note: ""}
];

/** online_share of `unitId` in `period`: `online` of `total`. */
export const obs = (unitId: string, period: string, online: number, total: number): Observation => ({
  unitId, indicator: "online_share", period, grain: "month", value: total === 0 ? null : online / total, numerator: online, denominator: total, source: `${period}.csv`, sample: true
});

/** Every unit-month to `through`: old units 1 of 10 (a, b) and 2 of 10 (c) until 2025-06; n 6 of 10 and m 3 of 10 after. */
export function observations(through: string, skip: readonly string[] = []): Observation[] {
  return monthsBetween("2024-01", through).flatMap((period) =>
    (period < "2025-07" ? [obs("a", period, 1, 10), obs("b", period, 1, 10), obs("c", period, 2, 10)] : [obs("n", period, 6, 10), obs("m", period, 3, 10)]).filter(
      (o) => !skip.includes(`${o.unitId} ${o.period}`)
    )
  );
}

export const REFERENCE = {area: AREA, units: UNITS, lineage: LINEAGE};
export const OPTIONS = {headline: ["online_share"], indicators: [{id: "online_share"}]};
