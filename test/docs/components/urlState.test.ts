// @vitest-environment jsdom
// @ts-expect-error -- @observablehq/inputs ships no type declarations
import * as Inputs from "@observablehq/inputs";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {bindUrlState, readUrlState} from "../../../docs/components/urlState.js";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {unitPicker} from "../../../docs/components/unitPicker.js";

type Input = HTMLElement & {value: unknown};

const UNITS = ["18568", "18580", "18583"];
const schema = {
  units: {kind: "ids", values: UNITS, default: ["18568"]},
  indicator: {kind: "enum", values: ["online_share", "on_time_share"], default: "online_share"},
  top: {kind: "number", default: 5, min: 1, max: 12, integer: true},
  partial: {kind: "boolean", default: false},
  lang: {kind: "enum", values: ["vi", "en"], default: "vi"}
};

function inputs(initial = readUrlState(schema)) {
  return {
    units: Inputs.checkbox(UNITS, {value: initial.units}) as Input,
    indicator: Inputs.select(schema.indicator.values, {value: initial.indicator}) as Input,
    top: Inputs.range([1, 12], {step: 1, value: initial.top}) as Input,
    partial: Inputs.toggle({value: initial.partial}) as Input,
    lang: Inputs.radio(["vi", "en"], {value: initial.lang}) as Input
  };
}

function change(input: Input, value: unknown): void {
  input.value = value;
  input.dispatchEvent(new Event("input", {bubbles: true}));
}

function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener("popstate", () => setTimeout(resolve, 0), {once: true});
    history.back();
  });
}

let disposers: (() => void)[] = [];
function bind(...args: unknown[]): () => void {
  const dispose = bindUrlState(...args) as () => void;
  disposers.push(dispose);
  return dispose;
}

beforeEach(() => {
  history.replaceState(null, "", "/tong-quan");
});
afterEach(() => {
  for (const dispose of disposers) dispose();
  disposers = [];
});

describe("bindUrlState", () => {
  it("opens a shared link with the inputs set as in the link", () => {
    history.replaceState(null, "", "/tong-quan?units=18580,18583&indicator=on_time_share&top=3&partial=1&lang=en");
    expect(readUrlState(schema)).toEqual({units: ["18580", "18583"], indicator: "on_time_share", top: 3, partial: true, lang: "en"});
    // Inputs made with their own defaults are set from the URL, and told so with an "input" event.
    const plain = inputs(readUrlState(schema, ""));
    let events = 0;
    plain.indicator.addEventListener("input", () => events++);
    bind(plain, schema);
    expect(plain.units.value).toEqual(["18580", "18583"]);
    expect(plain.indicator.value).toBe("on_time_share");
    expect(plain.top.value).toBe(3);
    expect(plain.partial.value).toBe(true);
    expect(plain.lang.value).toBe("en");
    expect(events).toBe(1);
  });

  it("survives a hand-edited link", () => {
    history.replaceState(null, "", "/tong-quan?units=18580,<x>&indicator=nope&top=99&lang=fr");
    const i = inputs();
    bind(i, schema);
    expect(i.units.value).toEqual(["18580"]);
    expect(i.indicator.value).toBe("online_share");
    expect(i.top.value).toBe(5);
    expect(i.lang.value).toBe("vi");
  });

  it("writes each change to the URL as a new history entry, default keys left out", () => {
    const i = inputs();
    bind(i, schema, {burstMs: 0});
    expect(location.search).toBe("");
    const start = history.length;
    change(i.lang, "en");
    expect(location.pathname + location.search).toBe("/tong-quan?lang=en");
    change(i.units, ["18580", "18583"]);
    expect(location.search).toBe("?units=18580,18583&lang=en");
    change(i.lang, "vi");
    expect(location.search).toBe("?units=18580,18583");
    expect(history.length).toBe(start + 3);
  });

  it("adds one history entry for a quick run of changes (a dragged slider)", () => {
    const i = inputs();
    bind(i, schema, {burstMs: 60_000});
    const start = history.length;
    for (const v of [6, 7, 8, 9]) change(i.top, v);
    expect(location.search).toBe("?top=9");
    expect(history.length).toBe(start + 1);
  });

  it("restores the inputs on the back button without adding entries", async () => {
    const i = inputs();
    bind(i, schema, {burstMs: 0});
    change(i.indicator, "on_time_share");
    change(i.units, ["18583"]);
    const length = history.length;
    let events = 0;
    i.units.addEventListener("input", () => events++);
    await back();
    expect(location.search).toBe("?indicator=on_time_share");
    expect(i.units.value).toEqual(["18568"]);
    expect(i.indicator.value).toBe("on_time_share");
    expect(events).toBe(1);
    await back();
    expect(location.search).toBe("");
    expect(i.indicator.value).toBe("online_share");
    expect(history.length).toBe(length);
  });

  it("lets several cells bind their own keys of one schema", () => {
    const i = inputs();
    bind({lang: i.lang}, schema, {burstMs: 0});
    bind({indicator: i.indicator}, schema, {burstMs: 0});
    change(i.lang, "en");
    change(i.indicator, "on_time_share");
    expect(location.search).toBe("?indicator=on_time_share&lang=en");
  });

  it("maps inputs whose values are objects through toUrl and fromUrl", () => {
    const indicators = [{id: "online_share"}, {id: "on_time_share"}];
    history.replaceState(null, "", "/tong-quan?indicator=on_time_share");
    const select = Inputs.select(indicators, {format: (d: {id: string}) => d.id}) as Input;
    bind({indicator: {input: select, toUrl: (d: {id: string}) => d.id, fromUrl: (id: string) => indicators.find((d) => d.id === id)}}, schema);
    expect(select.value).toBe(indicators[1]);
    change(select, indicators[0]);
    expect(location.search).toBe("");
  });

  it("works with the unit picker", () => {
    history.replaceState(null, "", "/tong-quan?units=18583");
    const picker = unitPicker(UNITS, {value: readUrlState(schema).units}) as Input;
    document.body.append(picker); // a checkbox sends no events while detached
    bind({units: picker}, schema, {burstMs: 0});
    expect(picker.value).toEqual(["18583"]);
    (picker.querySelectorAll("input[type=checkbox]")[1] as HTMLInputElement).click();
    expect(location.search).toBe("?units=18580,18583");
    picker.remove();
  });

  it("stops listening when the cell is invalidated", async () => {
    let invalidate = (): void => {};
    const invalidation = new Promise<void>((resolve) => (invalidate = resolve));
    const i = inputs();
    bind(i, schema, {invalidation, burstMs: 0});
    invalidate();
    await invalidation;
    change(i.lang, "en");
    expect(location.search).toBe("");
  });

  it("refuses a key that is not in the schema", () => {
    expect(() => bindUrlState({colour: Inputs.text()}, schema)).toThrow(/"colour" is not a key of the schema/);
  });
});
