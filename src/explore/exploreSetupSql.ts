const OBSERVATION_COLUMNS = "unitId, indicator, period, grain, value, numerator, denominator, source, sample";
const OBSERVATION_TYPES =
  "unitId VARCHAR, indicator VARCHAR, period VARCHAR, grain VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE, source VARCHAR, sample BOOLEAN";

/** The raw table a dataset's observations.arrow is inserted as before setup: raw_tthc, … */
export function rawTableName(dataset: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(dataset)) throw new Error(`Dataset id ${JSON.stringify(dataset)}: expected lowercase letters, digits and _`);
  return `raw_${dataset}`;
}

/**
 * The SQL that turns the datasets' raw Arrow tables into the two tables /explore offers:
 * `observations` (every dataset but the plan, with a `dataset` column first) and
 * `plan_reports` (the plan's activities and target measurements, with their `item`), then
 * drops the raw tables. Both tables are created with their types first, so they exist and are
 * typed even when a dataset is empty (PAPI before analysts add files) and was not inserted.
 * `observationDatasets` are the ids inserted as raw tables; `plan` whether raw_plan exists.
 */
export function exploreSetupSql(observationDatasets: readonly string[], plan: boolean): string {
  const statements = [
    `CREATE TABLE observations (dataset VARCHAR, ${OBSERVATION_TYPES})`,
    ...observationDatasets.map(
      (d) => `INSERT INTO observations SELECT '${d}', ${OBSERVATION_COLUMNS} FROM ${rawTableName(d)}`
    ),
    `CREATE TABLE plan_reports (unitId VARCHAR, indicator VARCHAR, item VARCHAR, period VARCHAR, grain VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE, source VARCHAR, sample BOOLEAN)`,
    ...(plan
      ? [`INSERT INTO plan_reports SELECT unitId, indicator, item, period, grain, value, numerator, denominator, source, sample FROM ${rawTableName("plan")}`]
      : []),
    ...[...observationDatasets, ...(plan ? ["plan"] : [])].map((d) => `DROP TABLE ${rawTableName(d)}`)
  ];
  return statements.map((s) => `${s};`).join("\n");
}
