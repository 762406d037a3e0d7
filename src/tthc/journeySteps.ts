import {rateFromCounts} from "../rates/rateFromCounts.ts";
import type {DossierJourney} from "./dossierJourney.ts";

/** Which journey: online services (dịch vụ công trực tuyến) or the public postal service (bưu chính công ích). */
export type JourneyKind = "online" | "postal";

export type JourneyStepKey = "received" | "online" | "fullyOnline" | "postal" | "resolved" | "onTime" | "returnedPostal";

export interface JourneyStep {
  readonly key: JourneyStepKey;
  /**
   * "received": dossiers received in the period; "resolved": dossiers resolved in the period.
   * The two are different sets of dossiers (many are resolved the month after they arrive),
   * so no share is ever taken across them.
   */
  readonly branch: "received" | "resolved";
  readonly count: number | null;
  /** The step this one is a part of (null for the first step of a branch). */
  readonly previous: JourneyStepKey | null;
  readonly shareOfPrevious: number | null;
  /** Share of the branch's first step (all received, or all resolved). */
  readonly shareOfTotal: number | null;
}

const STEPS: Readonly<Record<JourneyKind, readonly {key: JourneyStepKey; branch: "received" | "resolved"; count: (j: DossierJourney) => number | null}[]>> = {
  online: [
    {key: "received", branch: "received", count: (j) => j.receivedTotal},
    {key: "online", branch: "received", count: (j) => j.receivedOnline},
    {key: "fullyOnline", branch: "received", count: (j) => j.receivedFullyOnline},
    {key: "resolved", branch: "resolved", count: (j) => j.resolved},
    {key: "onTime", branch: "resolved", count: (j) => j.resolvedOnTime}
  ],
  postal: [
    {key: "received", branch: "received", count: (j) => j.receivedTotal},
    {key: "postal", branch: "received", count: (j) => j.receivedPostal},
    {key: "resolved", branch: "resolved", count: (j) => j.resolved},
    {key: "returnedPostal", branch: "resolved", count: (j) => j.returnedPostal}
  ]
};

/**
 * The steps of a dossier journey with their counts and shares: for online services received →
 * received online → of which fully online, then resolved → resolved on time; for the postal
 * service received → received by post, then resolved → result returned by post. Each share
 * is of the step before in the same branch and of the branch's first step; null (not 0) when
 * a count is missing or the base is 0.
 */
export function journeySteps(journey: Readonly<DossierJourney>, kind: JourneyKind): JourneyStep[] {
  const steps: JourneyStep[] = [];
  for (const spec of STEPS[kind]) {
    const count = spec.count(journey);
    const before = steps[steps.length - 1];
    const previous = before !== undefined && before.branch === spec.branch ? before : null;
    const first = steps.find((s) => s.branch === spec.branch) ?? null;
    steps.push({
      key: spec.key,
      branch: spec.branch,
      count,
      previous: previous?.key ?? null,
      shareOfPrevious: previous === null ? null : rateFromCounts(count, previous.count),
      shareOfTotal: rateFromCounts(count, first === null ? count : first.count)
    });
  }
  return steps;
}
