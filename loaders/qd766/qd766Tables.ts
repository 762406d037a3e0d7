import {join} from "node:path";
import type {DatasetBuild} from "../buildDataset.ts";
import type {Reference} from "../reference/loadReference.ts";
import {readQd766Table} from "../sources/qd766Scores.ts";

/** One published table as the page needs it beside the numbers: where, when, and the text columns. */
export interface Qd766TableRecord {
  readonly file: string;
  readonly period: string;
  readonly grain: string;
  readonly source: string | null;
  readonly published: string | null;
  readonly sample: boolean;
  /** Units in the table: ours plus those outside the area (what a rank is out of). */
  readonly unitsInTable: number;
  readonly best: Readonly<Record<string, number | null>>;
  readonly classifications: readonly {readonly unitId: string; readonly classification: string}[];
}

/** The tables a qd766 build read, re-read from the same files (as loaders/ddci does), by period. */
export async function qd766Tables(build: DatasetBuild, reference: Reference, root = "."): Promise<Qd766TableRecord[]> {
  const records: Qd766TableRecord[] = [];
  for (const p of build.provenance) {
    const t = await readQd766Table(join(root, "data", p.origin, build.dataset.id, p.file), reference);
    records.push({
      file: p.file,
      period: t.period.id,
      grain: t.period.grain,
      source: t.source,
      published: t.published,
      sample: t.sample,
      unitsInTable: t.rows.length + t.outsideRows,
      best: t.best,
      classifications: t.rows.filter((r) => r.classification !== null).map((r) => ({unitId: r.unitId, classification: r.classification!}))
    });
  }
  return records.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.file < b.file ? -1 : 1));
}
