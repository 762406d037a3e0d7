// Words of the commune pages (/communes and /communes/<id>), Vietnamese first, English as a switch.

/** "Toàn huyện Lộc Hà" → "toàn huyện Lộc Hà": a label inside a sentence, proper names kept. */
export const lowerFirst = (text) => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);

export const TEXT = {
  vi: {
    compareTitle: "So sánh các xã",
    compareSubtitle: (from, to) => `Hồ sơ thủ tục hành chính theo xã, ${from} – ${to}: chọn chỉ số, các xã, khoảng thời gian và cách xem.`,
    language: "Ngôn ngữ",
    indicator: "Chỉ số",
    from: "Từ tháng",
    to: "Đến tháng",
    grain: "Gộp theo",
    grains: {month: "Tháng", quarter: "Quý", year: "Năm"},
    mode: "Hiển thị",
    modes: {value: "Giá trị", change: "Thay đổi từ đầu kỳ"},
    view: "Đơn vị",
    multiples: "Mỗi xã một biểu đồ nhỏ",
    units: "Xã, thị trấn",
    trendTitle: (name) => `${name} theo thời gian`,
    noTarget: "Chưa có chỉ tiêu số cho chỉ số này (Kế hoạch 2024 không đặt).",
    incompleteNote: "Quý/năm thiếu tháng (kể cả kỳ nằm một phần ngoài khoảng đã chọn, kỳ đang diễn ra) không tính.",
    noUnits: "Chọn ít nhất một xã để vẽ biểu đồ.",
    rankTitle: (name) => `Thứ hạng theo ${name.toLowerCase()}`,
    tableTitle: "Bảng so sánh các xã",
    tableSubtitle: (from, to) => `Mọi đơn vị trong khoảng ${from} – ${to}; bấm tiêu đề cột để sắp xếp, tên xã để xem trang riêng. Hàng in đậm: xã đang chọn.`,
    columns: {unit: "Đơn vị", trend: "Xu hướng", first: "Đầu kỳ", last: "Cuối kỳ", change: "Thay đổi", rank: "Hạng"},
    rankOf: (rank, of) => `${rank}/${of}`,
    tableData: "Bảng số liệu",
    period: "Kỳ",
    unitId: "Mã đơn vị",
    value: "Giá trị",
    valueShare: "Giá trị (tỷ lệ 0–1)",
    changeShare: "Thay đổi (tỷ lệ 0–1, nhân 100 ra điểm %)",
    change: "Thay đổi",
    base: "So với kỳ",
    numerator: "Tử số",
    denominator: "Mẫu số",
    partial: "Số liệu một phần",
    sample: "Dữ liệu mẫu",
    yes: "có",
    no: "không",
    rank: "Hạng",
    rankCount: "Số đơn vị xếp hạng",
    viewSummary: ({indicator, from, to, grain, mode, view}) => `${indicator} · ${from} – ${to} · theo ${grain.toLowerCase()} · ${mode.toLowerCase()} · ${view}`,
    printSources: "Báo cáo kết quả giải quyết TTHC hằng tháng của các xã",
    // commune page
    backToCompare: "← So sánh các xã",
    communeSubtitle: (unit) => unit,
    existedUntil: (date) => `Đơn vị hành chính cũ, tồn tại đến ${date}.`,
    existsFrom: (date) => `Đơn vị hành chính mới, thành lập từ ${date}.`,
    population: (n) => `Dân số năm 2019: ${n} người.`,
    becameWith: "cùng với",
    cameFromTitle: "Hình thành từ",
    strengthsTitle: "Điểm mạnh và điểm yếu",
    strengthsSubtitle: (from, to, of) => `Xếp hạng trong ${of}, theo số liệu gộp 12 tháng gần nhất có số liệu (${from} – ${to}).`,
    strengths: "Điểm mạnh (nhóm một phần ba đứng đầu)",
    weaknesses: "Điểm yếu (nhóm một phần ba cuối)",
    noneStrong: "Không có chỉ số nào trong nhóm đầu.",
    noneWeak: "Không có chỉ số nào trong nhóm cuối.",
    unranked: "Không xếp hạng được (thiếu tháng trong 12 tháng gần nhất)",
    countNotRanked: "Số hồ sơ tiếp nhận không xếp hạng vì phụ thuộc quy mô dân số của xã.",
    rankLine: (rank, of, value) => `hạng ${rank}/${of} (${value})`,
    indicatorsTitle: "Từng chỉ số so với toàn địa bàn",
    indicatorsSubtitle: (reference) => `Đường màu: đơn vị này; đường đen: ${lowerFirst(reference)}. Tháng thiếu báo cáo để trống.`,
    heatmapTitle: "Thứ hạng theo quý",
    heatmapSubtitle: (of) => `Hạng của đơn vị trong ${of} theo từng quý (1 = tốt nhất; xanh: đầu, đỏ: cuối; “–”: thiếu số liệu).`,
    notFound: (id) => `Không có đơn vị mã “${id}”.`,
    noData: "Không có số liệu"
  },
  en: {
    compareTitle: "Compare communes",
    compareSubtitle: (from, to) => `Administrative-procedure dossiers per commune, ${from} – ${to}: choose an indicator, communes, a time range and a view.`,
    language: "Language",
    indicator: "Indicator",
    from: "From",
    to: "To",
    grain: "Grain",
    grains: {month: "Month", quarter: "Quarter", year: "Year"},
    mode: "Show",
    modes: {value: "Values", change: "Change since start"},
    view: "Units",
    multiples: "One small chart per commune",
    units: "Communes",
    trendTitle: (name) => `${name} over time`,
    noTarget: "No numeric target is set for this indicator (none in the 2024 plan).",
    incompleteNote: "Quarters or years missing a month (including those partly outside the range, and the current one) are not counted.",
    noUnits: "Choose at least one commune to draw the chart.",
    rankTitle: (name) => `Rank on ${name.toLowerCase()}`,
    tableTitle: "Communes compared",
    tableSubtitle: (from, to) => `Every unit in ${from} – ${to}; click a column header to sort, a commune's name for its page. Bold rows: chosen communes.`,
    columns: {unit: "Unit", trend: "Trend", first: "Start", last: "End", change: "Change", rank: "Rank"},
    rankOf: (rank, of) => `${rank}/${of}`,
    tableData: "Data table",
    period: "Period",
    unitId: "Unit id",
    value: "Value",
    valueShare: "Value (share 0–1)",
    changeShare: "Change (share 0–1; ×100 for percentage points)",
    change: "Change",
    base: "Since",
    numerator: "Numerator",
    denominator: "Denominator",
    partial: "Partial figures",
    sample: "Sample data",
    yes: "yes",
    no: "no",
    rank: "Rank",
    rankCount: "Units ranked",
    viewSummary: ({indicator, from, to, grain, mode, view}) => `${indicator} · ${from} – ${to} · by ${grain.toLowerCase()} · ${mode.toLowerCase()} · ${view}`,
    printSources: "Communes' monthly reports on administrative procedures (TTHC)",
    backToCompare: "← Compare communes",
    communeSubtitle: (unit) => unit,
    existedUntil: (date) => `Former administrative unit, existed until ${date}.`,
    existsFrom: (date) => `New administrative unit, formed on ${date}.`,
    population: (n) => `Population in 2019: ${n}.`,
    becameWith: "together with",
    cameFromTitle: "Formed from",
    strengthsTitle: "Strengths and weaknesses",
    strengthsSubtitle: (from, to, of) => `Ranked among ${of} on the latest 12 months with data, pooled (${from} – ${to}).`,
    strengths: "Strengths (top third)",
    weaknesses: "Weaknesses (bottom third)",
    noneStrong: "No indicator in the top third.",
    noneWeak: "No indicator in the bottom third.",
    unranked: "Not ranked (a month is missing in the latest 12)",
    countNotRanked: "Dossiers received is not ranked: it follows the commune's population.",
    rankLine: (rank, of, value) => `rank ${rank}/${of} (${value})`,
    indicatorsTitle: "Each indicator against the whole area",
    indicatorsSubtitle: (reference) => `Coloured line: this unit; black line: ${reference}. Months without a report are left blank.`,
    heatmapTitle: "Rank by quarter",
    heatmapSubtitle: (of) => `The unit's rank among ${of} per quarter (1 = best; green: top, red: bottom; “–”: no data).`,
    notFound: (id) => `No unit with id “${id}”.`,
    noData: "No data"
  }
};

