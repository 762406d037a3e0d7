import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {papiPress} from "../../../loaders/sources/papiPress.ts";
import {DataErrors} from "../../../src/errors/dataErrors.ts";
import {tempProject} from "../../helpers/tempProject.ts";

const HEADER = "Tỉnh,Năm,Xếp hạng PAPI,Số tỉnh xếp hạng,Địa chỉ nguồn,Ngày ghi nhận";
const URL = "https://baohatinh.vn/x.html";

describe("loaders/sources/papiPress.ts", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (file: string) => papiPress.load(file, {reference: await loadReference(`${project.root}/data/reference`)});

  test("detects its key columns and loads ranks, a blank staying missing", async () => {
    const file = await project.write("x.csv", `${HEADER}\nHà Tĩnh,2022,8,61,${URL},2026-12-06\nNghệ An,2022,,61,${URL},2026-12-06\n`);
    expect(papiPress.detect([["Tinh", "Xep hang PAPI", "So tinh xep hang"]])).toBe(true);
    expect(papiPress.detect([["Tỉnh", "Năm", "Xếp hạng"]])).toBe(false);
    const loaded = await load(file);
    expect(loaded.observations).toEqual([
      {unitId: "42", indicator: "papi_rank", period: "2022", grain: "year", value: 8, numerator: null, denominator: null, source: "x.csv", sample: false}
    ]);
    expect(loaded.provenance).toMatchObject({kind: "papi-press", rowsRead: 2});
  });

  test("lists every bad row", async () => {
    const file = await project.write(
      "x.csv",
      `${HEADER}\nThành phố Hà Tĩnh,2022,8,61,${URL},2026-12-06\nHà Tĩnh,22,8,61,${URL},2026-12-06\nHà Tĩnh,2022,62,61,${URL},2026-12-06\n`
    );
    const error = (await load(file).catch((e: unknown) => e)) as DataErrors;
    expect(error, "a DataErrors listing three rows").toBeInstanceOf(DataErrors);
    expect(error.problems.map((p) => [p.location.row, p.location.column])).toEqual([
      [2, "A (Tỉnh)"],
      [3, "B (Năm)"],
      [4, "C (Xếp hạng PAPI)"]
    ]);
  });
});
