import type {Unit} from "../model/unit.ts";
import {createLevelMatcher, type LevelMatch} from "./createLevelMatcher.ts";

/**
 * Matches district names as written in files (see createLevelMatcher): only district-level units of
 * data/reference that existed in `year` ("2024") take part.
 */
export function createDistrictMatcher(units: readonly Unit[], year: string): (name: string) => LevelMatch {
  return createLevelMatcher(units, "district", year);
}
