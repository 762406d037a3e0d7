import {formatNumber} from "../format/formatNumber.ts";
import type {Lang} from "../format/lang.ts";
import type {Indicator} from "../model/indicator.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

/** A registered source as reference.json lists it: the indicators it gives. */
export interface MethodologySource {
  readonly dataset: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly indicators: readonly string[];
}

/** An indicator's count recipe, where it has one (tthc): the report fields summed above and below the line. */
export type MethodologyIndicator = Indicator & {readonly numerator?: readonly string[]; readonly denominator?: readonly string[]};

export interface MethodologyIndicatorRow {
  readonly id: string;
  readonly name: string;
  readonly definition: string;
  readonly formula: string;
  readonly unitAndBetter: string;
  readonly target: string;
  readonly sources: string;
}

export interface MethodologyFamily {
  readonly family: string;
  /** "Thủ tục hành chính (12 chỉ số)". */
  readonly summary: string;
  readonly rows: readonly MethodologyIndicatorRow[];
}

/**
 * The indicator catalogue as /methodology lists it, one group per family in catalogue order:
 * name, definition, formula from its report fields, unit and better direction, target (or
 * "none") and the sources that give it. A family without a name in the catalogue is named
 * after the dataset of the same id, else its id.
 */
export function methodologyIndicators(
  indicators: readonly MethodologyIndicator[],
  sources: readonly MethodologySource[],
  datasets: readonly {readonly id: string; readonly titleVi: string; readonly titleEn: string}[],
  lang: Lang
): MethodologyFamily[] {
  const t = catalogue(lang).methodology;
  const en = lang === "en";
  const field = (f: string): string => t.fields[f] ?? f;
  const formula = (d: MethodologyIndicator): string => {
    const num = d.numerator ?? [];
    const den = d.denominator ?? [];
    if (den.length === 0) return num.length ? num.map(field).join(" + ") : t.publishedValue;
    return `(${num.map(field).join(" + ")}) / (${den.map(field).join(" + ")})`;
  };
  const familyName = (family: string): string => {
    const dataset = datasets.find((d) => d.id === family);
    return t.families[family] ?? (dataset ? (en ? dataset.titleEn : dataset.titleVi) : family);
  };
  const families = [...new Set(indicators.map((d) => d.family))];
  return families.map((family) => {
    const members = indicators.filter((d) => d.family === family);
    return {
      family,
      summary: `${familyName(family)} (${t.indicatorCount(formatNumber(members.length, {lang}))})`,
      rows: members.map((d) => ({
        id: d.id,
        name: en ? d.nameEn : d.nameVi,
        definition: en ? d.definitionEn : d.definitionVi,
        formula: formula(d),
        unitAndBetter: `${t.units[d.unit] ?? d.unit}; ${d.better === "higher" ? t.higherBetter : t.lowerBetter}`,
        target: d.target === null ? t.noTarget : `${d.target}${d.targetSource ? ` (${d.targetSource})` : ""}`,
        sources: sources
          .filter((s) => s.indicators.includes(d.id))
          .map((s) => (en ? s.titleEn : s.titleVi))
          .join("; ")
      }))
    };
  });
}
