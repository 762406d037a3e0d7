import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {withDuckDB} from "../../../loaders/io/withDuckDB.ts";
import {summarySql} from "../../../loaders/tthc/dossierQueries.ts";
import {openDossierFile} from "../../../loaders/tthc/openDossierFile.ts";
import {tempProject} from "../../helpers/tempProject.ts";

const HEADER = "Mã hồ sơ;Họ tên người nộp;Đơn vị tiếp nhận;Kênh nộp;Mức độ;Ngày tiếp nhận;Ngày hẹn trả;Ngày hoàn thành;Hình thức trả kết quả;Thanh toán trực tuyến";

/** Plain dd/mm/yyyy dates (one with single digits), month ends, a dossier not completed, a late one, a bad one and a duplicate code. */
const PLAIN = [
  "HS-1;Nguyễn Văn A;Xã Lộc Hà;Trực tuyến;Toàn trình;01/07/2026;05/07/2026;03/07/2026;Bưu chính công ích;Có",
  "HS-2;Trần Thị B;Xã Lộc Hà;Trực tiếp;;31/07/2026;05/08/2026;06/08/2026;Trực tiếp;Không",
  "HS-3;Lê Văn C;Xã Lộc Hà;BCCI;;1/8/2026;10/8/2026;;;",
  "HS-4;Phạm Thị D;Xã Thạch Kim;Trực tuyến;Một phần;15/07/2026;20/07/2026;14/07/2026;Trực tiếp;Có",
  "HS-4;Phạm Thị D;Xã Thạch Kim;Trực tuyến;Một phần;15/07/2026;20/07/2026;16/07/2026;Trực tiếp;Có"
];

describe("summarySql: the one pass over a dossier export", () => {
  let project: Awaited<ReturnType<typeof tempProject>>;
  beforeEach(async () => void (project = await tempProject()));
  afterEach(() => project.remove());
  const write = (lines: readonly string[]) => project.write("ho-so.csv", [HEADER, ...lines].join("\n") + "\n");

  test("dates read by DuckDB's CSV reader (dossier_values_dated) and dates parsed in SQL (dossier_values) give the same summary", async () => {
    const file = await write(PLAIN);
    const differences = await withDuckDB(async (db) => {
      const opened = await openDossierFile(db, file, ".csv");
      expect(opened.dated).toBe(true);
      await db.run(summarySql("dossier_values_dated"));
      await db.run("ALTER TABLE dossier_summary RENAME TO dated_summary");
      await db.run(summarySql("dossier_values"));
      const count = async (sql: string): Promise<number> => Number((await db.runAndReadAll(sql)).getRows()[0]![0]);
      return {
        rows: await count("SELECT count(*) FROM dated_summary"),
        onlyDated: await count("SELECT count(*) FROM (FROM dated_summary EXCEPT ALL FROM dossier_summary)"),
        onlyText: await count("SELECT count(*) FROM (FROM dossier_summary EXCEPT ALL FROM dated_summary)"),
        bad: await count("SELECT count(*) FROM dated_summary WHERE bad"),
        duplicateHashes: await count("SELECT count(*) FROM dated_summary WHERE is_hash_group"),
        months: await count("SELECT count(DISTINCT received_month) FROM dated_summary WHERE NOT is_hash_group")
      };
    });
    // HS-4 completed before it was received (bad) and used twice; months 2026-07 and 2026-08
    expect(differences).toEqual({rows: expect.any(Number), onlyDated: 0, onlyText: 0, bad: 1, duplicateHashes: 1, months: 2});
    expect(differences.rows).toBeGreaterThan(3);
  });

  test("a date the CSV reader cannot read as dd/mm/yyyy stops the dated view with a Conversion Error; the text view reads it", async () => {
    const file = await write(["HS-1;Nguyễn Văn A;Xã Lộc Hà;Trực tiếp;;01/07/2026 08:30;05/07/2026;;;"]);
    await withDuckDB(async (db) => {
      await openDossierFile(db, file, ".csv");
      await expect(db.run(summarySql("dossier_values_dated"))).rejects.toThrow(/^Conversion Error/);
      await db.run(summarySql("dossier_values"));
      const rows = (await db.runAndReadAll("SELECT received_month, bad FROM dossier_summary WHERE NOT is_hash_group")).getRowObjectsJS();
      expect(rows).toEqual([{received_month: "2026-07", bad: false}]);
    });
  });
});
