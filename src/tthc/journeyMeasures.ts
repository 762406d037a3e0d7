import type {JourneyKind} from "./journeySteps.ts";

/** A count of a journey, as the pages' tables and CSVs show it. */
export type JourneyCountKey = "receivedTotal" | "receivedOnline" | "receivedFullyOnline" | "receivedPostal" | "resolved" | "resolvedOnTime" | "resolvedLate" | "returnedPostal";

/** A share of one count in another (numerator / denominator), both counts of the same journey. */
export interface JourneyShare {
  readonly key: "onlineShare" | "fullyOfOnline" | "fullyShare" | "onTimeShare" | "submitShare" | "returnShare";
  readonly numerator: JourneyCountKey;
  readonly denominator: JourneyCountKey;
}

/** What each journey page measures: the counts of its table and the shares taken of them, in table order. */
export const JOURNEY_MEASURES: Readonly<Record<JourneyKind, {readonly counts: readonly JourneyCountKey[]; readonly shares: readonly JourneyShare[]; readonly trend: readonly JourneyShare["key"][]}>> = {
  online: {
    counts: ["receivedTotal", "receivedOnline", "receivedFullyOnline", "resolved", "resolvedOnTime"],
    shares: [
      {key: "onlineShare", numerator: "receivedOnline", denominator: "receivedTotal"},
      {key: "fullyOfOnline", numerator: "receivedFullyOnline", denominator: "receivedOnline"},
      {key: "fullyShare", numerator: "receivedFullyOnline", denominator: "receivedTotal"},
      {key: "onTimeShare", numerator: "resolvedOnTime", denominator: "resolved"}
    ],
    trend: ["onlineShare", "fullyShare"]
  },
  postal: {
    counts: ["receivedTotal", "receivedPostal", "resolved", "returnedPostal"],
    shares: [
      {key: "submitShare", numerator: "receivedPostal", denominator: "receivedTotal"},
      {key: "returnShare", numerator: "returnedPostal", denominator: "resolved"}
    ],
    trend: ["submitShare", "returnShare"]
  }
};
