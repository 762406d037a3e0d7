import {readFile} from "node:fs/promises";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {communePagePaths} from "../../loaders/communePagePaths.ts";
import {PROJECT_ROOT, tempProject} from "../helpers/tempProject.ts";

describe("communePagePaths", () => {
  it("lists a page for each of the 12 old communes and the 5 formed in 2025, by GSO code or slug", async () => {
    const paths = await communePagePaths(PROJECT_ROOT);
    expect(paths).toHaveLength(17);
    expect(paths).toContain("/communes/18580"); // Xã Thạch Kim
    expect(paths).toContain("/communes/18598"); // Xã Hộ Độ
    expect(paths).toContain("/communes/xa-loc-ha-2025");
    expect(paths).toContain("/communes/phuong-tran-phu-2025");
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("leaves out communes merged before the reports start and communes outside Lộc Hà", async () => {
    const paths = await communePagePaths(PROJECT_ROOT);
    expect(paths).not.toContain("/communes/xa-an-loc"); // merged into Bình An in 2020
    expect(paths).not.toContain("/communes/xa-thach-kenh"); // Huyện Thạch Hà
    expect(paths).not.toContain("/communes/448"); // the district itself
  });

  it("follows units.csv and the area: a commune added there and listed in area.json gets a page", async () => {
    const project = await tempProject();
    try {
      const csv = await readFile(join(project.root, "data", "reference", "units.csv"), "utf8");
      await project.write("data/reference/units.csv", `${csv.trimEnd()}\n99999,99999,Xã Thử Nghiệm,Xã,commune,448,,2025-06-30,,\n`);
      expect(await communePagePaths(project.root)).not.toContain("/communes/99999"); // the area is its list, not 448's children
      const area = await readFile(join(project.root, "data", "reference", "area.json"), "utf8");
      await project.write("data/reference/area.json", area.replace('"communes": [', '"communes": ["99999", '));
      expect(await communePagePaths(project.root)).toContain("/communes/99999");
    } finally {
      await project.remove();
    }
  });
});
