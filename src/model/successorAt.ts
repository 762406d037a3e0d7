import type {LineageLink} from "./unit.ts";

/**
 * The unit that `unitId` had become by `date` (ISO), following the lineage links in order;
 * the unit itself when it was never reorganised.
 */
export function successorAt(unitId: string, date: string, links: readonly LineageLink[]): string {
  let current = unitId;
  for (let step = 0; step < 16; step++) {
    const next = links.find((link) => link.oldId === current && link.fromDate <= date);
    if (next === undefined) return current;
    current = next.newId;
  }
  throw new Error(`lineage for unit ${unitId} has a cycle`);
}
