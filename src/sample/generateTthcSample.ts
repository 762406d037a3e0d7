import {monthsBetween} from "../period/monthsBetween.ts";
import {tetMonth} from "../period/tetMonth.ts";
import type {TthcCounts} from "../tthc/tthcCounts.ts";
import {mulberry32} from "./mulberry32.ts";

/** A unit the sample generator reports on, with the traits that shape its figures. */
export interface SampleUnit {
  readonly id: string;
  readonly name: string;
  /** First and last month ("YYYY-MM") the unit reports. */
  readonly firstMonth: string;
  readonly lastMonth: string;
  /** Roughly how many dossiers a month it receives outside the Tết dip. */
  readonly monthlyDossiers: number;
  /** Months by which its move online lags the fastest unit (a lagging commune has a large lag). */
  readonly lagMonths: number;
}

export interface SampleReportRow {
  readonly unitId: string;
  /** The name as written in the report (spelling varies between senders, as in real reports). */
  readonly unitName: string;
  readonly counts: TthcCounts;
}

export interface SampleReport {
  readonly month: string;
  readonly rows: readonly SampleReportRow[];
}

export interface SampleOptions {
  readonly seed: number;
  readonly from: string;
  readonly to: string;
  readonly units: readonly SampleUnit[];
  /** Unit-months that are not reported at all (a gap, shown as missing). */
  readonly gaps: readonly {readonly unitId: string; readonly month: string}[];
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

/** Ways senders write a unit's name; the loader must match them all. */
function writtenName(name: string, random: () => number): string {
  const bare = name.replace(/^(Xã|Thị trấn|Phường)\s+/u, "");
  const r = random();
  if (r < 0.6) return name;
  if (r < 0.75) return `UBND ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
  if (r < 0.85) return bare;
  if (r < 0.95) return name.normalize("NFD"); // exported from older tools in decomposed Unicode
  return name.toUpperCase();
}

/**
 * Deterministic, seeded monthly TTHC reports that look like real life: the online share rises
 * unevenly from about a fifth to most dossiers (S-curve with a per-unit lag and noise), some
 * communes lag, volumes dip in the Tết month and rise in December, postal use grows slowly,
 * and the listed gaps are left out. Never real data: the caller must flag it as sample.
 */
export function generateTthcSample(options: Readonly<SampleOptions>): SampleReport[] {
  const random = mulberry32(options.seed);
  const noise = (scale: number): number => (random() + random() + random() - 1.5) * scale;
  const start = monthIndex("2021-01");
  const gaps = new Set(options.gaps.map((g) => `${g.unitId}|${g.month}`));
  const reports: SampleReport[] = [];
  for (const month of monthsBetween(options.from, options.to)) {
    const t = monthIndex(month) - start;
    const year = Number(month.slice(0, 4));
    const isTet = tetMonth(year) === month;
    const afterTet = monthsBetween(tetMonth(year), month).length === 2;
    const season = isTet ? 0.55 : afterTet ? 0.85 : month.endsWith("-12") ? 1.15 : 1;
    const rows: SampleReportRow[] = [];
    for (const unit of options.units) {
      if (month < unit.firstMonth || month > unit.lastMonth) continue;
      // draw the same amount of randomness for a gap, so one gap does not reshuffle the rest
      const volume = Math.max(5, Math.round(unit.monthlyDossiers * season * (1 + noise(0.25))));
      const progress = (t - 26 - unit.lagMonths) / 9;
      const onlineShare = clamp01(0.2 + 0.62 * logistic(progress) + noise(0.06) - (isTet ? 0.05 : 0));
      const fullyShare = clamp01(0.25 + 0.5 * logistic(progress - 0.8) + noise(0.05));
      const postalShare = clamp01(0.015 + 0.05 * logistic((t - 30) / 12) + noise(0.012));
      const resolvedRatio = 0.9 + random() * 0.15;
      const lateShare = clamp01(0.035 + noise(0.03) + (isTet ? 0.03 : 0));
      const returnShare = clamp01(0.04 + 0.12 * logistic((t - 34) / 10) + noise(0.02));
      const payShare = clamp01(0.3 + 0.3 * logistic(progress) + noise(0.05));
      const nameDraw = random();
      if (gaps.has(`${unit.id}|${month}`)) continue;
      const receivedOnline = Math.round(volume * onlineShare);
      const receivedPostal = Math.min(volume - receivedOnline, Math.round(volume * postalShare));
      const resolved = Math.round(volume * resolvedRatio);
      const resolvedLate = Math.round(resolved * lateShare);
      rows.push({
        unitId: unit.id,
        unitName: writtenName(unit.name, () => nameDraw),
        counts: {
          receivedTotal: volume,
          receivedOnline,
          receivedFullyOnline: Math.round(receivedOnline * fullyShare),
          receivedInPerson: volume - receivedOnline - receivedPostal,
          receivedPostal,
          resolvedOnTime: resolved - resolvedLate,
          resolvedLate,
          returnedPostal: Math.round(resolved * returnShare),
          paidOnline: Math.round(receivedOnline * payShare)
        }
      });
    }
    reports.push({month, rows});
  }
  return reports;
}
