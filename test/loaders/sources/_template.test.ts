import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {exampleSource} from "../../../loaders/sources/_template.ts";
import {DataErrors} from "../../../src/errors/dataErrors.ts";
import {tempProject} from "../../helpers/tempProject.ts";

// The template analysts copy must itself work: it is the guide's worked example.
describe("loaders/sources/_template.ts", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (file: string) => exampleSource.load(file, {reference: await loadReference(`${project.root}/data/reference`)});

  test("detects its header and loads scores, blanks staying missing", async () => {
    const file = await project.write("x.csv", "Đơn vị,Năm,Giá trị\nHuyện Lộc Hà,2023,\"54,5\"\nHuyện Can Lộc,2023,\n");
    expect(exampleSource.detect([["Don vi", "NĂM", "Giá trị"]])).toBe(true);
    expect(exampleSource.detect([["Đơn vị", "Tháng"]])).toBe(false);
    const loaded = await load(file);
    expect(loaded.observations).toEqual([
      {unitId: "448", indicator: "example_score", period: "2023", grain: "year", value: 54.5, numerator: null, denominator: null, source: "x.csv", sample: false}
    ]);
    expect(loaded.provenance).toMatchObject({kind: "example-tidy", rowsRead: 2, periods: ["2023", "2023"]});
  });

  test("lists every bad row", async () => {
    const file = await project.write("x.csv", "Đơn vị,Năm,Giá trị\nHuyện Lộc Hòa,2023,5\nHuyện Can Lộc,23,5\nHuyện Can Lộc,2023,150\n");
    const error = (await load(file).catch((e: unknown) => e)) as DataErrors;
    expect(error).toBeInstanceOf(DataErrors);
    expect(error.problems.map((p) => [p.location.row, p.location.column])).toEqual([
      [2, "A (Đơn vị)"],
      [3, "B (Năm)"],
      [4, "C (Giá trị)"]
    ]);
  });
});
