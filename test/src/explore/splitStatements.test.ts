import {describe, expect, test} from "vitest";
import {splitStatements} from "../../../src/explore/splitStatements.ts";

const texts = (sql: string): string[] => splitStatements(sql).map((s) => s.text);

describe("splitStatements", () => {
  test("splits at semicolons, trimmed, dropping empty statements", () => {
    expect(texts("CREATE TABLE t AS SELECT 1 AS a;\n SELECT * FROM t;  ")).toEqual(["CREATE TABLE t AS SELECT 1 AS a", "SELECT * FROM t"]);
    expect(texts(";;SELECT 1;;")).toEqual(["SELECT 1"]);
    expect(texts("")).toEqual([]);
  });

  test("a semicolon in a comment, a string or a quoted name does not split", () => {
    expect(texts("SELECT 'a;b' AS \"x;y\" -- c;d\n, $$e;f$$ /* g;h */")).toHaveLength(1);
    expect(texts("SELECT 'it''s; fine'; SELECT 2")).toEqual(["SELECT 'it''s; fine'", "SELECT 2"]);
  });

  test("a statement of comments only is no statement; comments stay in the text of one", () => {
    expect(texts("SELECT 1; -- done")).toEqual(["SELECT 1"]);
    expect(texts("-- the answer\nSELECT 42")).toEqual(["-- the answer\nSELECT 42"]);
  });

  test("the first two words, upper case", () => {
    expect(splitStatements("force install httpfs; select 'x'").map((s) => s.words)).toEqual([["FORCE", "INSTALL"], ["SELECT", ""]]);
  });
});
