import {describe, expect, test} from "vitest";
import {countSql, limitedSql, RESULT_CAP} from "../../../src/explore/cappedSql.ts";

describe("limitedSql and countSql", () => {
  test("wrap the query on lines of its own, without its trailing semicolons", () => {
    expect(limitedSql("SELECT * FROM range(250000);  \n", RESULT_CAP + 1)).toBe("SELECT * FROM (\nSELECT * FROM range(250000)\n) LIMIT 100001");
    expect(countSql("SELECT 1;;")).toBe("SELECT count(*) AS n FROM (\nSELECT 1\n)");
  });

  test("a trailing line comment stays on its own line, so the closing parenthesis survives", () => {
    expect(limitedSql("SELECT 1 -- the answer", 5).split("\n")).toEqual(["SELECT * FROM (", "SELECT 1 -- the answer", ") LIMIT 5"]);
  });

  test("the limit is a whole, non-negative number", () => {
    expect(limitedSql("SELECT 1", 2.7)).toMatch(/LIMIT 2$/);
    expect(limitedSql("SELECT 1", -1)).toMatch(/LIMIT 0$/);
  });
});
