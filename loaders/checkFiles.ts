import {existsSync, statSync} from "node:fs";
import {readdir} from "node:fs/promises";
import {extname, join} from "node:path";
import {problemsOf} from "../src/errors/dataErrors.ts";
import type {Observation} from "../src/model/observation.ts";
import {sourceFor} from "./buildDataset.ts";
import {sniffFile} from "./io/sniffFile.ts";
import type {Reference} from "./reference/loadReference.ts";
import {SOURCES} from "./registry.ts";
import type {Source} from "./sources/source.ts";

export interface CheckProblem {
  readonly message: string;
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly unit?: string;
  readonly column?: string;
  readonly value?: unknown;
  readonly expected?: string;
}

/** What check-data understood of a file, or why it could not. */
export interface FileCheck {
  readonly file: string;
  readonly kind: string | null;
  readonly ok: boolean;
  /** A CSV's text encoding ("utf-8", "utf-16le", "windows-1258"); null for a workbook or an unreadable file. */
  readonly encoding: string | null;
  readonly sheet: string | null;
  /** 1-based first and last header rows, where the source says. */
  readonly headerRows: readonly [number, number] | null;
  readonly rowsRead: number | null;
  readonly observations: number | null;
  readonly periods: readonly [string, string] | null;
  /** Units with at least one observation: how many, and the first few names. */
  readonly units: {readonly count: number; readonly names: readonly string[]} | null;
  /** The source's indicators with at least one value in the file, and those with none (missing, not zero). */
  readonly indicatorsFound: readonly string[] | null;
  readonly indicatorsMissing: readonly string[] | null;
  readonly sample: boolean | null;
  /** Read, but worth a look: e.g. a numeric column that matches no indicator. */
  readonly warnings: readonly CheckProblem[];
  readonly problems: readonly CheckProblem[];
}

const UNIT_NAMES_SHOWN = 5;

/** The files named, with folders expanded to the files in them that some source reads. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const extensions = new Set(SOURCES.flatMap((s) => s.extensions));
  const files: string[] = [];
  for (const path of paths) {
    if (existsSync(path) && statSync(path).isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        const full = join(path, name);
        if (statSync(full).isDirectory()) files.push(...(await expandPaths([full])));
        else if (extensions.has(extname(name).toLowerCase()) && !name.startsWith("~$")) files.push(full);
      }
    } else {
      files.push(path);
    }
  }
  return files;
}

function understood(source: Source, observations: readonly Observation[], reference: Reference): Pick<FileCheck, "units" | "indicatorsFound" | "indicatorsMissing"> {
  const unitIds = [...new Set(observations.map((o) => o.unitId))];
  const name = new Map(reference.units.map((u) => [u.id, u.name]));
  const withValues = new Set(observations.filter((o) => o.value !== null).map((o) => o.indicator));
  const ids = [...new Set([...source.indicators.map((i) => i.id), ...observations.map((o) => o.indicator)])];
  return {
    units: {count: unitIds.length, names: unitIds.slice(0, UNIT_NAMES_SHOWN).map((id) => name.get(id) ?? id)},
    indicatorsFound: ids.filter((id) => withValues.has(id)),
    indicatorsMissing: ids.filter((id) => !withValues.has(id))
  };
}

/**
 * Validates files without writing anything: each is matched to its source (by `kind`, or from
 * its headers) and loaded in full; every problem is reported, none stops the others. For a file
 * that loads, says what was understood: kind, sheet, header rows, periods, units, indicators
 * found and missing, warnings.
 */
export async function checkFiles(files: readonly string[], reference: Reference, kind?: string): Promise<FileCheck[]> {
  const results: FileCheck[] = [];
  for (const file of files) {
    let kindFound: string | null = null;
    let encoding: string | null = null;
    try {
      const content = await sniffFile(file).catch(() => null); // sourceFor reports the problem
      encoding = content !== null && content.kind === "text" ? content.encoding : null;
      const source = await sourceFor(file, SOURCES, kind);
      kindFound = source.kind;
      const loaded = await source.load(file, {reference});
      const p = loaded.provenance;
      results.push({
        file,
        kind: source.kind,
        ok: true,
        encoding,
        sheet: p.sheet,
        headerRows: p.headerRows ?? null,
        rowsRead: p.rowsRead,
        observations: loaded.observations.length,
        periods: p.periods,
        ...understood(source, loaded.observations, reference),
        sample: p.sample,
        warnings: (p.warnings ?? []).map((w) => ({message: w.message, ...w.location})),
        problems: []
      });
    } catch (error) {
      const problems = problemsOf(error);
      results.push({
        file,
        kind: kindFound,
        ok: false,
        encoding,
        sheet: null,
        headerRows: null,
        rowsRead: null,
        observations: null,
        periods: null,
        units: null,
        indicatorsFound: null,
        indicatorsMissing: null,
        sample: null,
        warnings: [],
        problems:
          problems.length > 0
            ? problems.map((p) => ({message: p.message, ...p.location}))
            : [{message: `${file}: ${error instanceof Error ? error.message : String(error)}`, file}]
      });
    }
  }
  return results;
}
