import {DuckDBInstance} from "@duckdb/node-api";
import {describe, expect, test} from "vitest";
import {rawTableName} from "../../../src/explore/exploreSetupSql.ts";
import {createExploreTables} from "./exploreDatabase.ts";

describe("the /explore tables", () => {
  test("observations gets a dataset column; plan reports keep their item; raw tables are dropped", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    try {
      await createExploreTables(db, {
        tthc: [{unitId: "18412", indicator: "online_share", period: "2024-01", value: 0.5, numerator: 5, denominator: 10}],
        pci: [{unitId: "42", indicator: "pci_total", period: "2024", value: 65, sample: false}],
        plan: [{unitId: "18412", indicator: "plan_activity_programme", period: "2024-02", value: 1, item: "14.1"}]
      });
      const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS();
      expect(await rows("SELECT dataset, unitId, value, sample FROM observations ORDER BY dataset")).toEqual([
        {dataset: "pci", unitId: "42", value: 65, sample: false},
        {dataset: "tthc", unitId: "18412", value: 0.5, sample: true}
      ]);
      expect(await rows("SELECT item FROM plan_reports")).toEqual([{item: "14.1"}]);
      const tables = (await rows("SELECT table_name FROM information_schema.tables ORDER BY 1")).map((r) => r.table_name);
      expect(tables).toEqual(["indicators", "lineage", "observations", "plan_reports", "units"]);
      // units carry display labels that tell apart units sharing a name, and typed dates
      expect(await rows("SELECT label, validTo FROM units WHERE id = '18412'")).toEqual([
        {label: "Xã Hồng Lộc (đến T6/2025)", validTo: expect.anything()}
      ]);
      expect((await rows("SELECT typeof(validTo) AS t FROM units LIMIT 1"))[0]!.t).toBe("DATE");
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });

  test("with no plan and no dataset at all, both tables still exist, typed and empty", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    try {
      await createExploreTables(db, {});
      expect((await db.runAndReadAll("SELECT count(*)::INTEGER AS n FROM observations")).getRowObjectsJS()).toEqual([{n: 0}]);
      expect((await db.runAndReadAll("SELECT typeof(value) AS t FROM (SELECT value FROM plan_reports UNION ALL SELECT 1.5)")).getRowObjectsJS()).toEqual([{t: "DOUBLE"}]);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });

  test("a dataset id that is not a plain name is refused", () => {
    expect(() => rawTableName("tthc; DROP TABLE units")).toThrow(/lowercase/);
  });
});
