/** A CSV file's columns (headers in the page's language) and rows. */
export interface PlanCsv {
  readonly columns: readonly {readonly header: string; readonly key: string}[];
  readonly rows: readonly Readonly<Record<string, string | number | boolean | null>>[];
}
