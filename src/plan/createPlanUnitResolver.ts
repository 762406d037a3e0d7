import {formatPeriod} from "../format/formatPeriod.ts";
import {isUnitActive} from "../model/isUnitActive.ts";
import type {LineageLink, Unit} from "../model/unit.ts";
import {createUnitMatcher, type UnitMatch} from "../text/createUnitMatcher.ts";
import {createAgencyMatcher} from "./createAgencyMatcher.ts";
import {planCommunes} from "./planCommunes.ts";
import type {Plan} from "./planTypes.ts";

export type PlanUnitMatch =
  | {readonly ok: true; readonly id: string; readonly kind: "commune" | "district" | "agency"}
  | {readonly ok: false; readonly expected: string};

export interface PlanUnitOptions {
  /** Agencies of the plan may be named (activity reports). */
  readonly agencies: boolean;
  /** The district itself may be named (target measurements at district level). */
  readonly district: boolean;
}

/**
 * Resolves the unit column of a plan report: an agency of the plan (name or alias), or a
 * commune of the plan (planCommunes) that existed in one of the report's months, or — when
 * allowed — the district. Naming a group ("UBND các xã, thị trấn") is refused: its members
 * report under their own names. Unknown names get the closest communes and agencies.
 */
export function createPlanUnitResolver(
  plan: Plan,
  reference: {readonly units: readonly Unit[]; readonly lineage: readonly LineageLink[]},
  options: PlanUnitOptions
): (name: string, months: readonly string[]) => PlanUnitMatch {
  const communes = planCommunes(plan.districtId, reference.units, reference.lineage);
  const district = reference.units.find((u) => u.id === plan.districtId);
  const matchAgency = createAgencyMatcher(plan.agencies);
  const matchers = new Map<string, {match: (name: string) => UnitMatch; scope: Unit[]}>();
  return (name, months) => {
    const agency = matchAgency(name);
    if (agency.ok) {
      if (agency.agency.kind === "group") {
        return {ok: false, expected: `one commune or agency, not the group "${agency.agency.nameVi}": each member reports under its own name`};
      }
      if (options.agencies) return {ok: true, id: agency.agency.id, kind: "agency"};
      return {ok: false, expected: `a commune${options.district ? " or the district" : ""}: agencies are not measured here`};
    }
    const key = months.join(",");
    let scoped = matchers.get(key);
    if (scoped === undefined) {
      const active = (u: Unit): boolean => months.some((m) => isUnitActive(u, m));
      const scope = [...communes.filter(active), ...(options.district && district !== undefined && active(district) ? [district] : [])];
      scoped = {match: createUnitMatcher(scope), scope};
      matchers.set(key, scoped);
    }
    const unit = scoped.match(name);
    if (unit.ok) return {ok: true, id: unit.id, kind: unit.id === plan.districtId ? "district" : "commune"};
    const when = months.length === 1 ? formatPeriod(months[0]!) : `${formatPeriod(months[0]!)}-${formatPeriod(months[months.length - 1]!)}`;
    const what = [
      `a commune of the ${plan.year} plan that existed in ${when}`,
      options.district ? "the district" : null,
      options.agencies ? `an agency of the ${plan.year} plan (data/plan/${plan.year}/agencies.json)` : null
    ].filter((w) => w !== null);
    const closest = [...unit.suggestions.slice(0, 2), ...(options.agencies ? agency.suggestions.slice(0, 2) : [])];
    return {ok: false, expected: `${what.join(" or ")}${closest.length > 0 ? `; closest: ${closest.join(", ")}` : ""}`};
  };
}
