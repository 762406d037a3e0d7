// What each page shows, computed from plain inputs (issue #12): one function per file, re-exported
// here in page order. Pages in docs/ call these and only lay out what they return.

// / (docs/index.md)
export {compareInWords, type Direction} from "./compareInWords.ts";
export {formatIndicatorValue} from "./formatIndicatorValue.ts";
export {overviewData, type CompactSeries, type HeadlineFigure, type OverviewData, type PooledFigure, type UnitFigure} from "./overviewData.ts";
export {overviewIndexCards, type IndexFigure, type OverviewIndexCards} from "./overviewIndexCards.ts";
export {overviewIndicatorView, type OverviewRow} from "./overviewIndicatorView.ts";
export {overviewSentence} from "./overviewSentence.ts";
export {sparklinePath} from "./sparklinePath.ts";

// /communes/ and /communes/<id>

// /online-services and /postal

// /pci

// /ddci

// /qd766

// /plan

// /explore

// /methodology

// shared by several pages
export {unitColors} from "./unitColors.ts";
