/**
 * Parts of /communes that only lay out what communeComparison() computed: the CSV columns of the
 * trend chart and the sortable comparison table (every row over the same two periods, ranks
 * out of one total). Words come from the catalogue section `communes` (`t`); rates go to CSV as
 * the percentage shown ("… (%)", percentAsShown), with their numerator and denominator.
 */
import {html} from "npm:htl";
import {compareUnitNames, formatDate, percentAsShown} from "../lib/cchc.js";
import {valueFormatter} from "./compareChart.js";
import {sortableTable} from "./sortableTable.js";
import {sparkline} from "./sparkline.js";
import {tableDetails} from "./tableDetails.js";

/** A value for a CSV cell: a share as the percentage shown (a change in points), a count as it is. */
const csvValue = (isShare) => (v) => (isShare ? percentAsShown(v) : v);

/** The trend chart's CSV columns: one row per unit (or the area) and period. */
export function trendCsvColumns({t, isShare, mode, nameOf, period, indicatorName, partial}) {
  return [
    {header: t.columns.unit, value: nameOf},
    {header: t.unitId, key: "unitId"},
    {header: t.period, value: (d) => period(d.period)},
    {header: t.indicator, value: () => indicatorName},
    {header: mode === "change" ? (isShare ? t.changeShare : t.change) : isShare ? t.valueShare : t.value, value: (d) => csvValue(isShare)(d.value)},
    ...(mode === "change" ? [{header: t.base, value: (d) => (d.basePeriod ? period(d.basePeriod) : null)}] : []),
    {header: t.numerator, key: "numerator"},
    {header: t.denominator, key: "denominator"},
    {header: t.partial, value: (d) => (partial(d) ? t.yes : t.no)}
  ];
}

/**
 * comparisonTable(comparison, {t, indicator, lang, unitName, periodLabel, selected, sort, href})
 * → the sortableTable of communeComparison's `table`, with `.rows` and `.csvColumns` for its download.
 */
export function comparisonTable(c, {t, indicator, lang, unitName, periodLabel, selected, sort, href}) {
  const isShare = indicator.unit === "share";
  const level = valueFormatter(indicator, {lang});
  const better = indicator.better === "higher";
  const rows = c.table.map((d) => ({...d, name: unitName(d.unitId)}));
  const table = sortableTable(rows, {
    columns: [
      {key: "unit", label: t.columns.unit, value: (d) => d.name, compare: compareUnitNames, cell: (d) => html`<a href=${href(d.unitId)}>${d.name}</a>`},
      {key: "trend", label: t.columns.trend, sortable: false, cell: (d) => sparkline(d.series, {width: 110, label: `${indicator[t.indicatorName]}, ${d.name}`, format: level, lang})},
      {key: "first", label: `${t.columns.first} (${periodLabel(c.start)})`, value: (d) => d.start, cell: (d) => level(d.start), align: "right", descendingFirst: better},
      {key: "last", label: `${t.columns.last} (${periodLabel(c.end)})`, value: (d) => d.end, cell: (d) => level(d.end), align: "right", descendingFirst: better},
      {key: "change", label: t.columns.change, value: (d) => d.change, cell: (d) => valueFormatter(indicator, {mode: "change", lang})(d.change), align: "right", descendingFirst: better},
      {key: "rank", label: t.columns.rank, value: (d) => d.rank, cell: (d) => (d.rank === null ? "–" : t.rankOf(d.rank, c.rankedOf)), align: "right"}
    ],
    sort,
    caption: `${indicator[t.indicatorName]}, ${periodLabel(c.start)} → ${periodLabel(c.end)}`,
    rowClass: (d) => (selected.includes(d.unitId) ? "is-selected" : ""),
    lang
  });
  const value = csvValue(isShare);
  table.rows = rows;
  table.csvColumns = [
    {header: t.columns.unit, key: "name"},
    {header: t.unitId, key: "unitId"},
    {header: `${t.columns.first}: ${t.period}`, value: () => periodLabel(c.start)},
    {header: `${t.columns.first}: ${isShare ? t.valueShare : t.value}`, value: (d) => value(d.start)},
    {header: `${t.columns.last}: ${t.period}`, value: () => periodLabel(c.end)},
    {header: `${t.columns.last}: ${isShare ? t.valueShare : t.value}`, value: (d) => value(d.end)},
    {header: `${t.columns.last}: ${t.numerator}`, key: "endNumerator"},
    {header: `${t.columns.last}: ${t.denominator}`, key: "endDenominator"},
    {header: isShare ? t.changeShare : t.change, value: (d) => value(d.change)},
    {header: t.rank, key: "rank"},
    {header: t.rankCount, value: () => c.rankedOf}
  ];
  return table;
}

/** Why a chosen unit shows nothing (an emptyRangeReasons() row), in words: ended and what it became, not yet formed, or no figures. */
export function reasonText(r, {t, lang, unitName}) {
  if (r.kind === "ended" && r.successor) return t.ended(unitName(r.unitId), formatDate(r.day, lang), unitName(r.successor));
  if (r.kind === "notYet") return t.notYet(unitName(r.unitId), formatDate(r.day, lang));
  return t.noData(unitName(r.unitId));
}

/** The trend chart's table: one row per period, one column per chosen unit and the area. */
export function trendTable(c, {t, lang, indicator, mode, units, referenceId, name, periodLabel}) {
  const format = valueFormatter(indicator, {lang, mode});
  const at = new Map(c.chart.concat(c.reference).map((o) => [`${o.unitId}|${o.period}`, o.value]));
  const periods = [...new Set([...c.chart, ...c.reference].map((o) => o.period))].sort();
  return tableDetails(periods, {
    summary: t.tableData,
    columns: [{label: t.period, value: periodLabel}, ...[...units, referenceId].map((id) => ({label: name(id), value: (p) => format(at.get(`${id}|${p}`) ?? null), align: "right"}))]
  });
}
