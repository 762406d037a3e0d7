import {existsSync, statSync} from "node:fs";
import {readdir} from "node:fs/promises";
import {extname, join} from "node:path";
import {problemsOf} from "../src/errors/dataErrors.ts";
import {sourceFor} from "./buildDataset.ts";
import type {Reference} from "./reference/loadReference.ts";
import {SOURCES} from "./registry.ts";

export interface CheckProblem {
  readonly message: string;
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: unknown;
  readonly expected?: string;
}

export interface FileCheck {
  readonly file: string;
  readonly kind: string | null;
  readonly ok: boolean;
  readonly rowsRead: number | null;
  readonly observations: number | null;
  readonly periods: readonly [string, string] | null;
  readonly sample: boolean | null;
  readonly problems: readonly CheckProblem[];
}

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

/**
 * Validates files without writing anything: each is matched to its source (by `kind`, or from
 * its headers) and loaded in full; every problem is reported, none stops the others.
 */
export async function checkFiles(files: readonly string[], reference: Reference, kind?: string): Promise<FileCheck[]> {
  const results: FileCheck[] = [];
  for (const file of files) {
    let kindFound: string | null = null;
    try {
      const source = await sourceFor(file, SOURCES, kind);
      kindFound = source.kind;
      const loaded = await source.load(file, {reference});
      results.push({
        file,
        kind: source.kind,
        ok: true,
        rowsRead: loaded.provenance.rowsRead,
        observations: loaded.observations.length,
        periods: loaded.provenance.periods,
        sample: loaded.provenance.sample,
        problems: []
      });
    } catch (error) {
      const problems = problemsOf(error);
      results.push({
        file,
        kind: kindFound,
        ok: false,
        rowsRead: null,
        observations: null,
        periods: null,
        sample: null,
        problems:
          problems.length > 0
            ? problems.map((p) => ({message: p.message, ...p.location}))
            : [{message: `${file}: ${error instanceof Error ? error.message : String(error)}`, file}]
      });
    }
  }
  return results;
}
