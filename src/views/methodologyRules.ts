import {formatDate} from "../format/formatDate.ts";
import {formatNumber} from "../format/formatNumber.ts";
import type {Lang} from "../format/lang.ts";
import type {Area} from "../model/area.ts";
import {areaWords} from "../model/areaWords.ts";
import type {LineageLink, Unit} from "../model/unit.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

/**
 * The rules /methodology lists, as catalogue prose (with **bold** and `code` marks), the area's
 * part read from the area: one rule per reorganisation before the successors (the area stays its
 * old units, named as the area), one for the successors (which of them are partial).
 */
export function methodologyRules(area: Readonly<Area>, units: readonly Unit[], lineage: readonly LineageLink[], lang: Lang): string[] {
  const t = catalogue(lang).methodology;
  const words = areaWords(area, units, lineage, lang);
  const before = area.reorganisations.filter((r) => r.date < area.successorsFrom);
  return [
    t.rulePooling,
    t.ruleMissing,
    ...before.map((r) => t.ruleParents(formatDate(r.date, lang), r.source, words.name, formatNumber(words.oldCount, {lang}))),
    t.ruleSuccessors(words.day, words.partialNames),
    t.ruleStatus,
    t.ruleRanks,
    t.rulePci
  ];
}
