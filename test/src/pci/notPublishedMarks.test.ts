import {describe, expect, it} from "vitest";
import {notPublishedMarks} from "../../../src/pci/notPublishedMarks.ts";

const total2023 = {unitId: "42", indicator: "pci_total", period: "2023"};
const rank2023 = {unitId: "42", indicator: "pci_rank", period: "2023"};

describe("notPublishedMarks", () => {
  it("collects the marks of every source in meta.json, once each, sorted", () => {
    const marks = notPublishedMarks([{notPublished: [total2023, rank2023]}, {notPublished: [total2023]}, {}], []);
    expect(marks).toEqual([rank2023, total2023]);
  });

  it("drops a mark when another file gives the figure", () => {
    const marks = notPublishedMarks([{notPublished: [total2023, rank2023]}], [{...total2023, value: 66.1}]);
    expect(marks).toEqual([rank2023]);
  });

  it("keeps a mark when the other file has only a missing value for it", () => {
    expect(notPublishedMarks([{notPublished: [total2023]}], [{...total2023, value: null}])).toEqual([total2023]);
  });

  it("copies only the identifying fields (meta.json entries may carry more)", () => {
    const [mark] = notPublishedMarks([{notPublished: [{...total2023, note: "top 30 only"} as typeof total2023]}], []);
    expect(mark).toEqual(total2023);
  });
});
