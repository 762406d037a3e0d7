import {expect, test} from "vitest";
import {agreedPeriod} from "../../../src/period/agreedPeriod.ts";

test("agreedPeriod: one period wherever written, the first two that disagree otherwise, null when none", () => {
  const title = {where: "the title", period: "2024-10", row: 3};
  const name = {where: "the file name", period: "2024-11"};
  expect(agreedPeriod([title, {...name, period: "2024-10"}])).toEqual({period: "2024-10", disagreeing: null});
  expect(agreedPeriod([title, name])).toEqual({period: null, disagreeing: [title, name]});
  expect(agreedPeriod([])).toEqual({period: null, disagreeing: null});
});
