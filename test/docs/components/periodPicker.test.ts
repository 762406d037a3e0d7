// @vitest-environment jsdom
import {describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {periodPicker} from "../../../docs/components/periodPicker.js";
import {completePeriods} from "../../../src/period/completePeriods.ts";

const CHOICES = {
  month: completePeriods("2023-01", "2024-10", "month"),
  quarter: completePeriods("2023-01", "2024-10", "quarter"),
  year: completePeriods("2023-01", "2024-10", "year")
};

type Picker = HTMLFormElement & {value: string};

function mount(options: Record<string, unknown> = {}): {picker: Picker; events: () => string[]} {
  const picker = periodPicker(CHOICES, options) as Picker;
  document.body.append(picker);
  const seen: string[] = [];
  // What Framework's Generators.input and the URL binding listen to.
  picker.addEventListener("input", () => seen.push(picker.value));
  return {picker, events: () => seen};
}

const radio = (picker: Picker, grain: string): HTMLInputElement => picker.querySelector<HTMLInputElement>(`input[type=radio][value=${grain}]`)!;
const select = (picker: Picker): HTMLSelectElement => picker.querySelector("select")!;
const button = (picker: Picker, label: string): HTMLButtonElement => picker.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
function choose(input: HTMLInputElement | HTMLSelectElement, value?: string): void {
  if (input instanceof HTMLInputElement) input.checked = true;
  else input.value = value!;
  input.dispatchEvent(new Event("change", {bubbles: true}));
}

describe("periodPicker", () => {
  it("starts at the given period, or at the latest complete quarter, with Vietnamese labels, latest first", () => {
    expect(mount({value: "2023-Q4"}).picker.value).toBe("2023-Q4");
    const {picker} = mount();
    expect(picker.value).toBe("2024-Q3");
    expect(radio(picker, "quarter").checked).toBe(true);
    expect([...select(picker).options].slice(0, 2).map((o) => o.textContent)).toEqual(["Quý 3/2024", "Quý 2/2024"]);
  });

  it("keeps its place in time when the grain changes, with one input event each", () => {
    const {picker, events} = mount({value: "2024-Q2"});
    choose(radio(picker, "month"));
    expect(picker.value).toBe("2024-06");
    expect(select(picker).options[0]!.textContent).toBe("T10/2024");
    choose(radio(picker, "year"));
    expect(picker.value).toBe("2023"); // 2024 is not complete: the latest complete year before
    choose(radio(picker, "quarter"));
    expect(picker.value).toBe("2023-Q4");
    expect(events()).toEqual(["2024-06", "2023", "2023-Q4"]);
  });

  it("steps to the period before and after, and disables the step past either end", () => {
    const {picker, events} = mount({value: "2024-Q3", lang: "en"});
    expect(button(picker, "Next period").disabled).toBe(true);
    button(picker, "Previous period").click();
    expect(picker.value).toBe("2024-Q2");
    expect(button(picker, "Next period").disabled).toBe(false);
    choose(select(picker), "2023-Q1");
    expect(button(picker, "Previous period").disabled).toBe(true);
    expect(events()).toEqual(["2024-Q2", "2023-Q1"]);
  });

  it("is set from the URL without an event, and ignores a period it does not offer", () => {
    const {picker, events} = mount();
    picker.value = "2024-07";
    expect(picker.value).toBe("2024-07");
    expect(radio(picker, "month").checked).toBe(true);
    expect(select(picker).value).toBe("2024-07");
    picker.value = "2024-Q4"; // not complete in the data
    expect(picker.value).toBe("2024-07");
    expect(events()).toEqual([]);
  });
});
