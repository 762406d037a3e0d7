import {describe, expect, it} from "vitest";
import {inLanguage} from "../../../src/views/inLanguage.ts";

describe("inLanguage", () => {
  it("reads the field in the reader's language, Vietnamese when English is missing", () => {
    const meta = {titleVi: "Thủ tục", titleEn: "Procedures", nameVi: "Xã", nameEn: ""};
    expect(inLanguage(meta, "title", "vi")).toBe("Thủ tục");
    expect(inLanguage(meta, "title", "en")).toBe("Procedures");
    expect(inLanguage(meta, "name", "en")).toBe("Xã");
    expect(inLanguage(meta, "other", "en")).toBe("");
  });
});
