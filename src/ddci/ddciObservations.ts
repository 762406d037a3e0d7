import {DDCI_COMPONENT_IDS} from "../model/ddciIndicators.ts";
import type {Observation} from "../model/observation.ts";
import type {ParsedDdciTable} from "./parseDdciTable.ts";

/**
 * Observations from a parsed DDCI table: per unit, the total, the number of responses (when
 * given) and each component it was scored on. A component not scored ("-") gives no
 * observation: missing, never 0. Scores are values only (numerator and denominator null).
 */
export function ddciObservations(table: Readonly<ParsedDdciTable>, source: string): Observation[] {
  const observations: Observation[] = [];
  const push = (unitId: string, indicator: string, value: number | null): void => {
    if (value === null) return;
    observations.push({unitId, indicator, period: table.year, grain: "year", value, numerator: null, denominator: null, source, sample: table.sample});
  };
  for (const row of table.rows) {
    push(row.unitId, "ddci_total", row.total);
    push(row.unitId, "ddci_responses", row.responses);
    for (const id of DDCI_COMPONENT_IDS) push(row.unitId, id, row.scores[id]);
  }
  return observations;
}
