import {existsSync} from "node:fs";
import {readdir, readFile} from "node:fs/promises";
import {basename, join} from "node:path";
import {z} from "zod";
import {DataError} from "../../src/errors/dataError.ts";
import type {Area} from "../../src/model/area.ts";
import type {LineageLink, Unit, UnitParent} from "../../src/model/unit.ts";
import {readCsvRecords} from "../io/readCsvFile.ts";

export interface Reference {
  readonly units: readonly Unit[];
  readonly lineage: readonly LineageLink[];
  /** Parents by period (unit-parents.csv); a unit without a period keeps units.csv's parent_id. */
  readonly parents: readonly UnitParent[];
  /** The area the site covers (area.json, or the file CCHC_AREA names); null where a folder has none. */
  readonly area: Area | null;
}

/** The environment variable naming another area file (a path from the working folder) to build the site for. */
export const AREA_ENV = "CCHC_AREA";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date such as 2025-07-01");
const optional = <T extends z.ZodTypeAny>(schema: T) => z.union([z.literal("").transform(() => null), schema]);

const unitRow = z.object({
  id: z.string().regex(/^[0-9a-z-]+$/, "an id of digits, lowercase letters and dashes"),
  gso_code: optional(z.string().regex(/^\d{2,5}$/, "a GSO code of 2 to 5 digits")),
  name: z.string().min(1, "a name"),
  type: z.string().min(1, "a type word such as Xã, Huyện, Tỉnh or Sở"),
  level: z.enum(["province", "district", "commune", "department"]),
  parent_id: optional(z.string()),
  valid_from: optional(isoDate),
  valid_to: optional(isoDate),
  population_2019: optional(z.string().regex(/^\d+$/, "a whole number").transform(Number)),
  note: z.string()
});

const lineageRow = z.object({old_id: z.string().min(1), new_id: z.string().min(1), from_date: isoDate, note: z.string()});
const aliasRow = z.object({unit_id: z.string().min(1), alias: z.string().min(1), note: z.string()});
const parentRow = z.object({
  unit_id: z.string().min(1),
  parent_id: z.string().min(1, "the id of the parent unit"),
  valid_from: optional(isoDate),
  valid_to: optional(isoDate),
  source: z.string().min(1, "the act or source that set this parent (e.g. a Nghị quyết)")
});
const bilingual = z.object({vi: z.string().min(1), en: z.string().min(1)}).strict();
const unitIds = z.array(z.string().min(1));
const areaSchema = z
  .object({
    id: z.string().regex(/^[0-9a-z-]+$/, "an id of digits, lowercase letters and dashes"),
    name: bilingual,
    shortName: bilingual,
    districtName: bilingual,
    district: z.string().min(1),
    communes: unitIds.min(1, "at least one commune"),
    reorganisations: z.array(z.object({date: isoDate, source: z.string().min(1)}).strict()).min(1),
    successorsFrom: isoDate,
    defaultUnits: z.object({communes: unitIds, journey: unitIds}).strict()
  })
  .strict();

async function parseRows<T extends z.ZodTypeAny>(path: string, schema: T): Promise<{row: number; value: z.infer<T>}[]> {
  const {header, records} = await readCsvRecords(path);
  const shape = (schema as unknown as z.ZodObject<z.ZodRawShape>).shape;
  const missing = Object.keys(shape).filter((k) => !header.includes(k));
  if (missing.length > 0) throw new DataError({file: path, row: 1, expected: `columns ${missing.join(", ")} in the header`});
  return records.map(({row, values}) => {
    const result = schema.safeParse(values);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const column = String(issue.path[0] ?? "");
      throw new DataError({file: path, row, column, value: values[column] ?? "", expected: issue.message});
    }
    return {row, value: result.data};
  });
}

/**
 * Reads and cross-checks data/reference: units.csv plus any units-*.csv (e.g. provinces,
 * departments: one file per family keeps them easy to review), aliases.csv and lineage.csv.
 */
