import type {Lang} from "../format/lang.ts";
import {formatNumber} from "../format/formatNumber.ts";
import type {DutyProgress} from "./dutyProgress.ts";

// What is counted, by DutyProgress["of"]: [vi, en singular, en plural].
const UNITS: Record<DutyProgress["of"], readonly [string, string, string]> = {
  activities: ["lượt", "item", "items"],
  month: ["tháng", "month", "months"],
  quarter: ["quý", "quarter", "quarters"],
  year: ["năm", "year", "years"],
  window: ["đợt", "period", "periods"]
};

/**
 * A duty's evidence as a reader sees it: "37/48 lượt" (37 of the 48 radio issues), "10/12
 * tháng" (months with an activity), "1/1 đợt" (a window such as Quý III/2024); for a duty owed
 * by every commune, commune-periods: "46/48 xã·quý" (12 communes × 4 quarters). English:
 * "37/48 items", "46/48 commune-quarters".
 */
export function formatEvidence(progress: Pick<DutyProgress, "evidence" | "of" | "perCommune">, lang: Lang = "vi"): string {
  const {done, due} = progress.evidence;
  const [vi, one, many] = UNITS[progress.of];
  const count = `${formatNumber(done, {lang})}/${formatNumber(due, {lang})}`;
  if (lang === "vi") return `${count} ${progress.perCommune ? `xã·${vi}` : vi}`;
  return `${count} ${progress.perCommune ? `commune-${many}` : due === 1 ? one : many}`;
}
