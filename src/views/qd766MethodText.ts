import type {Lang} from "../format/lang.ts";
import {QD766_GROUPS, QD766_PORTAL_PARTS} from "../qd766/qd766Groups.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";

/** The paragraphs /methodology gives QĐ 766 (catalogue prose with marks), the groups and their points read from the library. */
export function qd766MethodText(lang: Lang): {readonly official: string; readonly estimate: string; readonly lost: string} {
  const t = catalogue(lang).methodology;
  const en = lang === "en";
  const groups = QD766_GROUPS.map((g) => `${en ? g.nameEn : g.nameVi} ${g.maxPoints}`).join("; ");
  const portal = QD766_PORTAL_PARTS.map((p) => `${en ? p.nameEn : p.nameVi} ${p.maxPoints}`).join(t.and);
  return {official: t.qd766Official(groups, portal), estimate: t.qd766Estimate, lost: t.qd766Lost};
}
