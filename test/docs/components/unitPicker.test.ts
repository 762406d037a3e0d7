// @vitest-environment jsdom
import {afterEach, describe, expect, it} from "vitest";
// @ts-expect-error -- docs/components are plain JS modules without type declarations
import {unitPicker} from "../../../docs/components/unitPicker.js";

const NAMES: Record<string, string> = {
  "18580": "Xã Thạch Kim",
  "18583": "Xã Hộ Độ",
  "18568": "Thị trấn Lộc Hà",
  "18598": "Xã Thạch Châu",
  "xa-dong-kinh-2025": "Xã Đông Kinh",
  "18571": "Xã Bình An",
  evil: "<img src=x onerror=alert(1)>"
};
const IDS = Object.keys(NAMES);
const unitName = (id: string): string => NAMES[id] ?? id;

type Picker = HTMLFormElement & {value: string[]};

function mount(options: Record<string, unknown> = {}): {picker: Picker; inputs: () => number} {
  const picker = unitPicker(IDS, {label: "Xã, thị trấn", format: unitName, ...options}) as Picker;
  document.body.append(picker);
  let count = 0;
  // What Framework's view() listens to.
  picker.addEventListener("input", () => count++);
  return {picker, inputs: () => count};
}

function shownNames(picker: Picker): string[] {
  return [...picker.querySelectorAll<HTMLElement>(".unit-picker-item")].filter((item) => !item.hidden).map((item) => item.textContent!.trim());
}

function search(picker: Picker, query: string): void {
  const box = picker.querySelector<HTMLInputElement>("input[type=search]")!;
  box.value = query;
  box.dispatchEvent(new Event("input", {bubbles: true}));
}

function key(target: Element, k: string): void {
  target.dispatchEvent(new KeyboardEvent("keydown", {key: k, bubbles: true, cancelable: true}));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("unitPicker", () => {
  it("lists units in Vietnamese order of their names, ignoring the type word", () => {
    const {picker} = mount();
    expect(shownNames(picker)).toEqual([
      "<img src=x onerror=alert(1)>",
      "Xã Bình An",
      "Xã Đông Kinh",
      "Xã Hộ Độ",
      "Thị trấn Lộc Hà",
      "Xã Thạch Châu",
      "Xã Thạch Kim"
    ]);
  });

  it("finds units typed without diacritics, with d for đ", () => {
    const {picker} = mount();
    search(picker, "thach kim");
    expect(shownNames(picker)).toEqual(["Xã Thạch Kim"]);
    search(picker, "ho do");
    expect(shownNames(picker)).toEqual(["Xã Hộ Độ"]);
    search(picker, "dong");
    expect(shownNames(picker)).toEqual(["Xã Đông Kinh"]);
    search(picker, "THẠCH");
    expect(shownNames(picker)).toEqual(["Xã Thạch Châu", "Xã Thạch Kim"]);
    search(picker, "zzz");
    expect(shownNames(picker)).toEqual([]);
    expect(picker.querySelector<HTMLElement>(".unit-picker-empty")!.hidden).toBe(false);
  });

  it("shows a unit named like HTML as text", () => {
    const {picker} = mount();
    expect(picker.querySelector("img")).toBeNull();
    expect(picker.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("has the chosen ids as its value and sends one input event per change, none while searching", () => {
    const {picker, inputs} = mount({value: ["18583", "18568"]});
    expect(picker.value).toEqual(["18583", "18568"]);
    search(picker, "kim");
    expect(inputs()).toBe(0);
    picker.querySelector<HTMLInputElement>(".unit-picker-item:not([hidden]) input")!.click();
    expect(inputs()).toBe(1);
    expect(picker.value).toEqual(["18583", "18568", "18580"]);
    expect(picker.querySelector(".unit-picker-status")!.textContent).toBe("Đã chọn 3/7 · đang hiện 1");
  });

  it("keeps inner events inside, so the page only hears the picker's own", () => {
    const {picker} = mount();
    const heard: string[] = [];
    document.body.addEventListener("input", (e) => heard.push((e.target as Element).tagName));
    document.body.addEventListener("change", (e) => heard.push(`change ${(e.target as Element).tagName}`));
    search(picker, "ho");
    picker.querySelector<HTMLInputElement>(".unit-picker-item:not([hidden]) input")!.click();
    expect(heard).toEqual(["FORM"]);
  });

  it("selects and clears the units shown", () => {
    const {picker, inputs} = mount({value: ["18583"]});
    search(picker, "thach");
    picker.querySelector<HTMLButtonElement>("button[title='Chọn mọi đơn vị đang hiện']")!.click();
    expect(picker.value).toEqual(["18583", "18598", "18580"]);
    expect(inputs()).toBe(1);
    picker.querySelector<HTMLButtonElement>("button[title='Chọn mọi đơn vị đang hiện']")!.click();
    expect(inputs()).toBe(1); // nothing changed, no event
    picker.querySelector<HTMLButtonElement>("button[title='Bỏ chọn mọi đơn vị đang hiện']")!.click();
    expect(picker.value).toEqual(["18583"]);
    expect(inputs()).toBe(2);
  });

  it("is operable from the keyboard", () => {
    const {picker, inputs} = mount();
    const box = picker.querySelector<HTMLInputElement>("input[type=search]")!;
    box.focus();
    search(picker, "ho do");
    key(box, "Enter"); // the only match is ticked
    expect(picker.value).toEqual(["18583"]);
    expect(inputs()).toBe(1);
    key(box, "Escape");
    expect(box.value).toBe("");
    expect(shownNames(picker)).toHaveLength(7);
    key(box, "ArrowDown");
    const boxes = [...picker.querySelectorAll<HTMLInputElement>(".unit-picker-item input")];
    expect(document.activeElement).toBe(boxes[0]);
    key(boxes[0]!, "ArrowDown");
    expect(document.activeElement).toBe(boxes[1]);
    key(boxes[1]!, "End");
    expect(document.activeElement).toBe(boxes[6]);
    key(boxes[6]!, "Home");
    expect(document.activeElement).toBe(boxes[0]);
    key(boxes[0]!, "ArrowUp");
    expect(document.activeElement).toBe(box);
    // Every control is a native, focusable form control with a name.
    expect(box.getAttribute("aria-label")).toBe("Tìm đơn vị: Xã, thị trấn");
    expect(picker.querySelector("legend")!.textContent).toBe("Xã, thị trấn");
    for (const b of boxes) expect(b.closest("label")).not.toBeNull();
  });

  it("takes a new value from the page without sending an event, ignoring unknown ids", () => {
    const {picker, inputs} = mount();
    picker.value = ["18580", "not-a-unit"];
    expect(picker.value).toEqual(["18580"]);
    expect(inputs()).toBe(0);
  });

  it("does not submit the page's form on Enter", () => {
    const {picker} = mount();
    const submit = new Event("submit", {cancelable: true});
    picker.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });

  it("can search extra words such as old names", () => {
    const {picker} = mount({keywords: (id: string) => (id === "xa-dong-kinh-2025" ? "Thạch Kênh Thạch Liên Ích Hậu" : "")});
    search(picker, "ich hau");
    expect(shownNames(picker)).toEqual(["Xã Đông Kinh"]);
  });
});
