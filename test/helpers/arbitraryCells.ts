import fc from "fast-check";
import {DataError} from "../../src/errors/dataError.ts";
import {DataErrors} from "../../src/errors/dataErrors.ts";

/**
 * A spreadsheet cell as readSpreadsheet gives one (null, text, a number, a boolean, a date),
 * often one of `words`: realistic header words and values, so that a parser gets past its
 * header search some of the time instead of always refusing the grid on its first check.
 */
export function arbitraryCell(words: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.string({unit: "grapheme"}),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.date(),
    // xlsx reads a date-formatted cell holding an out-of-range serial as an Invalid Date
    fc.constant(new Date(Number.NaN)),
    {arbitrary: fc.constantFrom(...words), weight: 4}
  );
}

/** A text cell (a CSV field): arbitrary text, often one of `words`. */
export function arbitraryText(words: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(fc.string(), fc.string({unit: "grapheme"}), {arbitrary: fc.constantFrom(...words), weight: 3});
}

/**
 * Calls `parse` and passes when it returns or throws the parsers' own located errors
 * (DataError, DataErrors); anything else (a TypeError from an unexpected cell) is rethrown
 * for fast-check to shrink and report.
 */
export function throwsOnlyDataErrors(parse: () => unknown): void {
  try {
    parse();
  } catch (error) {
    if (!(error instanceof DataError) && !(error instanceof DataErrors)) throw error;
  }
}
