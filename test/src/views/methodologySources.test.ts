import {describe, expect, it} from "vitest";
import {methodologySources} from "../../../src/views/methodologySources.ts";

const META = {dataset: "tthc", titleVi: "Thủ tục", titleEn: "Procedures", dataFrom: "2024-01", dataThrough: "2024-12", sources: [{sourceUrl: "https://a.vn/x"}, {sourceUrl: "https://a.vn/x"}, {sourceUrl: null}], origins: ["raw", "sample"], conflicts: [1, 2], missing: []};

describe("methodologySources", () => {
  it("gives the span, file count, origins in words, distinct addresses and what differs", () => {
    expect(methodologySources([META], "vi")).toEqual([
      {dataset: "tthc", title: "Thủ tục", figures: "T1/2024 – T12/2024", files: "3", origins: "tệp của đơn vị, dữ liệu mẫu", urls: ["https://a.vn/x"], notes: ["2 khác biệt giữa nguồn (giữ nguồn đã đối chiếu)"]}
    ]);
  });

  it("says a dataset has no files yet instead of an empty span", () => {
    const [row] = methodologySources([{...META, dataFrom: null, dataThrough: null, sources: [], conflicts: undefined}], "en");
    expect(row?.figures).toBe("no files yet");
    expect(row?.notes).toEqual([]);
  });
});
