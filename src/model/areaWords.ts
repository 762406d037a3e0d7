import type {Lang} from "../format/lang.ts";
import {monthInText} from "../format/monthInText.ts";
import {addMonths} from "../period/addMonths.ts";
import type {Area} from "./area.ts";
import {areaUnits} from "./areaUnits.ts";
import {unitLabels} from "./unitLabels.ts";
import type {LineageLink, Unit} from "./unit.ts";

/** What pages write about the area, already in one language. */
export interface AreaWords {
  /** "huyện Lộc Hà cũ" / "former Lộc Hà district". */
  readonly name: string;
  /** Old units merged into the successors (12) and the successors (5). */
  readonly oldCount: number;
  readonly newCount: number;
  /** The last old month and the first new one, inside a sentence: "6/2025", "7/2025" / "June 2025", "July 2025". */
  readonly lastOld: string;
  readonly first: string;
  /** The successors' first day: "01/7/2025" / "1 July 2025". */
  readonly day: string;
  /** Successors that also took in units from outside the area: "Xã Đông Kinh và Phường Trần Phú"; "" when none. */
  readonly partialNames: string;
}

/** The area's counts, months and names as the pages' sentences need them. */
export function areaWords(area: Readonly<Area>, units: readonly Unit[], links: readonly LineageLink[], lang: Lang): AreaWords {
  const ids = areaUnits(area, units, links);
  const inArea = new Set(ids.all);
  const firstMonth = area.successorsFrom.slice(0, 7);
  const labels = unitLabels(units, lang);
  // a successor is partial when one of the units merged into it lies outside the area
  const partial = ids.new.filter((id) => links.some((l) => l.newId === id && l.fromDate === area.successorsFrom && !inArea.has(l.oldId)));
  const [y, m, d] = area.successorsFrom.split("-").map(Number) as [number, number, number];
  return {
    name: area.name[lang],
    oldCount: ids.lastOld.length,
    newCount: ids.new.length,
    lastOld: monthInText(addMonths(firstMonth, -1), lang),
    first: monthInText(firstMonth, lang),
    day: lang === "vi" ? `${String(d).padStart(2, "0")}/${m}/${y}` : `${d} ${monthInText(firstMonth, "en").split(" ")[0]} ${y}`,
    partialNames: partial.map((id) => labels.get(id) ?? id).join(lang === "vi" ? " và " : " and ")
  };
}
