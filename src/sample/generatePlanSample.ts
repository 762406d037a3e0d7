import {monthsBetween} from "../period/monthsBetween.ts";
import {periodsBetween} from "../period/periodsBetween.ts";
import {tetMonth} from "../period/tetMonth.ts";
import {periodRange} from "../period/periodRange.ts";
import type {Plan, PlanAgency, PlanDuty, PlanTaskItem, ProductType} from "../plan/planTypes.ts";
import {PRODUCT_TYPES} from "../plan/productTypes.ts";
import {mulberry32} from "./mulberry32.ts";

export interface PlanSampleUnit {
  readonly id: string;
  readonly name: string;
}

export interface PlanSampleOptions {
  readonly seed: number;
  readonly plan: Plan;
  /** Communes that owe per-commune duties during the whole plan (the sample does not model a mid-plan merger). */
  readonly communes: readonly PlanSampleUnit[];
  /** The district, measured for district-level targets; null when the plan has none. */
  readonly district: PlanSampleUnit | null;
}

/** One row of a sample activity report, written as a unit would write it. */
export interface PlanSampleActivity {
  readonly date: string;
  readonly unitName: string;
  readonly task: string;
  readonly productLabel: string;
  readonly count: number;
  readonly note: string;
}

/** One row of a sample measurement report; `result` "" is a measure not reported. */
export interface PlanSampleMeasurement {
  readonly quarter: string;
  readonly unitName: string;
  readonly measure: string;
  readonly result: string;
  readonly total: number | null;
}

export interface PlanSample {
  readonly activities: readonly PlanSampleActivity[];
  readonly measurements: readonly PlanSampleMeasurement[];
  /** What the sample was shaped to show, for tests and the README. */
  readonly story: {readonly laggingCommunes: readonly string[]; readonly behindDuties: readonly string[]};
}

const NOTES: Partial<Record<ProductType, readonly string[]>> = {
  article: ["Đăng trên Cổng TTĐT", "Tin bài trên trang TTĐT", "Bản tin CCHC"],
  broadcast: ["Phát trên hệ thống truyền thanh", "Tiếp phát chương trình của Đài tỉnh", "Nhật ký truyền thanh"],
  leaflet: ["Tờ gấp hướng dẫn dịch vụ công", "Pano tại trục đường chính", "Băng rôn tại UBND"],
  conference: ["Hội nghị phổ biến pháp luật", "Tập huấn kỹ năng"],
  contest: ["Tổ chức chấm sáng kiến"],
  dialogue: ["Đối thoại với Nhân dân"],
  programme: ["Chương trình chuyên đề CCHC"],
  "good-example": ["Nêu gương người tốt việc tốt"],
  document: ["Văn bản hướng dẫn", "Báo cáo kết quả"],
  video: ["Video hướng dẫn nộp hồ sơ trực tuyến"]
};

/**
 * Deterministic, seeded activity reports and target measurements for a plan, driven by its
 * schedules so any year's plan gets a sample: most duties are kept month after month, one or
 * two continuous duties skip months, two communes lag on their radio programme and good
 * examples, a count duty (the district radio's 48 issues) ends near three quarters (37 of
 * 48), a one-month window is a peak (many articles and broadcasts by agencies and communes),
 * a quarter window (the initiative contest) is held in its middle month. Measurements: most
 * units meet each target each quarter; the lagging communes miss a few early on; one
 * commune-quarter is left unreported. Never real data: the caller marks the files sample.
 */
