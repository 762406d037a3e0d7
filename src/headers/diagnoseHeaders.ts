import {columnLetter} from "../errors/columnLetter.ts";
import type {HeaderDiagnosis, HeaderSpec} from "./headerSpec.ts";

const text = (cell: unknown): string => (cell === null || cell === undefined ? "" : String(cell).replace(/\s+/gu, " ").trim());

/**
 * The header row (or pair of rows: a merged group over sub-headers) among `rows` that matches
 * the most of `specs`, with the columns found and the required ones missing. Null when no row
 * matches any spec. Used only to explain a file no kind recognised, so it favours being
 * informative over being strict.
 */
export function diagnoseHeaders(rows: readonly (readonly unknown[])[], specs: readonly HeaderSpec[]): HeaderDiagnosis | null {
  let best: {rows: [number, number]; found: Map<string, {column: string; header: string}>} | null = null;
  for (let r = 0; r < rows.length; r++) {
    for (const depth of [1, 2] as const) {
      if (depth === 2 && r + 1 >= rows.length) continue;
      const upper = rows[r] ?? [];
      const lower = depth === 2 ? (rows[r + 1] ?? []) : [];
      const found = new Map<string, {column: string; header: string}>();
      let group = "";
      for (let c = 0; c < Math.max(upper.length, lower.length); c++) {
        const g = text(upper[c]);
        const s = text(lower[c]);
        if (g !== "") group = g;
        else if (s === "") group = "";
        for (const spec of specs) {
          if (found.has(spec.label)) continue;
          if (spec.matches(g !== "" ? g : group, s)) found.set(spec.label, {column: columnLetter(c), header: [g || group, s].filter((t) => t !== "").join(" / ")});
        }
      }
      if (found.size > (best?.found.size ?? 0)) best = {rows: [r + 1, r + depth], found};
    }
  }
  if (best === null) return null;
  const found = best.found;
  return {
    headerRows: best.rows,
    found: [...found].map(([label, at]) => ({label, ...at})),
    missing: specs.filter((s) => s.required && !found.has(s.label)).map((s) => s.label)
  };
}
