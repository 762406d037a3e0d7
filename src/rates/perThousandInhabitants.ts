import type {PopulationBasis, UnitPopulation} from "../model/unitPopulations.ts";

/**
 * What area a unit's counts cover in a period: the whole unit, only its part inside the
 * former district (a 2025 unit seen before 2025-07 in the lineage view, when only its Lộc Hà
 * communes reported), or a mix of both (a period straddling 2025-07-01).
 */
export type CountCoverage = "whole" | "part" | "mixed";

export interface PerThousand {
  /** Count per 1,000 inhabitants (trên 1.000 dân), or null when no matching population is known. */
  readonly value: number | null;
  /** The population divided by, or null. */
  readonly population: number | null;
  /** "part": the population of the unit's part inside the covered area, matching partial counts. */
  readonly basis: PopulationBasis | "part";
}

/**
 * A count per 1,000 inhabitants of the 2019 census, dividing only by a population of the same
 * area as the counts: the whole unit's for whole counts, the covered part's for partial
 * counts, none for a mix. Null (never 0 or Infinity) when the count or that population is
 * missing, or the population is not positive.
 */
export function perThousandInhabitants(count: number | null, population: UnitPopulation | undefined, coverage: CountCoverage = "whole"): PerThousand {
  if (population === undefined || coverage === "mixed") return {value: null, population: null, basis: "unknown"};
  const inhabitants = coverage === "part" ? population.coveredPopulation : population.population;
  if (inhabitants === null || !(inhabitants > 0)) return {value: null, population: null, basis: "unknown"};
  const basis = coverage === "part" ? "part" : population.basis;
  return {value: count === null || !Number.isFinite(count) ? null : (count / inhabitants) * 1000, population: inhabitants, basis};
}
