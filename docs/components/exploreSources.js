/**
 * Source and data date under an /explore result (nguồn số liệu): for each published table the
 * query read, the datasets behind it, whether they hold sample figures, and how recent they are.
 *
 *   exploreSourceLine(tablesMentioned(sql, TABLES), metas, lang)
 */
import {html} from "npm:htl";
import {formatPeriod} from "../lib/cchc.js";

const REFERENCE_TABLES = new Set(["units", "indicators", "lineage"]);

/** metas: every registered dataset's meta.json by id (loadMetas() of docs/lib/datasets.js). */
export function exploreSourceLine(tables, metas, lang = "vi") {
  const vi = lang === "vi";
  const parts = [];
  const dataset = (id) => {
    const meta = metas[id];
    if (!meta || meta.sources.length === 0) return null;
    const title = vi ? meta.titleVi : meta.titleEn;
    const kind = meta.sample ? (vi ? "có dữ liệu mẫu" : "includes sample data") : vi ? "số liệu thật" : "real figures";
    return `${title} (${kind}; ${vi ? "đến" : "through"} ${periodText(meta.dataThrough, lang)})`;
  };
  if (tables.includes("observations")) parts.push(...Object.keys(metas).filter((id) => id !== "plan").map(dataset).filter(Boolean));
  if (tables.includes("plan_reports")) parts.push(dataset("plan") ?? (vi ? "Báo cáo kế hoạch tuyên truyền: chưa có" : "Plan reports: none yet"));
  if (tables.some((t) => REFERENCE_TABLES.has(t))) parts.push(vi ? "danh mục đơn vị, chỉ số, sáp nhập (data/reference)" : "units, indicators and reorganisations (data/reference)");
  if (parts.length === 0) parts.push(vi ? "không đọc bảng số liệu nào" : "no published table read");
  return html`<div class="chart-source">${vi ? "Nguồn" : "Source"}: ${parts.join("; ")}. ${
    vi ? "Truy vấn chạy bằng DuckDB ngay trong trình duyệt." : "Query run by DuckDB in the browser."
  }</div>`;
}

function periodText(period, lang) {
  if (!period) return "–";
  try {
    return formatPeriod(period, lang);
  } catch {
    return period;
  }
}
