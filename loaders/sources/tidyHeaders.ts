import {aliasSpecs} from "../../src/headers/aliasSpecs.ts";
import {foldVietnamese} from "../../src/text/foldVietnamese.ts";
import type {Source} from "./source.ts";

/**
 * `detect` and `headers` of a source reading a tidy table (see tidyRows): the file is taken
 * for this kind when its header has the key columns (folded), so a file missing another column
 * is still loaded and told which, by name; `headers` lists every column, so a file that is
 * almost of this kind is told what it lacks (explainUnknownFile).
 */
export function tidyHeaders(columns: Readonly<Record<string, string>>, keyColumns: readonly string[]): Pick<Source, "detect" | "headers"> {
  return {
    detect(preview) {
      const header = (preview[0] ?? []).map((c) => foldVietnamese(String(c ?? "")));
      return keyColumns.every((name) => header.includes(name));
    },
    headers: aliasSpecs(
      Object.values(columns).map((name) => ({header: name, aliases: [name], required: true})),
      foldVietnamese
    )
  };
}
