import {describe, expect, it} from "vitest";
import {indexValueCell} from "../../../src/views/indexValueCell.ts";

describe("indexValueCell", () => {
  it("writes a score with two decimals and a rank without, the Vietnamese way", () => {
    expect(indexValueCell({value: 67.18, status: "value"})).toEqual({text: "67,18"});
    expect(indexValueCell({value: 18, status: "value"}, {isRank: true})).toEqual({text: "18"});
    expect(indexValueCell({value: 67.18, status: "value"}, {lang: "en"})).toEqual({text: "67.18"});
  });
  it("says 'chưa công bố' for a figure not published and '–' for a gap, never 0", () => {
    expect(indexValueCell({value: null, status: "not-published"})).toEqual({text: "chưa công bố", className: "not-published"});
    expect(indexValueCell({value: null, status: "missing"})).toEqual({text: "–", title: "không có số liệu"});
    expect(indexValueCell(undefined, {lang: "en"})).toEqual({text: "–", title: "no data"});
  });
  it("marks a value sources disagree on and gives the other in its tooltip", () => {
    expect(indexValueCell({value: 6.5, status: "value"}, {note: "khác: 6,4"})).toEqual({text: "6,50*", className: "source-conflict", title: "khác: 6,4"});
  });
});
