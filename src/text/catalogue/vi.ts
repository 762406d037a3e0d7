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
    siteTitle: (area: string) => `CCHC ${area}`,
    footer: (area: string) =>
      `Bảng theo dõi cải cách hành chính ${area} — nguồn số liệu và ngày cập nhật ghi dưới mỗi biểu đồ. Trang được tạo bằng Observable Framework, chạy hoàn toàn nội bộ.`,
    ddciName: (area: string) => `DDCI ${area}`,
    otherLanguage: "English",
    otherLanguageCode: "en",
    copyCode: "Chép đoạn mã",
    skipLink: "Bỏ qua, đến nội dung chính",
    toggleSidebar: (shortcut: string) => `Mở hoặc đóng danh mục trang (${shortcut})`,
    myCommune: "Xã của tôi",
    tocLabel: "Trên trang này",
    previousPage: "Trang trước",
    nextPage: "Trang sau",
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
    table: "Bảng số liệu"
  }
};
