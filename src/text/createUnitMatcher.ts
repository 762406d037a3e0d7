import {foldVietnamese} from "./foldVietnamese.ts";
import {levenshtein} from "./levenshtein.ts";
import {normalizeUnitName} from "./normalizeUnitName.ts";

export interface MatchableUnit {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}

export type UnitMatch = {readonly ok: true; readonly id: string} | {readonly ok: false; readonly suggestions: readonly string[]};

const MAX_SUGGESTIONS = 3;

/**
 * Builds a matcher from unit names as written in input files to unit ids, comparing
 * normalizeUnitName keys of each unit's name and aliases.
 *
 * A name written in full with its type word ("Huyện Lộc Hà", "UBND huyện Lộc Hà" aside) that
 * folds to exactly one unit's full name or alias is matched first, so a district and a
 * commune of the same name ("Huyện Lộc Hà", "Thị trấn Lộc Hà") are told apart when the file
 * says which. Otherwise a key shared by two different units is ambiguous: matching it returns ok:false with every
 * sharing unit's name (never a silent pick). An unknown name returns ok:false with up to three
 * unit names, closest first by edit distance between keys (ties keep the order of `units`).
 */
export function createUnitMatcher(units: readonly MatchableUnit[]): (name: string) => UnitMatch {
  const idsByKey = new Map<string, string[]>();
  const idsByFullName = new Map<string, string[]>();
  const nameById = new Map<string, string>();
  const keysById = new Map<string, Set<string>>();
  for (const unit of units) {
    if (!nameById.has(unit.id)) nameById.set(unit.id, unit.name);
    const keys = keysById.get(unit.id) ?? new Set<string>();
    keysById.set(unit.id, keys);
    for (const written of [unit.name, ...(unit.aliases ?? [])]) {
      const full = foldVietnamese(written);
      const sameFull = idsByFullName.get(full) ?? [];
      if (!sameFull.includes(unit.id)) sameFull.push(unit.id);
      idsByFullName.set(full, sameFull);
      const key = normalizeUnitName(written);
      keys.add(key);
      const ids = idsByKey.get(key) ?? [];
      if (!ids.includes(unit.id)) ids.push(unit.id);
      idsByKey.set(key, ids);
    }
  }

  return (name: string): UnitMatch => {
    const exact = idsByFullName.get(foldVietnamese(name).replace(/^(ubnd|uy ban nhan dan)\s+/, ""));
    if (exact !== undefined && exact.length === 1) return {ok: true, id: exact[0]!};
    const key = normalizeUnitName(name);
    const ids = idsByKey.get(key);
    if (ids !== undefined && ids.length === 1) return {ok: true, id: ids[0]!};
    if (ids !== undefined) return {ok: false, suggestions: ids.map((id) => nameById.get(id)!)};
    const ranked = [...keysById].map(([id, keys], order) => ({
      id,
      order,
      distance: Math.min(...[...keys].map((known) => levenshtein(key, known)))
    }));
    ranked.sort((x, y) => x.distance - y.distance || x.order - y.order);
    return {ok: false, suggestions: ranked.slice(0, MAX_SUGGESTIONS).map(({id}) => nameById.get(id)!)};
  };
}
