import {periodRange} from "../period/periodRange.ts";
import {periodOf} from "./periodOf.ts";
import type {Grain} from "./periodTypes.ts";

/**
 * The period of `grain` to show when a reader switches grain while looking at `period`: the
 * one holding its last month (2024-Q3 → 2024-09 → 2024-Q3; 2024 → 2024-Q4), if it is among
 * `choices` (ascending, e.g. from completePeriods); otherwise the latest choice ending before
 * it (2026-10 → 2026-Q3 when Q4 is not complete), or the first choice. Null when there is no
 * choice.
 */
export function periodAtGrain(period: string, grain: Grain, choices: readonly string[]): string | null {
  if (choices.length === 0) return null;
  const last = periodRange(period).last;
  const wanted = periodOf(last, grain);
  if (choices.includes(wanted)) return wanted;
  let best: string | null = null;
  for (const choice of choices) if (periodRange(choice).last <= last) best = choice;
  return best ?? choices[0]!;
}
