import JSZip from "jszip";
import type {DatasetBuild} from "../buildDataset.ts";
import {datasetArchive} from "../datasetArchive.ts";
import type {DdciClassificationRecord} from "./ddciClassifications.ts";

/** The same fixed entry date as loaders/datasetArchive.ts, so the archive is byte-identical run to run. */
const ENTRY_DATE = new Date("2020-01-01T00:00:00Z");

/**
 * The DDCI dataset archive: observations.arrow and meta.json as for every dataset, plus
 * classifications.json — [{unitId, period, classification, source, sample}] — because the
 * published classification (xếp loại) is text and observations hold numbers only.
 */
export async function ddciArchive(build: DatasetBuild, classifications: readonly DdciClassificationRecord[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await datasetArchive(build));
  zip.file("classifications.json", JSON.stringify(classifications, null, 1) + "\n", {date: ENTRY_DATE});
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE", compressionOptions: {level: 6}});
}