export function generatePlanSample(options: PlanSampleOptions): PlanSample {
  const random = mulberry32(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const {plan, communes} = options;
  const months = monthsBetween(plan.from, plan.to);
  const tet = tetMonth(Number(plan.year));
  const byId = new Map(plan.agencies.map((a) => [a.id, a]));

  const shuffled = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  const lagging = shuffled(communes).slice(0, 2).map((c) => c.id);
  const continuous = plan.tasks.flatMap((t) => t.items.flatMap((i) => i.duties)).filter((d) => d.schedule.type === "continuous" && d.schedule.each === undefined);
  const behind = shuffled(continuous).slice(0, 2).map((d) => d.id);

  const agencyName = (a: PlanAgency): string => (random() < 0.7 || a.aliases.length === 0 ? a.nameVi : pick(a.aliases));
  const districtBare = options.district?.name.replace(/^(Huyện|Thị xã|Thành phố)\s+/u, "") ?? null;
  const communeName = (c: PlanSampleUnit): string => {
    const bare = c.name.replace(/^(Xã|Thị trấn|Phường)\s+/u, "");
    const r = random();
    // a bare name the district shares ("Lộc Hà") would be ambiguous where the district is also named
    return r < 0.65 ? c.name : r < 0.85 || bare === districtBare ? `UBND ${c.name.charAt(0).toLowerCase()}${c.name.slice(1)}` : bare;
  };
  const label = (type: ProductType): string => {
    const info = PRODUCT_TYPES.find((t) => t.id === type)!;
    return random() < 0.75 ? info.nameVi : info.aliases[0]!;
  };
  const day = (month: string): string => `${month}-${String(between(1, 28)).padStart(2, "0")}`;
  /** The agencies that report for an item's leads (a group's member agencies; communes apart). */
  const reporters = (ids: readonly string[]): PlanAgency[] =>
    ids.flatMap((id) => {
      const a = byId.get(id)!;
      return a.kind === "agency" ? [a] : (a.members?.agencies ?? []).map((m) => byId.get(m)!).slice(0, 2);
    });
  const leadsCommunes = (item: PlanTaskItem): boolean => item.lead.some((id) => byId.get(id)?.members?.communes === true);

  // rows keyed by date, unit, task, type and note: a repeat is merged (the loader refuses exact repeats)
  const rows = new Map<string, {activity: PlanSampleActivity; count: number}>();
  const add = (month: string, who: {id: string; name: string}, item: PlanTaskItem, type: ProductType, count: number): void => {
    const activity = {date: day(month), unitName: who.name, task: item.id, productLabel: label(type), count, note: random() < 0.6 ? pick(NOTES[type] ?? [""]) : ""};
    const key = [activity.date, who.id, item.id, type, activity.note].join("|");
    const earlier = rows.get(key);
    if (earlier) earlier.count += count;
    else rows.set(key, {activity, count});
  };
  const agencyWho = (a: PlanAgency): {id: string; name: string} => ({id: a.id, name: agencyName(a)});
  const communeWho = (c: PlanSampleUnit): {id: string; name: string} => ({id: c.id, name: communeName(c)});
  const typesOf = (item: PlanTaskItem, duty: PlanDuty): readonly ProductType[] => {
    const types = duty.counts ?? item.productTypes;
    return types.filter((t) => t !== "document").length > 0 ? types.filter((t) => t !== "document") : types;
  };

  for (const task of plan.tasks) {
    for (const item of task.items) {
      const agencies = reporters(item.lead);
      const coordinators = reporters(item.coordinating).filter((a) => !agencies.includes(a));
      for (const duty of item.duties) {
        const s = duty.schedule;
        const types = typesOf(item, duty);
        const lead = agencies[0];
        if (s.type === "continuous" && s.each === undefined && lead !== undefined) {
          const skipped = behind.includes(duty.id) ? new Set([pick(months.slice(2, 6)), pick(months.slice(6, 10))]) : new Set<string>();
          for (const month of monthsBetween(s.from, s.to)) {
            if (skipped.has(month)) continue;
            add(month, agencyWho(lead), item, pick(types), between(1, 4));
            if (coordinators.length > 0 && random() < 0.25) add(month, agencyWho(pick(coordinators)), item, pick(types), between(1, 2));
            if (leadsCommunes(item) && communes.length > 0 && random() < 0.5) add(month, communeWho(pick(communes)), item, pick(types), between(1, 3));
          }
        } else if (s.type === "continuous" && s.each === "commune") {
          for (const c of communes) {
            for (const month of monthsBetween(s.from, s.to)) {
              if (lagging.includes(c.id) && c.id === lagging[1] && (month.endsWith("-06") || month.endsWith("-07"))) continue;
              add(month, communeWho(c), item, pick(types), between(2, 8));
            }
          }
        } else if (s.type === "within") {
          const {first, last} = periodRange(s.period);
          const window = monthsBetween(first, last);
          if (window.length === 1) {
            // a one-month window is a peak: every lead agency and most communes join in
            for (const a of agencies) add(first, agencyWho(a), item, pick(types), between(4, 9));
            for (const a of agencies) add(first, agencyWho(a), item, pick(types), between(2, 5));
            for (const c of communes) if (random() < 0.8) add(first, communeWho(c), item, pick(types), between(1, 3));
          } else if (lead !== undefined) {
            const middle = window[Math.floor(window.length / 2)]!;
            if (item.productTypes.includes("document")) add(window[0]!, agencyWho(lead), item, "document", 1);
            add(middle, agencyWho(lead), item, types[0]!, s.count ?? 1);
            if (item.productTypes.includes("article")) add(window[window.length - 1]!, agencyWho(lead), item, "article", between(1, 3));
          }
        } else if (s.type === "atLeast" || s.type === "recurring") {
          const periods = periodsBetween(plan.from, plan.to, s.per);
          const owners: ({commune: PlanSampleUnit} | {agency: PlanAgency})[] =
            s.each === "commune" ? communes.map((c) => ({commune: c})) : lead !== undefined ? [{agency: lead}] : [];
          if (s.each === undefined && leadsCommunes(item)) owners.push(...communes.filter((c) => !lagging.includes(c.id)).map((c) => ({commune: c})));
          for (const owner of owners) {
            for (const [k, period] of periods.entries()) {
              const id = "commune" in owner ? owner.commune.id : owner.agency.id;
              // the two lagging communes miss some periods: the first most of the second half, the second a few
              const misses = id === lagging[0] ? k >= periods.length / 2 && k % 2 === 0 : id === lagging[1] ? k === 1 || (s.per === "month" && k === 7) : false;
              if (misses) continue;
              const {first, last} = periodRange(period);
              const month = pick(monthsBetween(first, last));
              add(month, "commune" in owner ? communeWho(owner.commune) : agencyWho(owner.agency), item, types[0]!, s.count);
            }
          }
        } else if (s.type === "count" && lead !== undefined) {
          // about three quarters of the count: one short each month, fewer at Tết, full in the peak months
          const per = s.perPeriod?.count ?? Math.max(1, Math.round(s.count / months.length));
          const monthly = months.map((m) => Math.max(0, per - 1 - (m === tet ? 1 : 0)));
          const target = Math.round(s.count * 0.77);
          const peaks = plan.peaks.map((p) => periodRange(p.period).last);
          const order = [...months.keys()].sort((a, b) => Number(peaks.includes(months[b]!)) - Number(peaks.includes(months[a]!)) || b - a);
          for (let total = monthly.reduce((t, n) => t + n, 0), k = 0; total < target && k < order.length; k++, total++) monthly[order[k]!]!++;
          months.forEach((m, k) => {
            if (monthly[k]! > 0) add(m, agencyWho(lead), item, types[0]!, monthly[k]!);
          });
        }
      }
    }
  }
  const activities = [...rows.values()].map(({activity, count}) => ({...activity, count})).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const measurements: PlanSampleMeasurement[] = [];
  const quarters = periodsBetween(plan.from, plan.to, "quarter");
  const units: {unit: PlanSampleUnit; level: "commune" | "district"}[] = [
    ...(options.district !== null ? [{unit: options.district, level: "district" as const}] : []),
    ...communes.map((c) => ({unit: c, level: "commune" as const}))
  ];
  const unreported = {unitId: communes[communes.length - 1]?.id, quarter: quarters[quarters.length - 1]};
  for (const quarter of quarters) {
    for (const {unit, level} of units) {
      for (const measure of plan.targets.flatMap((t) => t.measures)) {
        if (!measure.scope.includes(level)) continue;
        const k = quarters.indexOf(quarter);
        const lags = unit.id === lagging[0] ? k < 2 : unit.id === lagging[1] ? k === 0 : false;
        const blank = unit.id === unreported.unitId && quarter === unreported.quarter && measure.kind === "yes-no";
        if (measure.kind === "yes-no") {
          const yes = !(lags && random() < 0.7) && random() < 0.97;
          measurements.push({quarter, unitName: level === "district" ? unit.name : communeName(unit), measure: measure.id, result: blank ? "" : yes ? "Có" : "Không", total: null});
        } else {
          // a district-only share counts enterprises (a handful), a target's first share procedures, a later one dossiers
          const first = measure.id === plan.targets.find((t) => t.measures.includes(measure))!.measures[0]!.id;
          const total = !measure.scope.includes("commune") ? between(8, 20) : first ? between(level === "district" ? 180 : 80, level === "district" ? 210 : 120) : between(level === "district" ? 900 : 60, level === "district" ? 1500 : 420);
          const short = lags ? between(1, 4) : random() < 0.06 ? 1 : 0;
          measurements.push({quarter, unitName: level === "district" ? unit.name : communeName(unit), measure: measure.id, result: String(Math.max(0, total - short)), total});
        }
      }
    }
  }
  return {activities, measurements, story: {laggingCommunes: lagging, behindDuties: behind}};
}
