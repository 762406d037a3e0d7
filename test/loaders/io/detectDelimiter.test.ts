import {expect, test} from "vitest";
import {detectDelimiter} from "../../../loaders/io/detectDelimiter.ts";

test("detectDelimiter: comma, semicolon or tab, by which appears most outside quotes", () => {
  expect(detectDelimiter("a,b,c\n1,2,3")).toBe(",");
  expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
  expect(detectDelimiter("Đơn vị\tTổng số\tTrực tuyến\n\"Xã A, B\"\t1\t2")).toBe("\t");
  expect(detectDelimiter('"a;b;c;d",e,f')).toBe(",");
  expect(detectDelimiter("one column")).toBe(",");
});
