import {DDCI_CLASSIFICATIONS, type DdciClassification} from "../ddci/ddciLayout.ts";
import {DDCI_COMPONENT_IDS, type DdciComponentId} from "../model/ddciIndicators.ts";
import {mulberry32} from "./mulberry32.ts";

/** A unit the DDCI sample scores: a district-level unit (all nine components) or a department (no land access). */
export interface DdciSampleUnit {
  readonly id: string;
  readonly name: string;
  readonly level: "district" | "department";
  /** First and last year ("2021") the unit can be scored; null for open-ended. */
  readonly firstYear: string | null;
  readonly lastYear: string | null;
}

export interface DdciSampleOptions {
  readonly seed: number;
  /** Years in order: "2021", "2022", … */
  readonly years: readonly string[];
  readonly units: readonly DdciSampleUnit[];
  /** Unit-years left out, e.g. those with real, curated figures. */
  readonly exclude: readonly {readonly unitId: string; readonly year: string}[];
}

export interface DdciSampleRow {
  readonly unitId: string;
  /** The name as written in the table (senders vary: "Huyện Lộc Hà", "UBND huyện Lộc Hà"). */
  readonly unitName: string;
  readonly responses: number;
  /** 0-10, two decimals; null for a component the unit is not scored on ("-"). */
  readonly scores: Readonly<Record<DdciComponentId, number | null>>;
  /** Equal-weight mean of the scored components × 10, two decimals (see generateDdciSample). */
  readonly total: number;
  readonly classification: DdciClassification;
}

export interface DdciSampleTable {
  readonly year: string;
  readonly rows: readonly DdciSampleRow[];
}

/** Totals the sample aims within (points out of 100). */
export const DDCI_SAMPLE_TOTAL_RANGE = [45, 80] as const;

// Per-component leaning relative to the unit's level, shaped like Hà Tĩnh's 2021 table: the
// role of the head and legal institutions score highest, business support and equal
// competition lowest.
const LEANING: Readonly<Record<DdciComponentId, number>> = {
  ddci_transparency: 0.1,
  ddci_time: -0.1,
  ddci_leadership: 0.7,
  ddci_informal: 0.3,
  ddci_support: -0.9,
  ddci_legal: 0.7,
  ddci_equal: -0.6,
  ddci_land: -0.1,
  ddci_proactive: -0.2
};

/**
 * The classification the sample gives a total. Sample rule only: "Rất tốt" from 80, "Tốt" from
 * 70, "Khá" from 60, "Trung bình" from 50 agree with every row of Hà Tĩnh's 2021 table seen
 * here; the lower bands (10 points each) are assumed, not published.
 */
export function classifyDdciSampleTotal(total: number): DdciClassification {
  const floors = [80, 70, 60, 50, 40, 30];
  const index = floors.findIndex((floor) => total >= floor);
  return DDCI_CLASSIFICATIONS[index < 0 ? DDCI_CLASSIFICATIONS.length - 1 : index]!;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * Deterministic, seeded DDCI tables, one per year, that look like real ones: each unit keeps a
 * level (totals 45-80) with a small yearly drift, components spread around it with a common
 * leaning, departments have "-" on land access. The total is the equal-weight mean of the
 * scored components × 10 (Hà Tĩnh's real weights are not published here: its real totals
 * differ slightly from the plain mean, e.g. Lộc Hà 2021 54.52 against a plain mean of 53.97).
 * Excluded unit-years are left out after drawing their randomness, so an exclusion does not
 * reshuffle the rest. Never real data: the caller must flag it as sample.
 */
export function generateDdciSample(options: Readonly<DdciSampleOptions>): DdciSampleTable[] {
  const random = mulberry32(options.seed);
  const noise = (scale: number): number => (random() + random() + random() - 1.5) * scale;
  const [low, high] = DDCI_SAMPLE_TOTAL_RANGE;
  const excluded = new Set(options.exclude.map((e) => `${e.unitId}|${e.year}`));
  const traits = new Map(
    options.units.map((u) => [u.id, {level: 53 + random() * 19, drift: -0.8 + random() * 2.8, responses: u.level === "district" ? 45 + random() * 100 : 30 + random() * 70}])
  );
  return options.years.map((year, t) => {
    const rows: DdciSampleRow[] = [];
    for (const unit of options.units) {
      if ((unit.firstYear !== null && year < unit.firstYear) || (unit.lastYear !== null && year > unit.lastYear)) continue;
      const trait = traits.get(unit.id)!;
      // aim inside the range with a margin, so rounding the components cannot leave it
      const target = clamp(trait.level + trait.drift * t + noise(4), low + 0.5, high - 0.5) / 10;
      const raw = DDCI_COMPONENT_IDS.map((id) => (id === "ddci_land" && unit.level === "department" ? null : target + LEANING[id] + noise(0.9)));
      const responses = Math.max(12, Math.round(trait.responses * (0.8 + random() * 0.4)));
      const nameDraw = random();
      if (excluded.has(`${unit.id}|${year}`)) continue;
      const scored = raw.filter((x): x is number => x !== null);
      const shift = target - scored.reduce((s, x) => s + x, 0) / scored.length;
      const scores = Object.fromEntries(DDCI_COMPONENT_IDS.map((id, i) => [id, raw[i] === null ? null : round2(clamp(raw[i]! + shift, 0.5, 10))])) as Record<
        DdciComponentId,
        number | null
      >;
      const values = DDCI_COMPONENT_IDS.map((id) => scores[id]).filter((x): x is number => x !== null);
      const total = round2((values.reduce((s, x) => s + x, 0) / values.length) * 10);
      rows.push({
        unitId: unit.id,
        unitName: writtenName(unit, nameDraw),
        responses,
        scores,
        total,
        classification: classifyDdciSampleTotal(total)
      });
    }
    return {year, rows};
  });
}

/** "Huyện Lộc Hà" or, as some senders write it, "UBND huyện Lộc Hà"; departments as named. */
function writtenName(unit: DdciSampleUnit, draw: number): string {
  if (unit.level === "department" || draw < 0.7) return unit.name;
  return `UBND ${unit.name.charAt(0).toLowerCase()}${unit.name.slice(1)}`;
}