export async function loadReference(dir = join("data", "reference")): Promise<Reference> {
  const unitsPath = join(dir, "units.csv");
  const parentsPath = join(dir, "unit-parents.csv");
  const aliasesPath = join(dir, "aliases.csv");
  const lineagePath = join(dir, "lineage.csv");
  const extraUnitFiles = existsSync(dir) ? (await readdir(dir)).filter((f) => /^units-[\w-]+\.csv$/.test(f)).sort() : [];
  const unitRows: {row: number; value: z.infer<typeof unitRow>; file: string}[] = [];
  for (const path of [unitsPath, ...extraUnitFiles.map((f) => join(dir, f))]) {
    for (const r of await parseRows(path, unitRow)) unitRows.push({...r, file: path});
  }
  const aliasRows = await parseRows(aliasesPath, aliasRow);
  const lineageRows = await parseRows(lineagePath, lineageRow);
  const parentRows = existsSync(parentsPath) ? await parseRows(parentsPath, parentRow) : [];
  const ids = new Map<string, {row: number; file: string}>();
  for (const {row, value, file} of unitRows) {
    const earlier = ids.get(value.id);
    if (earlier !== undefined) {
      const where = earlier.file === file ? `row ${earlier.row}` : `${basename(earlier.file)} row ${earlier.row}`;
      throw new DataError({file, row, column: "id", value: value.id, expected: `a unique id (also on ${where})`});
    }
    ids.set(value.id, {row, file});
  }
  const known = (file: string, row: number, column: string, id: string): void => {
    if (!ids.has(id)) throw new DataError({file, row, column, value: id, expected: "the id of a unit in units.csv"});
  };
  for (const {row, value, file} of unitRows) if (value.parent_id !== null) known(file, row, "parent_id", value.parent_id);
  for (const {row, value} of aliasRows) known(aliasesPath, row, "unit_id", value.unit_id);
  for (const {row, value} of lineageRows) {
    known(lineagePath, row, "old_id", value.old_id);
    known(lineagePath, row, "new_id", value.new_id);
  }
  for (const {row, value} of parentRows) {
    known(parentsPath, row, "unit_id", value.unit_id);
    known(parentsPath, row, "parent_id", value.parent_id);
    if (value.valid_from !== null && value.valid_to !== null && value.valid_from > value.valid_to) {
      throw new DataError({file: parentsPath, row, column: "valid_to", value: value.valid_to, expected: `a day on or after valid_from ${value.valid_from}`});
    }
    const overlap = parentRows.find(
      (o) => o.row < row && o.value.unit_id === value.unit_id && (o.value.valid_to ?? "9999") >= (value.valid_from ?? "") && (value.valid_to ?? "9999") >= (o.value.valid_from ?? "")
    );
    if (overlap !== undefined) throw new DataError({file: parentsPath, row, column: "valid_from", value: value.valid_from ?? "", expected: `a period not overlapping row ${overlap.row} of the same unit`});
  }
  const units: Unit[] = unitRows.map(({value}) => ({
    id: value.id,
    gsoCode: value.gso_code,
    name: value.name.normalize("NFC"),
    type: value.type,
    level: value.level,
    parentId: value.parent_id,
    validFrom: value.valid_from,
    validTo: value.valid_to,
    population2019: value.population_2019,
    aliases: aliasRows.filter((a) => a.value.unit_id === value.id).map((a) => a.value.alias.normalize("NFC"))
  }));
  const lineage: LineageLink[] = lineageRows.map(({value}) => ({oldId: value.old_id, newId: value.new_id, fromDate: value.from_date, note: value.note}));
  const parents: UnitParent[] = parentRows.map(({value}) => ({
    unitId: value.unit_id,
    parentId: value.parent_id,
    validFrom: value.valid_from,
    validTo: value.valid_to,
    source: value.source
  }));
  const areaPath = process.env[AREA_ENV] || join(dir, "area.json");
  const area = existsSync(areaPath) || process.env[AREA_ENV] ? await loadArea(areaPath, units) : null;
  return {units, lineage, parents, area};
}

/** Reads and checks the area file: its units exist, its communes are communes, its successor day is one of its reorganisations. */
async function loadArea(path: string, units: readonly Unit[]): Promise<Area> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, "utf-8"));
  } catch (error) {
    throw new DataError({file: path, expected: `a readable JSON area file (${error instanceof Error ? error.message : String(error)})`});
  }
  const parsed = areaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DataError({file: path, column: issue.path.join("."), expected: issue.message});
  }
  const area = parsed.data;
  const byId = new Map(units.map((u) => [u.id, u]));
  const check = (field: string, id: string, level?: Unit["level"]): void => {
    const unit = byId.get(id);
    if (unit === undefined || (level !== undefined && unit.level !== level)) {
      throw new DataError({file: path, column: field, value: id, expected: `the id of a ${level ?? "unit"} in units.csv`});
    }
  };
  check("district", area.district);
  for (const id of area.communes) check("communes", id, "commune");
  for (const id of [...area.defaultUnits.communes, ...area.defaultUnits.journey]) check("defaultUnits", id, "commune");
  if (!area.reorganisations.some((r) => r.date === area.successorsFrom)) {
    throw new DataError({file: path, column: "successorsFrom", value: area.successorsFrom, expected: "the date of one of the area's reorganisations"});
  }
  return area;
}
