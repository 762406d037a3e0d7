import {mulberry32} from "./mulberry32.ts";

export interface Qd766SampleUnit {
  readonly id: string;
  readonly name: string;
}

export interface Qd766SamplePeriod {
  /** "2024" or "2025-09". */
  readonly id: string;
  /** As the title line writes it: "năm 2024", "tháng 9/2025". */
  readonly label: string;
  readonly units: readonly Qd766SampleUnit[];
}

export interface Qd766SampleRow {
  readonly unitName: string;
  /** Công khai 18, tiến độ 20, số hóa 22, DVC trực tuyến 12, thanh toán 10, hài lòng 18. */
  readonly parts: readonly [number, number, number, number, number, number];
  readonly total: number;
  readonly rank: number;
  readonly classification: string;
}

export interface Qd766SampleTable {
  readonly period: string;
  readonly label: string;
  readonly rows: readonly Qd766SampleRow[];
}

const MAX = [18, 20, 22, 12, 10, 18] as const;
/** Units the sample table ranks beside ours, as a provincial table does; named so nobody takes them for real. */
const OTHERS = 20;
const round2 = (x: number): number => Math.round(x * 100) / 100;

function classify(total: number): string {
  return total >= 90 ? "Xuất sắc" : total >= 80 ? "Tốt" : total >= 65 ? "Khá" : total >= 50 ? "Trung bình" : "Yếu";
}

/**
 * Sample published QĐ 766 tables (Dữ liệu mẫu): per period, every unit given plus OTHERS
 * invented units ("Xã mẫu 01" …), each part a seeded share of its maximum that rises slowly
 * over the periods, the total the sum of the rounded parts, ranked. Deterministic per seed.
 */
export function generateQd766Sample(seed: number, periods: readonly Qd766SamplePeriod[]): Qd766SampleTable[] {
  const random = mulberry32(seed ^ 0x766);
  const others = Array.from({length: OTHERS}, (_, i) => ({id: `mau-${i + 1}`, name: `Xã mẫu ${String(i + 1).padStart(2, "0")}`}));
  const level = new Map<string, number>();
  return periods.map((period, p) => {
    const units = [...period.units, ...others];
    const rows = units.map((u) => {
      if (!level.has(u.id)) level.set(u.id, 0.45 + random() * 0.3);
      const base = Math.min(0.97, level.get(u.id)! + p * 0.012);
      const parts = MAX.map((max) => round2(max * Math.min(1, Math.max(0, base + (random() - 0.5) * 0.3)))) as unknown as Qd766SampleRow["parts"];
      const total = round2(parts.reduce((s, x) => s + x, 0));
      return {unitName: u.name, parts, total};
    });
    const ranked = [...rows].sort((a, b) => b.total - a.total);
    return {
      period: period.id,
      label: period.label,
      rows: rows.map((r) => ({...r, rank: ranked.findIndex((x) => x.total === r.total) + 1, classification: classify(r.total)}))
    };
  });
}
