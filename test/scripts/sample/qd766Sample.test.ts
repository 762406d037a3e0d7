import {readdir, readFile} from "node:fs/promises";
import {join} from "node:path";
import {afterEach, beforeEach, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {loadReference} from "../../../loaders/reference/loadReference.ts";
import {qd766Sample} from "../../../scripts/sample/qd766Sample.ts";
import {tempProject} from "../../helpers/tempProject.ts";

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => void (project = await tempProject()));
afterEach(() => project.remove());

test("the QĐ 766 sample: badged tables that load, old communes before 2025-07 and new ones after, deterministic", async () => {
  const reference = await loadReference(join(project.root, "data", "reference"));
  const folder = join(project.root, "data", "sample", "qd766");
  const files = await qd766Sample.write({root: project.root, folder, seed: 7, reference});
  expect(files).toBe(18);
  const first = await readFile(join(folder, "qd766-2025-09.du-lieu-mau.csv"), "utf8");
  expect(first).toContain("DỮ LIỆU MẪU");
  const build = await buildDataset("qd766", project.root, reference);
  expect(build.observations.every((o) => o.sample)).toBe(true);
  const units = (period: string) => new Set(build.observations.filter((o) => o.period === period && o.indicator === "qd766_total").map((o) => o.unitId));
  expect(units("2024").has("18580")).toBe(true);
  expect(units("2025-09")).toEqual(new Set(["xa-loc-ha-2025", "xa-mai-phu-2025", "xa-hong-loc-2025", "xa-dong-kinh-2025", "phuong-tran-phu-2025"]));
  await qd766Sample.write({root: project.root, folder, seed: 7, reference});
  expect(await readFile(join(folder, "qd766-2025-09.du-lieu-mau.csv"), "utf8")).toBe(first);
  expect((await readdir(folder)).every((f) => f.endsWith(".du-lieu-mau.csv"))).toBe(true);
});
