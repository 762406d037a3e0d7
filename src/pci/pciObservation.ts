import type {Observation} from "../model/observation.ts";

/**
 * One PCI observation for a province and year. Scores are rounded to the 2 decimals VCCI
 * publishes, so that the same figure read from a workbook (full precision) and from the
 * published profile (2 decimals) compares equal; a real difference still shows as a conflict.
 * Ranks are whole numbers and kept as they are.
 */
export function pciObservation(unitId: string, indicator: string, year: string, value: number, source: string): Observation {
  return {
    unitId,
    indicator,
    period: year,
    grain: "year",
    value: indicator === "pci_rank" ? value : Math.round(value * 100) / 100,
    numerator: null,
    denominator: null,
    source,
    sample: false
  };
}
