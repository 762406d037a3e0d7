import type {HeaderSpec} from "../../src/headers/headerSpec.ts";
import type {DataWarning} from "../../src/errors/dataWarning.ts";
import type {Indicator} from "../../src/model/indicator.ts";
import type {Observation} from "../../src/model/observation.ts";
import type {CountsRecord} from "../../src/tthc/observationsFromCounts.ts";
import type {Reference} from "../reference/loadReference.ts";

/** The first rows of one sheet of a file: enough to tell which kind of file it is. */
export type Preview = readonly (readonly unknown[])[];

/** Provenance of one input file (nguồn): which file, its SHA-256, what was read from it. */
export interface Provenance {
  readonly file: string;
  readonly kind: string;
  readonly sha256: string;
  readonly sheet: string | null;
  readonly rowsRead: number;
  readonly rowsRejected: number;
  readonly sample: boolean;
  /** First and last period found in the file. */
  readonly periods: readonly [string, string] | null;
  /** Where the figures were published, for curated real data. */
  readonly sourceUrl: string | null;
  /** 1-based first and last header rows of the table read, where the source knows them. */
  readonly headerRows?: readonly [number, number] | null;
  /**
   * The source's indicators this file cannot give, because a column they need is absent (e.g.
   * a report without the "toàn trình" column): missing for its periods, never zero.
   */
  readonly indicatorsMissing?: readonly string[];
  /** What was read but looks incomplete: e.g. a numeric column that matches no indicator (not read). */
  readonly warnings?: readonly DataWarning[];
}

/**
 * Convention (as pciProfile's notPublished): a curated file transcribed from several pages lists
 * them all in `sourceUrls` (meta.json `sources[].sourceUrls`); `sourceUrl` keeps one of them.
 */
export type ProvenanceWithSourceUrls = Provenance & {readonly sourceUrls: readonly string[]};

export interface LoadContext {
  readonly reference: Reference;
}

export interface LoadedFile {
  readonly observations: readonly Observation[];
  readonly provenance: Provenance;
  /** The report's own counts per unit and month, for sources that read counts (TTHC): published as counts.arrow. */
  readonly counts?: readonly CountsRecord[];
}

/**
 * One kind of input file (a source): a module under loaders/sources/, registered in
 * loaders/registry.ts. It says which dataset it feeds, recognises its files from their
 * headers, and loads one file fully validated: any problem throws a DataError (or DataErrors
 * listing every problem) naming file, sheet, row, column, value and what was expected.
 */
export interface Source {
  /** Stable id, used by `check-data --kind`. */
  readonly kind: string;
  /** The dataset it feeds: files live in data/{curated,raw,sample}/<dataset>/. */
  readonly dataset: string;
  readonly titleVi: string;
  readonly titleEn: string;
  /** File name endings it reads, lowercase, with the dot. */
  readonly extensions: readonly string[];
  /** Indicators its observations use (they join the catalogue in meta.json). */
  readonly indicators: readonly Indicator[];
  /** Whether a sheet is of this kind, judged from its first rows (headers). */
  detect(preview: Preview): boolean;
  /**
   * The columns a file of this kind is recognised by: when no kind recognises a file, the
   * nearest kind is named with the columns found and missing.
   */
  readonly headers?: readonly HeaderSpec[];
  load(file: string, context: LoadContext): Promise<LoadedFile>;
}

/** A dataset: one Arrow file for the browser (docs/data/<id>.arrow), fed by one or more sources. */
export interface Dataset {
  readonly id: string;
  readonly titleVi: string;
  readonly titleEn: string;
  /**
   * The same unit, indicator and period in two files: "error" stops the build; "prefer-first"
   * keeps the first file's value (curated before raw before sample, then file order) and
   * records a conflict when the values differ.
   */
  readonly duplicates: "error" | "prefer-first";
  /** Unit-periods expected but absent (shown as gaps, never filled). */
  missing?(observations: readonly Observation[], reference: Reference): {unitId: string; period: string}[];
}
