import {describe, expect, test} from "vitest";
import {tablesMentioned} from "../../../src/explore/tablesMentioned.ts";

const TABLES = ["observations", "plan_reports", "units", "indicators", "lineage"];

describe("tablesMentioned", () => {
  test("bare or quoted, any case", () => {
    expect(tablesMentioned('SELECT * FROM Observations o JOIN "units" u ON u.id = o.unitId', TABLES)).toEqual(["observations", "units"]);
  });

  test("not inside comments or string literals", () => {
    const sql = "-- join lineage later\nSELECT 'plan_reports' AS x /* indicators */ FROM units WHERE name = 'it''s lineage'";
    expect(tablesMentioned(sql, TABLES)).toEqual(["units"]);
  });
});
