import {existsSync} from "node:fs";
import {mkdir, readFile, writeFile} from "node:fs/promises";
import {dirname, join} from "node:path";

export type ScaffoldLevel = "province" | "district" | "commune";

export interface ScaffoldOptions {
  /** The source's module name, camelCase or kebab-case: "parSipas", "par-sipas". */
  readonly id: string;
  /** The dataset it feeds (lowercase letters, digits, _); by default the id so written. */
  readonly dataset?: string;
  readonly level?: ScaffoldLevel;
}

/** Per level: the matcher, and two names in data/reference with the id the first matches to. */
const LEVELS: Readonly<Record<ScaffoldLevel, {matcher: string; known: string; knownId: string; other: string}>> = {
  province: {matcher: "createProvinceMatcher", known: "Hà Tĩnh", knownId: "42", other: "Nghệ An"},
  district: {matcher: "createDistrictMatcher", known: "Huyện Lộc Hà", knownId: "448", other: "Huyện Can Lộc"},
  commune: {matcher: "createCommuneMatcher", known: "Xã Thạch Kim", knownId: "18580", other: "Xã Thạch Châu"}
};

const camel = (s: string): string => s.replace(/[-_\s]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^[A-Z]/, (c) => c.toLowerCase());
const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/[_\s]+/g, "-").toLowerCase();

/**
 * Writes a new source from loaders/sources/_template.ts (npm run new-source): the source, its
 * dataset and wrapper when the dataset is new, a parser test, and both entries in
 * loaders/registry.ts. Refuses to overwrite anything. Returns the paths written or changed.
 */
