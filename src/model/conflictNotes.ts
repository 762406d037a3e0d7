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
 * `format` writes a value ("–" for none).
 */
export function conflictNotes(conflicts: readonly SourceConflict[], format: (value: number | null) => string, lang: "vi" | "en" = "vi"): Map<string, string> {
  const byCell = new Map<string, SourceConflict[]>();
  for (const c of conflicts) {
    const key = `${c.unitId}|${c.indicator}|${c.period}`;
    byCell.set(key, [...(byCell.get(key) ?? []), c]);
  }
  const vi = lang === "vi";
  return new Map(
    [...byCell].map(([key, list]) => {
      const others = list.map((c) => `${format(c.dropped.value)} (${c.dropped.file})`).join("; ");
      const kept = list[0]!.kept;
      return [key, vi ? `Nguồn khác: ${others}; giữ ${format(kept.value)} (${kept.file})` : `Other source: ${others}; kept ${format(kept.value)} (${kept.file})`];
    })
  );
}
