// Every word the site shows, in Vietnamese (the site's first language). One section per page or
// shared component; values are text, or functions that build a sentence from figures already
// formatted. en.ts has exactly the same keys (checked by the compiler and by a test).
// Put a new word in the section of the page or component that shows it; words shared by several
// pages go in `common`.

export const vi = {
  common: {
    sample: "Dữ liệu mẫu",
    sampleMark: "Dữ liệu mẫu — số liệu sinh tự động, không phải số liệu thật",
    sampleWarning: "DỮ LIỆU MẪU — số liệu sinh tự động để minh hoạ, không phải số liệu thật.",
    sources: "Nguồn",
    dataThroughLabel: "Số liệu đến",
    units: "Đơn vị tính",
    period: "Kỳ",
    yes: "có",
    no: "không",
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
    downloadCsv: "Tải dữ liệu CSV",
    downloadPng: "Tải ảnh PNG",
    downloadSvg: "Tải ảnh SVG",
    downloadFailed: "Không tạo được tệp",
    chartFileName: "bieu-do",
    columnUnit: "Đơn vị",
    columnUnitId: "Mã đơn vị",
    columnPeriod: "Kỳ",
    columnValue: "Giá trị",
    columnRate: "Tỷ lệ",
    columnNumerator: "Tử số",
    columnDenominator: "Mẫu số",
    columnIndicator: "Chỉ số",
    columnSource: "Nguồn",
    columnSample: "Dữ liệu mẫu",
    percentSuffix: "(%)",
    sourceSampleReports: "báo cáo mẫu sinh tự động",
    sourceUnitReports: "báo cáo kết quả giải quyết TTHC của các đơn vị",
    sourceFiles: (count: string): string => `${count} tệp`,
    printedOn: (date: string): string => `In ngày ${date}`,
    table: "Bảng số liệu"
  }
};
