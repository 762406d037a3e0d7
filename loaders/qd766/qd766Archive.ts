import JSZip from "jszip";
import type {DatasetBuild} from "../buildDataset.ts";
import {datasetArchive} from "../datasetArchive.ts";
import {QD766_FORMULAS} from "../../src/qd766/qd766Formulas.ts";
import type {Qd766Reckoning} from "./dossierReckoning.ts";
import type {Qd766TableRecord} from "./qd766Tables.ts";

const ENTRY_DATE = new Date("2020-01-01T00:00:00Z"); // as loaders/datasetArchive.ts: byte-identical builds

/**
 * The qd766 archive: observations.arrow and meta.json (the published scores), tables.json
 * (source, date, classification per table) and estimate.json — our reckoning from dossier
 * exports with the formulas it used (counts only: no dossier, no person).
 */
export async function qd766Archive(build: DatasetBuild, tables: readonly Qd766TableRecord[], reckoning: Qd766Reckoning): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await datasetArchive(build));
  zip.file("tables.json", JSON.stringify(tables, null, 1) + "\n", {date: ENTRY_DATE});
  zip.file("estimate.json", JSON.stringify({formulas: QD766_FORMULAS, ...reckoning}) + "\n", {date: ENTRY_DATE});
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE", compressionOptions: {level: 6}});
}
