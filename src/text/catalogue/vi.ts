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
    sourcePci: "VCCI (PCI)",
    sourceDdci: "UBND tỉnh Hà Tĩnh (DDCI)",
    rankedAxis: (indicator: string, month: string) => `${indicator}, ${month}`,
    rankedMissing: (units: string) => `Không có số liệu: ${units}`,
    heading: (area: string) => `Cải cách hành chính ${area}: tổng quan`,
    subtitle: (month: string, area: string, oldCount: string, lastOld: string, newCount: string, first: string) =>
      `Số liệu đến ${month} · toàn địa bàn ${area} (${oldCount} xã, thị trấn đến ${lastOld}; ${newCount} xã, phường kế thừa từ ${first})`,
    sentence: (month: string, value: string, change: string, mover: string) => `Tháng ${month}: ${value} hồ sơ nộp trực tuyến, ${change}${mover ? `; ${mover}` : ""}.`,
    rose: (amount: string) => `tăng ${amount} so với cùng kỳ`,
    fell: (amount: string) => `giảm ${amount} so với cùng kỳ`,
    flat: "bằng cùng kỳ",
    noYearAgo: "chưa có số liệu cùng kỳ",
    fellMost: (unit: string, amount: string) => `${unit} giảm mạnh nhất (${amount})`,
    roseMost: (unit: string, amount: string) => `${unit} tăng mạnh nhất (${amount})`,
    notReported: "Chưa báo cáo",
    allReported: (month: string) => `Mọi xã, phường đã báo cáo tháng ${month}.`,
    vsPrevious: (period: string) => `So với ${period}`,
    vsYearAgo: "So với cùng kỳ",
    sameTimeLastYear: "cùng kỳ",
    yearToDate: (from: string, to: string) => `Lũy kế ${from}–${to}`,
    noTarget: "Không có chỉ tiêu được giao; so sánh với cùng kỳ",
    target: (target: string, gap: string) => `Chỉ tiêu ${target} · còn thiếu ${gap}`,
    year: (year: string) => `năm ${year}`,
    rank: (rank: string, of: string) => `Hạng ${rank}/${of}`,
    rankDistricts: (rank: string, of: string) => `Hạng ${rank}/${of} huyện, thị xã, thành phố`,
    pciNotPublished: (years: string) => `${years}: chưa công bố tổng điểm`,
    pciSource: "Nguồn: VCCI, pcivietnam.vn",
    noData: "Chưa có số liệu",
    qd766Title: "Chỉ số phục vụ (QĐ 766)",
    qd766Rank: (rank: string, of: string) => `hạng ${rank}${of ? `/${of}` : ""}`,
    qd766Note: "Điểm chính thức đã công bố",
    qd766Link: "Điểm mất ở đâu",
    indicator: "Chỉ số",
    ranked: "Xếp hạng các xã",
    rankedSub: (month: string, area: string) => `${month}; đường đứt: toàn địa bàn (${area})`,
    rankedSummary: (indicator: string, month: string, best: string, worst: string, area: string) =>
      `${indicator}, ${month}: cao nhất ${best}, thấp nhất ${worst}; toàn địa bàn ${area}.`,
    movers: "Thay đổi lớn nhất so với cùng kỳ",
    moversSub: (indicator: string, month: string, yearAgo: string) => `${indicator}, ${month} so với ${yearAgo}`,
    moversNote: (first: string, partial: string, area: string) =>
      `So sánh theo đơn vị kế thừa: số liệu trước ${first} của các xã cũ được cộng vào xã mới${partial ? `; ${partial} trước ${first} chỉ gồm phần thuộc ${area}` : ""}.`,
    unit: "Đơn vị",
    period: "Kỳ",
    value: "Giá trị",
    valuePercent: "Giá trị (%)",
    change: "Thay đổi",
    numerator: "Tử số",
    denominator: "Mẫu số",
    latestUpdate: "Lần cập nhật gần nhất",
    added: (month: string, count: string, files: string) => `Thêm số liệu ${month} của ${count} đơn vị (${files}).`,
    missingTotal: (count: string) => `Tháng thiếu báo cáo trong cả giai đoạn: ${count}.`,
    trend: (indicator: string) => `${indicator}: xu hướng theo xã`,
    trendSub: "Tháng thiếu báo cáo để trống, không nối. Đường đen: toàn địa bàn.",
    trendSummary: (indicator: string, from: string, to: string, first: string, last: string) =>
      `${indicator} của toàn địa bàn từ ${first} (${from}) đến ${last} (${to}).`,
    wholeArea: "Toàn địa bàn",
    partialNote: (partial: string, area: string, first: string) =>
      `${partial} gồm cả xã ngoài ${area}: trước ${first} chỉ có phần thuộc ${area} (số liệu một phần).`,
    oldUnits: (count: string) => `Xem ${count} xã, thị trấn cũ ở trang So sánh các xã`,
    tableAlt: "Bảng số liệu của biểu đồ",
    units: "tỷ lệ (%)",
    sourceTthc: "Báo cáo kết quả giải quyết TTHC của các xã",
    lede: "Cải cách hành chính: tổng quan"
  },
  // Marks of met / not met (only against a sourced target) and comparisons in words (issue #13).
  status: {
    met: "Đạt",
    sparkline: (first: string, firstWhen: string, last: string, lastWhen: string, gaps: string) =>
      `từ ${first} (${firstWhen}) đến ${last} (${lastWhen})${gaps ? `; ${gaps} kỳ thiếu số liệu` : ""}`,
    notMet: "Chưa đạt",
    attention: "Cần chú ý",
    noData: "Không có số liệu",
    better: (amount: string, against: string) => `tốt hơn ${against} ${amount}`,
    worse: (amount: string, against: string) => `kém hơn ${against} ${amount}`,
    same: (against: string) => `như ${against}`,
    unknown: (against: string) => `chưa có số liệu ${against}`,
    amount: {share: (n: string) => `${n} điểm %`, score: (n: string) => `${n} điểm`, count: (n: string) => n, rank: (n: string) => `${n} bậc`}
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
