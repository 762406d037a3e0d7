import {describe, expect, test} from "vitest";
import {refusedStatement} from "../../../src/explore/refusedStatement.ts";

describe("refusedStatement", () => {
  test.each([
    "INSTALL httpfs",
    "install httpfs;",
    "  FORCE INSTALL httpfs FROM 'http://example.com'",
    "SELECT 1; INSTALL httpfs",
    "-- a comment\nINSTALL httpfs",
    "/* INSTALL? */ INSTALL 'http://example.com/x.duckdb_extension.wasm'"
  ])("%j → INSTALL", (sql) => {
    expect(refusedStatement(sql)).toBe("INSTALL");
  });

  test.each([
    "SELECT * FROM observations",
    "SELECT 'INSTALL httpfs' AS install",
    'SELECT 1 AS "install"',
    "-- INSTALL httpfs\nSELECT 1",
    "/* ; INSTALL httpfs */ SELECT 1",
    "SELECT 'it''s; INSTALL x'",
    "SELECT $$; INSTALL x$$",
    "LOAD httpfs", // DuckDB itself refuses it (Permission Error)
    "SELECT 1 AS install",
    ""
  ])("%j → null", (sql) => {
    expect(refusedStatement(sql)).toBeNull();
  });
});
