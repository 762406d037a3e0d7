import {join} from "node:path";
import type {DdciClassification} from "../../src/ddci/ddciLayout.ts";
import type {DatasetBuild} from "../buildDataset.ts";
import type {Reference} from "../reference/loadReference.ts";
import {readDdciTable} from "../sources/ddciTable.ts";

/** One unit's published classification (xếp loại) in one year. */
export interface DdciClassificationRecord {
  readonly unitId: string;
  readonly period: string;
  readonly classification: DdciClassification;
  readonly source: string;
  readonly sample: boolean;
}

/**
 * The classifications of the files a DDCI build read (text, so not observations), re-read
 * from those same files: data/<origin>/ddci/<file> for each provenance entry. Sorted by
 * period, then unit.
 */
export async function ddciClassifications(build: DatasetBuild, reference: Reference, root = "."): Promise<DdciClassificationRecord[]> {
  const records: DdciClassificationRecord[] = [];
  for (const p of build.provenance) {
    const table = await readDdciTable(join(root, "data", p.origin, build.dataset.id, p.file), reference);
    for (const row of table.rows) {
      if (row.classification !== null) {
        records.push({unitId: row.unitId, period: table.year, classification: row.classification, source: p.file, sample: table.sample});
      }
    }
  }
  return records.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}
