import type {Lang} from "../format/lang.ts";
import {formatPeriod} from "../format/formatPeriod.ts";
import type {Unit} from "./unit.ts";

/**
 * Display labels for units. Where several units share a name (the old Xã Hồng Lộc and the
 * merged Xã Hồng Lộc of 2025), each gets its validity in brackets so a picker never shows two
 * identical entries: "Xã Hồng Lộc (đến T6/2025)", "Xã Hồng Lộc (từ T7/2025)".
 */
export function unitLabels(units: readonly Unit[], lang: Lang = "vi"): Map<string, string> {
  const count = new Map<string, number>();
  for (const u of units) count.set(u.name, (count.get(u.name) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const u of units) {
    let label = u.name;
    if ((count.get(u.name) ?? 0) > 1) {
      if (u.validFrom !== null && u.validFrom >= "2000-01-01" && u.validTo === null) {
        label += ` (${lang === "vi" ? "từ" : "from"} ${formatPeriod(u.validFrom.slice(0, 7), lang)})`;
      } else if (u.validTo !== null) {
        label += ` (${lang === "vi" ? "đến" : "until"} ${formatPeriod(u.validTo.slice(0, 7), lang)})`;
      }
    }
    labels.set(u.id, label);
  }
  return labels;
}
