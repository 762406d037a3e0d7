// The /explore page's browser surface (SQL over the published tables in DuckDB-wasm),
// re-exported by src/index.ts (docs/lib/cchc.js).
export {countSql, limitedSql, RESULT_CAP} from "./cappedSql.ts";
export {chooseChart, MAX_BARS, MAX_CELLS, MAX_LEGEND_SERIES, type ChartSpec, type ResultColumn, type ResultColumnKind, type ResultRow, type TimeType} from "./chooseChart.ts";
export {exploreReferenceTables, type ExploreColumn, type ExploreColumnType, type ExploreReference, type ExploreTable, type ExploreValue} from "./exploreReferenceTables.ts";
export {exploreSetupSql, rawTableName} from "./exploreSetupSql.ts";
export {EXPLORE_TABLE_NOTES, type ExploreTableNote} from "./exploreTableNotes.ts";
export {isShareColumn} from "./isShareColumn.ts";
export {readQueryFromUrl, writeQueryToUrl, type QueryInUrl} from "./queryUrl.ts";
export {refusedStatement} from "./refusedStatement.ts";
export {resultHoldsSample, type SampleKnowledge} from "./resultHoldsSample.ts";
export {readyQuestions, type ReadyQuestion} from "./readyQuestions.ts";
export {splitStatements, type SqlStatement} from "./splitStatements.ts";
export {tablesMentioned} from "./tablesMentioned.ts";
export {timePoints, type TimePoint, type TimePointOptions} from "./timePoints.ts";
export {uniqueColumnNames} from "./uniqueColumnNames.ts";
export {yearTicks} from "./yearTicks.ts";
