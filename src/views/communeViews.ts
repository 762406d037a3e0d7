import type {Area} from "../model/area.ts";
import {areaUnits} from "../model/areaUnits.ts";
import {districtSeries} from "../model/districtSeries.ts";
import {isUnitActive} from "../model/isUnitActive.ts";
import type {Observation} from "../model/observation.ts";
import {toSuccessorView} from "../model/toSuccessorView.ts";
import type {LineageLink, Unit} from "../model/unit.ts";

/** One way of looking at the area's communes, indexed once so a page's choices only look things up. */
export interface CommuneView {
  /** The units listed, in units.csv order: every unit with data (old), or the successors (new). */
  readonly units: readonly string[];
  /** Monthly observations by indicator id. */
  readonly observations: ReadonlyMap<string, readonly Observation[]>;
  /** The area's monthly total for an indicator id (counts as the mean per commune), computed when first asked for. */
  readonly reference: {readonly get: (indicator: string) => readonly Observation[]};
  /** Id of the total's rows: the district (old view) or the area (new view). */
  readonly referenceId: string;
}

export interface CommuneViews {
  /** The units as they reported: the former communes until the reorganisation, the new ones after. */
  readonly old: CommuneView;
  /** Today's units (since `area.successorsFrom`), earlier months summed from the units they came from. */
  readonly new: CommuneView;
  /** Successors that also took in units from outside the area: figures before the change are partial. */
  readonly partial: ReadonlySet<string>;
  /** Every unit of the area, for stable colours (unitColors). */
  readonly all: readonly string[];
}

function byIndicator(observations: readonly Observation[]): Map<string, Observation[]> {
  const map = new Map<string, Observation[]>();
  for (const o of observations) {
    const list = map.get(o.indicator);
    if (list) list.push(o);
    else map.set(o.indicator, [o]);
  }
  return map;
}

/** Per indicator, `make(rows)` of its rows, computed on the first `get` and kept. */
function lazyByIndicator(rows: ReadonlyMap<string, readonly Observation[]>, make: (rows: readonly Observation[]) => Observation[]): {get: (indicator: string) => readonly Observation[]} {
  const cache = new Map<string, readonly Observation[]>();
  return {
    get: (indicator) => {
      let result = cache.get(indicator);
      if (result === undefined) cache.set(indicator, (result = make(rows.get(indicator) ?? [])));
      return result;
    }
  };
}

/**
 * The two views of the commune pages, computed once per page load (not per choice): the old view
 * (units as they reported, totalled as the district while the former communes existed) and the
 * lineage view (today's units; old units' counts summed into what they became, by the area's
 * lineage — no unit id is named here). Both indexed by indicator; an area total is computed for
 * an indicator when a page first asks for it.
 */
export function communeViews(observations: readonly Observation[], units: readonly Unit[], links: readonly LineageLink[], area: Readonly<Area>): CommuneViews {
  const ids = areaUnits(area, units, links);
  const inData = new Set(observations.map((o) => o.unitId));
  const oldIds = new Set(ids.old);
  const oldUnits = units.filter((u) => inData.has(u.id) && oldIds.has(u.id));
  const newIds = ids.new.filter((id) => inData.has(id));
  const isNew = new Set(newIds);
  const successors = toSuccessorView(observations, units, links, {asOf: area.successorsFrom, coveredUnits: ids.all});
  const oldExpected = (month: string): string[] => oldUnits.filter((u) => isUnitActive(u, month)).map((u) => u.id);
  const oldRows = byIndicator(observations);
  const newRows = byIndicator(successors.filter((o) => isNew.has(o.unitId)));
  return {
    old: {
      units: units.filter((u) => inData.has(u.id)).map((u) => u.id),
      observations: oldRows,
      reference: lazyByIndicator(oldRows, (rows) => districtSeries(rows, oldExpected, area.district, {perUnit: true})),
      referenceId: area.district
    },
    new: {
      units: newIds,
      observations: newRows,
      reference: lazyByIndicator(newRows, (rows) => districtSeries(rows, () => newIds, area.id, {perUnit: true})),
      referenceId: area.id
    },
    partial: new Set(successors.filter((o) => o.partial).map((o) => o.unitId)),
    all: ids.all
  };
}
