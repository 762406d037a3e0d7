import {formatChange} from "../format/formatChange.ts";
import {formatPercent} from "../format/formatPercent.ts";
import type {Lang} from "../format/lang.ts";
import {monthInText} from "../format/monthInText.ts";
import {biggestMovers} from "../model/biggestMovers.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import type {OverviewData} from "./overviewData.ts";

const MAIN = "online_share";

/**
 * The sentence / opens with (issue #13): the month every present unit reported, the area's
 * online share then, its change on a year earlier, and the commune that fell most (or, when
 * none fell, rose most). "Tháng 10/2026: 81,2% hồ sơ nộp trực tuyến, tăng 1,5 điểm % so với
 * cùng kỳ; Xã Đông Kinh giảm mạnh nhất (-3,0 điểm %)." Missing figures are said, not invented.
 */
export function overviewSentence(data: Pick<OverviewData, "month" | "headline" | "byUnit">, unitName: (id: string) => string, lang: Lang): string {
  const words = catalogue(lang).index;
  const figure = data.headline.find((h) => h.indicator === MAIN);
  const value = figure?.value ?? null;
  const yearAgo = figure?.yearAgo ?? null;
  const change = formatChange(value, yearAgo, {unit: "share", lang});
  const amount = change.replace(/^[+-]/, "");
  const changeText =
    value === null || yearAgo === null ? words.noYearAgo : change.startsWith("+") ? words.rose(amount) : change.startsWith("-") ? words.fell(amount) : words.flat;
  const comparisons = data.byUnit
    .filter((u) => u.indicator === MAIN)
    .map((u) => ({
      unitId: u.unitId,
      indicator: MAIN,
      period: data.month,
      value: u.value,
      previousPeriod: "",
      previous: null,
      changeFromPrevious: null,
      yearAgoPeriod: "",
      yearAgo: u.yearAgo,
      changeFromYearAgo: u.value === null || u.yearAgo === null ? null : u.value - u.yearAgo
    }));
  const movers = biggestMovers(comparisons, "higher", 1);
  const fell = movers.worsened[0];
  const rose = movers.improved[0];
  const moverChange = (c: NonNullable<typeof fell>): string => formatChange(c.value, c.yearAgo, {unit: "share", lang});
  const mover = fell ? words.fellMost(unitName(fell.unitId), moverChange(fell)) : rose ? words.roseMost(unitName(rose.unitId), moverChange(rose)) : "";
  return words.sentence(monthInText(data.month, lang), formatPercent(value, {lang}), changeText, mover);
}
