import fc from "fast-check";
import {describe, expect, test} from "vitest";
import {XmlTally} from "../../../loaders/io/XmlTally.ts";

const SHEET =
  `<?xml version="1.0"?><!-- a comment --><x:worksheet xmlns:x="main"><x:sheetData>` +
  `<x:row r="1"><x:c r="A1" s="1"/><x:c r="B1"><x:v>1</x:v></x:c><c r="C1" t="inlineStr"><is><t>a &gt; b</t></is></c></x:row>` +
  `</x:sheetData></x:worksheet><sst><si><t>x</t></si><si><r><t>y</t></r></si><sis/></sst>`;

function tally(chunks: readonly string[]): {filledCells: number; sharedStrings: number; maxDepth: number} {
  const t = new XmlTally();
  for (const chunk of chunks) t.feed(Buffer.from(chunk, "utf-8"));
  return {filledCells: t.filledCells, sharedStrings: t.sharedStrings, maxDepth: t.maxDepth};
}

describe("XmlTally", () => {
  test("counts cells with content (not the empty <c/> formatting leaves), shared strings and depth, with or without prefixes", () => {
    expect(tally([SHEET])).toEqual({filledCells: 2, sharedStrings: 2, maxDepth: 6});
  });

  test("gives the same counts however the XML is cut into chunks", () => {
    const whole = tally([SHEET]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({min: 1, max: SHEET.length - 1}), {maxLength: 40}), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), SHEET.length];
        expect(tally(points.slice(1).map((end, i) => SHEET.slice(points[i], end)))).toEqual(whole);
      })
    );
  });

  test("reset starts a new part's depth and keeps the workbook's counts", () => {
    const t = new XmlTally();
    t.feed(Buffer.from("<a><b><c>1</c>"));
    t.reset();
    t.feed(Buffer.from("<d><c>2</c></d>"));
    expect([t.filledCells, t.maxDepth]).toEqual([2, 3]);
  });
});
