import {join} from "node:path";
import type {Observation} from "../src/model/observation.ts";
import {TTHC_INDICATORS} from "../src/model/indicators.ts";
import {observationsFromCounts} from "../src/tthc/observationsFromCounts.ts";
import {loadReference, type Reference} from "./reference/loadReference.ts";
import {listReportFiles, loadTthcReports, type TthcLoad} from "./tthc/loadTthcReports.ts";

/** Lộc Hà's GSO code: the district whose communes this dashboard follows. */
export const DISTRICT_ID = "448";

export interface ObservationsBuild {
  readonly reference: Reference;
  readonly tthc: TthcLoad;
  readonly observations: readonly Observation[];
  /** Where the monthly reports came from: analysts' real files, or the generated sample. */
  readonly origin: "raw" | "sample";
}

/**
 * Everything pages show about dossiers, from the monthly reports. Real files in
 * data/raw/tthc/ take precedence; when there are none, the generated sample in
 * data/sample/tthc/ is used (and flagged as sample throughout).
 */
export async function buildObservations(root = "."): Promise<ObservationsBuild> {
  const reference = await loadReference(join(root, "data", "reference"));
  const rawFiles = await listReportFiles(join(root, "data", "raw", "tthc"));
  const origin = rawFiles.length > 0 ? "raw" : "sample";
  const files = origin === "raw" ? rawFiles : await listReportFiles(join(root, "data", "sample", "tthc"));
  if (files.length === 0) {
    throw new Error(`no TTHC report files in ${join(root, "data", "raw", "tthc")} nor ${join(root, "data", "sample", "tthc")}: run npm run sample-data`);
  }
  const tthc = await loadTthcReports(files, reference.units, DISTRICT_ID);
  const observations = tthc.records.flatMap((record) => observationsFromCounts(record, TTHC_INDICATORS));
  return {reference, tthc, observations, origin};
}
