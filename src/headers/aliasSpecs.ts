import type {HeaderSpec} from "./headerSpec.ts";

/**
 * Header specs for one-row headers matched whole against lists of folded spellings (as plan
 * reports and dossier exports list them): `key` folds a header cell the way the list is written.
 */
export function aliasSpecs(
  columns: readonly {readonly header: string; readonly aliases: readonly string[]; readonly required: boolean}[],
  key: (header: string) => string
): HeaderSpec[] {
  return columns.map((c) => ({
    label: c.header,
    required: c.required,
    matches: (group: string, sub: string): boolean => sub === "" && c.aliases.includes(key(group))
  }));
}