/**
 * The words that depend on the area (reference.json's `area`), in `lang`: `a` holds the area's
 * `name` ("huyện Lộc Hà cũ"), the old and new unit counts, the last old month and the first new
 * one as written in a sentence ("6/2025", "7/2025"), the reorganisation `day` ("01/7/2025") and
 * the names of successors partly outside the area (`partialNames`, "" when none).
 */
export function communeText(lang, a) {
  if (lang === "en") {
    return {
      ...TEXT.en,
      views: {old: `${a.oldCount} former communes (to ${a.lastOld}) and new ones`, new: `${a.newCount} new communes (earlier data carried over)`},
      total: (name) => name.charAt(0).toLocaleUpperCase("en") + name.slice(1),
      mean: (name) => `Mean per commune (${name})`,
      trendSubtitle: ({reference, untilReorganisation, grain, mode, target}) =>
        `Each chosen commune in colour; black line: ${reference}${untilReorganisation ? ` (to ${a.lastOld})` : ""}; ` +
        `${grain === "month" ? "months without a report" : "periods missing a month"} are left blank, not joined` +
        `${mode === "change" ? "; change since the first value in the chosen range" : ""}` +
        `${target ? "; red line: target" : ""}.`,
      partialNote: a.partialNames ? `${a.partialNames} also contain communes from outside the ${a.name}: before ${a.first} only the part in it is counted (partial figures).` : "",
      oldViewNote: `The former communes report until ${a.lastOld}; from ${a.first} the ${a.newCount} new communes.`,
      rankSubtitle: (view) =>
        view === "new"
          ? `Rank among the ${a.newCount} new communes (1 = best); periods without data are left blank.`
          : `Rank among the communes of the time (${a.oldCount} until ${a.lastOld}; the ${a.newCount} new ones from ${a.first}); 1 = best.`,
      becameTitle: `After the reorganisation of ${a.day}`,
      became: `Since ${a.day} part of`,
      cameFrom: `Formed on ${a.day} from`,
      outside: `outside the ${a.name}, no data here`,
      lineageNote: `Before ${a.first} a new unit's figures are the summed dossiers of the former communes it was formed from (rates recomputed from counts), the part in the ${a.name} only.`,
      peersOld: `the ${a.oldCount} communes of the ${a.name}`,
      peersNew: `the ${a.newCount} new communes`
    };
  }
  return {
    ...TEXT.vi,
    views: {old: `${a.oldCount} xã, thị trấn cũ (đến ${a.lastOld}) và xã mới`, new: `${a.newCount} xã, phường mới (quy đổi số liệu cũ)`},
    total: (name) => `Toàn ${name}`,
    mean: (name) => `Trung bình một xã (${name})`,
    trendSubtitle: ({reference, untilReorganisation, grain, mode, target}) =>
      `Từng xã đã chọn so với ${lowerFirst(reference)} (đường đen${untilReorganisation ? `, đến ${a.lastOld}` : ""}); ` +
      `${grain === "month" ? "tháng thiếu báo cáo" : "kỳ thiếu tháng"} để trống, không nối` +
      `${mode === "change" ? "; thay đổi so với giá trị đầu tiên trong khoảng đã chọn" : ""}` +
      `${target ? "; đường đỏ: chỉ tiêu" : ""}.`,
    partialNote: a.partialNames ? `${a.partialNames} gồm cả xã ngoài ${a.name}: trước ${a.first} chỉ có phần thuộc ${a.name} (số liệu một phần).` : "",
    oldViewNote: `Các xã, thị trấn cũ có số liệu đến ${a.lastOld}; từ ${a.first} là ${a.newCount} xã, phường mới.`,
    rankSubtitle: (view) =>
      view === "new"
        ? `Hạng trong ${a.newCount} xã, phường mới (1 = tốt nhất); kỳ thiếu số liệu để trống.`
        : `Hạng trong các xã cùng thời (${a.oldCount} xã, thị trấn đến ${a.lastOld}; ${a.newCount} xã, phường mới từ ${a.first}); 1 = tốt nhất.`,
    becameTitle: `Sau sắp xếp ngày ${a.day}`,
    became: `Từ ${a.day} hợp nhất vào`,
    cameFrom: `Hình thành ngày ${a.day} từ`,
    outside: `ngoài ${a.name}, không có số liệu ở đây`,
    lineageNote: `Số liệu trước ${a.first} của đơn vị mới là tổng số hồ sơ của các xã cũ hợp thành (tính lại tỷ lệ từ số đếm), chỉ gồm phần thuộc ${a.name}.`,
    peersOld: `${a.oldCount} xã, thị trấn của ${a.name}`,
    peersNew: `${a.newCount} xã, phường mới`
  };
}
