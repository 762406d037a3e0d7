import {isUnitActive} from "../model/isUnitActive.ts";
import type {LineageLink, Unit} from "../model/unit.ts";
import type {Period} from "../period/periodTypes.ts";
import {createUnitMatcher} from "../text/createUnitMatcher.ts";
import {levenshtein} from "../text/levenshtein.ts";
import {normalizeUnitName} from "../text/normalizeUnitName.ts";
import type {Qd766UnitResolution} from "./parseQd766Table.ts";

/** Names this close (edit distance of the keys) to a unit of ours are typos, not other communes. */
const TYPO_DISTANCE = 1;

/**
 * Resolves unit names of a published QĐ 766 table through the reference and its lineage: a
 * commune or district of ours that existed at the end of the period is "ours" (a 2025 table
 * names the communes formed on 2025-07-01); one of ours that did not
 * exist then is a problem naming what it became (lineage); a name one letter off one of ours,
 * or shared by two of ours, is a problem; any other name is a unit outside the area (the
 * table ranks the whole province), read only for the best score of the table.
 */
export function createQd766UnitResolver(units: readonly Unit[], lineage: readonly LineageLink[]): (name: string, period: Readonly<Period>) => Qd766UnitResolution {
  const scored = units.filter((u) => u.level === "commune" || u.level === "district");
  const matchAny = createUnitMatcher(scored);
  const byId = new Map(scored.map((u) => [u.id, u]));
  const keys = scored.flatMap((u) => [u.name, ...u.aliases].map((n) => ({key: normalizeUnitName(n), name: u.name})));
  const matchers = new Map<string, ReturnType<typeof createUnitMatcher>>();
  return (name, period) => {
    let match = matchers.get(period.id);
    if (match === undefined) matchers.set(period.id, (match = createUnitMatcher(scored.filter((u) => isUnitActive(u, period.end)))));
    const found = match(name);
    if (found.ok) return {kind: "ours", id: found.id};
    const any = matchAny(name);
    if (any.ok) {
      const unit = byId.get(any.id)!;
      const successors = lineage.filter((l) => l.oldId === unit.id).map((l) => byId.get(l.newId)?.name ?? l.newId);
      const became = successors.length > 0 ? `; it became ${[...new Set(successors)].join(", ")} on ${lineage.find((l) => l.oldId === unit.id)!.fromDate}` : "";
      const span = unit.validTo !== null ? `existed until ${unit.validTo}` : `existed from ${unit.validFrom}`;
      return {kind: "problem", expected: `a unit that existed at the end of ${period.id}: ${unit.name} ${span}${became}`};
    }
    const key = normalizeUnitName(name);
    const near = keys.filter((k) => levenshtein(k.key, key) <= TYPO_DISTANCE).map((k) => k.name);
    if (near.length > 0) return {kind: "problem", expected: `the name of a unit of the area, written as in the reference; closest: ${[...new Set(near)].join(", ")}`};
    return {kind: "outside"};
  };
}
