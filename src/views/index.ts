// What each page shows, computed from plain inputs (issue #12): one function per file, re-exported
// here in page order. Pages in docs/ call these and only lay out what they return.

// / (docs/index.md)

// /communes/ and /communes/<id>

// /online-services and /postal

// /pci

// /ddci

// /qd766

// /plan

// /explore

// /methodology

// shared by several pages
export {monthTickInterval} from "./monthTickInterval.ts";
export {trendDomain, type TrendUnit} from "./trendDomain.ts";
export {unitColors} from "./unitColors.ts";
