// Test helper: the /explore tables in a Node DuckDB, built the way the page builds them
// (raw tables per dataset, then exploreSetupSql), from short literal fixtures.
import {join} from "node:path";
import type {DuckDBConnection} from "@duckdb/node-api";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {exploreReferenceTables, type ExploreColumn, type ExploreTable} from "../../../src/explore/exploreReferenceTables.ts";
import {exploreSetupSql, rawTableName} from "../../../src/explore/exploreSetupSql.ts";
import {PCI_INDICATORS} from "../../../src/model/pciIndicators.ts";
import {TTHC_INDICATORS} from "../../../src/model/indicators.ts";
import {PLAN_INDICATORS} from "../../../src/plan/planIndicators.ts";
import {PROJECT_ROOT} from "../../helpers/tempProject.ts";

export interface FixtureObservation {
  unitId: string;
  indicator: string;
  period: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  item?: string;
  sample?: boolean;
}

const SQL_TYPES = {text: "VARCHAR", number: "DOUBLE", boolean: "BOOLEAN", date: "DATE"} as const;

function literal(value: unknown, type: keyof typeof SQL_TYPES): string {
  if (value === null || value === undefined) return "NULL";
  if (type === "number") return String(value);
  if (type === "boolean") return value ? "TRUE" : "FALSE";
  const text = `'${String(value).replaceAll("'", "''")}'`;
  return type === "date" ? `DATE ${text}` : text;
}

async function createTable(db: DuckDBConnection, table: ExploreTable): Promise<void> {
  await db.run(`CREATE TABLE ${table.name} (${table.columns.map((c) => `"${c.name}" ${SQL_TYPES[c.type]}`).join(", ")})`);
  if (table.rows.length === 0) return;
  const values = table.rows.map((r) => `(${table.columns.map((c) => literal(r[c.name], c.type)).join(", ")})`);
  await db.run(`INSERT INTO ${table.name} VALUES ${values.join(", ")}`);
}

function rawTable(dataset: string, rows: readonly FixtureObservation[]): ExploreTable {
  const grain = (period: string): string => (/^\d{4}-\d{2}$/.test(period) ? "month" : /Q/.test(period) ? "quarter" : "year");
  const columns: ExploreColumn[] = [
    {name: "unitId", type: "text"},
    {name: "indicator", type: "text"},
    {name: "period", type: "text"},
    {name: "grain", type: "text"},
    {name: "value", type: "number"},
    {name: "numerator", type: "number"},
    {name: "denominator", type: "number"},
    {name: "source", type: "text"},
    {name: "sample", type: "boolean"},
    ...(dataset === "plan" ? [{name: "item", type: "text"} as const] : [])
  ];
  return {
    name: rawTableName(dataset),
    columns,
    rows: rows.map((o) => ({
      unitId: o.unitId,
      indicator: o.indicator,
      period: o.period,
      grain: grain(o.period),
      value: o.value,
      numerator: o.numerator ?? null,
      denominator: o.denominator ?? null,
      source: `${dataset}-fixture.csv`,
      sample: o.sample ?? true,
      ...(dataset === "plan" ? {item: o.item ?? null} : {})
    }))
  };
}

/** Creates units/indicators/lineage from data/reference and the given datasets, then runs the page's setup SQL. */
export async function createExploreTables(db: DuckDBConnection, datasets: Readonly<Record<string, readonly FixtureObservation[]>>): Promise<void> {
  const reference = await loadReference(join(PROJECT_ROOT, "data", "reference"));
  const indicators = [...TTHC_INDICATORS, ...PLAN_INDICATORS, ...PCI_INDICATORS];
  for (const table of exploreReferenceTables({units: reference.units, lineage: reference.lineage, indicators})) await createTable(db, table);
  const observed = Object.keys(datasets).filter((d) => d !== "plan");
  for (const [dataset, rows] of Object.entries(datasets)) await createTable(db, rawTable(dataset, rows));
  await db.run(exploreSetupSql(observed, "plan" in datasets));
}
