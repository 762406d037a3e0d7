/** A cell two sources disagree on, as meta.json `conflicts` lists it. */
export interface SourceConflict {
  readonly unitId: string;
  readonly indicator: string;
  readonly period: string;
  readonly kept: {readonly file: string; readonly value: number | null};
  readonly dropped: {readonly file: string; readonly value: number | null};
}

/**
 * For each cell sources disagree on ("unitId|indicator|period"), the note a page shows beside the
 * kept value and writes into its CSV: every other value with its file, and which file was kept.
 * `format` writes a value of an indicator ("–" for none; a rank without decimals).
 */
export function conflictNotes(
  conflicts: readonly SourceConflict[],
  format: (value: number | null, indicator: string) => string,
  lang: "vi" | "en" = "vi"
): Map<string, string> {
  const byCell = new Map<string, SourceConflict[]>();
  for (const c of conflicts) {
    const key = `${c.unitId}|${c.indicator}|${c.period}`;
    byCell.set(key, [...(byCell.get(key) ?? []), c]);
  }
  const vi = lang === "vi";
  return new Map(
    [...byCell].map(([key, list]) => {
      const {indicator, kept} = list[0]!;
      const others = list.map((c) => `${format(c.dropped.value, indicator)} (${c.dropped.file})`).join("; ");
      const keptText = `${format(kept.value, indicator)} (${kept.file})`;
      return [key, vi ? `Nguồn khác: ${others}; giữ ${keptText}` : `Other source: ${others}; kept ${keptText}`];
    })
  );
}
