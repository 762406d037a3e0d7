// What each page shows, computed from plain inputs (issue #12): one function per file, re-exported
// here in page order. Pages in docs/ call these and only lay out what they return.

// / (docs/index.md)

// /communes/ and /communes/<id>
export {communeViews, type CommuneView, type CommuneViews} from "./communeViews.ts";
export {comparisonSchema, type ChoiceSchema} from "./comparisonSchema.ts";
export {communeComparison, type Comparison, type ComparisonChoice, type ComparisonRow, type ShownRow} from "./communeComparison.ts";
export {seriesWithYearToDate, type GrainRow} from "./seriesWithYearToDate.ts";
export {yearToDate, type YearToDate} from "./yearToDate.ts";
export {emptyRangeReasons, type EmptyRangeReason} from "./emptyRangeReasons.ts";
export {communeYearToDate, type CommuneYearToDate} from "./communeYearToDate.ts";
export {communeProfile, type CommuneProfile} from "./communeProfile.ts";

// /online-services and /postal

// /pci

// /ddci

// /qd766

// /plan

// /explore

// /methodology

// shared by several pages
export {unitColors} from "./unitColors.ts";
