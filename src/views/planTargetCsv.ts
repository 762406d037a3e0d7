import {percentAsShown} from "../format/percentAsShown.ts";
import type {Lang} from "../format/lang.ts";
import type {TargetQuarter} from "../plan/targetSeries.ts";
import type {PlanTarget} from "../plan/planTypes.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import {inLanguage} from "./inLanguage.ts";
import type {PlanCsv} from "./planCsv.ts";

/** The share of units meeting each target per quarter as a CSV: units meeting (numerator), units measured (denominator), the share and gap as shown (%), units not reported. */
export function planTargetCsv(series: readonly TargetQuarter[], targets: readonly PlanTarget[], unitName: (id: string) => string, lang: Lang): PlanCsv {
  const t = catalogue(lang).plan;
  const title = new Map(targets.map((x) => [x.id, `${x.id}. ${inLanguage(x, "title", lang)}`]));
  const keys = ["target", "quarter", "meeting", "measured", "share", "gap", "notReported"] as const;
  return {
    columns: keys.map((key) => ({header: t.csv[key], key})),
    rows: series.map((d) => ({
      target: title.get(d.target) ?? d.target,
      quarter: d.quarter,
      meeting: d.meeting,
      measured: d.measured,
      share: percentAsShown(d.share),
      gap: percentAsShown(d.gap),
      notReported: d.missing.map(unitName).join("; ")
    }))
  };
}
