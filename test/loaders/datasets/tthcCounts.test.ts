// The tthc archive publishes the reports' counts beside the observations (issue #12.6):
// counts.arrow holds unit × month × the report's count columns as the report gives them, and a
// column the report lacks stays null, never 0.
import {tableFromIPC} from "apache-arrow";
import JSZip from "jszip";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {buildDataset} from "../../../loaders/buildDataset.ts";
import {datasetArchive} from "../../../loaders/datasetArchive.ts";
import {tempProject} from "../../helpers/tempProject.ts";

const HEADER = [
  "STT;Đơn vị;Số hồ sơ tiếp nhận;;;;;Số hồ sơ đã giải quyết;;Trả kết quả qua dịch vụ BCCI;Thanh toán trực tuyến",
  ";;Tổng số;Trực tuyến;Trong đó: toàn trình;Trực tiếp;Qua dịch vụ BCCI;Đúng hạn;Quá hạn;;"
];
const report = (month: string, header: string[], rows: string[]): string => ["BÁO CÁO KẾT QUẢ GIẢI QUYẾT TTHC", `Tháng ${month}`, ...header, ...rows].join("\n");
// no fully-online (E) or BCCI-return (J) column
const without = (line: string): string => line.split(";").filter((_, i) => i !== 4 && i !== 9).join(";");

async function countsOf(root: string): Promise<{rows: Record<string, unknown>[]; meta: {counts?: {file: string; rows: number; columns: string[]}}}> {
  const zip = await JSZip.loadAsync(await datasetArchive(await buildDataset("tthc", root)));
  const table = tableFromIPC(await zip.file("counts.arrow")!.async("uint8array"));
  const meta = JSON.parse(await zip.file("meta.json")!.async("string"));
  return {rows: table.toArray().map((r) => r.toJSON()), meta};
}

describe("counts.arrow in the tthc archive", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());

  test("holds each unit-month's counts exactly as the report gives them, its columns listed in meta.json", async () => {
    await project.write("data/raw/tthc/t10.csv", report("10/2024", HEADER, ["1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9", "2;Xã Thạch Kim;41;20;0;20;1;40;0;0;3"]));
    await project.write("data/raw/tthc/t11.csv", report("11/2024", HEADER, ["1;Xã Hộ Độ;70;35;12;33;2;60;6;5;8"]));
    const {rows, meta} = await countsOf(project.root);
    expect(meta.counts).toEqual({
      file: "counts.arrow",
      rows: 3,
      columns: ["unitId", "period", "receivedTotal", "receivedOnline", "receivedFullyOnline", "receivedInPerson", "receivedPostal", "resolvedOnTime", "resolvedLate", "returnedPostal", "paidOnline", "source", "sample"]
    });
    expect(rows).toHaveLength(3);
    const hoDo = rows.filter((r) => r.period === "2024-10" && r.source === "t10.csv" && r.receivedTotal === 60)[0]!;
    expect(hoDo).toMatchObject({period: "2024-10", receivedTotal: 60, receivedOnline: 30, receivedFullyOnline: 10, receivedInPerson: 28, receivedPostal: 2, resolvedOnTime: 55, resolvedLate: 5, returnedPostal: 4, paidOnline: 9, sample: false});
    // a count of zero in the report is a zero, and a period each month
    expect(rows.find((r) => r.receivedTotal === 41)).toMatchObject({receivedFullyOnline: 0, resolvedLate: 0, returnedPostal: 0});
    expect(rows.filter((r) => r.unitId === hoDo.unitId).map((r) => r.period)).toEqual(["2024-10", "2024-11"]);
  });

  test("a column the report lacks is null for its month, never 0", async () => {
    await project.write("data/raw/tthc/t10.csv", report("10/2024", HEADER.map(without), [without("1;Xã Hộ Độ;60;30;10;28;2;55;5;4;9")]));
    const {rows} = await countsOf(project.root);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({receivedTotal: 60, receivedOnline: 30, receivedFullyOnline: null, returnedPostal: null, resolvedOnTime: 55});
  });
});
