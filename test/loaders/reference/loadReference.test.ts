import {readFile, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {DataError} from "../../../src/errors/dataError.ts";
import {tempProject} from "../../helpers/tempProject.ts";

describe("loadReference", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const dir = (): string => join(project.root, "data", "reference");

  test("the 12 communes of Lộc Hà 2020-2024 carry the GSO codes and 2019 census population", async () => {
    const {units} = await loadReference(dir());
    const communes = units.filter((u) => u.parentId === "448" && u.validTo === "2025-06-30");
    expect(communes.map((u) => u.gsoCode).sort()).toEqual(
      ["18409", "18412", "18421", "18430", "18457", "18493", "18568", "18577", "18580", "18583", "18598", "18670"]
    );
    expect(communes.reduce((s, u) => s + (u.population2019 ?? 0), 0)).toBe(
      9322 + 7292 + 6681 + 6518 + 7516 + 5374 + 5127 + 4969 + 5821 + 8628 + 5940 + 5990
    );
    expect(units.find((u) => u.id === "448")).toMatchObject({name: "Huyện Lộc Hà", level: "district", parentId: "42"});
  });

  test("new 2025 units have no invented GSO code and a stable slug id", async () => {
    const {units} = await loadReference(dir());
    const newUnits = units.filter((u) => u.validFrom === "2025-07-01");
    expect(newUnits.map((u) => u.name).sort()).toEqual(["Phường Trần Phú", "Xã Đông Kinh", "Xã Hồng Lộc", "Xã Lộc Hà", "Xã Mai Phụ"].sort());
    for (const u of newUnits) {
      expect(u.gsoCode).toBeNull();
      expect(u.id).toMatch(/^[a-z-]+-2025$/);
    }
  });

  test("lineage records the 2025 mergers as data", async () => {
    const {lineage} = await loadReference(dir());
    const into = (id: string): string[] => lineage.filter((l) => l.newId === id && l.fromDate === "2025-07-01").map((l) => l.oldId).sort();
    expect(into("xa-loc-ha-2025")).toEqual(["18421", "18430", "18568", "18580"]);
    expect(into("xa-mai-phu-2025")).toEqual(["18493", "18577", "18583", "18670"]);
    expect(into("xa-hong-loc-2025")).toEqual(["18409", "18412"]);
    expect(into("xa-dong-kinh-2025")).toEqual(["18457", "xa-thach-kenh", "xa-thach-lien"]);
    expect(into("phuong-tran-phu-2025")).toEqual(["18598", "phuong-dong-mon", "phuong-thach-ha", "phuong-thach-trung"]);
  });

  test("the 2025-01-01 reorganisation (NQ 1283/NQ-UBTVQH15): Lộc Hà ends, its communes go to Thạch Hà, Hộ Độ to Hà Tĩnh city, three xã become phường", async () => {
    const {units, lineage, parents} = await loadReference(dir());
    expect(units.find((u) => u.id === "448")).toMatchObject({validTo: "2024-12-31"});
    const parentIn2025 = (id: string): string | undefined => parents.find((p) => p.unitId === id && p.validFrom === "2025-01-01")?.parentId;
    expect(parentIn2025("18580")).toBe("445");
    expect(parentIn2025("18598")).toBe("436");
    expect(parents.filter((p) => p.parentId === "448").every((p) => p.validTo === "2024-12-31" && p.source.includes("1283/NQ-UBTVQH15"))).toBe(true);
    const phuong = lineage.filter((l) => l.fromDate === "2025-01-01").map((l) => l.newId).sort();
    expect(phuong).toEqual(["phuong-dong-mon", "phuong-thach-ha", "phuong-thach-trung"]);
    for (const id of phuong) expect(units.find((u) => u.id === id)).toMatchObject({type: "Phường", gsoCode: null, parentId: "436", validFrom: "2025-01-01", validTo: "2025-06-30"});
  });

  test("overlapping parent periods of one unit are an error naming the row", async () => {
    const path = join(dir(), "unit-parents.csv");
    await writeFile(path, (await readFile(path, "utf-8")) + "18580,436,2025-06-01,,typo\n");
    const error = (await loadReference(dir()).catch((e: unknown) => e)) as DataError;
    expect(error.location).toMatchObject({file: path, column: "valid_from", value: "2025-06-01"});
    expect(error.message).toContain("not overlapping");
  });

  test("the area file says which units the site covers; CCHC_AREA names another one", async () => {
    expect((await loadReference(dir())).area).toMatchObject({id: "loc-ha", district: "448", successorsFrom: "2025-07-01"});
    process.env.CCHC_AREA = join(dir(), "areas", "tran-phu-ha-tinh.json");
    try {
      expect((await loadReference(dir())).area?.communes).toEqual(["xa-thach-trung", "xa-dong-mon", "xa-thach-ha"]);
    } finally {
      delete process.env.CCHC_AREA;
    }
  });

  test("an area naming an unknown commune is an error naming the file and field", async () => {
    const path = join(dir(), "area.json");
    await writeFile(path, (await readFile(path, "utf-8")).replace('"18409",', '"18499",'));
    const error = (await loadReference(dir()).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.location).toMatchObject({file: path, column: "communes", value: "18499"});
  });

  test("a lineage row naming an unknown unit is an error naming file, row and column", async () => {
    const path = join(dir(), "lineage.csv");
    await writeFile(path, (await readFile(path, "utf-8")) + "99999,xa-loc-ha-2025,2025-07-01,typo\n");
    const error = await loadReference(dir()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location).toMatchObject({file: path, column: "old_id", value: "99999"});
    expect((error as DataError).location.row).toBe(24);
  });

  test("a malformed date is rejected with the row and what was expected", async () => {
    const path = join(dir(), "units.csv");
    const text = (await readFile(path, "utf-8")).replace("18409,18409,Xã Tân Lộc,Xã,commune,448,,2025-06-30", "18409,18409,Xã Tân Lộc,Xã,commune,448,,30/06/2025");
    await writeFile(path, text);
    const error = (await loadReference(dir()).catch((e: unknown) => e)) as DataError;
    expect(error.location).toMatchObject({column: "valid_to", value: "30/06/2025", row: 16});
    expect(error.message).toContain("an ISO date");
  });

  test("a missing file is a one-line error naming it", async () => {
    const error = (await loadReference(join(project.root, "nowhere")).catch((e: unknown) => e)) as DataError;
    expect(error).toBeInstanceOf(DataError);
    expect(error.message).toContain(join(project.root, "nowhere", "units.csv"));
    expect(error.message).toContain("ENOENT");
    expect(error.message).not.toContain("\n");
  });

  test("duplicate unit ids are rejected", async () => {
    const path = join(dir(), "units.csv");
    await writeFile(path, (await readFile(path, "utf-8")) + "18409,18409,Xã Tân Lộc,Xã,commune,448,,2025-06-30,4969,\n");
    const error = (await loadReference(dir()).catch((e: unknown) => e)) as DataError;
    expect(error.location).toMatchObject({column: "id", value: "18409"});
    expect(error.message).toContain("also on row 16");
  });
});
