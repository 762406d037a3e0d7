import {DataError, type DataErrorLocation} from "../../src/errors/dataError.ts";

/**
 * A problem in a plan file (data/plan/<year>/*.json): a DataError whose message also names
 * the JSON path, e.g. `data/plan/2024/tasks.json, at tasks[12].items[0].lead[0]: value "x" —
 * expected …`. The path stays out of `location`, which describes spreadsheet files.
 */
export class PlanFileError extends DataError {
  readonly jsonPath: string;
  constructor(location: DataErrorLocation & {readonly jsonPath: string}) {
    const {jsonPath, ...rest} = location;
    super(rest);
    this.jsonPath = jsonPath;
    if (jsonPath !== "") this.message = `${rest.file}, at ${jsonPath}${this.message.slice(rest.file.length)}`;
  }
}
