import type {LineageLink} from "./unit.ts";

/** `ids` and, following the lineage forward through every step, every unit they became. */
export function lineageClosure(ids: Iterable<string>, links: readonly LineageLink[]): Set<string> {
  const reached = new Set(ids);
  for (let grown = true; grown; ) {
    grown = false;
    for (const link of links) {
      if (reached.has(link.oldId) && !reached.has(link.newId)) {
        reached.add(link.newId);
        grown = true;
      }
    }
  }
  return reached;
}