export async function scaffoldSource(root: string, options: ScaffoldOptions): Promise<string[]> {
  if (!/^[a-z][a-zA-Z0-9-]*$/.test(options.id)) throw new Error(`source id ${JSON.stringify(options.id)}: expected letters and digits starting with a lowercase letter, such as parSipas or par-sipas`);
  const name = camel(options.id);
  const kind = kebab(name);
  const dataset = options.dataset ?? kebab(name).replace(/-/g, "_");
  if (!/^[a-z][a-z0-9_]*$/.test(dataset)) throw new Error(`dataset id ${JSON.stringify(dataset)}: expected lowercase letters, digits and _, such as par`);
  const level = LEVELS[options.level ?? "district"];
  const datasetName = `${camel(dataset)}Dataset`;
  const paths = {
    source: `loaders/sources/${name}.ts`,
    test: `test/loaders/sources/${name}.test.ts`,
    dataset: `loaders/datasets/${dataset}.ts`,
    wrapper: `docs/data/${dataset}.zip.ts`,
    registry: "loaders/registry.ts"
  };
  for (const path of [paths.source, paths.test]) if (existsSync(join(root, path))) throw new Error(`${path} exists already: choose another id`);
  const registry = await readFile(join(root, paths.registry), "utf8");
  if (registry.includes(`kind: "${kind}"`) || new RegExp(`\\b${name}\\b`).test(registry)) throw new Error(`${paths.registry}: ${name} is registered already`);
  const newDataset = !existsSync(join(root, paths.dataset));
  const indicatorId = `${dataset}_score`;

  const template = await readFile(join(root, "loaders/sources/_template.ts"), "utf8");
  const source = template
    .replace(/^(\/\/ TEMPLATE[^\n]*\n(?:\/\/[^\n]*\n)*)/, `// ${kind}: TODO one line on the files this source reads and where they come from.\n`)
    .replaceAll("createDistrictMatcher", level.matcher)
    .replaceAll("exampleSource", name)
    .replaceAll("EXAMPLE_INDICATOR", "INDICATOR")
    .replaceAll('"example_score"', `"${indicatorId}"`)
    .replaceAll('"example-tidy"', `"${kind}"`)
    .replaceAll('family: "example"', `family: "${dataset}"`)
    .replaceAll('dataset: "example"', `dataset: "${dataset}"`)
    .replace('titleVi: "Ví dụ: bảng điểm theo đơn vị và năm"', 'titleVi: "TODO: tên loại tệp (tiếng Việt)"')
    .replace('titleEn: "Example: scores per unit and year"', 'titleEn: "TODO: kind of file (English)"');

  const test = `import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {${name}} from "../../../loaders/sources/${name}.ts";
import {DataErrors} from "../../../src/errors/dataErrors.ts";
import {tempProject} from "../../helpers/tempProject.ts";

// TODO: a few rows of a real file of this kind, and one bad file per rule your load() checks.
describe("loaders/sources/${name}.ts", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (file: string) => ${name}.load(file, {reference: await loadReference(\`\${project.root}/data/reference\`)});

  test("detects its header and loads values, blanks staying missing", async () => {
    const file = await project.write("x.csv", "Đơn vị,Năm,Giá trị\\n${level.known},2023,\\"54,5\\"\\n${level.other},2023,\\n");
    expect(${name}.detect([["Don vi", "NĂM", "Giá trị"]])).toBe(true);
    expect(${name}.detect([["Đơn vị", "Tháng"]])).toBe(false);
    const loaded = await load(file);
    expect(loaded.observations).toEqual([
      {unitId: "${level.knownId}", indicator: "${indicatorId}", period: "2023", grain: "year", value: 54.5, numerator: null, denominator: null, source: "x.csv", sample: false}
    ]);
    expect(loaded.provenance).toMatchObject({kind: "${kind}", rowsRead: 2});
  });

  test("lists every bad row", async () => {
    const file = await project.write("x.csv", "Đơn vị,Năm,Giá trị\\nKhông có tên này,2023,5\\n${level.other},23,5\\n${level.other},2023,150\\n");
    const error = (await load(file).catch((e: unknown) => e)) as DataErrors;
    expect(error, "a DataErrors listing three rows").toBeInstanceOf(DataErrors);
    expect(error.problems.map((p) => [p.location.row, p.location.column])).toEqual([
      [2, "A (Đơn vị)"],
      [3, "B (Năm)"],
      [4, "C (Giá trị)"]
    ]);
  });
});
`;

  const datasetModule = `import type {Dataset} from "../sources/source.ts";

/** TODO: what one observation is (per unit and year?), where its files come from, and why a repeat is an error. */
export const ${datasetName}: Dataset = {
  id: "${dataset}",
  titleVi: "TODO: tên bộ dữ liệu (tiếng Việt)",
  titleEn: "TODO: dataset title (English)",
  duplicates: "error"
};
`;

  const wrapper = `// ${dataset} dataset: observations.arrow + meta.json. See loaders/buildDataset.ts.
import {buildDataset} from "../../loaders/buildDataset.ts";
import {datasetArchive} from "../../loaders/datasetArchive.ts";
import {runLoader} from "../../loaders/io/runLoader.ts";

runLoader("${dataset}.zip", async () => datasetArchive(await buildDataset("${dataset}")));
`;

  let updated = addImport(registry, `import {${name}} from "./sources/${name}.ts";`);
  updated = appendToList(updated, "SOURCES", name);
  if (newDataset) {
    updated = addImport(updated, `import {${datasetName}} from "./datasets/${dataset}.ts";`);
    updated = appendToList(updated, "DATASETS", datasetName);
  }

  const written: string[] = [];
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(dirname(join(root, path)), {recursive: true});
    await writeFile(join(root, path), text);
    written.push(path);
  };
  await write(paths.source, source);
  await write(paths.test, test);
  if (newDataset) await write(paths.dataset, datasetModule);
  if (!existsSync(join(root, paths.wrapper))) await write(paths.wrapper, wrapper);
  await write(paths.registry, updated);
  return written;
}

/** The registry with one more import, after the last one. */
function addImport(text: string, line: string): string {
  const lines = text.split("\n");
  const last = lines.reduce((at, l, i) => (l.startsWith("import ") ? i : at), -1);
  lines.splice(last + 1, 0, line);
  return lines.join("\n");
}

/** The registry with `name` added at the end of the array `export const <list>… = [ … ];`. */
function appendToList(text: string, list: string, name: string): string {
  const pattern = new RegExp(`(export const ${list}\\b[^=]*=\\s*\\[)([^\\]]*)(\\])`);
  if (!pattern.test(text)) throw new Error(`loaders/registry.ts: cannot find "export const ${list} … = [ … ]" to add ${name}`);
  return text.replace(pattern, (_, open: string, items: string, close: string) => `${open}${items.trimEnd()}, ${name}${close}`);
}
