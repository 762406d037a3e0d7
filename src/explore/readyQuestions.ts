import type {Lang} from "../format/lang.ts";
import type {Area} from "../model/area.ts";
import {areaUnits} from "../model/areaUnits.ts";
import {areaWords} from "../model/areaWords.ts";
import type {LineageLink, Unit} from "../model/unit.ts";

/**
 * A ready-made question (câu hỏi có sẵn) for the /explore page: SQL over the published tables
 * (observations, plan_reports, units, indicators, lineage; see exploreReferenceTables and
 * docs/explore.md). Column names are quoted labels in the reader's language, so the result
 * table and chart read naturally; the chart takes the last numeric column as its measure.
 */
export interface ReadyQuestion {
  /** Stable id, written in the URL as ?q=<id>. */
  readonly id: string;
  readonly titleVi: string;
  readonly titleEn: string;
  /** The SQL with labels and comments in `lang`. */
  sql(lang: Lang): string;
}

/** A quoted column label in the reader's language. */
type Label = (vi: string, en: string) => string;

function labeller(lang: Lang): Label {
  return (vi, en) => `"${(lang === "en" ? en : vi).replace(/"/g, '""')}"`;
}

function comment(lang: Lang, vi: string, en: string): string {
  return `-- ${lang === "en" ? en : vi}`;
}

/** The units' display label column in `lang` (names alone are ambiguous across 2025). */
function label(lang: Lang): string {
  return lang === "en" ? "labelEn" : "label";
}

function question(
  id: string,
  titleVi: string,
  titleEn: string,
  body: (l: Label, c: (vi: string, en: string) => string, lang: Lang) => string
): ReadyQuestion {
  return {
    id,
    titleVi,
    titleEn,
    sql: (lang) => body(labeller(lang), (vi, en) => comment(lang, vi, en), lang).trim() + "\n"
  };
}

/** A SQL list of text literals: ('a', 'b'). */
function sqlList(ids: readonly string[]): string {
  return ids.length === 0 ? "(NULL)" : `(${ids.map((id) => `'${id.replace(/'/g, "''")}'`).join(", ")})`;
}

/**
 * The ready-made questions for the area the site covers (ref.area): its communes, its successors'
 * first day and count, and which successors took in units from outside it are read from the area,
 * never written here, so a site built for another area asks the same questions of its own units.
 */
