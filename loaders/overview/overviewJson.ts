import type {OverviewBuild} from "./overviewBuild.ts";
import {areaWords} from "../../src/model/areaWords.ts";
import {TTHC_INDICATORS} from "../../src/model/indicators.ts";
import {unitLabels} from "../../src/model/unitLabels.ts";
import {inLanguage} from "../../src/views/inLanguage.ts";

const LANGS = ["vi", "en"] as const;

/**
 * data/overview.json: what the charts of / need and nothing more (issue #13: at most 150 kB on a
 * phone, instead of the whole observation file and reference): the overview of the present units
 * (src/views/overviewData), the dossier indicators, the names of units and indicators and the
 * area's words in both languages, and the source files for the source line.
 */
export function overviewJson(build: OverviewBuild): string {
  const {data, reference} = build;
  const names = Object.fromEntries(
    LANGS.map((lang) => {
      const labels = unitLabels(reference.units, lang);
      return [lang, Object.fromEntries([...data.units.map((id) => [id, labels.get(id) ?? id]), ...TTHC_INDICATORS.map((d) => [d.id, inLanguage(d, "name", lang)])])];
    })
  );
  const area = Object.fromEntries(
    LANGS.map((lang) => {
      const words = areaWords(reference.area, reference.units, reference.lineage, lang);
      return [lang, {name: reference.area.name[lang], first: words.first, partialNames: words.partialNames, oldCount: words.oldCount}];
    })
  );
  return (
    JSON.stringify({
      ...data,
      indicators: TTHC_INDICATORS.map(({id, unit, better, nameVi, nameEn}) => ({id, unit, better, nameVi, nameEn})),
      names,
      area,
      successorsFrom: reference.area.successorsFrom,
      meta: {sample: data.sample, dataThrough: data.dataThrough, sources: build.files.map((file) => ({file}))},
      latestFiles: build.latestFiles,
      missingCount: build.missingCount
    }) + "\n"
  );
}
