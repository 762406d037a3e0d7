// Short literal counts for the journey views' tests.
import type {Unit} from "../../../src/model/unit.ts";
import type {PublishedCounts} from "../../../src/tthc/tthcCounts.ts";

export const counts = (unitId: string, period: string, receivedTotal: number, receivedOnline: number, over: Partial<PublishedCounts> = {}): PublishedCounts => ({
  unitId,
  period,
  receivedTotal,
  receivedOnline,
  receivedFullyOnline: 1,
  receivedInPerson: receivedTotal - receivedOnline,
  receivedPostal: 2,
  resolvedOnTime: 9,
  resolvedLate: 1,
  returnedPostal: 1,
  paidOnline: 0,
  source: `${period}.csv`,
  sample: true,
  ...over
});

const unit = (id: string, name: string, validFrom: string | null, validTo: string | null): Unit => ({id, gsoCode: null, name, type: "Xã", level: "commune", parentId: "d", validFrom, validTo, population2019: null, aliases: []});
export const UNITS: readonly Unit[] = [unit("a", "Xã Bình An", null, "2025-06-30"), unit("b", "Xã An Lộc", null, "2025-06-30"), unit("n", "Xã Mới", "2025-07-01", null)];
export const unitName = (id: string): string => UNITS.find((u) => u.id === id)?.name ?? id;
