import {mkdir, writeFile} from "node:fs/promises";
import {join} from "node:path";
import {isUnitActive} from "../../src/model/isUnitActive.ts";
import {generateQd766Sample, type Qd766SamplePeriod} from "../../src/sample/generateQd766Sample.ts";
import {SAMPLE_MARKER} from "../../src/tthc/reportLayout.ts";
import type {SampleWriter} from "./sampleWriter.ts";

const HEADER = ["STT", "Đơn vị", "Công khai, minh bạch", "Tiến độ giải quyết", "Số hóa hồ sơ", "Dịch vụ công trực tuyến", "Thanh toán trực tuyến", "Mức độ hài lòng", "Tổng điểm", "Xếp hạng", "Xếp loại"];

/** A plausible publication date: the 5th of the month after a month, 15 January after a year. */
function publishedAfter(period: string): string {
  if (/^\d{4}$/.test(period)) return `15/01/${Number(period) + 1}`;
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 12 ? `05/01/${y + 1}` : `05/${String(m + 1).padStart(2, "0")}/${y}`;
}

/**
 * The QĐ 766 sample: yearly tables for 2023 and 2024 (the communes of Lộc Hà then) and monthly
 * tables from 2025-07 to 2026-10 (the communes formed on 2025-07-01), in the portal's layout,
 * each with the "DỮ LIỆU MẪU" marker in its title lines. The index runs from 2022-08
 * (QĐ 766/QĐ-TTg: the system in operation from 1/8/2022), so no earlier period is invented.
 */
export const qd766Sample: SampleWriter = {
  dataset: "qd766",
  async write({folder, seed, reference}) {
    const ours = (month: string) => reference.units.filter((u) => u.level === "commune" && isUnitActive(u, month) && (u.parentId === "448" || u.validFrom === "2025-07-01"));
    const periods: Qd766SamplePeriod[] = [
      ...["2023", "2024"].map((y) => ({id: y, label: `năm ${y}`, units: ours(`${y}-12`)})),
      ...Array.from({length: 16}, (_, i) => {
        const m = 7 + i;
        const year = 2025 + Math.floor((m - 1) / 12);
        const month = ((m - 1) % 12) + 1;
        const id = `${year}-${String(month).padStart(2, "0")}`;
        return {id, label: `tháng ${month}/${year}`, units: ours(id)};
      })
    ];
    const tables = generateQd766Sample(seed, periods);
    await mkdir(folder, {recursive: true});
    for (const t of tables) {
      const lines = [
        "UBND TỈNH HÀ TĨNH",
        `Kết quả Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766) ${t.label}`,
        SAMPLE_MARKER,
        "Nguồn: Dữ liệu mẫu sinh tự động (không phải số liệu công bố)",
        `Cập nhật ngày ${publishedAfter(t.period)}`,
        HEADER.join(";"),
        ...t.rows.map((r, i) => [i + 1, r.unitName, ...r.parts.map((x) => String(x).replace(".", ",")), String(r.total).replace(".", ","), r.rank, r.classification].join(";"))
      ];
      await writeFile(join(folder, `qd766-${t.period}.du-lieu-mau.csv`), lines.join("\r\n") + "\r\n");
    }
    return tables.length;
  }
};
