import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {formatViewState, parseViewState, type ViewSchema} from "../../../src/url/viewState.ts";

const UNITS = ["18568", "18580", "18583", "18598", "xa-dong-kinh-2025"];
const schema = {
  units: {kind: "ids", default: ["18568"], values: UNITS},
  indicator: {kind: "enum", values: ["online_share", "on_time_share", "received_total"], default: "online_share"},
  from: {kind: "month", default: "2021-01", min: "2021-01", max: "2026-12"},
  to: {kind: "month", default: null},
  grain: {kind: "enum", values: ["month", "quarter", "year"], default: "month"},
  top: {kind: "number", default: 5, min: 1, max: 12, integer: true},
  partial: {kind: "boolean", default: false},
  lang: {kind: "enum", values: ["vi", "en"], default: "vi"}
} as const satisfies ViewSchema;

const DEFAULTS = {
  units: ["18568"],
  indicator: "online_share",
  from: "2021-01",
  to: null,
  grain: "month",
  top: 5,
  partial: false,
  lang: "vi"
};

describe("parseViewState", () => {
  it("reads a shared link", () => {
    expect(
      parseViewState("?units=18580,18583&indicator=on_time_share&from=2023-01&to=2024-12&grain=quarter&top=3&partial=1&lang=en", schema)
    ).toEqual({
      units: ["18580", "18583"],
      indicator: "on_time_share",
      from: "2023-01",
      to: "2024-12",
      grain: "quarter",
      top: 3,
      partial: true,
      lang: "en"
    });
  });

  it("gives the defaults for an empty query, with or without the question mark", () => {
    expect(parseViewState("", schema)).toEqual(DEFAULTS);
    expect(parseViewState("?", schema)).toEqual(DEFAULTS);
    expect(parseViewState("lang=en", schema).lang).toBe("en");
  });

  it("drops each invalid value to its default and keeps the valid ones", () => {
    const state = parseViewState(
      "?units=18580,nope,<script>,18583&indicator=drop_table&from=2023-13&to=2024-1&grain=QUARTER&top=99&partial=yes&lang=fr",
      schema
    );
    expect(state).toEqual({...DEFAULTS, units: ["18580", "18583"]});
  });

  it("falls back to the default list when no id is valid, and reads 'units=' as an empty choice", () => {
    expect(parseViewState("?units=zzz,yyy", schema).units).toEqual(["18568"]);
    expect(parseViewState("?units=,,,", schema).units).toEqual(["18568"]);
    expect(parseViewState("?units=", schema).units).toEqual([]);
  });

  it("drops duplicate ids and trims spaces", () => {
    expect(parseViewState("?units=18580,%2018580%20,18583", schema).units).toEqual(["18580", "18583"]);
  });

  it("respects month bounds and whole numbers", () => {
    expect(parseViewState("?from=2019-05", schema).from).toBe("2021-01");
    expect(parseViewState("?from=2026-12", schema).from).toBe("2026-12");
    expect(parseViewState("?top=2.5", schema).top).toBe(5);
    expect(parseViewState("?top=0x3", schema).top).toBe(5);
    expect(parseViewState("?top=", schema).top).toBe(5);
    expect(parseViewState("?top=12", schema).top).toBe(12);
  });

  it("does not share the default list between results", () => {
    const a = parseViewState("", schema);
    a.units.push("18580");
    expect(parseViewState("", schema).units).toEqual(["18568"]);
    expect(schema.units.default).toEqual(["18568"]);
  });

  it("ignores unknown keys, repeated keys after the first and malformed escapes", () => {
    expect(parseViewState("?foo=bar&lang=en&lang=vi", schema)).toEqual({...DEFAULTS, lang: "en"});
    expect(parseViewState("?lang=%E0%A4%A&units=%ZZ", schema)).toEqual(DEFAULTS);
  });

  it("never throws on any hand-edited text", () => {
    fc.assert(
      fc.property(fc.string({unit: "binary"}), (search) => {
        const state = parseViewState(search, schema);
        expect(Object.keys(state)).toEqual(Object.keys(schema));
      })
    );
  });

  it("accepts any id of the right shape when the schema lists no values", () => {
    const open = {units: {kind: "ids", default: []}} as const satisfies ViewSchema;
    expect(parseViewState("?units=18580,xa-dong-kinh-2025,x%26y,x y", open).units).toEqual(["18580", "xa-dong-kinh-2025"]);
  });
});

describe("formatViewState", () => {
  it("writes only the keys that differ from their default, in schema order", () => {
    expect(
      formatViewState({lang: "en", grain: "quarter", to: "2024-12", from: "2023-01", indicator: "online_share", units: ["18580", "18583"]}, schema)
    ).toBe("?units=18580,18583&from=2023-01&to=2024-12&grain=quarter&lang=en");
  });

  it("writes nothing for the default view", () => {
    expect(formatViewState(DEFAULTS, schema)).toBe("");
    expect(formatViewState({}, schema)).toBe("");
  });

  it("treats the default units in another order as the default", () => {
    const two = {units: {kind: "ids", default: ["18568", "18580"], values: UNITS}} as const satisfies ViewSchema;
    expect(formatViewState({units: ["18580", "18568"]}, two)).toBe("");
    expect(formatViewState({units: []}, two)).toBe("?units=");
  });

  it("leaves out values the page would not read back", () => {
    expect(formatViewState({indicator: "nope", from: "2024-1", top: 1.5, units: ["zzz"]}, schema)).toBe("");
  });

  it("writes numbers and switches", () => {
    expect(formatViewState({top: 12, partial: true}, schema)).toBe("?top=12&partial=1");
  });

  it("escapes what a URL cannot hold", () => {
    const open = {units: {kind: "ids", default: []}, q: {kind: "enum", values: ["a&b=c", "x"], default: "x"}} as const satisfies ViewSchema;
    const text = formatViewState({units: ["Hộ-Độ"], q: "a&b=c"}, open);
    expect(text).toBe("?units=H%E1%BB%99-%C4%90%E1%BB%99&q=a%26b%3Dc");
    expect(parseViewState(text, open)).toEqual({units: ["Hộ-Độ"], q: "a&b=c"});
  });

  it("is read back as the same view", () => {
    const state = fc.record({
      units: fc.uniqueArray(fc.constantFrom(...UNITS)),
      indicator: fc.constantFrom(...schema.indicator.values),
      from: fc.integer({min: 2021 * 12, max: 2026 * 12 + 11}).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`),
      to: fc.option(fc.integer({min: 0, max: 9999 * 12 + 11}).map((i) => `${String(Math.floor(i / 12)).padStart(4, "0")}-${String((i % 12) + 1).padStart(2, "0")}`)),
      grain: fc.constantFrom(...schema.grain.values),
      top: fc.integer({min: 1, max: 12}),
      partial: fc.boolean(),
      lang: fc.constantFrom(...schema.lang.values)
    });
    fc.assert(
      fc.property(state, (s) => {
        const back = parseViewState(formatViewState(s, schema), schema);
        const sameUnits = new Set(back.units).size === s.units.length && s.units.every((u) => back.units.includes(u));
        expect(sameUnits).toBe(true);
        expect({...back, units: s.units}).toEqual(s);
      })
    );
  });

  it("writes fractional and large numbers so they read back", () => {
    const open = {x: {kind: "number", default: 0}} as const satisfies ViewSchema;
    for (const x of [0.1, -2.5, 1e21, 1e-7, 123456789]) {
      expect(parseViewState(formatViewState({x}, open), open).x).toBe(x);
    }
  });
});
