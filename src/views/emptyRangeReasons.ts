import type {LineageLink, Unit} from "../model/unit.ts";
import {successorAt} from "../model/successorAt.ts";

/** Why a chosen unit shows nothing in a range, for a sentence on the page. */
export interface EmptyRangeReason {
  readonly unitId: string;
  /** "ended": it no longer existed (see `successor`); "notYet": not yet formed; "noData": it existed but sent nothing. */
  readonly kind: "ended" | "notYet" | "noData";
  /** For "ended", its first day gone (ISO); for "notYet", its first day. */
  readonly day: string | null;
  /** For "ended", the unit it became (null when it became nothing known). */
  readonly successor: string | null;
}

const nextDay = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * For each of `chosen` not in `withData` (units with a value in the range `from`..`to`, months
 * "YYYY-MM"), why: it had ceased to exist before the range (and what it became), was not yet
 * formed, or existed and has no figures there. An empty chart then says so in words.
 */
export function emptyRangeReasons(
  chosen: readonly string[],
  withData: ReadonlySet<string>,
  units: readonly Unit[],
  links: readonly LineageLink[],
  range: {readonly from: string; readonly to: string}
): EmptyRangeReason[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return chosen
    .filter((id) => !withData.has(id))
    .map((unitId): EmptyRangeReason => {
      const unit = byId.get(unitId);
      if (unit?.validTo && unit.validTo.slice(0, 7) < range.from) {
        const day = nextDay(unit.validTo);
        const successor = successorAt(unitId, day, links);
        return {unitId, kind: "ended", day, successor: successor === unitId ? null : successor};
      }
      if (unit?.validFrom && unit.validFrom.slice(0, 7) > range.to) return {unitId, kind: "notYet", day: unit.validFrom, successor: null};
      return {unitId, kind: "noData", day: null, successor: null};
    });
}
