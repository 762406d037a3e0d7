import {chooseChart, type ChartSpec, type ResultColumn, type ResultRow} from "../explore/chooseChart.ts";
import type {ReadyQuestion} from "../explore/readyQuestions.ts";
import {resultHoldsSample} from "../explore/resultHoldsSample.ts";
import {tablesMentioned} from "../explore/tablesMentioned.ts";
import {formatPeriod} from "../format/formatPeriod.ts";
import type {Lang} from "../format/lang.ts";
import {catalogue} from "../text/catalogue/catalogue.ts";
import {inLanguage} from "./inLanguage.ts";

/** A finished /explore run as the page receives it. */
export interface ExploreRun {
  readonly questionId: string | null;
  readonly sql: string;
  readonly columns: readonly ResultColumn[];
  /** Every row of the result (all of them, also when the table shows only the first ones). */
  readonly rows: readonly ResultRow[];
}

/** What /explore knows of the published data. */
export interface ExploreData {
  readonly tables: readonly string[];
  readonly sampleTables: ReadonlySet<string>;
  /** Each dataset's meta.json: whether it holds sample rows and its span. */
  readonly metas: Readonly<Record<string, {readonly sample: boolean; readonly dataFrom: string | null; readonly dataThrough: string | null}>>;
  readonly sources: readonly {readonly dataset: string; readonly indicators: readonly string[]}[];
}

export interface ExploreResultFacts {
  readonly title: string;
  readonly spec: ChartSpec;
  readonly tablesRead: readonly string[];
  readonly isSample: boolean;
  /** Download name without extension: "kham-pha-<question id>" or "kham-pha-truy-van". */
  readonly filename: string;
  /** The span of the datasets read ("T1/2021 – T10/2026"), for the downloads' provenance; "" when none. */
  readonly period: string;
  /** The latest data date of the datasets read ("2026-10"), or null. */
  readonly dataThrough: string | null;
}

/** The datasets a query reads: plan_reports is the plan; observations every other dataset. */
function datasetsRead(tablesRead: readonly string[], metas: ExploreData["metas"]): string[] {
  const ids = Object.keys(metas);
  return [...(tablesRead.includes("observations") ? ids.filter((id) => id !== "plan") : []), ...(tablesRead.includes("plan_reports") && ids.includes("plan") ? ["plan"] : [])];
}

/**
 * What /explore writes around a result: its title (the ready question's, else "Query result"),
 * the chart chooseChart picks, the tables it read, whether it holds sample rows (by its own
 * rows where it can tell), its download name, and the span and data date of what it read.
 */
export function exploreResultFacts(run: Readonly<ExploreRun>, questions: readonly ReadyQuestion[], data: Readonly<ExploreData>, lang: Lang): ExploreResultFacts {
  const question = questions.find((q) => q.id === run.questionId) ?? null;
  const tablesRead = tablesMentioned(run.sql, data.tables);
  const isSample = resultHoldsSample(run.columns, run.rows, {
    tablesRead,
    sampleTables: data.sampleTables,
    sampleDatasets: new Set(Object.entries(data.metas).filter(([, m]) => m.sample).map(([id]) => id)),
    datasetOfIndicator: new Map(data.sources.flatMap((s) => s.indicators.map((i) => [i, s.dataset] as const)))
  });
  const spans = datasetsRead(tablesRead, data.metas).map((id) => data.metas[id]!).filter((m) => m.dataFrom !== null && m.dataThrough !== null);
  const from = spans.map((m) => m.dataFrom!).sort()[0];
  const through = spans.map((m) => m.dataThrough!).sort().at(-1) ?? null;
  const period = from === undefined || through === null ? "" : `${safePeriod(from, lang)} – ${safePeriod(through, lang)}`;
  return {
    title: question ? inLanguage(question, "title", lang) : catalogue(lang).explore.resultTitle,
    spec: chooseChart(run.columns, run.rows),
    tablesRead,
    isSample,
    filename: `kham-pha-${question?.id ?? "truy-van"}`,
    period,
    dataThrough: through
  };
}

function safePeriod(period: string, lang: Lang): string {
  try {
    return formatPeriod(period, lang);
  } catch {
    return period;
  }
}
