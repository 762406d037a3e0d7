import type {Indicator} from "../model/indicator.ts";
import type {LineageLink, Unit} from "../model/unit.ts";
import {unitLabels} from "../model/unitLabels.ts";
import {TTHC_RECIPES} from "../tthc/tthcRecipes.ts";

/** A column type the /explore page can give DuckDB without guessing. */
export type ExploreColumnType = "text" | "number" | "boolean" | "date";

export interface ExploreColumn {
  readonly name: string;
  readonly type: ExploreColumnType;
}

/** Plain values; dates as "YYYY-MM-DD" text (the page turns them into DATE). */
export type ExploreValue = string | number | boolean | null;

export interface ExploreTable {
  readonly name: string;
  readonly columns: readonly ExploreColumn[];
  readonly rows: readonly Readonly<Record<string, ExploreValue>>[];
}

export interface ExploreReference {
  readonly units: readonly Unit[];
  readonly lineage: readonly LineageLink[];
  readonly indicators: readonly Indicator[];
}

const UNIT_COLUMNS: readonly ExploreColumn[] = [
  {name: "id", type: "text"},
  {name: "gsoCode", type: "text"},
  {name: "name", type: "text"},
  {name: "label", type: "text"},
  {name: "labelEn", type: "text"},
  {name: "type", type: "text"},
  {name: "level", type: "text"},
  {name: "parentId", type: "text"},
  {name: "validFrom", type: "date"},
  {name: "validTo", type: "date"},
  {name: "population2019", type: "number"},
  {name: "aliases", type: "text"}
];

const INDICATOR_COLUMNS: readonly ExploreColumn[] = [
  {name: "id", type: "text"},
  {name: "family", type: "text"},
  {name: "nameVi", type: "text"},
  {name: "nameEn", type: "text"},
  {name: "unit", type: "text"},
  {name: "better", type: "text"},
  {name: "numerator", type: "text"},
  {name: "denominator", type: "text"},
  {name: "definitionVi", type: "text"},
  {name: "definitionEn", type: "text"},
  {name: "target", type: "number"},
  {name: "targetSource", type: "text"}
];

const LINEAGE_COLUMNS: readonly ExploreColumn[] = [
  {name: "oldId", type: "text"},
  {name: "newId", type: "text"},
  {name: "fromDate", type: "date"},
  {name: "note", type: "text"}
];

/**
 * The reference catalogue (data/reference.json) as the three typed tables of /explore:
 * units, indicators, lineage. Column names are the data contract's, plus the units' display
 * labels (`label`, `labelEn`: "Xã Hồng Lộc (đến T6/2025)" where two units share a name, as the
 * other pages show them); lists (aliases, count
 * fields) become "; "-separated text, so every column has one plain SQL type even when a
 * column is empty in every row (DuckDB would otherwise have nothing to infer a type from).
 */
export function exploreReferenceTables(reference: ExploreReference): ExploreTable[] {
  const list = (values: readonly string[]): string | null => (values.length ? values.join("; ") : null);
  const labels = unitLabels(reference.units, "vi");
  const labelsEn = unitLabels(reference.units, "en");
  return [
    {
      name: "units",
      columns: UNIT_COLUMNS,
      rows: reference.units.map((u) => ({
        id: u.id,
        gsoCode: u.gsoCode,
        name: u.name,
        label: labels.get(u.id) ?? u.name,
        labelEn: labelsEn.get(u.id) ?? u.name,
        type: u.type,
        level: u.level,
        parentId: u.parentId,
        validFrom: u.validFrom,
        validTo: u.validTo,
        population2019: u.population2019,
        aliases: list(u.aliases)
      }))
    },
    {
      name: "indicators",
      columns: INDICATOR_COLUMNS,
      rows: reference.indicators.map((i) => ({
        id: i.id,
        family: i.family,
        nameVi: i.nameVi,
        nameEn: i.nameEn,
        unit: i.unit,
        better: i.better,
        numerator: list(TTHC_RECIPES[i.id]?.numerator ?? []),
        denominator: list(TTHC_RECIPES[i.id]?.denominator ?? []),
        definitionVi: i.definitionVi,
        definitionEn: i.definitionEn,
        target: i.target,
        targetSource: i.targetSource
      }))
    },
    {
      name: "lineage",
      columns: LINEAGE_COLUMNS,
      rows: reference.lineage.map((g) => ({oldId: g.oldId, newId: g.newId, fromDate: g.fromDate, note: g.note}))
    }
  ];
}
