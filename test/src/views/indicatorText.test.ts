import {describe, expect, it} from "vitest";
import {indicatorText} from "../../../src/views/indicatorText.ts";

const land = {nameVi: "Tiếp cận đất đai", nameEn: "Access to land", definitionVi: "Đất", definitionEn: "Land"};

describe("indicatorText", () => {
  it("gives the name and definition in the page's language", () => {
    expect(indicatorText(land, "vi")).toEqual({name: "Tiếp cận đất đai", definition: "Đất"});
    expect(indicatorText(land, "en")).toEqual({name: "Access to land", definition: "Land"});
  });
  it("falls back to Vietnamese where English is missing", () => {
    expect(indicatorText({nameVi: "Chỉ số", nameEn: "", definitionVi: "Định nghĩa"}, "en")).toEqual({name: "Chỉ số", definition: "Định nghĩa"});
  });
});
