// What each page shows, computed from plain inputs (issue #12): one function per file, re-exported
// here in page order. Pages in docs/ call these and only lay out what they return.

// / (docs/index.md)

// /communes/ and /communes/<id>

// /online-services and /postal
export {journeyLaggards, type LaggardRow} from "./journeyLaggards.ts";
export {journeyLineage} from "./journeyLineage.ts";
export {journeyTrend, type JourneyTrend, type JourneyTrendPoint} from "./journeyTrend.ts";
export {journeyView, type JourneyRow, type JourneyView} from "./journeyView.ts";
export {journeyYearOnYear, type YearOnYearRow} from "./journeyYearOnYear.ts";

// /pci

// /ddci

// /qd766

// /plan

// /explore

// /methodology

// shared by several pages
export {unitColors} from "./unitColors.ts";
