import {foldVietnamese} from "../text/foldVietnamese.ts";
import {levenshtein} from "../text/levenshtein.ts";
import type {PlanAgency} from "./planTypes.ts";

export type AgencyMatch =
  | {readonly ok: true; readonly agency: PlanAgency}
  | {readonly ok: false; readonly suggestions: readonly string[]};

/**
 * Key for agency names as written: folded, "và"/"&" and punctuation and spaces dropped, and a
 * trailing "huyện" (or "huyện Lộc Hà") dropped, so "Văn phòng HĐND&UBND huyện", "Văn phòng HĐND
 * và UBND" and "Văn phòng HĐND-UBND" agree, as do "Phòng VH TT" and "Phòng VH-TT".
 */
export function agencyKey(name: string): string {
  return foldVietnamese(name)
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bva\b/g, " ")
    .replace(/\s+huyen(\s+loc\s+ha)?\s*$/, "")
    .replace(/\s+/g, "");
}

/**
 * Matches agency names in reports to the plan's agencies (name or alias, see agencyKey). An
 * unknown name returns up to three closest names by edit distance.
 */
export function createAgencyMatcher(agencies: readonly PlanAgency[]): (name: string) => AgencyMatch {
  const byKey = new Map<string, PlanAgency>();
  for (const agency of agencies) for (const written of [agency.nameVi, ...agency.aliases]) byKey.set(agencyKey(written), agency);
  return (name) => {
    const key = agencyKey(name);
    const found = byKey.get(key);
    if (found !== undefined && key !== "") return {ok: true, agency: found};
    const ranked = agencies
      .map((a, order) => ({a, order, distance: Math.min(...[a.nameVi, ...a.aliases].map((w) => levenshtein(key, agencyKey(w))))}))
      .sort((x, y) => x.distance - y.distance || x.order - y.order);
    return {ok: false, suggestions: ranked.slice(0, 3).map((r) => r.a.nameVi)};
  };
}
