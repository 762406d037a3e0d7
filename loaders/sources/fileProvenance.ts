import {basename} from "node:path";
import type {DataWarning} from "../../src/errors/dataWarning.ts";
import {sha256File} from "../io/sha256File.ts";
import {periodSpan} from "./periodSpan.ts";
import type {Provenance} from "./source.ts";

/** What a source found in one file; what it leaves out is the usual: no sheet, not sample, no source page. */
export interface FileFindings {
  readonly sheet?: string | null;
  readonly rowsRead: number;
  readonly sample?: boolean;
  /** Every period found (the record keeps the first and last). */
  readonly periods: readonly string[];
  readonly sourceUrl?: string | null;
  readonly headerRows?: readonly [number, number] | null;
  readonly indicatorsMissing?: readonly string[];
  readonly warnings?: readonly DataWarning[];
}

/**
 * The provenance record of a loaded file: its name, kind, SHA-256 and what was read. A file
 * either loads whole or not at all, so no row is ever rejected. `sha256`: a hash started
 * earlier (to run beside the parsing), or the file is hashed now.
 */
export async function fileProvenance(file: string, kind: string, found: FileFindings, sha256: Promise<string> = sha256File(file)): Promise<Provenance> {
  return {
    file: basename(file),
    kind,
    sha256: await sha256,
    sheet: found.sheet ?? null,
    rowsRead: found.rowsRead,
    rowsRejected: 0,
    sample: found.sample ?? false,
    periods: periodSpan(found.periods),
    sourceUrl: found.sourceUrl ?? null,
    // only when known or not empty, so records of sources that do not say stay as they were
    ...(found.headerRows != null ? {headerRows: found.headerRows} : {}),
    ...(found.indicatorsMissing !== undefined && found.indicatorsMissing.length > 0 ? {indicatorsMissing: found.indicatorsMissing} : {}),
    ...(found.warnings !== undefined && found.warnings.length > 0 ? {warnings: found.warnings} : {})
  };
}
