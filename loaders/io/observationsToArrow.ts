import {Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray} from "apache-arrow";
import type {Observation} from "../../src/model/observation.ts";

/**
 * Encodes observations as an Arrow IPC file: typed columns, so periods and unit codes keep
 * their form in the browser (no CSV type guessing) and missing stays null. Types are explicit:
 * inferred string columns become dictionaries whose ids come from a process-wide counter,
 * which would make the same input give different bytes.
 */
export function observationsToArrow(observations: readonly Observation[]): Uint8Array {
  const text = (key: "unitId" | "indicator" | "period" | "grain" | "source") => vectorFromArray(observations.map((o) => o[key]), new Utf8());
  const number = (key: "value" | "numerator" | "denominator") => vectorFromArray(observations.map((o) => o[key]), new Float64());
  const table = new Table({
    unitId: text("unitId"),
    indicator: text("indicator"),
    period: text("period"),
    grain: text("grain"),
    value: number("value"),
    numerator: number("numerator"),
    denominator: number("denominator"),
    source: text("source"),
    sample: vectorFromArray(observations.map((o) => o.sample), new Bool()),
    // only datasets whose observations carry an item (the plan) get the nullable column
    ...(observations.some((o) => o.item !== undefined) ? {item: vectorFromArray(observations.map((o) => o.item ?? null), new Utf8())} : {})
  });
  return tableToIPC(table, "file");
}
