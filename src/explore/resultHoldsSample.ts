import type {ResultColumn, ResultRow} from "./chooseChart.ts";

/** What /explore knows of the published data, to tell whether a result holds sample rows. */
export interface SampleKnowledge {
  /** Tables the query read (tablesMentioned). */
  readonly tablesRead: readonly string[];
  /** Tables holding any sample row. */
  readonly sampleTables: ReadonlySet<string>;
  /** Datasets holding any sample row (meta.json `sample`). */
  readonly sampleDatasets: ReadonlySet<string>;
  /** The dataset each indicator id is published in (reference.json sources[].indicators). */
  readonly datasetOfIndicator: ReadonlyMap<string, string>;
}

const SAMPLE_COLUMN = /^(sample|dữ liệu mẫu|sample data)$/i;

/**
 * Whether a query result holds sample rows ("Dữ liệu mẫu"), as exactly as the result allows:
 * by its sample column when it has one; else by the datasets its rows come from (a `dataset`
 * column, or an `indicator` column through the catalogue), so a result of PCI rows only is not
 * badged because observations also holds sample dossiers; else, knowing nothing of its rows,
 * by whether any table it read holds sample rows.
 */
export function resultHoldsSample(columns: readonly ResultColumn[], rows: readonly ResultRow[], known: SampleKnowledge): boolean {
  const sample = columns.find((c) => c.kind === "boolean" && SAMPLE_COLUMN.test(c.name));
  if (sample !== undefined) return rows.some((r) => r[sample.name] === true);
  const dataset = columns.find((c) => c.name.toLowerCase() === "dataset");
  if (dataset !== undefined) return rows.some((r) => known.sampleDatasets.has(String(r[dataset.name])));
  const indicator = columns.find((c) => c.name.toLowerCase() === "indicator");
  if (indicator !== undefined && known.tablesRead.every((t) => t !== "plan_reports")) {
    const datasets = rows.map((r) => known.datasetOfIndicator.get(String(r[indicator.name])));
    if (datasets.every((d) => d !== undefined)) return datasets.some((d) => known.sampleDatasets.has(d!));
  }
  return known.tablesRead.some((t) => known.sampleTables.has(t));
}
