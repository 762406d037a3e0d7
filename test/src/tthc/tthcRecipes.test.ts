import {describe, expect, test} from "vitest";
import {TTHC_INDICATORS} from "../../../src/model/indicators.ts";
import {TTHC_COUNT_FIELDS} from "../../../src/tthc/tthcCounts.ts";
import {TTHC_RECIPES} from "../../../src/tthc/tthcRecipes.ts";

describe("TTHC_RECIPES: how each TTHC indicator is made from report counts", () => {
  test("every TTHC indicator has a recipe, and every recipe an indicator", () => {
    expect(Object.keys(TTHC_RECIPES).sort()).toEqual(TTHC_INDICATORS.map((i) => i.id).sort());
  });

  test("recipes name only report count fields; shares have a denominator, counts none", () => {
    for (const indicator of TTHC_INDICATORS) {
      const recipe = TTHC_RECIPES[indicator.id]!;
      for (const field of [...recipe.numerator, ...recipe.denominator]) expect(TTHC_COUNT_FIELDS).toContain(field);
      expect(recipe.numerator.length).toBeGreaterThan(0);
      expect(recipe.denominator.length > 0, indicator.id).toBe(indicator.unit === "share");
    }
  });
});
