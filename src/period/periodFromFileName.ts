import {parsePeriodLabel} from "./parsePeriodLabel.ts";
import type {Period} from "./periodTypes.ts";

/**
 * The period a file's name gives, for files that carry it nowhere else: "bao-cao-thang-10-2024.xlsx"
 * and "BC_T10_2024.xlsx" → 2024-10, "tthc-2024-10.csv" → 2024-10, "DDCI_2023.xlsx" → 2023
 * (a single year, when no month is named). Null when the name has no period, or several years.
 */
export function periodFromFileName(fileName: string): Period | null {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const iso = /(?<!\d)((?:19|20)\d{2})[-_.](0?[1-9]|1[0-2])(?![-_.]?\d)/.exec(stem);
  if (iso !== null) return parsePeriodLabel(`${iso[2]}/${iso[1]}`);
  const label = parsePeriodLabel(stem.replace(/[-_.]+/g, " "));
  if (label !== null) return label;
  const years = new Set([...stem.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => m[1]!));
  if (years.size !== 1) return null;
  const year = [...years][0]!;
  return parsePeriodLabel(`năm ${year}`);
}
