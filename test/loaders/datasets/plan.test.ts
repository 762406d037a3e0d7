import {cp} from "node:fs/promises";
import {join} from "node:path";
import {tableFromIPC} from "apache-arrow";
import JSZip from "jszip";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {datasetArchive} from "../../../loaders/datasetArchive.ts";
import {observationsToArrow} from "../../../loaders/io/observationsToArrow.ts";
import {PROJECT_ROOT, tempProject} from "../../helpers/tempProject.ts";

const ACTIVITIES = ["STT;Ngày;Đơn vị/Cơ quan;Nhiệm vụ;Loại sản phẩm;Số lượng;Ghi chú", "1;03/10/2024;Trung tâm VH TT;13;Phát sóng;2;", "2;03/10/2024;Trung tâm VH TT;4;Phát sóng;3;"].join("\n");
const MEASURES = ["STT;Quý;Đơn vị;Chỉ tiêu;Kết quả;Tổng số", "1;Quý IV/2024;Xã Thạch Kim;3;Có;", "2;Quý IV/2024;Xã Thạch Kim;4;Không;"].join("\n");

describe("buildDataset(\"plan\")", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => {
    project = await tempProject();
    await cp(join(PROJECT_ROOT, "data", "plan", "2024"), join(project.root, "data", "plan", "2024"), {recursive: true});
  });
  afterEach(() => project.remove());

  test("activities of two tasks in the same unit, month and product stay apart (item), and reach the Arrow file", async () => {
    await project.write("data/raw/plan/hoat-dong.csv", ACTIVITIES);
    await project.write("data/raw/plan/chi-tieu.csv", MEASURES);
    const build = await buildDataset("plan", project.root);
    expect(build.observations.map((o) => [o.indicator, o.item, o.unitId, o.period, o.value])).toEqual([
      ["plan_activity_broadcast", "13", "trung-tam-vhtt", "2024-10", 2],
      ["plan_activity_broadcast", "4", "trung-tam-vhtt", "2024-10", 3],
      ["plan_target", "3", "18580", "2024-Q4", 1],
      ["plan_target", "4", "18580", "2024-Q4", 0]
    ]);
    // every other commune of Lộc Hà measured nothing in 2024-Q4
    expect(build.missing).toHaveLength(11);
    const zip = await JSZip.loadAsync(await datasetArchive(build));
    const table = tableFromIPC(await zip.file("observations.arrow")!.async("uint8array"));
    expect(table.getChild("item")!.toArray()).toEqual(["13", "4", "3", "4"]);
  });

  test("the same activity in two files is an error naming the task", async () => {
    await project.write("data/raw/plan/a.csv", ACTIVITIES);
    await project.write("data/raw/plan/b.csv", ACTIVITIES);
    await expect(buildDataset("plan", project.root)).rejects.toThrow(/b\.csv: value "trung-tam-vhtt plan_activity_broadcast 13 2024-10" — expected each unit, indicator and period in one file only; also in a\.csv/);
  });

  test("observations without an item (every other dataset) get no item column", () => {
    const table = tableFromIPC(observationsToArrow([{unitId: "1", indicator: "x", period: "2024", grain: "year", value: 1, numerator: null, denominator: null, source: "s", sample: false}]));
    expect(table.schema.fields.map((f) => f.name)).not.toContain("item");
  });
});
