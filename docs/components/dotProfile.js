/**
 * A dot plot comparing two values per indicator (biểu đồ điểm): one row per indicator, a dark
 * dot for the value shown and a grey one for what it is compared with (the year before, the
 * median of a group), joined by a line so the gap reads at once.
 *
 *   ${resize((width) => dotProfile(rows, {width, valueLabel: "Năm 2023", compareLabel: "Năm 2022", domain: fitDomain(…)}))}
 *
 * `rows`: [{label, value, compare}] in display order; a missing value (null) draws no dot and
 * no line, never a dot at 0. With `markSample`, a value whose row has `valueSample` is a hollow
 * dot (sample) and a real one filled. Each row's name is written above its dots across the
 * whole width (wrapped when longer), so no name is clipped on a phone.
 */
import * as Plot from "npm:@observablehq/plot";
import {formatNumber, missingLabel} from "../lib/cchc.js";

const VALUE_COLOR = "#1f5fa8";
const COMPARE_COLOR = "#767676";
const ROW = 46;
const FONT = 12;

/**
 * dotProfile(rows, {width, valueLabel, compareLabel, domain = [0, 10], digits = 2, markSample,
 * lang}) → a Plot figure with a colour legend naming the two series.
 */
export function dotProfile(rows, {width, valueLabel, compareLabel, domain = [0, 10], digits = 2, markSample = false, lang = "vi"}) {
  const format = (v) => (v === null || v === undefined ? missingLabel(lang) : formatNumber(v, {digits, lang}));
  const labels = rows.map((d) => d.label);
  // Room either side for a value written beside a dot at the end of the axis.
  const marginLeft = 44;
  const marginRight = 44;
  const long = rows.flatMap((d) => [
    {label: d.label, series: compareLabel, value: d.compare, other: d.value, sample: d.compareSample ?? false},
    {label: d.label, series: valueLabel, value: d.value, other: d.compare, sample: d.valueSample ?? false}
  ]);
  const shown = long.filter((d) => d.value !== null && d.value !== undefined);
  const both = rows.filter((d) => d.value != null && d.compare != null);
  const tip = (d) =>
    `${d.label}\n${valueLabel}: ${format(d.series === valueLabel ? d.value : d.other)}\n${compareLabel}: ${format(d.series === compareLabel ? d.value : d.other)}`;
  // Names wrap at the chart's width (lineWidth is in ems); a row is tall enough for its dots and a name above them.
  const lineWidth = Math.max(8, (width - 28) / FONT);
  return Plot.plot({
    width,
    height: rows.length * ROW + 60,
    marginLeft,
    marginRight,
    marginTop: 14,
    x: {domain, grid: true, label: null, tickFormat: (v) => formatNumber(v, {lang}), ticks: domain[1] - domain[0] <= 10 ? domain[1] - domain[0] : undefined},
    y: {domain: labels, label: null, axis: null, paddingInner: 0, paddingOuter: 0},
    color: {type: "ordinal", domain: [valueLabel, compareLabel], range: [VALUE_COLOR, COMPARE_COLOR], legend: true},
    marks: [
      Plot.text(rows, {y: "label", text: "label", frameAnchor: "left", dx: -30, dy: -6, lineAnchor: "bottom", textAnchor: "start", fontSize: FONT, lineWidth, fill: "currentColor"}),
      Plot.link(both, {x1: "compare", x2: "value", y: "label", dy: 8, stroke: "#bbb", strokeWidth: 2}),
      Plot.dot(
        shown.filter((d) => d.series === compareLabel),
        {x: "value", y: "label", dy: 8, r: 5, fill: "series", title: tip}
      ),
      // Real values filled, sample ones hollow (two marks: a fill mixing colours and scale values would drop dots).
      ...[false, true].map((hollow) =>
        Plot.dot(
          shown.filter((d) => d.series === valueLabel && (markSample && d.sample) === hollow),
          {x: "value", y: "label", dy: 8, r: 6, stroke: "series", strokeWidth: 2, fill: hollow ? "white" : "series", title: tip}
        )
      ),
      // The value's label on the side away from the other dot (dx and textAnchor are constants in Plot: two marks).
      Plot.text(
        shown.filter((d) => d.series === valueLabel && d.other != null && d.other > d.value),
        {x: "value", y: "label", dy: 8, text: (d) => format(d.value), dx: -10, textAnchor: "end", fontSize: 11, fill: VALUE_COLOR}
      ),
      Plot.text(
        shown.filter((d) => d.series === valueLabel && !(d.other != null && d.other > d.value)),
        {x: "value", y: "label", dy: 8, text: (d) => format(d.value), dx: 10, textAnchor: "start", fontSize: 11, fill: VALUE_COLOR}
      ),
      Plot.tip(shown, Plot.pointerY({x: "value", y: "label", title: tip}))
    ]
  });
}
