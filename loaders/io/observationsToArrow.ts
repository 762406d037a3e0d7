import {tableFromArrays, tableToIPC} from "apache-arrow";
import type {Observation} from "../../src/model/observation.ts";

/**
 * Encodes observations as an Arrow IPC file: typed columns, so periods and unit codes keep
 * their form in the browser (no CSV type guessing) and missing stays null.
 */
export function observationsToArrow(observations: readonly Observation[]): Uint8Array {
  const column = <K extends keyof Observation>(key: K): Observation[K][] => observations.map((o) => o[key]);
  const nullableFloat = (key: "value" | "numerator" | "denominator"): Float64Array | (number | null)[] => column(key);
  const table = tableFromArrays({
    unitId: column("unitId"),
    indicator: column("indicator"),
    period: column("period"),
    grain: column("grain"),
    value: nullableFloat("value"),
    numerator: nullableFloat("numerator"),
    denominator: nullableFloat("denominator"),
    source: column("source"),
    sample: column("sample")
  });
  return tableToIPC(table, "file");
}
