import {DOSSIER_COLUMNS, type DossierField} from "./dossierColumns.ts";
import {dossierHeaderKey} from "./dossierHeaderKey.ts";

const BY_KEY = new Map<string, DossierField>();
for (const c of DOSSIER_COLUMNS) for (const alias of [c.header, ...c.aliases]) BY_KEY.set(dossierHeaderKey(alias), c.key);

/**
 * Which column of a dossier export a header names, with or without diacritics, in any Unicode
 * form and punctuation ("Số CCCD/CMND" = "so cccd cmnd"). Whole headers only: "Họ tên cán bộ"
 * is not "Họ tên", so a staff column is never taken for the applicant's.
 */
export function identifyDossierColumn(header: string): DossierField | null {
  return BY_KEY.get(dossierHeaderKey(header)) ?? null;
}
