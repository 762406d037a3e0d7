import JSZip from "jszip";
import type {DatasetBuild} from "./buildDataset.ts";
import {TTHC_COUNT_FIELDS} from "../src/tthc/tthcCounts.ts";
import {countsToArrow} from "./io/countsToArrow.ts";
import {observationsToArrow} from "./io/observationsToArrow.ts";
import {periodSpan} from "./sources/periodSpan.ts";

/** A fixed date for the archive entries, so the same input gives a byte-identical archive. */
const ENTRY_DATE = new Date("2020-01-01T00:00:00Z");

/** What a page needs to show a dataset honestly: whether it is sample, its sources, its gaps. */
export function datasetMeta(build: DatasetBuild): object {
  const span = periodSpan(build.observations.map((o) => o.period));
  return {
    dataset: build.dataset.id,
    titleVi: build.dataset.titleVi,
    titleEn: build.dataset.titleEn,
    sample: build.observations.some((o) => o.sample),
    origins: [...new Set(build.provenance.map((p) => p.origin))].sort(),
    dataFrom: span?.[0] ?? null,
    dataThrough: span?.[1] ?? null,
    sources: build.provenance,
    conflicts: build.conflicts,
    missing: build.missing,
    // the data contract of counts.arrow, for datasets that publish the reports' counts
    ...(build.counts === undefined ? {} : {counts: {file: "counts.arrow", rows: build.counts.length, columns: ["unitId", "period", ...TTHC_COUNT_FIELDS, "source", "sample"]}})
  };
}

/**
 * The dataset as one zip for Framework's archive loaders: pages read
 * data/<dataset>/observations.arrow and data/<dataset>/meta.json from it, and, for a dataset
 * whose sources read counts (tthc), data/<dataset>/counts.arrow: unit × month × the report's
 * counts. Built whole in memory and returned at once, so a failure writes nothing.
 */
export async function datasetArchive(build: DatasetBuild): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("observations.arrow", observationsToArrow(build.observations), {date: ENTRY_DATE});
  if (build.counts !== undefined) zip.file("counts.arrow", countsToArrow(build.counts), {date: ENTRY_DATE});
  zip.file("meta.json", JSON.stringify(datasetMeta(build), null, 1) + "\n", {date: ENTRY_DATE});
  return zip.generateAsync({type: "uint8array", compression: "DEFLATE", compressionOptions: {level: 6}});
}
