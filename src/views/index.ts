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
export {communeViews, type CommuneView, type CommuneViews} from "./communeViews.ts";
export {comparisonSchema, type ChoiceSchema} from "./comparisonSchema.ts";
export {communeComparison, type Comparison, type ComparisonChoice, type ComparisonRow, type ShownRow} from "./communeComparison.ts";
export {seriesWithYearToDate, type GrainRow} from "./seriesWithYearToDate.ts";
export {yearToDate, type YearToDate} from "./yearToDate.ts";
export {emptyRangeReasons, type EmptyRangeReason} from "./emptyRangeReasons.ts";
export {communeYearToDate, type CommuneYearToDate} from "./communeYearToDate.ts";
export {communeProfile, type CommuneProfile} from "./communeProfile.ts";

// /online-services and /postal
export {journeyLaggards, type LaggardRow} from "./journeyLaggards.ts";
export {journeyLineage} from "./journeyLineage.ts";
export {journeyTrend, type JourneyTrend, type JourneyTrendPoint} from "./journeyTrend.ts";
export {journeyView, type JourneyRow, type JourneyView} from "./journeyView.ts";
export {journeyYearOnYear, type YearOnYearRow} from "./journeyYearOnYear.ts";

// /pci
export {areaProvince} from "./areaProvince.ts";
export {indexValueCell, type IndexCell} from "./indexValueCell.ts";
export {indicatorText} from "./indicatorText.ts";
export {pciDefaultProvinces} from "./pciDefaultProvinces.ts";
export {pciPublication, type PciPublication} from "./pciPublication.ts";
export {yearTrend, type YearTrend} from "./yearTrend.ts";
export {fitDomain} from "./fitDomain.ts";
export {profileComparison, type ProfileComparison} from "./profileComparison.ts";

// /ddci
export {ddciDefaultYear} from "./ddciDefaultYear.ts";
export {ddciRanking, type DdciRanking} from "./ddciRanking.ts";

// /qd766
export {qd766Communes, type Qd766Observation} from "./qd766Communes.ts";
export {qd766Estimate, qd766EstimateMonths, type Qd766CompareRow, type Qd766EstimateRow, type Qd766EstimateView, type Qd766ShownCell} from "./qd766Estimate.ts";
export {qd766LadderRows, type Qd766LadderRow} from "./qd766LadderRows.ts";
export {qd766Losses, QD766_PROCEDURES_SHOWN, type Qd766LossesView, type Qd766LossRow} from "./qd766Losses.ts";
export {qd766Official, type Qd766OfficialRow, type Qd766OfficialView, type Qd766Table} from "./qd766Official.ts";
export {qd766FormulaRows, type Qd766FormulaRow} from "./qd766FormulaRows.ts";
export {qd766MethodText} from "./qd766MethodText.ts";

// /plan
export type {PlanCsv} from "./planCsv.ts";
export {planActivityCsv} from "./planActivityCsv.ts";
export {planLedgerCsv} from "./planLedgerCsv.ts";
export {planMatrixCsv} from "./planMatrixCsv.ts";
export {planSummary, type PlanSummary} from "./planSummary.ts";
export {planTargetCsv} from "./planTargetCsv.ts";
export {planTaskCsv} from "./planTaskCsv.ts";
export {planUnitTargetCsv} from "./planUnitTargetCsv.ts";

// /explore
export {exploreResultFacts, type ExploreData, type ExploreResultFacts, type ExploreRun} from "./exploreResultFacts.ts";
export {inLanguage} from "./inLanguage.ts";

// /methodology
export {methodologyIndicators, type MethodologyFamily, type MethodologyIndicator, type MethodologyIndicatorRow, type MethodologySource} from "./methodologyIndicators.ts";
export {methodologyRules} from "./methodologyRules.ts";
export {methodologySources, type MethodologyMeta, type MethodologySourceRow} from "./methodologySources.ts";
export {proseSegments, type ProseSegment} from "./proseSegments.ts";

// shared by several pages
export {monthTickInterval} from "./monthTickInterval.ts";
export {trendDomain, type TrendUnit} from "./trendDomain.ts";
export {siteChrome, type ChromeArea, type SiteChrome} from "./siteChrome.ts";
export {withLangParam} from "./withLangParam.ts";
export {unitColors} from "./unitColors.ts";
