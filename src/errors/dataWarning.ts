import type {DataErrorLocation} from "./dataError.ts";
import {describeLocation} from "./describeLocation.ts";

/** Something read that looks incomplete but does not stop the file: shown by check-data, kept in meta.json. */
export interface DataWarning {
  readonly message: string;
  readonly location: Omit<DataErrorLocation, "expected" | "value">;
}

/** A warning at a place in a file: "file, sheet "S", row 3, column M (Foo): <note>". */
export function dataWarning(location: Omit<DataErrorLocation, "expected" | "value">, note: string): DataWarning {
  return {message: `${describeLocation(location)}: ${note}`, location};
}
