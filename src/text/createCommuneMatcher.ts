import type {Unit} from "../model/unit.ts";
import {createLevelMatcher, type LevelMatch} from "./createLevelMatcher.ts";

/**
 * Matches commune names as written in files (see createLevelMatcher): only commune-level units of
 * data/reference that existed in `year` ("2024") take part.
 */
export function createCommuneMatcher(units: readonly Unit[], year: string): (name: string) => LevelMatch {
  return createLevelMatcher(units, "commune", year);
}
