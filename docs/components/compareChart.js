/**
 * Trend of one indicator for several units (so sánh các xã), at any grain (months, quarters,
 * years), with the district as a reference line, the target as a rule where there is one, and
 * the area's reorganisation (`reorganisation`, an ISO day from reference.json's area) marked on the time axis. A missing value (null) breaks a line:
 * it is never drawn through. In "change" mode the values are changes since the start (shares in
 * percentage points). With `multiples`, one small chart per unit on the same scale.
 *
 *   ${resize((width) => compareChart(rows, {width, indicator, unitName, reference, referenceName: "Toàn huyện"}))}
 *
 * Names are drawn by Plot as SVG text, never parsed as HTML.
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue, unitColors, formatChange, formatNumber, formatPercent, formatPeriod, formatRate, formatTimeTick} from "../lib/cchc.js";

const REFERENCE_COLOR = "#222";

/** An ISO day → "Sắp xếp ĐVHC 01/7/2025" / "Reorganisation 1 Jul 2025" (day, month, year of `day`). */
export function reorganisationLabel(day, lang = "vi") {
  const [y, m, d] = day.split("-").map(Number);
  return catalogue(lang).communes.reorganisation(d, m, y);
}

/**
 * The reorganisation of `day` (ISO, the area's `successorsFrom`) on a time axis: a dashed rule
 * and a label, when `dates` (the axis' range or the data's dates) lie on both sides of it. The
 * label turns to the left of the rule when the rule is near the right edge, so it is never cut
 * off. No day, no marks.
 */
export function reorganisationMarks(dates, {day, lang = "vi", frameAnchor = "top", dy = 4, facet = {}} = {}) {
  if (!day) return [];
  const at = new Date(`${day}T00:00:00Z`);
  const times = dates.filter((d) => d instanceof Date).map((d) => d.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  if (!(first < at.getTime() && last >= at.getTime())) return [];
  const nearRight = (at.getTime() - first) / (last - first) > 0.6;
  return [
    Plot.ruleX([at], {stroke: "#888", strokeDasharray: "4,3"}),
    Plot.text([at], {
      x: (d) => d,
      frameAnchor,
      dy,
      dx: nearRight ? -4 : 4,
      textAnchor: nearRight ? "end" : "start",
      fill: "#555",
      stroke: "white",
      strokeWidth: 3,
      paintOrder: "stroke",
      text: () => reorganisationLabel(day, lang),
      ...facet
    })
  ];
}

/** A unit's colour from `colors` (unitColors over all the area's units): the same whatever is selected. */
export function colorOf(id, colors = unitColors([id])) {
  const i = colors.domain.indexOf(id);
  return i < 0 ? "#888" : colors.range[i];
}

/** A y-domain that fits the values: shares within 0–100%, counts from zero (a count's size is its meaning). */
export function fitDomain(values, {share, fromZero = !share, floor = 0}) {
  if (values.length === 0) return share ? [0, 1] : [0, 1];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.08, share ? 0.02 : 1);
  lo = fromZero ? Math.min(0, lo) : lo - pad;
  hi = Math.max(hi + pad, floor);
  return share ? [Math.max(0, lo), Math.min(1, hi)] : [lo, hi];
}

/** The first day (UTC) of a period id: "2024-10", "2024-Q3", "2024-H2" or "2024". */
export function periodDate(period) {
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(String(period));
  if (m === null) return null;
  const month = m[2] ? Number(m[2]) - 1 : m[3] ? (Number(m[3]) - 1) * 3 : m[4] ? (Number(m[4]) - 1) * 6 : 0;
  return new Date(Date.UTC(Number(m[1]), month, 1));
}

/** How a value of `indicator` reads: "45,3%", "1.234", or a change "+5,2 điểm %", "+12". */
export function valueFormatter(indicator, {mode = "value", lang = "vi", digits} = {}) {
  const isShare = indicator.unit === "share";
  // a change from 0 is the change itself, with formatChange's sign, points and missing rules
  if (mode === "change") return (v) => formatChange(v, 0, {unit: isShare ? "share" : "count", digits, lang});
  return (v) => (isShare ? formatPercent(v, {lang, digits}) : formatNumber(v, {lang, digits}));
}

/**
 * compareChart(rows, {width, indicator, unitName, units, colors, reference, referenceName, target,
 * mode, multiples, partial, reorganisation, lang}) → a Plot figure. `rows` are observations ({unitId, period,
 * value}, and in change mode {level, basePeriod}); `units` the ids in order; `colors` unitColors()
 * over all the area's units, so a unit keeps its colour whatever is selected; `reference` the district's rows; `target` a value drawn as a
 * rule (value mode only); `partial(row)` marks a value covering only part of a unit; `xDomain`
 * [first, last] dates fixes the time axis to the chosen range (the marker shows when it spans
 * `reorganisation`, even where no chosen unit has data on both sides); `indicatorName` the y label.
 */
