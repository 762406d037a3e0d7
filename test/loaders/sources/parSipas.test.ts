import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {parSipas} from "../../../loaders/sources/parSipas.ts";
import type {DataError} from "../../../src/errors/dataError.ts";
import {DataErrors} from "../../../src/errors/dataErrors.ts";
import {tempProject} from "../../helpers/tempProject.ts";

const HEADER = "Tỉnh,Năm,Chỉ số,Điểm,Xếp hạng,Nguồn,Địa chỉ nguồn,Ngày ghi nhận";
const URL = "https://baohatinh.vn/x.html";

describe("loaders/sources/parSipas.ts", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const load = async (file: string) => parSipas.load(file, {reference: await loadReference(`${project.root}/data/reference`)});

  test("detects its key columns, even with another column misnamed", () => {
    expect(parSipas.detect([HEADER.split(",")])).toBe(true);
    expect(parSipas.detect([["Tinh", "Nam", "Chi so", "Diem", "Xep hang", "Nguon", "Dia chi nguon"]])).toBe(true);
    expect(parSipas.detect([["Tỉnh", "Năm", "Chỉ số", "Điểm"]])).toBe(false);
  });

  test("reads scores as 0-100 (the % is notation), ranks, and leaves a missing score missing", async () => {
    const file = await project.write(
      "p.csv",
      `${HEADER}\nHà Tĩnh,2024,PAR INDEX,"89,72%",15,Báo Hà Tĩnh,${URL},2026-12-06\nTỉnh Hà Tĩnh,2021,par index,,8,Báo Hà Tĩnh,${URL},2026-12-06\n`
    );
    const loaded = await load(file);
    expect(loaded.observations.map((o) => [o.unitId, o.indicator, o.period, o.value])).toEqual([
      ["42", "par_index", "2024", 89.72],
      ["42", "par_index_rank", "2024", 15],
      ["42", "par_index_rank", "2021", 8]
    ]);
    expect(loaded.provenance).toMatchObject({kind: "par-sipas", rowsRead: 2, sourceUrl: URL, sourceUrls: [URL]});
  });

  test("names the missing column", async () => {
    const file = await project.write("p.csv", `Tỉnh,Năm,Chỉ số,Điểm,Xếp hạng,Nguồn,Địa chỉ nguồn\nHà Tĩnh,2024,SIPAS,85,16,B,${URL}\n`);
    await expect(load(file)).rejects.toThrow(/"ngay ghi nhan"/);
  });

  test("lists every bad row: the city for the province, a rank out of range, an unknown index", async () => {
    const file = await project.write(
      "p.csv",
      `${HEADER}\nThành phố Hà Tĩnh,2024,SIPAS,85,16,B,${URL},2026-12-06\nHà Tĩnh,2024,SIPAS,85,64,B,${URL},2026-12-06\nHà Tĩnh,2024,PCI,85,1,B,${URL},2026-12-06\n`
    );
    const error = (await load(file).catch((e: unknown) => e)) as DataErrors;
    expect(error, "a DataErrors listing three rows").toBeInstanceOf(DataErrors);
    expect(error.problems.map((p: DataError) => [p.location.row, p.location.column])).toEqual([
      [2, "A (Tỉnh)"],
      [3, "E (Xếp hạng)"],
      [4, "C (Chỉ số)"]
    ]);
    expect(error.problems[0]!.message).toContain("is Thành phố Hà Tĩnh, at another level");
  });
});
