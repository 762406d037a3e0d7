import {TTHC_INDICATORS} from "../src/model/indicators.ts";
import type {ObservationsBuild} from "./observations.ts";

/** What pages need besides the observations: units, lineage, indicator catalogue, provenance. */
export function buildMeta(build: ObservationsBuild): string {
  const months = build.tthc.records.map((r) => r.month).sort();
  const meta = {
    origin: build.origin,
    sample: build.tthc.records.some((r) => r.sample),
    dataThrough: months[months.length - 1] ?? null,
    dataFrom: months[0] ?? null,
    units: build.reference.units,
    lineage: build.reference.lineage,
    indicators: TTHC_INDICATORS,
    sources: build.tthc.sources,
    missing: build.tthc.missing
  };
  return JSON.stringify(meta, null, 1) + "\n";
}