export function compareChart(
  rows,
  {width, indicator, unitName, units, colors, reference = [], referenceName = "", target = null, mode = "value", multiples = false, partial = () => false, xDomain, reorganisation, indicatorName, lang = "vi"}
) {
  const t = catalogue(lang).communes;
  const isShare = indicator.unit === "share";
  const format = valueFormatter(indicator, {mode, lang});
  const level = valueFormatter(indicator, {lang});
  // `units` fixes the order, hence each unit's colour, so that several charts agree
  const present = new Set(rows.map((d) => d.unitId));
  const ids = units ? units.filter((id) => present.has(id)) : [...present];
  const names = ids.map((id) => unitName(id));
  const columns = multiples ? Math.max(1, Math.min(ids.length, Math.floor(width / 260))) : 1;
  const slot = new Map(ids.map((id, i) => [id, {fx: i % columns, fy: Math.floor(i / columns)}]));
  const order = new Map(ids.map((id, i) => [id, i]));
  const data = rows
    .map((d) => ({...d, date: periodDate(d.period), name: unitName(d.unitId), ...(multiples ? slot.get(d.unitId) : {})}))
    .sort((a, b) => order.get(a.unitId) - order.get(b.unitId) || a.date - b.date);
  const ref = reference.map((d) => ({...d, date: periodDate(d.period), name: referenceName}));
  const values = data.concat(ref).map((d) => d.value).filter((v) => v !== null && Number.isFinite(v));
  const dates = xDomain ?? data.concat(ref).map((d) => d.date);
  const showTarget = mode === "value" && target !== null && Number.isFinite(target);

  let domain;
  if (mode === "change") {
    // zero always in view, the rest as the data need (changes are often all of one sign)
    const floor = isShare ? 0.05 : 1;
    domain = [Math.min(0, ...values), Math.max(floor, ...values)];
  } else {
    domain = fitDomain(showTarget ? values.concat(target) : values, {share: isShare});
  }
  const tip = (d) => {
    const head = `${d.name}${partial(d) ? t.chartPartial : ""}\n${formatPeriod(d.period, lang)}: `;
    if (mode !== "change") return head + (isShare ? formatRate(d, {lang}) : format(d.value));
    const since = d.basePeriod ? t.chartSince(formatPeriod(d.basePeriod, lang)) : "";
    return `${head}${format(d.value)}${since} (${level(d.level)})`;
  };
  const rowsCount = multiples ? Math.ceil(ids.length / columns) : 1;
  const height = multiples ? 40 + rowsCount * 150 : Math.max(260, Math.min(420, width * 0.5));

  return Plot.plot({
    width,
    height,
    marginLeft: 52,
    marginRight: 28,
    marginTop: multiples ? 34 : 20,
    x: {type: "utc", label: null, domain: xDomain, ticks: Math.max(2, Math.floor(width / columns / 90)), tickFormat: (d) => formatTimeTick(d, lang)},
    y: {
      label: mode === "change" ? t.chartChange(isShare) : indicatorName ?? indicator.nameVi,
      domain,
      grid: true,
      nice: mode === "change",
      ticks: multiples ? 4 : undefined,
      tickFormat: (v) => (mode === "change" ? valueFormatter(indicator, {mode, lang, digits: 0})(v).replace(/ (điểm %|pp)$/, "") : isShare ? formatPercent(v, {digits: 0, lang}) : formatNumber(v, {lang}))
    },
    fx: multiples ? {axis: null, padding: 0.12} : undefined,
    fy: multiples ? {axis: null, padding: 0.25} : undefined,
    color: {
      type: "ordinal",
      domain: ref.length ? names.concat(referenceName) : names,
      range: ids.map((id) => colorOf(id, colors ?? unitColors(units ?? ids))).concat(ref.length ? [REFERENCE_COLOR] : []),
      legend: true
    },
    marks: [
      domain[0] <= 0 && domain[1] >= 0 ? Plot.ruleY([0]) : null,
      showTarget ? Plot.ruleY([target], {stroke: "#b42318", strokeDasharray: "6,3"}) : null,
      showTarget
        ? Plot.text([target], {
            y: (d) => d,
            frameAnchor: "right",
            textAnchor: "end",
            dy: -6,
            fill: "#b42318",
            text: () => t.chartTarget(level(target)),
            ...(multiples ? {fx: () => 0, fy: () => 0} : {})
          })
        : null,
      // in small multiples the label is written once (first chart) so the titles stay readable
      ...reorganisationMarks(dates, {day: reorganisation, lang, dy: multiples ? 14 : 4, facet: multiples ? {fx: () => 0, fy: () => 0} : {}}),
      ref.length ? Plot.lineY(ref, {x: "date", y: "value", stroke: "name", title: "name", strokeWidth: 2.5}) : null,
      Plot.lineY(data, {x: "date", y: "value", z: "unitId", stroke: "name", title: "name", strokeWidth: 1.75, ...(multiples ? {fx: "fx", fy: "fy"} : {})}),
      // A value alone between two gaps has no line to show it: a dot does.
      Plot.dot(data.filter(isolated), {x: "date", y: "value", fill: "name", r: 2, ...(multiples ? {fx: "fx", fy: "fy"} : {})}),
      multiples
        ? Plot.text(
            ids.map((id) => ({...slot.get(id), name: unitName(id)})),
            {fx: "fx", fy: "fy", frameAnchor: "top", dy: -10, text: "name", fontWeight: 600, fill: "currentColor"}
          )
        : null,
      Plot.tip(
        data.concat(multiples ? [] : ref),
        Plot.pointer({x: "date", y: "value", filter: (d) => d.value !== null, title: tip, ...(multiples ? {fx: "fx", fy: "fy"} : {})})
      )
    ]
  });

  function isolated(d, i, all) {
    if (d.value === null) return false;
    const before = all[i - 1];
    const after = all[i + 1];
    const gapBefore = !before || before.unitId !== d.unitId || before.value === null;
    const gapAfter = !after || after.unitId !== d.unitId || after.value === null;
    return gapBefore && gapAfter;
  }
}
