import type {Indicator} from "../model/indicator.ts";
import type {Observation} from "../model/observation.ts";
import {rankUnits, type Ranked} from "../model/rankUnits.ts";
import {seriesInRange} from "../model/seriesInRange.ts";
import {strengthsAndWeaknesses, type StrengthsAndWeaknesses} from "../model/strengthsAndWeaknesses.ts";
import type {Unit} from "../model/unit.ts";
import {communeYearToDate, type CommuneYearToDate} from "./communeYearToDate.ts";
import type {CommuneView, CommuneViews} from "./communeViews.ts";

/** Everything a commune's page shows, for one unit. */
export interface CommuneProfile {
  /** "new" for a unit formed at the reorganisation (followed back through what it came from), else "old". */
  readonly view: "old" | "new";
  /** How many units it is ranked among (its peers, itself included). */
  readonly peers: number;
  /** Its monthly rows and the area's, over the data's range, gaps kept, by indicator id. */
  readonly own: ReadonlyMap<string, readonly Observation[]>;
  readonly reference: ReadonlyMap<string, readonly Observation[]>;
  /** Strengths and weaknesses over the latest 12 months with data. */
  readonly standing: StrengthsAndWeaknesses;
  /** Its rank per quarter and ranked indicator (rates only), among its peers with a value then. */
  readonly quarterRanks: readonly (Ranked & {readonly indicator: string})[];
  /** Year-to-date against the area and a year earlier, per ranked indicator. */
  readonly yearToDate: readonly CommuneYearToDate[];
  /** The quarters of the rank grid, in order. */
  readonly quarters: readonly string[];
}

/**
 * The commune page's figures: a new unit is seen in the lineage view among the new units, an
 * old one as it reported among the former communes, against the area's total; ranks (rates
 * only — a count follows the commune's size) per quarter, strengths and weaknesses, and
 * year-to-date figures. `range` is the data's first and last month.
 */
export function communeProfile(
  views: CommuneViews,
  unit: Readonly<Unit>,
  successorsFrom: string,
  indicators: readonly Indicator[],
  range: {readonly from: string; readonly to: string}
): CommuneProfile {
  const view = (unit.validFrom ?? "") >= successorsFrom ? "new" : "old";
  const v: CommuneView = views[view];
  // old units are ranked among the old ones (those formed before the successors)
  const peers = view === "new" ? v.units : views.old.units.filter((id) => !views.new.units.includes(id));
  const peerSet = new Set(peers);
  const ranked = indicators.filter((d) => d.unit !== "count");
  const rows = indicators.flatMap((d) => (v.observations.get(d.id) ?? []).filter((o) => peerSet.has(o.unitId)));
  const month = {from: range.from, to: range.to, grain: "month" as const};
  const own = new Map(indicators.map((d) => [d.id, seriesInRange(rows.filter((o) => o.indicator === d.id && o.unitId === unit.id), month)]));
  const reference = new Map(indicators.map((d) => [d.id, seriesInRange(v.reference.get(d.id) ?? [], month)]));
  const quarterRows = seriesInRange(rows, {...month, grain: "quarter"});
  const quarterRanks = ranked.flatMap((d) =>
    rankUnits(quarterRows.filter((o) => o.indicator === d.id), d.better)
      .filter((r) => r.unitId === unit.id)
      .map((r) => ({...r, indicator: d.id}))
  );
  return {
    view,
    peers: peers.length,
    own,
    reference,
    standing: strengthsAndWeaknesses(rows, unit.id, ranked),
    quarterRanks,
    yearToDate: communeYearToDate(rows, [...reference.values()].flat(), unit.id, ranked),
    quarters: [...new Set(quarterRanks.map((r) => r.period))].sort()
  };
}
