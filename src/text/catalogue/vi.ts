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
    lede: "Hồ sơ thủ tục hành chính theo xã"
  },
  journey: {
    onlineTitle: "Dịch vụ công trực tuyến",
    postalTitle: "Bưu chính công ích"
  },
  pci: {
    title: "PCI Hà Tĩnh",
    // Words of the yearly index charts (yearChart, subIndexPanels, dotProfile, rankBarsRealSample, indexSourceNote, indexCards), on /pci and /ddci.
    chart: {
      rankAxis: "↑ Thứ hạng (1 = cao nhất)",
      realFigure: "số liệu thật",
      sampleFigure: "dữ liệu mẫu",
      realLegend: "Số liệu thật (nền đặc)",
      sampleLegend: "Dữ liệu mẫu (nền nhạt, viền đứt)",
      highlightLegend: "Đơn vị đang xem",
      rank: "Hạng",
      source: "Nguồn",
      dataThrough: "Số liệu đến",
      yearInSentence: (year: string) => `năm ${year}`,
      sampleFiles: (count: string) => `dữ liệu mẫu sinh tự động (${count} tệp)`,
      table: "Bảng số liệu",
      otherLang: "English",
      redefined: "đổi cách đo",
      scoreUp: (amount: string, year: string) => `tăng ${amount} điểm so với ${year}`,
      scoreDown: (amount: string, year: string) => `giảm ${amount} điểm so với ${year}`,
      scoreSame: (year: string) => `không đổi so với ${year}`,
      rankUp: (places: string, year: string) => `tăng ${places} bậc so với ${year}`,
      rankDown: (places: string, year: string) => `giảm ${places} bậc so với ${year}`,
      rankSame: (year: string) => `giữ nguyên thứ hạng so với ${year}`,
      firstYear: "năm đầu có số liệu",
      scoreTrend: (unit: string, year: string, value: string, change: string, best: string, bestYear: string, worst: string, worstYear: string) =>
        `${unit}: ${value} điểm năm ${year}, ${change}; cao nhất ${best} (${bestYear}), thấp nhất ${worst} (${worstYear}).`,
      rankTrend: (unit: string, year: string, rank: string, of: string, change: string, best: string, bestYear: string) =>
        `${unit}: hạng ${rank}/${of} năm ${year}, ${change}; hạng cao nhất ${best} (${bestYear}).`,
      noTrend: (unit: string) => `${unit}: chưa có số liệu để vẽ.`
    },
    heading: (province: string) => `Năng lực cạnh tranh cấp tỉnh (PCI) của ${province}`,
    subtitle: (from: string, to: string) => `Chỉ số PCI do VCCI công bố: điểm tổng hợp, thứ hạng trong 63 tỉnh, thành phố và 10 chỉ số thành phần, ${from}–${to}.`,
    latestYear: (province: string, year: string) => `Năm PCI gần nhất VCCI đã công bố cho ${province} là ${year}.`,
    notPublished: (year: string, what: string, lastYear: string) =>
      `Từ PCI ${year}, VCCI không công bố ${what} của tỉnh (chỉ công bố cho nhóm tỉnh dẫn đầu); các chỉ số thành phần vẫn được công bố. Điểm tổng hợp gần nhất là của năm ${lastYear}.`,
    allPublished: "Năm đó VCCI công bố đủ điểm tổng hợp, thứ hạng và các chỉ số thành phần.",
    and: " và ",
    totalWord: "điểm tổng hợp",
    rankWord: "thứ hạng",
    noData: "Chưa có số liệu",
    noDataShort: "chưa có số liệu",
    totalCard: (year: string) => `Điểm PCI ${year}`,
    rankCard: (year: string) => `Thứ hạng PCI ${year}`,
    latestTotal: "điểm tổng hợp gần nhất đã công bố",
    subCard: (year: string) => `Chỉ số thành phần ${year}`,
    highest: "Cao nhất",
    lowest: "Thấp nhất",
    indicator: "Chỉ số",
    provinces: "Tỉnh, thành phố so sánh",
    withoutData: (names: string) => `${names}: chưa có số liệu.`,
    ofProvinces: " (trong 63 tỉnh, thành phố)",
    rankNote: "1 là cao nhất (trên cùng); năm chưa công bố ghi rõ, không vẽ thành 0",
    scoreNote: "Trục điểm vừa với số liệu; năm chưa công bố ghi rõ, không vẽ thành 0",
    noneChosen: "Chưa chọn tỉnh nào có số liệu.",
    panelsTitle: "10 chỉ số thành phần qua các năm",
    panelsNote: "Mỗi ô một chỉ số, cùng một trục điểm (thang 0–10); năm không có số liệu để trống",
    panelsSummary: (unit: string, year: string, best: string, bestValue: string, worst: string, worstValue: string) =>
      `Năm ${year}, chỉ số thành phần cao nhất của ${unit} là ${best} (${bestValue}), thấp nhất là ${worst} (${worstValue}).`,
    panelsDownload: "PCI: 10 chỉ số thành phần",
    profileTitle: (unit: string, year: string, previous: string) => `${unit}: 10 chỉ số thành phần năm ${year} so với ${previous}`,
    profileNote: "Chấm xanh: năm gần nhất; chấm xám: năm trước đó; thang 0–10",
    profileSummary: (year: string, previous: string, up: string, down: string, same: string) =>
      `So với ${previous}, năm ${year} có ${up} chỉ số tăng, ${down} chỉ số giảm và ${same} chỉ số không đổi.`,
    biasNote: "So sánh \"Cạnh tranh bình đẳng\" chỉ có nghĩa từ năm 2013 (đổi cách đo).",
    change: "Thay đổi",
    up: "tăng",
    down: "giảm",
    same: "không đổi",
    figuresTitle: (unit: string) => `Bảng số liệu PCI của ${unit}`,
    figuresNote: "\"chưa công bố\": VCCI không công bố; \"–\": không có chỉ số này năm đó",
    conflictNote: (mark: string) => `; ${mark}: các nguồn ghi khác nhau, giữ số của nguồn ưu tiên (rê chuột để xem số kia, hoặc xem "Khác biệt giữa các nguồn" bên dưới)`,
    figuresCaption: (unit: string) => `${unit}, theo năm PCI (năm khảo sát)`,
    conflicts: "Khác biệt giữa các nguồn",
    noConflicts: "Không có: các nguồn đã đọc không có số liệu nào khác nhau.",
    conflictRule: "Khi hai nguồn cho cùng một số liệu, giữ số chép từ hồ sơ tỉnh trên pcivietnam.vn, vì VCCI hiệu chỉnh số liệu các năm trước trong những lần công bố sau. Lý do: xem trang Phương pháp.",
    province: "Tỉnh",
    year: "Năm",
    value: "Giá trị",
    score: "Điểm",
    note: "Ghi chú",
    sourceFile: "Tệp nguồn",
    otherSources: "Nguồn khác ghi khác",
    valueKept: "Giá trị giữ lại",
    keptFrom: "Nguồn giữ lại",
    otherValue: "Giá trị khác",
    otherSource: "Nguồn khác",
    units: "Điểm (thang 0–100 hoặc 0–10), thứ hạng (1 là cao nhất)",
    sourceVcci: "VCCI (pcivietnam.vn), © VCCI",
    parTitle: (unit: string) => `Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) của ${unit}`,
    parNote: "Điểm thang 0–100 và thứ hạng trong 63 tỉnh, thành phố (1 là cao nhất); \"–\": nguồn không nêu",
    parRank: "Hạng PAR INDEX",
    sipasRank: "Hạng SIPAS",
    parCaption: (unit: string) => `${unit}, theo năm đánh giá`,
    parSource: "Bộ Nội vụ, theo Báo Hà Tĩnh",
    lede: "Chỉ số năng lực cạnh tranh cấp tỉnh"
  },
  ddci: {
    title: "DDCI",
    heading: (unit: string, province: string) => `Chỉ số DDCI: ${unit} giữa các huyện, thị xã, thành phố của ${province}`,
    subtitle: (province: string, from: string, to: string) =>
      `Bộ chỉ số đánh giá năng lực cạnh tranh các sở, ban, ngành và địa phương (DDCI) của ${province}: điểm tổng (0–100) và 9 chỉ số thành phần (0–10), ${from}–${to}.`,
    allReal: "Mọi số liệu trên trang là số liệu thật.",
    realFigures: "Số liệu thật",
    none: "không có",
    restIsSample: "Mọi số liệu khác trên trang là dữ liệu mẫu sinh tự động để minh hoạ, cho đến khi có bảng kết quả thật.",
    year: "Năm",
    unit: "Đơn vị",
    inYear: (year: string) => `năm ${year}`,
    rankOf: (rank: string, of: string) => `Hạng ${rank}/${of} huyện, thị xã, thành phố`,
    noData: "Không có số liệu",
    highest: "Cao nhất",
    lowest: "Thấp nhất",
    real: "Số liệu thật",
    sample: "Dữ liệu mẫu",
    districtsTitle: (year: string, count: string) => `Điểm DDCI ${year} của ${count} huyện, thị xã, thành phố`,
    districtsNote: (unit: string) => `Xếp từ cao xuống thấp; ${unit} tô đậm; thanh bắt đầu từ 0, thang 0–100`,
    rankSummary: (unit: string, year: string, rank: string, of: string, score: string, top: string, topScore: string, bottom: string, bottomScore: string) =>
      `Năm ${year}, ${unit} xếp hạng ${rank}/${of} với ${score} điểm; cao nhất là ${top} (${topScore}), thấp nhất là ${bottom} (${bottomScore}).`,
    rankSummaryNoFocus: (unit: string, year: string, top: string, topScore: string, bottom: string, bottomScore: string) =>
      `Năm ${year}, ${unit} không có điểm; cao nhất là ${top} (${topScore}), thấp nhất là ${bottom} (${bottomScore}).`,
    notScored: (names: string) => `Không có số liệu: ${names}.`,
    profileTitle: (unit: string, year: string) => `${unit}: 9 chỉ số thành phần so với trung vị, năm ${year}`,
    profileNote: "Chấm xanh: đơn vị (rỗng: dữ liệu mẫu, đặc: số liệu thật); chấm xám: trung vị; thang 0–10",
    profileSummary: (unit: string, above: string, below: string, same: string) =>
      `${unit} cao hơn trung vị ở ${above} chỉ số thành phần, thấp hơn ở ${below} và bằng ở ${same}.`,
    median: (count: string) => `Trung vị ${count} đơn vị cấp huyện`,
    component: "Chỉ số thành phần",
    unitsScored: "Số đơn vị có điểm",
    unitFigures: "Số liệu của đơn vị",
    difference: "Chênh lệch",
    historyTitle: (unit: string) => `${unit}: điểm DDCI qua các năm`,
    historyNote: "Trục điểm vừa với số liệu; chấm đặc: số liệu thật, chấm rỗng: dữ liệu mẫu",
    rankTitle: (unit: string) => `${unit}: thứ hạng qua các năm`,
    rankNote: (count: string) => `Trong ${count} huyện, thị xã, thành phố; 1 là cao nhất (trên cùng)`,
    rankName: "Thứ hạng DDCI",
    tableTitle: (year: string) => `Bảng kết quả DDCI ${year}: huyện, thị xã, thành phố`,
    tableNote: "Xếp loại theo bảng công bố; cột \"Số liệu\" cho biết số liệu thật hay dữ liệu mẫu",
    departments: "Các sở, ban, ngành",
    departmentsIntro: "Các sở, ban, ngành cũng được chấm DDCI, trên 8 chỉ số thành phần: không chấm \"Tiếp cận đất đai\" (ô \"–\" là không chấm, không phải 0).",
    departmentsTitle: (year: string) => `Điểm DDCI ${year} của các sở, ban, ngành`,
    departmentsNote: "Xếp từ cao xuống thấp; thanh bắt đầu từ 0, thang 0–100",
    departmentsSummary: (year: string, count: string, top: string, topScore: string, bottom: string, bottomScore: string) =>
      `Năm ${year}, ${count} sở, ban, ngành có điểm; cao nhất là ${top} (${topScore}), thấp nhất là ${bottom} (${bottomScore}).`,
    departmentsNoData: (names: string) => `Không có số liệu năm này: ${names}.`,
    fullTable: "Bảng kết quả đầy đủ",
    rank: "Hạng",
    total: "Điểm tổng",
    classification: "Xếp loại",
    responses: "Số phiếu",
    figures: "Số liệu",
    sourceFile: "Tệp nguồn",
    of: "Trong số",
    notScoredComponent: "không chấm chỉ số này",
    missing: "không có số liệu",
    credit: (province: string) => `Bộ chỉ số DDCI tỉnh ${province}`,
    sourceName: (province: string) => `DDCI ${province}`,
    units: "Điểm (thang 0–100; chỉ số thành phần 0–10), thứ hạng (1 là cao nhất)",
    generated: "dữ liệu mẫu sinh tự động",
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
