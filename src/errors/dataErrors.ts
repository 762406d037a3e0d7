import {DataError} from "./dataError.ts";

/**
 * Several problems found in one pass over a file, so an analyst can fix them all at once.
 * The message is the first problem and a count; `problems` holds every one.
 */
export class DataErrors extends Error {
  readonly problems: readonly DataError[];
  constructor(problems: readonly DataError[]) {
    const [first] = problems;
    if (first === undefined) throw new Error("DataErrors needs at least one problem");
    super(problems.length === 1 ? first.message : `${first.message} (and ${problems.length - 1} more problems: run npm run check-data -- ${first.location.file})`);
    this.name = "DataErrors";
    this.problems = problems;
  }
}

/** Every problem an error stands for: one for a DataError, each for DataErrors, none otherwise. */
export function problemsOf(error: unknown): readonly DataError[] {
  if (error instanceof DataErrors) return error.problems;
  if (error instanceof DataError) return [error];
  return [];
}

/** Throws what a pass over a file found: the DataError itself for one problem, DataErrors for several, nothing for none. */
export function throwIfProblems(problems: readonly DataError[]): void {
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new DataErrors(problems);
}
