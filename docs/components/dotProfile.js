/**
 * A dot plot comparing two values per indicator (biểu đồ điểm): one row per indicator, a dark
 * dot for the value shown and a grey one for what it is compared with (the year before, the
 * median of a group), joined by a line so the gap reads at once.
 *
 *   ${resize((width) => dotProfile(rows, {width, valueLabel: "Năm 2023", compareLabel: "Năm 2022"}))}
 *
 * `rows`: [{label, value, compare}] in display order; a missing value (null) draws no dot and
 * no line, never a dot at 0. With `markSample`, a value whose row has `valueSample` is a hollow
 * dot (sample) and a real one filled.
 */
import * as Plot from "npm:@observablehq/plot";
import {formatNumber, missingLabel} from "../lib/cchc.js";

const VALUE_COLOR = "#1f5fa8";
const COMPARE_COLOR = "#9a9a9a";

/**
 * dotProfile(rows, {width, valueLabel, compareLabel, domain = [0, 10], digits = 2, markSample,
 * lang}) → a Plot figure with a colour legend naming the two series.
 */
export function dotProfile(rows, {width, valueLabel, compareLabel, domain = [0, 10], digits = 2, markSample = false, lang = "vi"}) {
  const format = (v) => (v === null || v === undefined ? missingLabel(lang) : formatNumber(v, {digits, lang}));
  const labels = rows.map((d) => d.label);
  const marginLeft = Math.round(Math.min(Math.max(90, width * 0.42), 230));
  const long = rows.flatMap((d) => [
    {label: d.label, series: compareLabel, value: d.compare, other: d.value, sample: d.compareSample ?? false},
    {label: d.label, series: valueLabel, value: d.value, other: d.compare, sample: d.valueSample ?? false}
  ]);
  const shown = long.filter((d) => d.value !== null && d.value !== undefined);
  const both = rows.filter((d) => d.value != null && d.compare != null);
  const tip = (d) =>
    `${d.label}\n${valueLabel}: ${format(d.series === valueLabel ? d.value : d.other)}\n${compareLabel}: ${format(d.series === compareLabel ? d.value : d.other)}`;
  return Plot.plot({
    width,
    height: rows.length * (marginLeft < 160 ? 36 : 30) + 50,
    marginLeft,
    marginRight: 44,
    x: {domain, grid: true, label: null, tickFormat: (v) => formatNumber(v, {lang}), ticks: domain[1] <= 10 ? domain[1] - domain[0] : undefined},
    y: {domain: labels, label: null, tickSize: 0},
    color: {type: "ordinal", domain: [valueLabel, compareLabel], range: [VALUE_COLOR, COMPARE_COLOR], legend: true},
    marks: [
      // Long names wrap onto two lines (lineWidth is in ems of the 11 px font) rather than run off the left edge.
      Plot.axisY({tickSize: 0, lineWidth: (marginLeft - 10) / 11, fontSize: 11}),
      Plot.link(both, {x1: "compare", x2: "value", y: "label", stroke: "#bbb", strokeWidth: 2}),
      Plot.dot(
        shown.filter((d) => d.series === compareLabel),
        {x: "value", y: "label", r: 5, fill: "series", title: tip}
      ),
      // Real values filled, sample ones hollow (two marks: a fill mixing colours and scale values would drop dots).
      ...[false, true].map((hollow) =>
        Plot.dot(
          shown.filter((d) => d.series === valueLabel && (markSample && d.sample) === hollow),
          {x: "value", y: "label", r: 6, stroke: "series", strokeWidth: 2, fill: hollow ? "white" : "series", title: tip}
        )
      ),
      // The value's label on the side away from the other dot (dx and textAnchor are constants in Plot: two marks).
      Plot.text(
        shown.filter((d) => d.series === valueLabel && d.other != null && d.other > d.value),
        {x: "value", y: "label", text: (d) => format(d.value), dx: -10, textAnchor: "end", fontSize: 11, fill: VALUE_COLOR}
      ),
      Plot.text(
        shown.filter((d) => d.series === valueLabel && !(d.other != null && d.other > d.value)),
        {x: "value", y: "label", text: (d) => format(d.value), dx: 10, textAnchor: "start", fontSize: 11, fill: VALUE_COLOR}
      ),
      Plot.tip(shown, Plot.pointerY({x: "value", y: "label", title: tip}))
    ]
  });
}
