import type {Indicator} from "../model/indicator.ts";
import {TTHC_INDICATORS} from "../model/indicators.ts";
import type {Observation} from "../model/observation.ts";
import type {Grain} from "../period/periodTypes.ts";
import type {TthcCountField} from "./tthcCounts.ts";
import {TTHC_RECIPES} from "./tthcRecipes.ts";

/**
 * One unit's dossiers in one period, step by step (hành trình hồ sơ): the report's counts
 * rebuilt from the observations' numerators and denominators. Null means not known (no
 * report, or a period with a month missing), never 0.
 */
export interface DossierJourney {
  readonly unitId: string;
  readonly period: string;
  readonly grain: Grain;
  /** Tổng số hồ sơ tiếp nhận */
  readonly receivedTotal: number | null;
  /** Tiếp nhận trực tuyến */
  readonly receivedOnline: number | null;
  /** Trong đó: trực tuyến toàn trình */
  readonly receivedFullyOnline: number | null;
  /** Tiếp nhận qua dịch vụ bưu chính công ích (BCCI) */
  readonly receivedPostal: number | null;
  /** Đã giải quyết trong kỳ (đúng hạn + quá hạn); not a subset of the received: dossiers are resolved in a later month. */
  readonly resolved: number | null;
  readonly resolvedOnTime: number | null;
  readonly resolvedLate: number | null;
  /** Trả kết quả qua dịch vụ BCCI */
  readonly returnedPostal: number | null;
  readonly sample: boolean;
  /** Source files, "; "-separated. */
  readonly source: string;
  /** Some observation was marked partial (a successor also covering units outside the area the data come from). */
  readonly partial: boolean;
}

type JourneyCount = "receivedTotal" | "receivedOnline" | "receivedFullyOnline" | "receivedPostal" | "resolved" | "resolvedOnTime" | "returnedPostal";

// Which sum of report fields each journey count is; an indicator's numerator or denominator
// that is one of these sums gives that count.
const COUNT_FIELDS: Readonly<Record<JourneyCount, readonly TthcCountField[]>> = {
  receivedTotal: ["receivedTotal"],
  receivedOnline: ["receivedOnline"],
  receivedFullyOnline: ["receivedFullyOnline"],
  receivedPostal: ["receivedPostal"],
  resolved: ["resolvedOnTime", "resolvedLate"],
  resolvedOnTime: ["resolvedOnTime"],
  returnedPostal: ["returnedPostal"]
};

const fieldsKey = (fields: readonly string[]): string => [...fields].sort().join("+");
const COUNT_BY_FIELDS = new Map(Object.entries(COUNT_FIELDS).map(([count, fields]) => [fieldsKey(fields), count as JourneyCount]));

/**
 * Rebuilds per unit and period the counts behind the TTHC shares (online_share's numerator is
 * the dossiers received online, its denominator all dossiers received; on_time_share's
 * denominator the dossiers resolved; …), reading which count each numerator and denominator
 * is from the indicator catalogue. Works at any grain: monthly observations, or quarters and
 * years from rollupObservations, or successor units from toSuccessorView.
 *
 * Two observations of one unit and period that give different numbers for the same count
 * (say received_total 92 and online_share's denominator 93) throw: the journey would show a
 * wrong number. A count that one observation leaves null (missing) and another gives is taken
 * from the one that gives it; a count no observation gives is null. Observations of indicators
 * outside the catalogue are ignored.
 */
export function journeyFromObservations(observations: readonly Observation[], indicators: readonly Indicator[] = TTHC_INDICATORS): DossierJourney[] {
  const roles = new Map<string, {numerator: JourneyCount | undefined; denominator: JourneyCount | undefined}>();
  for (const indicator of indicators) {
    const recipe = TTHC_RECIPES[indicator.id];
    if (recipe === undefined) continue;
    roles.set(indicator.id, {
      numerator: COUNT_BY_FIELDS.get(fieldsKey(recipe.numerator)),
      denominator: recipe.denominator.length > 0 ? COUNT_BY_FIELDS.get(fieldsKey(recipe.denominator)) : undefined
    });
  }

  interface Group {
    unitId: string;
    period: string;
    grain: Grain;
    counts: Map<JourneyCount, {value: number; from: string}>;
    sample: boolean;
    sources: Set<string>;
    partial: boolean;
  }
  const groups = new Map<string, Group>();
  for (const o of observations) {
    const role = roles.get(o.indicator);
    if (role === undefined) continue;
    const key = `${o.unitId}|${o.grain}|${o.period}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = {unitId: o.unitId, period: o.period, grain: o.grain, counts: new Map(), sample: false, sources: new Set(), partial: false};
      groups.set(key, group);
    }
    group.sample ||= o.sample;
    group.partial ||= (o as {partial?: unknown}).partial === true;
    for (const part of o.source.split("; ")) if (part !== "") group.sources.add(part);
    const give = (count: JourneyCount | undefined, value: number | null, side: string): void => {
      if (count === undefined || value === null) return;
      const from = `${o.indicator} ${side}`;
      const known = group.counts.get(count);
      if (known === undefined) group.counts.set(count, {value, from});
      else if (known.value !== value) {
        throw new Error(
          `Unit ${o.unitId}, ${o.period}: ${count} is ${known.value} by ${known.from} but ${value} by ${from}; the observations disagree, so no journey is shown`
        );
      }
    };
    give(role.numerator, o.numerator, "numerator");
    give(role.denominator, o.denominator, "denominator");
  }

  const journeys: DossierJourney[] = [];
  for (const g of groups.values()) {
    const count = (name: JourneyCount): number | null => g.counts.get(name)?.value ?? null;
    const resolved = count("resolved");
    const onTime = count("resolvedOnTime");
    journeys.push({
      unitId: g.unitId,
      period: g.period,
      grain: g.grain,
      receivedTotal: count("receivedTotal"),
      receivedOnline: count("receivedOnline"),
      receivedFullyOnline: count("receivedFullyOnline"),
      receivedPostal: count("receivedPostal"),
      resolved,
      resolvedOnTime: onTime,
      resolvedLate: resolved === null || onTime === null ? null : resolved - onTime,
      returnedPostal: count("returnedPostal"),
      sample: g.sample,
      source: [...g.sources].sort().join("; "),
      partial: g.partial
    });
  }
  return journeys.sort((a, b) => compare(a.period, b.period) || compare(a.unitId, b.unitId));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
