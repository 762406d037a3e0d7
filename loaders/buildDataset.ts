import {existsSync} from "node:fs";
import {readdir} from "node:fs/promises";
import {extname, join} from "node:path";
import {DataError} from "../src/errors/dataError.ts";
import type {SourceConflict} from "../src/model/conflictNotes.ts";
import type {Observation} from "../src/model/observation.ts";
import type {CountsRecord} from "../src/tthc/observationsFromCounts.ts";
import {readPreviews} from "./io/readPreviews.ts";
import {sniffFile} from "./io/sniffFile.ts";
import {explainUnknownFile} from "./explainUnknownFile.ts";
import {loadReference, type Reference} from "./reference/loadReference.ts";
import {DATASETS, SOURCES} from "./registry.ts";
import type {Dataset, LoadedFile, Provenance, Source} from "./sources/source.ts";

/** Where a dataset's files come from: committed real data, analysts' files, generated sample. */
export type Origin = "curated" | "raw" | "sample";

/** The same cell from two files with different values: the first file's is kept. */
export type Conflict = SourceConflict;

export interface DatasetBuild {
  readonly dataset: Dataset;
  readonly observations: readonly Observation[];
  readonly provenance: readonly (Provenance & {readonly origin: Origin})[];
  readonly conflicts: readonly Conflict[];
  readonly missing: readonly {readonly unitId: string; readonly period: string}[];
  /** The reports' counts per unit and month (TTHC only; sources that read no counts give none), by unit then month. */
  readonly counts?: readonly CountsRecord[];
}

/** Files directly in `dir` whose ending one of the dataset's sources reads, sorted; none if absent. */
export async function listDataFiles(dir: string, sources: readonly Source[]): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const extensions = new Set(sources.flatMap((s) => s.extensions));
  return (await readdir(dir))
    .filter((name) => extensions.has(extname(name).toLowerCase()) && !name.startsWith("~$") && !name.startsWith("."))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * The source that reads `file`: `kind` when given, else the first whose detect() accepts the
 * headers of one of its sheets (sheets in workbook order, sources in registry order). The bytes
 * are looked at first (empty, not a workbook, not text: each has its own message); a file no
 * kind recognises gets the nearest kind and what its header lacks (explainUnknownFile).
 */
export async function sourceFor(file: string, candidates: readonly Source[], kind?: string): Promise<Source> {
  if (kind !== undefined) {
    const source = SOURCES.find((s) => s.kind === kind);
    if (source === undefined) throw new Error(`unknown --kind ${JSON.stringify(kind)}; known kinds: ${SOURCES.map((s) => s.kind).join(", ")}`);
    await sniffFile(file);
    return source;
  }
  const ext = extname(file).toLowerCase();
  const readable = candidates.filter((s) => s.extensions.includes(ext));
  if (readable.length === 0) {
    throw new DataError({file, expected: `one of ${[...new Set(candidates.flatMap((s) => s.extensions))].join(", ")}`});
  }
  await sniffFile(file);
  const previews = await readPreviews(file);
  for (const preview of previews) {
    const source = readable.find((s) => s.detect(preview.rows));
    if (source !== undefined) return source;
  }
  throw explainUnknownFile(file, readable, previews);
}

const SAME = 1e-9;

/**
 * Loads every file of a dataset: data/curated/<id>/ (committed real figures), data/raw/<id>/
 * (analysts' files) and, only when raw/ holds none, data/sample/<id>/. Every file is read and
 * validated before anything is returned; the first bad file throws. Observations of the same
 * unit, indicator and period from two files are an error, or — for "prefer-first" datasets —
 * the earlier file wins and a differing value is recorded as a conflict.
 */
export async function buildDataset(datasetId: string, root = ".", reference?: Reference): Promise<DatasetBuild> {
  const dataset = DATASETS.find((d) => d.id === datasetId);
  if (dataset === undefined) throw new Error(`unknown dataset ${JSON.stringify(datasetId)}; known: ${DATASETS.map((d) => d.id).join(", ")}`);
  const ref = reference ?? (await loadReference(join(root, "data", "reference")));
  const sources = SOURCES.filter((s) => s.dataset === datasetId);
  const folder = (origin: Origin): string => join(root, "data", origin, datasetId);
  const curated = await listDataFiles(folder("curated"), sources);
  const raw = await listDataFiles(folder("raw"), sources);
  const sample = raw.length > 0 ? [] : await listDataFiles(folder("sample"), sources);
  const files: {file: string; origin: Origin}[] = [
    ...curated.map((file) => ({file, origin: "curated" as const})),
    ...raw.map((file) => ({file, origin: "raw" as const})),
    ...sample.map((file) => ({file, origin: "sample" as const}))
  ];

  const loaded: (LoadedFile & {origin: Origin})[] = [];
  for (const {file, origin} of files) {
    const source = await sourceFor(file, sources);
    loaded.push({...(await source.load(file, {reference: ref})), origin});
  }

  const kept = new Map<string, {observation: Observation; file: string}>();
  const conflicts: Conflict[] = [];
  for (const {observations, provenance} of loaded) {
    for (const o of observations) {
      const key = `${o.unitId}|${o.indicator}|${o.grain}|${o.period}${o.item === undefined ? "" : `|${o.item}`}`;
      const earlier = kept.get(key);
      if (earlier === undefined) {
        kept.set(key, {observation: o, file: provenance.file});
        continue;
      }
      if (dataset.duplicates === "error") {
        throw new DataError({
          file: provenance.file,
          value: `${o.unitId} ${o.indicator}${o.item === undefined ? "" : ` ${o.item}`} ${o.period}`,
          expected: `each unit, indicator and period in one file only; also in ${earlier.file}`
        });
      }
      const a = earlier.observation.value;
      const b = o.value;
      if (a !== b && (a === null || b === null || Math.abs(a - b) > SAME)) {
        conflicts.push({unitId: o.unitId, indicator: o.indicator, period: o.period, kept: {file: earlier.file, value: a}, dropped: {file: provenance.file, value: b}});
      }
    }
  }
  const observations = [...kept.values()]
    .map((k) => k.observation)
    .sort((a, b) => compare(a.indicator, b.indicator) || compare(a.unitId, b.unitId) || compare(a.period, b.period));
  // each unit-month is in one file only: the observations made from the counts would have been a duplicate above
  const counts = loaded.flatMap((l) => l.counts ?? []).sort((a, b) => compare(a.unitId, b.unitId) || compare(a.month, b.month));
  return {
    dataset,
    observations,
    provenance: loaded.map((l) => ({...l.provenance, origin: l.origin})),
    conflicts,
    missing: dataset.missing?.(observations, ref) ?? [],
    ...(counts.length > 0 ? {counts} : {})
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
