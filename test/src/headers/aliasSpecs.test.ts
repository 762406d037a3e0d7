import {expect, test} from "vitest";
import {aliasSpecs} from "../../../src/headers/aliasSpecs.ts";

test("aliasSpecs: one-row headers matched whole against folded spellings", () => {
  const [spec] = aliasSpecs([{header: "Mã hồ sơ", aliases: ["ma ho so", "ma hs"], required: true}], (h) => h.toLowerCase());
  expect(spec).toMatchObject({label: "Mã hồ sơ", required: true});
  expect(spec!.matches("MA HS", "")).toBe(true);
  expect(spec!.matches("ma hs", "x")).toBe(false);
  expect(spec!.matches("ma ho so cu", "")).toBe(false);
});