export function readyQuestions(area: Readonly<Area>, units: readonly Unit[], lineage: readonly LineageLink[]): readonly ReadyQuestion[] {
  const ids = areaUnits(area, units, lineage);
  const words = {vi: areaWords(area, units, lineage, "vi"), en: areaWords(area, units, lineage, "en")};
  const COMMUNES = sqlList(ids.old);
  const SUCCESSORS_FROM = `DATE '${area.successorsFrom}'`;
  const DISTRICT = sqlList([area.district]);
  const partialVi = words.vi.partialNames ? `${words.vi.partialNames} từ ${words.vi.first} gồm cả đơn vị ngoài ${words.vi.name}; ` : "";
  const partialEn = words.en.partialNames ? `From ${words.en.first} ${words.en.partialNames} include units from outside the ${words.en.name}; ` : "";
  return [
  question(
    "online-share-latest",
    "Tỷ lệ hồ sơ nộp trực tuyến của từng xã trong tháng gần nhất",
    "Share of dossiers submitted online in each commune, latest month",
    (l, c, lang) => `
${c("Tháng có số liệu gần nhất; tỷ lệ = hồ sơ trực tuyến / tổng hồ sơ tiếp nhận của xã.", "Latest month with data; share = dossiers received online / all dossiers received.")}
SELECT u.${label(lang)} AS ${l("Xã", "Commune")},
  o.period AS ${l("Tháng", "Month")},
  o.numerator AS ${l("Hồ sơ trực tuyến", "Online dossiers")},
  o.denominator AS ${l("Tổng hồ sơ", "All dossiers")},
  o.value AS ${l("Tỷ lệ trực tuyến", "Online share")}
FROM observations o
JOIN units u ON u.id = o.unitId
WHERE o.dataset = 'tthc' AND o.indicator = 'online_share'
  AND o.period = (SELECT max(period) FROM observations WHERE dataset = 'tthc' AND grain = 'month')
ORDER BY o.value DESC NULLS LAST, u.name`
  ),
  question(
    "online-share-fell-3-months",
    "Xã có tỷ lệ hồ sơ trực tuyến giảm ba tháng liền",
    "Communes whose online share fell three months in a row",
    (l, c, lang) => `
${c("Tỷ lệ trực tuyến thấp hơn tháng trước ba tháng liền nhau (bốn tháng liên tiếp đều có báo cáo); mỗi dòng là một lần giảm, xếp theo mức giảm.", "Online share below the month before for three consecutive months (four consecutive months reported); one row per fall, largest first.")}
WITH s AS (
  SELECT unitId, period, value,
    CAST(period || '-01' AS DATE) AS month,
    lag(value, 1) OVER w AS v1,
    lag(value, 2) OVER w AS v2,
    lag(value, 3) OVER w AS v3,
    lag(CAST(period || '-01' AS DATE), 3) OVER w AS month3
  FROM observations
  WHERE dataset = 'tthc' AND indicator = 'online_share' AND grain = 'month' AND value IS NOT NULL
  WINDOW w AS (PARTITION BY unitId ORDER BY period)
)
SELECT u.${label(lang)} AS ${l("Xã", "Commune")},
  ${lang === "en" ? "strftime(s.month3, '%b %Y') || ' → ' || strftime(s.month, '%b %Y')" : "'T' || month(s.month3) || '/' || year(s.month3) || ' → T' || month(s.month) || '/' || year(s.month)"} AS ${l("Ba tháng giảm", "Three months of falls")},
  s.v3 AS ${l("Tỷ lệ trực tuyến lúc đầu", "Online share at the start")},
  s.value AS ${l("Tỷ lệ trực tuyến lúc cuối", "Online share at the end")},
  round(100 * (s.v3 - s.value), 1) AS ${l("Mức giảm (điểm phần trăm)", "Fall (percentage points)")}
FROM s
JOIN units u ON u.id = s.unitId
WHERE s.value < s.v1 AND s.v1 < s.v2 AND s.v2 < s.v3
  AND date_diff('month', s.month3, s.month) = 3
ORDER BY 5 DESC, s.period DESC, u.name`
  ),
  question(
    "postal-returns-per-1000",
    "Hồ sơ trả kết quả qua bưu chính trên 1.000 dân, theo xã và năm",
    "Dossiers returned by post per 1,000 inhabitants, by commune and year",
    (l, c, lang) => `
${c("Dân số 2019 (tổng điều tra); chỉ các năm xã có đủ 12 tháng báo cáo; các xã mới từ 7/2025 chưa có dân số nên không tính.", "2019 census population; only years with all 12 months reported; the communes formed in July 2025 have no population figure yet.")}
SELECT u.${label(lang)} AS ${l("Xã", "Commune")},
  substr(o.period, 1, 4) AS ${l("Năm", "Year")},
  sum(o.numerator) AS ${l("Hồ sơ trả qua bưu chính", "Returned by post")},
  any_value(u.population2019) AS ${l("Dân số 2019", "Population 2019")},
  round(1000 * sum(o.numerator) / any_value(u.population2019), 2) AS ${l("Trên 1.000 dân", "Per 1,000 inhabitants")}
FROM observations o
JOIN units u ON u.id = o.unitId
WHERE o.dataset = 'tthc' AND o.indicator = 'postal_return_share' AND o.grain = 'month'
  AND u.population2019 IS NOT NULL
GROUP BY ALL
HAVING count(o.numerator) = 12
ORDER BY 2, 1`
  ),
  question(
    "radio-programme-missed",
    "Quý mà một xã không có chương trình phát thanh chuyên đề về CCHC",
    "Quarters where a commune missed its radio programme",
    (l, c, lang) => `
${c("Nhiệm vụ 14.1 của kế hoạch tuyên truyền: mỗi xã 01 chương trình phát thanh chuyên đề về CCHC mỗi quý.", "Plan task 14.1: each commune makes one themed radio programme on administrative reform per quarter.")}
${c("Các quý đã có báo cáo hoạt động; cột cuối cho biết xã có báo cáo hoạt động khác trong quý hay không gửi gì.", "Quarters with activity reports; the last column tells whether the commune reported other activities or sent nothing.")}
WITH reports AS (
  SELECT unitId, indicator, value, date_trunc('quarter', CAST(period || '-01' AS DATE)) AS quarter
  FROM plan_reports
  WHERE grain = 'month'
), quarters AS (
  SELECT DISTINCT quarter FROM reports
), communes AS (
  SELECT id, label, labelEn, validFrom, validTo FROM units WHERE level = 'commune' AND id IN ${COMMUNES}
)
SELECT k.${label(lang)} AS ${l("Xã", "Commune")},
  strftime(q.quarter, '%Y') || '-Q' || quarter(q.quarter) AS ${l("Quý", "Quarter")},
  count(r.unitId) > 0 AS ${l("Có báo cáo hoạt động khác", "Reported other activities")}
FROM communes k
CROSS JOIN quarters q
LEFT JOIN reports r ON r.unitId = k.id AND r.quarter = q.quarter
WHERE (k.validFrom IS NULL OR k.validFrom < q.quarter + INTERVAL 3 MONTH)
  AND (k.validTo IS NULL OR k.validTo >= q.quarter)
GROUP BY ALL
HAVING coalesce(sum(r.value) FILTER (WHERE r.indicator = 'plan_activity_programme'), 0) = 0
ORDER BY 2, 1`
  ),
  question(
    "missing-reports",
    "Tháng xã không có báo cáo kết quả giải quyết TTHC",
    "Months in which a commune sent no administrative-procedures report",
    (l, c, lang) => `
${c("Tháng một xã đang tồn tại mà không có số liệu: trên biểu đồ là khoảng trống, không phải số 0.", "Months in which a commune existed but has no figures: a gap on the charts, never a zero.")}
WITH months AS (
  SELECT DISTINCT CAST(period || '-01' AS DATE) AS month
  FROM observations WHERE dataset = 'tthc' AND grain = 'month'
), communes AS (
  SELECT id, label, labelEn, validFrom, validTo FROM units
  WHERE id IN (SELECT unitId FROM observations WHERE dataset = 'tthc')
), reported AS (
  SELECT DISTINCT unitId, period FROM observations
  WHERE dataset = 'tthc' AND indicator = 'received_total' AND value IS NOT NULL
)
SELECT k.${label(lang)} AS ${l("Xã", "Commune")},
  strftime(m.month, '%Y-%m') AS ${l("Tháng", "Month")}
FROM communes k
CROSS JOIN months m
LEFT JOIN reported r ON r.unitId = k.id AND r.period = strftime(m.month, '%Y-%m')
WHERE (k.validFrom IS NULL OR k.validFrom <= m.month)
  AND (k.validTo IS NULL OR k.validTo >= m.month)
  AND r.unitId IS NULL
ORDER BY 2, 1`
  ),
  question(
    "area-online-share-by-year",
    "Tỷ lệ hồ sơ trực tuyến cả năm của toàn địa bàn, tính từ tổng số hồ sơ",
    "Online share for the whole area by year, from summed dossiers",
    (l, c) => `
${c("Tỷ lệ năm = tổng hồ sơ trực tuyến / tổng hồ sơ tiếp nhận của mọi xã, không lấy trung bình các tỷ lệ tháng.", "Yearly share = all dossiers received online / all dossiers received, never an average of monthly shares.")}
${c(`${partialVi}năm cuối có thể chưa đủ 12 tháng.`, `${partialEn}the last year may be incomplete.`)}
SELECT substr(period, 1, 4) AS ${l("Năm", "Year")},
  count(DISTINCT period) AS ${l("Số tháng có số liệu", "Months with data")},
  sum(numerator) AS ${l("Hồ sơ trực tuyến", "Online dossiers")},
  sum(denominator) AS ${l("Tổng hồ sơ", "All dossiers")},
  sum(numerator) / sum(denominator) AS ${l("Tỷ lệ trực tuyến", "Online share")}
FROM observations
WHERE dataset = 'tthc' AND indicator = 'online_share' AND grain = 'month'
  AND numerator IS NOT NULL AND denominator IS NOT NULL
GROUP BY ALL
ORDER BY 1`
  ),
  question(
    "on-time-lowest-12-months",
    "Tỷ lệ giải quyết hồ sơ đúng hạn của từng xã trong 12 tháng gần nhất",
    "Share of dossiers resolved on time in each commune over the last 12 months",
    (l, c, lang) => `
${c("12 tháng đến tháng có số liệu gần nhất; tỷ lệ tính lại từ tổng hồ sơ đúng hạn / tổng hồ sơ đã giải quyết.", "The 12 months to the latest month with data; share recomputed from summed on-time / resolved dossiers.")}
WITH latest AS (
  SELECT max(CAST(period || '-01' AS DATE)) AS month FROM observations WHERE dataset = 'tthc' AND grain = 'month'
)
SELECT u.${label(lang)} AS ${l("Xã", "Commune")},
  count(o.value) AS ${l("Số tháng có số liệu", "Months with data")},
  sum(o.numerator) AS ${l("Đúng hạn", "On time")},
  sum(o.denominator) AS ${l("Đã giải quyết", "Resolved")},
  sum(o.numerator) / sum(o.denominator) AS ${l("Tỷ lệ đúng hạn", "On-time share")}
FROM observations o
JOIN units u ON u.id = o.unitId
CROSS JOIN latest
WHERE o.dataset = 'tthc' AND o.indicator = 'on_time_share' AND o.grain = 'month'
  AND CAST(o.period || '-01' AS DATE) > latest.month - INTERVAL 12 MONTH
GROUP BY ALL
ORDER BY 5 NULLS LAST, 1`
  ),
  question(
    "pci-components-latest",
    "Điểm các chỉ số thành phần PCI của Hà Tĩnh, năm gần nhất",
    "Hà Tĩnh's PCI sub-index scores, latest year",
    (l, c, lang) => `
${c("Số liệu thật do VCCI công bố (pcivietnam.vn); thang điểm 0–10.", "Real figures published by VCCI (pcivietnam.vn); scores from 0 to 10.")}
SELECT i.${lang === "en" ? "nameEn" : "nameVi"} AS ${l("Chỉ số thành phần", "Sub-index")},
  o.period AS ${l("Năm", "Year")},
  o.sample AS ${l("Dữ liệu mẫu", "Sample data")},
  o.value AS ${l("Điểm", "Score")}
FROM observations o
JOIN indicators i ON i.id = o.indicator
WHERE o.dataset = 'pci' AND o.unitId = (SELECT parentId FROM units WHERE id IN ${DISTRICT}) AND i.unit = 'score' AND o.indicator <> 'pci_total'
  AND o.period = (
    SELECT max(period) FROM observations
    WHERE dataset = 'pci' AND unitId = (SELECT parentId FROM units WHERE id IN ${DISTRICT}) AND indicator <> 'pci_total' AND value IS NOT NULL
  )
ORDER BY o.value DESC NULLS LAST`
  ),
  question(
    "ddci-district-rank",
    "Điểm và thứ hạng DDCI của các huyện, thị xã, thành phố qua các năm",
    "DDCI score and rank of Hà Tĩnh's district-level units by year",
    (l, c, lang) => `
${c("Hạng 1 = điểm tổng cao nhất trong năm; đơn vị không có điểm không được xếp hạng.", "Rank 1 = highest total score that year; units without a score are not ranked.")}
SELECT u.${label(lang)} AS ${l("Đơn vị", "Unit")},
  o.period AS ${l("Năm", "Year")},
  rank() OVER (PARTITION BY o.period ORDER BY o.value DESC) AS ${l("Hạng", "Rank")},
  o.sample AS ${l("Dữ liệu mẫu", "Sample data")},
  o.value AS ${l("Điểm DDCI", "DDCI score")}
FROM observations o
JOIN units u ON u.id = o.unitId
WHERE o.dataset = 'ddci' AND o.indicator = 'ddci_total' AND u.level = 'district' AND o.value IS NOT NULL
ORDER BY 2, 3`
  ),
  question(
    "plan-targets-not-met",
    "Chỉ tiêu tuyên truyền chưa đạt, theo đơn vị và quý",
    "Communication targets not met, by unit and quarter",
    (l, c, lang) => `
${c("Mục I.3 của kế hoạch: mỗi chỉ tiêu (cột Chỉ tiêu) phải đạt 100%; liệt kê các lần chưa đạt.", "Plan section I.3: each target measure (Target column) should reach 100%; every time one did not.")}
SELECT u.${label(lang)} AS ${l("Đơn vị", "Unit")},
  r.period AS ${l("Quý", "Quarter")},
  r.item AS ${l("Chỉ tiêu", "Target")},
  r.numerator AS ${l("Đạt", "Met")},
  r.denominator AS ${l("Tổng", "Total")},
  r.value AS ${l("Tỷ lệ đạt", "Share met")}
FROM plan_reports r
JOIN units u ON u.id = r.unitId
WHERE r.indicator = 'plan_target' AND r.value < 1
ORDER BY 2, 1, 3`
  ),
  question(
    "received-by-successor",
    `Số hồ sơ tiếp nhận hằng tháng theo ${words.vi.newCount} xã mới (cộng số liệu các xã cũ)`,
    `Dossiers received each month by the ${words.en.newCount} new communes (old communes summed in)`,
    (l, c, lang) => `
${c(`Bảng lineage cho biết xã cũ nào thuộc xã mới từ ${words.vi.day}.${words.vi.partialNames ? ` Trước đó ${words.vi.partialNames} chỉ gồm phần thuộc ${words.vi.name}.` : ""}`, `The lineage table says which old commune became which new one on ${words.en.day}.${words.en.partialNames ? ` Before that ${words.en.partialNames} cover only their part in the ${words.en.name}.` : ""}`)}
SELECT coalesce(n.${label(lang)}, u.${label(lang)}) AS ${l("Xã (đơn vị mới)", "Commune (new unit)")},
  o.period AS ${l("Tháng", "Month")},
  count(*) AS ${l("Số xã cũ có báo cáo", "Units reporting")},
  sum(o.value) AS ${l("Hồ sơ tiếp nhận", "Dossiers received")}
FROM observations o
JOIN units u ON u.id = o.unitId
LEFT JOIN lineage g ON g.oldId = o.unitId AND g.fromDate = ${SUCCESSORS_FROM}
LEFT JOIN units n ON n.id = g.newId
WHERE o.dataset = 'tthc' AND o.indicator = 'received_total' AND o.grain = 'month' AND o.value IS NOT NULL
GROUP BY ALL
ORDER BY 2, 1`
  ),
  question(
    "good-example-months",
    "Số tháng năm 2024 mỗi xã có nêu gương người tốt, việc tốt về CCHC",
    "Months of 2024 in which each commune featured a good example",
    (l, c, lang) => `
${c("Nhiệm vụ 14.2 của kế hoạch: 01 mục nêu gương mỗi tháng, tức 12 tháng trong năm 2024.", "Plan task 14.2: one good example a month, i.e. 12 months in 2024.")}
SELECT u.${label(lang)} AS ${l("Xã", "Commune")},
  count(DISTINCT r.period) AS ${l("Số tháng có nêu gương", "Months with a good example")}
FROM units u
LEFT JOIN plan_reports r
  ON r.unitId = u.id AND r.indicator = 'plan_activity_good_example' AND r.value > 0 AND r.period LIKE '2024-%'
WHERE u.level = 'commune' AND u.id IN ${COMMUNES}
  AND (u.validFrom IS NULL OR u.validFrom <= DATE '2024-12-31')
  AND (u.validTo IS NULL OR u.validTo >= DATE '2024-01-01')
GROUP BY ALL
ORDER BY 2 DESC, 1`
  )
];
}
