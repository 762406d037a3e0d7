import {foldVietnamese} from "../text/foldVietnamese.ts";

/**
 * A result column that holds shares: named as one (tỷ lệ, share, %, ratio, with or without
 * diacritics) and every value a number within 0..1 or missing. Such a column is shown as
 * "87,7%" and drawn on a percentage axis; a score that happens to be called "tỷ lệ" is not squeezed.
 */
export function isShareColumn(name: string, rows: readonly Readonly<Record<string, unknown>>[]): boolean {
  if (!/ty le|share|%|ratio/.test(foldVietnamese(name))) return false;
  return rows.every((r) => {
    const v = r[name];
    return v === null || v === undefined || (typeof v === "number" && (Number.isNaN(v) || (v >= 0 && v <= 1)));
  });
}
