/** One choice of /communes as the URL holds it (docs/components/urlState.js reads this shape). */
export type ChoiceSchema =
  | {readonly kind: "ids"; readonly values: readonly string[]; readonly default: readonly string[]}
  | {readonly kind: "enum"; readonly values: readonly string[]; readonly default: string}
  | {readonly kind: "month"; readonly default: string; readonly min: string; readonly max: string}
  | {readonly kind: "boolean"; readonly default: boolean};

/**
 * The choices of /communes and their defaults — the present: today's units (`today`), from
 * January of the year before the data's last month to that month, by month; units by the time
 * range ("auto": the old units only when the range ends before the successors); the table by rank.
 */
export function comparisonSchema(
  indicators: readonly string[],
  units: {readonly all: readonly string[]; readonly today: readonly string[]},
  data: {readonly from: string; readonly through: string}
): Record<string, ChoiceSchema> {
  const lastJanuary = `${Number(data.through.slice(0, 4)) - 1}-01`;
  const months = {min: data.from, max: data.through};
  return {
    units: {kind: "ids", values: units.all, default: units.today},
    indicator: {kind: "enum", values: indicators, default: indicators.includes("online_share") ? "online_share" : indicators[0] ?? ""},
    from: {kind: "month", default: lastJanuary < data.from ? data.from : lastJanuary, ...months},
    to: {kind: "month", default: data.through, ...months},
    grain: {kind: "enum", values: ["month", "quarter", "year"], default: "month"},
    mode: {kind: "enum", values: ["value", "change"], default: "value"},
    view: {kind: "enum", values: ["auto", "new", "old"], default: "auto"},
    multiples: {kind: "boolean", default: false},
    sort: {kind: "enum", values: ["unit", "first", "last", "change", "rank"].flatMap((k) => [k, `-${k}`]), default: "rank"},
    lang: {kind: "enum", values: ["vi", "en"], default: "vi"}
  };
}
