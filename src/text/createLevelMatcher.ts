import {isUnitActiveBetween} from "../model/isUnitActiveBetween.ts";
import type {Unit, UnitLevel} from "../model/unit.ts";
import {createUnitMatcher} from "./createUnitMatcher.ts";
import {foldVietnamese} from "./foldVietnamese.ts";
import {normalizeUnitName} from "./normalizeUnitName.ts";
import {writtenTypeWord} from "./writtenTypeWord.ts";

/**
 * A unit name matched at one level: the unit's id, or why not — `expected` is ready for a
 * DataError ("a province; "Thành phố Hà Tĩnh" is a district-level unit, …"), `suggestions`
 * the candidates (every unit an ambiguous name could be, or the closest names).
 */
export type LevelMatch =
  | {readonly ok: true; readonly id: string}
  | {readonly ok: false; readonly suggestions: readonly string[]; readonly expected: string};

const LEVEL_WORDS: Readonly<Record<UnitLevel, string>> = {
  province: "a province (tỉnh, thành phố trực thuộc trung ương)",
  district: "a district-level unit (huyện, thị xã, thành phố thuộc tỉnh)",
  commune: "a commune-level unit (xã, phường, thị trấn)",
  department: "a provincial department (sở, ban, ngành)"
};

/**
 * Matches unit names as written in files against the units of one level only (those that
 * existed at some time in `year`, when given). A name written with a type word must carry the
 * unit's own type word, so "Thành phố Hà Tĩnh" is never the province "Tỉnh Hà Tĩnh" (and
 * "Thành phố Hà Nội" still is Hà Nội). Aliases in data/reference/aliases.csv match as written.
 * A name that fits two units is refused with both names, never picked silently.
 */
export function createLevelMatcher(units: readonly Unit[], level: UnitLevel, year?: string): (name: string) => LevelMatch {
  const candidates = units.filter((u) => u.level === level && (year === undefined || isUnitActiveBetween(u, `${year}-01`, `${year}-12`)));
  const others = units.filter((u) => u.level !== level);
  const closest = createUnitMatcher(candidates);
  const what = `${LEVEL_WORDS[level]}${year === undefined ? "" : ` that existed in ${year}`}`;
  // keys computed once: a file of a thousand rows is matched against every unit of data/reference
  const keys = new Map(units.map((u) => [u, {key: normalizeUnitName(u.name), type: writtenTypeWord(u.name), aliases: u.aliases.flatMap((a) => [foldVietnamese(a), normalizeUnitName(a)])}]));
  const fits = (u: Unit, name: string, strict: boolean): boolean => {
    const known = keys.get(u)!;
    const key = normalizeUnitName(name);
    if (known.aliases.includes(foldVietnamese(name).replace(/^(ubnd|uy ban nhan dan)\s+/, "")) || known.aliases.includes(key)) return true;
    if (known.key !== key) return false;
    const written = writtenTypeWord(name);
    return !strict || written === null || written === known.type;
  };
  return (name: string): LevelMatch => {
    // The type word decides only against a unit of another level that carries it: files write
    // "TT.Huế" for Thừa Thiên Huế, which no "thị trấn" claims, but "TP Hà Tĩnh" is the city.
    const elsewhere = others.filter((u) => fits(u, name, true)).map((u) => u.name);
    const strict = candidates.filter((u) => fits(u, name, true));
    const found = strict.length > 0 || elsewhere.length > 0 ? strict : candidates.filter((u) => fits(u, name, false));
    if (found.length === 1) return {ok: true, id: found[0]!.id};
    if (found.length > 1) {
      const names = found.map((u) => u.name);
      return {ok: false, suggestions: names, expected: `${what}; "${name}" could be any of: ${names.join(", ")} — write the name as in data/reference/units.csv`};
    }
    const near = closest(name);
    const suggestions = near.ok ? [candidates.find((u) => u.id === near.id)!.name] : near.suggestions;
    if (elsewhere.length > 0) {
      return {ok: false, suggestions, expected: `${what}; "${name}" is ${elsewhere.join(", ")}, at another level${suggestions.length > 0 ? `; at this level: ${suggestions.join(", ")}` : ""}`};
    }
    return {ok: false, suggestions, expected: `${what}; closest: ${suggestions.join(", ")}`};
  };
}
