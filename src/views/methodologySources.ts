import {formatNumber} from "../format/formatNumber.ts";
import {formatPeriod} from "../format/formatPeriod.ts";
import type {Lang} from "../format/lang.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

/** What /methodology reads from a dataset's meta.json. */
export interface MethodologyMeta {
  readonly dataset: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly dataFrom: string | null;
  readonly dataThrough: string | null;
  readonly sources: readonly {readonly sourceUrl?: string | null}[];
  readonly origins: readonly string[];
  readonly conflicts?: readonly unknown[];
  readonly missing?: readonly unknown[];
}

export interface MethodologySourceRow {
  readonly dataset: string;
  readonly title: string;
  readonly figures: string;
  readonly files: string;
  readonly origins: string;
  /** Distinct web addresses the files came from (links are drawn by the page). */
  readonly urls: readonly string[];
  /** "2 differences between sources…", "5 unit-periods missing"; empty when none. */
  readonly notes: readonly string[];
}

/** One row per dataset: its span of figures, how many files, where they come from, and what differs or is missing. */
export function methodologySources(metas: readonly MethodologyMeta[], lang: Lang): MethodologySourceRow[] {
  const t = catalogue(lang).methodology;
  const n = (x: number): string => formatNumber(x, {lang});
  return metas.map((m) => ({
    dataset: m.dataset,
    title: lang === "en" ? m.titleEn : m.titleVi,
    figures: m.dataFrom && m.dataThrough ? `${formatPeriod(m.dataFrom, lang)} – ${formatPeriod(m.dataThrough, lang)}` : t.noFiles,
    files: n(m.sources.length),
    origins: m.origins.map((o) => t.origins[o] ?? o).join(", "),
    urls: [...new Set(m.sources.map((s) => s.sourceUrl).filter((u): u is string => typeof u === "string" && u !== ""))],
    notes: [...(m.conflicts?.length ? [t.conflicts(n(m.conflicts.length))] : []), ...(m.missing?.length ? [t.missing(n(m.missing.length))] : [])]
  }));
}
