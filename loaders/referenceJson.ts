import {TTHC_RECIPES} from "../src/tthc/tthcRecipes.ts";
import type {Reference} from "./reference/loadReference.ts";
import {DATASETS, SOURCES} from "./registry.ts";

/** Units, lineage, parents by period, the area, the indicator catalogue and the registered sources, for every page. */
export function referenceJson(reference: Reference): string {
  if (reference.area === null) throw new Error("data/reference/area.json is missing: the site needs the area it covers");
  const indicators = new Map(SOURCES.flatMap((s) => s.indicators).map((i) => [i.id, i]));
  return (
    JSON.stringify(
      {
        units: reference.units,
        lineage: reference.lineage,
        parents: reference.parents,
        area: reference.area,
        // the data contract publishes each indicator's count recipe beside it (empty for scores)
        indicators: [...indicators.values()].map((i) => ({...i, numerator: TTHC_RECIPES[i.id]?.numerator ?? [], denominator: TTHC_RECIPES[i.id]?.denominator ?? []})),
        datasets: DATASETS.map((d) => ({id: d.id, titleVi: d.titleVi, titleEn: d.titleEn})),
        // each source lists the indicators it gives: /methodology links them by this, not by family
        sources: SOURCES.map((s) => ({kind: s.kind, dataset: s.dataset, titleVi: s.titleVi, titleEn: s.titleEn, extensions: s.extensions, indicators: s.indicators.map((i) => i.id)}))
      },
      null,
      1
    ) + "\n"
  );
}
