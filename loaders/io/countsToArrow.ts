import {Bool, Float64, Table, Utf8, tableToIPC, vectorFromArray} from "apache-arrow";
import type {CountsRecord} from "../../src/tthc/observationsFromCounts.ts";
import {TTHC_COUNT_FIELDS} from "../../src/tthc/tthcCounts.ts";

/**
 * The reports' counts as an Arrow IPC file (counts.arrow): one row per unit and month, one
 * column per count of the monthly report (TTHC_COUNT_FIELDS, in the report's column order),
 * then source and sample. A count the file did not give (an optional column absent) is null,
 * never 0. Types are explicit so the same input gives the same bytes.
 */
export function countsToArrow(records: readonly CountsRecord[]): Uint8Array {
  const counts = Object.fromEntries(
    TTHC_COUNT_FIELDS.map((field) => [field, vectorFromArray(records.map((r) => r.counts[field] ?? null), new Float64())])
  );
  const table = new Table({
    unitId: vectorFromArray(records.map((r) => r.unitId), new Utf8()),
    period: vectorFromArray(records.map((r) => r.month), new Utf8()),
    ...counts,
    source: vectorFromArray(records.map((r) => r.source), new Utf8()),
    sample: vectorFromArray(records.map((r) => r.sample), new Bool())
  });
  return tableToIPC(table, "file");
}
