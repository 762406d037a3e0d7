/**
 * How each unit received its dossiers in a period (kênh tiếp nhận): one bar per unit from 0 to
 * 100% of the dossiers it received, split into fully online, online (not fully) and the other
 * channels (in person, by post), with the online share written at the end. The total comes
 * first, then units from the highest online share down. Units with no figure are named in the
 * caption, never drawn as empty bars.
 *
 *   ${resize((width) => channelBars(journeys, {width, unitName, totalId: "total", lang}))}
 */
import * as Plot from "npm:@observablehq/plot";
import {catalogue, formatNumber, formatPercent} from "../lib/cchc.js";

const COLOURS = ["#1f4e8c", "#6f9fd8", "#d9d9d9"];

export function channelBars(journeys, {width: available, unitName, totalId = "total", lang = "vi"}) {
  const width = Math.max(200, available ?? 0); // resize may report a sliver while the layout settles: never negative bars
  const T = catalogue(lang).journey;
  const names = {fully: T.segmentFully, online: T.segmentOnline, other: T.segmentOther};
  const known = journeys.filter((j) => j.receivedTotal > 0 && j.receivedOnline !== null && j.receivedFullyOnline !== null);
  const missing = journeys.filter((j) => !known.includes(j)).map((j) => unitName(j.unitId));
  const share = (j) => j.receivedOnline / j.receivedTotal;
  const order = [...known].sort((a, b) => (b.unitId === totalId) - (a.unitId === totalId) || share(b) - share(a));
  const rows = order.flatMap((j) => {
    const name = unitName(j.unitId);
    const parts = [
      ["fully", j.receivedFullyOnline],
      ["online", j.receivedOnline - j.receivedFullyOnline],
      ["other", j.receivedTotal - j.receivedOnline]
    ];
    return parts.map(([key, count]) => ({
      name,
      segment: names[key],
      count,
      share: count / j.receivedTotal,
      total: j.receivedTotal
    }));
  });
  const labels = order.map((j) => ({name: unitName(j.unitId), onlineShare: share(j)}));
  // Unit names wrap onto two lines rather than being cut off on a phone.
  const marginLeft = width < 520 ? Math.round(width * 0.38) : Math.min(170, Math.max(110, width * 0.3));
  return Plot.plot({
    width,
    height: 26 * order.length + 70,
    marginLeft,
    marginRight: 48,
    caption: missing.length ? `${T.noData}: ${missing.join(", ")}` : null,
    x: {domain: [0, 1], grid: true, tickFormat: (v) => formatPercent(v, {digits: 0, lang}), label: T.channelAxis, ticks: Math.max(2, Math.floor((width - marginLeft) / 70))},
    y: {domain: order.map((j) => unitName(j.unitId)), label: null},
    color: {domain: Object.values(names), range: COLOURS, legend: true},
    marks: [
      Plot.axisY({tickSize: 0, lineWidth: (marginLeft - 8) / 10, fontSize: 10}),
      Plot.barX(rows, Plot.stackX({x: "share", y: "name", fill: "segment", order: Object.values(names), inset: 0.5})),
      Plot.text(labels, {x: 1, y: "name", text: (d) => formatPercent(d.onlineShare, {lang}), textAnchor: "start", dx: 4, fontSize: 11}),
      Plot.ruleX([0]),
      Plot.tip(
        rows,
        Plot.pointer(
          Plot.stackX({
            x: "share",
            y: "name",
            z: "segment",
            order: Object.values(names),
            title: (d) => `${d.name}\n${d.segment}: ${formatNumber(d.count, {lang})} / ${formatNumber(d.total, {lang})} (${formatPercent(d.share, {lang})})`
          })
        )
      )
    ]
  });
}
