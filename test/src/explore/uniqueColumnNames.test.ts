import {expect, test} from "vitest";
import {uniqueColumnNames} from "../../../src/explore/uniqueColumnNames.ts";

test("repeated column names of a join get (2), (3) so no value overwrites another", () => {
  expect(uniqueColumnNames(["name", "id", "name", "name", "name (2)"])).toEqual(["name", "id", "name (2)", "name (3)", "name (2) (2)"]);
});
