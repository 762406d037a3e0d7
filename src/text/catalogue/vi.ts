// Every word the site shows, in Vietnamese (the site's first language). One section per page or
// shared component; values are text, or functions that build a sentence from figures already
// formatted. en.ts has exactly the same keys (checked by the compiler and by a test).
// Put a new word in the section of the page or component that shows it; words shared by several
// pages go in `common`.

export const vi = {
  common: {
    sample: "Dữ liệu mẫu",
    sampleTitle: "Số liệu sinh tự động để minh hoạ, không phải số liệu thật",
    source: "Nguồn",
    dataThrough: "số liệu đến",
    language: "Ngôn ngữ",
    missing: "không có số liệu"
  },
  // Names in the sidebar and page titles, by path.
  nav: {
    "/": "Tổng quan",
    "/communes/": "So sánh các xã",
    "/online-services": "Dịch vụ công trực tuyến",
    "/postal": "Bưu chính công ích",
    "/pci": "PCI Hà Tĩnh",
    "/ddci": "DDCI",
    "/qd766": "Chỉ số phục vụ (QĐ 766)",
    "/plan": "Kế hoạch tuyên truyền",
    "/explore": "Khám phá số liệu (SQL)",
    "/methodology": "Phương pháp",
    "/guide/add-source": "Thêm nguồn dữ liệu",
    "/guide/data-contract": "Hợp đồng dữ liệu",
    forAnalysts: "Dành cho cán bộ số liệu"
  },
  index: {
    title: "Tổng quan",
    lede: "Cải cách hành chính: tổng quan"
  },
  communes: {
    title: "So sánh các xã",
    indicatorName: "nameVi" as "nameVi" | "nameEn",
    withLang: (href: string) => href,
    languageName: "Tiếng Việt",
    subtitle: (from: string, to: string) => `Hồ sơ thủ tục hành chính theo xã, ${from} – ${to}. Mặc định: các xã, phường hiện nay và kỳ mới nhất.`,
    controls: "Chọn chỉ số, đơn vị, thời gian",
    controlsSummary: (indicator: string, units: number, from: string, to: string, grain: string) => `${indicator} · ${units} đơn vị · ${from} – ${to} · theo ${grain.toLowerCase()}`,
    indicator: "Chỉ số",
    from: "Từ tháng",
    to: "Đến tháng",
    grain: "Gộp theo",
    grains: {month: "Tháng", quarter: "Quý", year: "Năm"},
    mode: "Hiển thị",
    modes: {value: "Giá trị", change: "Thay đổi từ đầu kỳ"},
    view: "Đơn vị",
    views: (newCount: number, oldCount: number, lastOld: string) => ({
      auto: "Theo khoảng thời gian",
      new: `${newCount} xã, phường hiện nay (quy đổi số liệu cũ)`,
      old: `${oldCount} xã, thị trấn cũ (đến ${lastOld}) và xã mới`
    }),
    multiples: "Mỗi xã một biểu đồ nhỏ",
    units: "Xã, phường",
    trendTitle: (name: string) => `${name} theo thời gian`,
    trendSubtitle: (reference: string, lastOld: string | null, monthly: boolean, change: boolean, target: boolean) =>
      `Từng xã đã chọn so với ${reference.charAt(0).toLocaleLowerCase("vi")}${reference.slice(1)} (đường đen${lastOld ? `, đến ${lastOld}` : ""}); ` +
      `${monthly ? "tháng thiếu báo cáo" : "kỳ thiếu tháng"} để trống, không nối${change ? "; thay đổi so với giá trị đầu tiên trong khoảng đã chọn" : ""}${target ? "; đường đỏ: chỉ tiêu" : ""}.`,
    noTarget: "Chưa có chỉ tiêu số cho chỉ số này (Kế hoạch 2024 không đặt).",
    incompleteNote: "Quý thiếu tháng (kể cả quý đang diễn ra) để trống.",
    ytdNote: (year: string, through: string) => `Năm ${year}: lũy kế từ đầu năm đến ${through}.`,
    ytdPeriod: (year: string, month: number) => `Năm ${year} (lũy kế T1–T${month})`,
    noUnits: "Chọn ít nhất một xã để vẽ biểu đồ.",
    ended: (name: string, day: string, successor: string) => `${name} thôi tồn tại từ ${day} — xem ${successor}.`,
    endedSee: (name: string, day: string) => `${name} thôi tồn tại từ ${day} — xem`,
    notYet: (name: string, day: string) => `${name} thành lập từ ${day}: chưa có số liệu trong khoảng đã chọn.`,
    noData: (name: string) => `${name}: không có số liệu trong khoảng đã chọn.`,
    rankTitle: (name: string) => `Thứ hạng theo ${name.toLowerCase()}`,
    rankSubtitle: (newView: boolean, newCount: number, oldCount: number, lastOld: string, first: string) =>
      newView
        ? `Hạng trong ${newCount} xã, phường hiện nay (1 = tốt nhất); kỳ thiếu số liệu để trống.`
        : `Hạng trong các xã cùng thời (${oldCount} xã, thị trấn đến ${lastOld}; ${newCount} xã, phường mới từ ${first}); 1 = tốt nhất.`,
    tableTitle: (indicator: string) => `Bảng so sánh các xã: ${indicator.toLowerCase()}`,
    tableSubtitle: (start: string, end: string, ranked: number) =>
      `Mọi đơn vị, cùng một khoảng: ${start} → ${end}; hạng trong ${ranked} đơn vị có số liệu kỳ ${end}. Bấm tiêu đề cột để sắp xếp, tên xã để xem trang riêng.`,
    columns: {unit: "Đơn vị", trend: "Xu hướng", first: "Đầu kỳ", last: "Cuối kỳ", change: "Thay đổi", rank: "Hạng"},
    rankOf: (rank: number, of: number) => `${rank}/${of}`,
    tableData: "Bảng số liệu",
    period: "Kỳ",
    unitId: "Mã đơn vị",
    value: "Giá trị",
    valueShare: "Giá trị (%)",
    changeShare: "Thay đổi (điểm %)",
    change: "Thay đổi",
    base: "So với kỳ",
    numerator: "Tử số",
    denominator: "Mẫu số",
    partial: "Số liệu một phần",
    yes: "có",
    no: "không",
    rank: "Hạng",
    rankCount: "Số đơn vị xếp hạng",
    printSources: "Báo cáo kết quả giải quyết TTHC hằng tháng của các xã",
    unitsShare: "tỷ lệ (%)",
    unitsCount: "số hồ sơ",
    unitsRank: "thứ hạng (1 = tốt nhất)",
    total: (name: string) => `Toàn ${name}`,
    mean: (name: string) => `Trung bình một xã (${name})`,
    partialNote: (names: string, area: string, first: string) => (names ? `${names} gồm cả xã ngoài ${area}: trước ${first} chỉ có phần thuộc ${area} (số liệu một phần).` : ""),
    oldViewNote: (lastOld: string, first: string, newCount: number) => `Các xã, thị trấn cũ có số liệu đến ${lastOld}; từ ${first} là ${newCount} xã, phường mới.`,
    // one commune's page
    backToCompare: "← So sánh các xã",
    existedUntil: (date: string) => `Đơn vị hành chính cũ, tồn tại đến ${date}.`,
    existsFrom: (date: string) => `Đơn vị hành chính mới, thành lập từ ${date}.`,
    population: (n: string) => `Dân số năm 2019: ${n} người.`,
    becameTitle: (day: string) => `Sau sắp xếp ngày ${day}`,
    cameFromTitle: "Hình thành từ",
    became: (day: string) => `Từ ${day} hợp nhất vào`,
    becameWith: "cùng với",
    cameFrom: (day: string) => `Hình thành ngày ${day} từ`,
    outside: (area: string) => `ngoài ${area}, không có số liệu ở đây`,
    lineageNote: (first: string, area: string) => `Số liệu trước ${first} của đơn vị mới là tổng số hồ sơ của các xã cũ hợp thành (tính lại tỷ lệ từ số đếm), chỉ gồm phần thuộc ${area}.`,
    ytdTitle: (span: string) => `Lũy kế từ đầu năm (${span})`,
    ytdSpan: (month: number, year: string) => (month === 1 ? `T1/${year}` : `T1–T${month}/${year}`),
    ytdSentence: (unit: string, indicator: string, span: string, value: string, vsArea: string, area: string, areaValue: string, vsLastYear: string, lastYearValue: string) =>
      `Lũy kế ${span}, ${unit} có ${indicator.charAt(0).toLocaleLowerCase("vi")}${indicator.slice(1)} ${value}: ${vsArea} ${area} (${areaValue}); ${vsLastYear} cùng kỳ năm trước (${lastYearValue}).`,
    ytdCompare: {ahead: "tốt hơn", behind: "kém hơn", level: "ngang", unknown: "chưa so được với"},
    ytdVsArea: (area: string) => `So với ${area}`,
    ytdVsLastYear: "So với cùng kỳ năm trước",
    ytdCardNote: (mine: string, other: string) => `${mine} so với ${other}`,
    ytdColumns: {indicator: "Chỉ số", unit: "Đơn vị này", area: "Toàn địa bàn", lastYear: "Cùng kỳ năm trước", vsArea: "Chênh với địa bàn", vsLastYear: "Chênh với cùng kỳ"},
    ytdNone: "Chưa có số liệu năm nay.",
    strengthsTitle: "Điểm mạnh và điểm yếu",
    strengthsSubtitle: (from: string, to: string, of: string) => `Xếp hạng trong ${of}, theo số liệu gộp 12 tháng gần nhất có số liệu (${from} – ${to}).`,
    strengths: "Điểm mạnh (nhóm một phần ba đứng đầu)",
    weaknesses: "Điểm yếu (nhóm một phần ba cuối)",
    noneStrong: "Không có chỉ số nào trong nhóm đầu.",
    noneWeak: "Không có chỉ số nào trong nhóm cuối.",
    unranked: "Không xếp hạng được (thiếu tháng trong 12 tháng gần nhất)",
    countNotRanked: "Số hồ sơ tiếp nhận không xếp hạng vì phụ thuộc quy mô dân số của xã.",
    rankLine: (rank: number, of: number, value: string) => `hạng ${rank}/${of} (${value})`,
    peersOld: (n: number, area: string) => `${n} xã, thị trấn của ${area}`,
    peersNew: (n: number) => `${n} xã, phường mới`,
    indicatorsTitle: "Từng chỉ số so với toàn địa bàn",
    indicatorsSubtitle: (reference: string) => `Đường màu: đơn vị này; đường đen: ${reference.charAt(0).toLocaleLowerCase("vi")}${reference.slice(1)}. Tháng thiếu báo cáo để trống. Số hồ sơ so với trung bình một xã.`,
    cardSubtitle: (unit: string, against: string, target: string | null) => `${unit} và ${against.charAt(0).toLocaleLowerCase("vi")}${against.slice(1)}${target ? ` · chỉ tiêu ${target}` : ""}`,
    heatmapTitle: "Thứ hạng theo quý",
    heatmapSubtitle: (of: string) => `Hạng của đơn vị trong ${of} theo từng quý (1 = tốt nhất; xanh: đầu, đỏ: cuối; “–”: thiếu số liệu).`,
    notFound: (id: string) => `Không có đơn vị mã “${id}”.`,
    nothing: "Không có số liệu",
    // the pages' charts and controls (components/compareChart, bumpChart, rankHeatmap, unitPicker, sortableTable)
    reorganisation: (d: number, m: number, y: number) => `Sắp xếp ĐVHC ${String(d).padStart(2, "0")}/${m}/${y}`,
    chartPartial: " (một phần)",
    chartSince: (period: string) => ` so với ${period}`,
    chartChange: (share: boolean) => `Thay đổi${share ? " (điểm %)" : ""}`,
    chartTarget: (value: string) => `Chỉ tiêu ${value}`,
    rankAxis: "Thứ hạng (1 = tốt nhất)",
    rankTip: (rank: number, of: number, value: string) => `hạng ${rank}/${of} (${value})`,
    notRanked: "không xếp hạng (thiếu số liệu)",
    picker: {
      search: "Tìm đơn vị",
      placeholder: "Tìm (gõ không dấu được)…",
      all: "Chọn tất cả",
      allTitle: "Chọn mọi đơn vị đang hiện",
      none: "Bỏ chọn",
      noneTitle: "Bỏ chọn mọi đơn vị đang hiện",
      nothing: "Không tìm thấy đơn vị nào",
      status: (chosen: number, total: number, shown: number) => `Đã chọn ${chosen}/${total}${shown < total ? ` · đang hiện ${shown}` : ""}`
    },
    sortBy: "Sắp xếp theo",
    ascending: "tăng dần",
    descending: "giảm dần",
    lede: "Hồ sơ thủ tục hành chính theo xã"
  },
  journey: {
    onlineTitle: "Dịch vụ công trực tuyến",
    postalTitle: "Bưu chính công ích"
  },
  pci: {
    title: "PCI Hà Tĩnh",
    lede: "Chỉ số năng lực cạnh tranh cấp tỉnh"
  },
  ddci: {
    title: "DDCI",
    lede: "Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương"
  },
  qd766: {
    title: "Chỉ số phục vụ (QĐ 766)",
    lede: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp"
  },
  plan: {
    title: "Kế hoạch tuyên truyền",
    lede: "Kế hoạch tuyên truyền CCHC, PCI, DDCI"
  },
  explore: {
    title: "Khám phá số liệu (SQL)",
    lede: "Hỏi số liệu bằng SQL ngay trong trình duyệt"
  },
  methodology: {
    title: "Phương pháp",
    lede: "Cách tính các chỉ số"
  },
  guide: {
    addSourceTitle: "Thêm nguồn dữ liệu",
    dataContractTitle: "Hợp đồng dữ liệu"
  },
  // Shared components in docs/components/.
  components: {
    download: "Tải xuống",
    table: "Bảng số liệu"
  }
};
