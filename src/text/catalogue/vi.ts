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
    lede: "Chỉ số năng lực cạnh tranh cấp tỉnh"
  },
  ddci: {
    title: "DDCI",
    lede: "Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương"
  },
  qd766: {
    title: "Chỉ số phục vụ (QĐ 766)",
    columnDigitised: "Số hóa hồ sơ",
    columnEResult: "Kết quả điện tử",
    lede: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp"
  },
  plan: {
    title: "Kế hoạch tuyên truyền",
    lede: "Kế hoạch tuyên truyền CCHC, PCI, DDCI"
  },
  explore: {
    title: "Khám phá số liệu (SQL)",
    heading: "Khám phá số liệu bằng SQL",
    subtitle: "Tự đặt câu hỏi mà các trang cố định chưa trả lời: chọn một câu hỏi có sẵn hoặc viết câu lệnh SQL trên các bảng đã công bố. Mọi truy vấn chạy bằng DuckDB ngay trong trình duyệt, không cần cài đặt, không gửi gì ra ngoài; đường dẫn trên thanh địa chỉ giữ câu lệnh để chia sẻ.",
    tablesSummary: "Các bảng có thể truy vấn",
    rows: (n: string) => `${n} dòng`,
    resultTitle: "Kết quả truy vấn",
    waitingLink: "Câu lệnh từ đường dẫn đang chờ: bấm Chạy để xem kết quả.",
    runningFirst: "Đang chạy câu hỏi đầu tiên…",
    chartPicked: " · biểu đồ tự chọn theo kiểu cột, vẽ cột số cuối cùng",
    noChart: {
      empty: "Truy vấn không trả về dòng nào.",
      "nothing-to-draw": "Không có biểu đồ: cần một cột số, hoặc hai cột nhãn, để vẽ.",
      "too-many": "Không vẽ biểu đồ: quá nhiều ô."
    } as Record<string, string>,
    printSources: "Các bảng đã công bố của bảng theo dõi (observations, plan_reports, units, indicators, lineage)",
    provenanceUnits: "theo các cột của kết quả",
    provenanceSource: "Các bảng đã công bố của bảng theo dõi, truy vấn bằng DuckDB trong trình duyệt",
    source: "Nguồn",
    sourceSample: "có dữ liệu mẫu",
    sourceReal: "số liệu thật",
    sourceThrough: (title: string, kind: string, through: string) => `${title} (${kind}; đến ${through})`,
    sourcePlanNone: "Báo cáo kế hoạch tuyên truyền: chưa có",
    sourceReference: "danh mục đơn vị, chỉ số, sáp nhập (data/reference)",
    sourceNone: "không đọc bảng số liệu nào",
    sourceDuckdb: "Truy vấn chạy bằng DuckDB ngay trong trình duyệt.",
    chartRows: "Số dòng",
    chartNoData: "Không có số liệu",
    chartOnlyFirst: (limit: string, of: string) => `Chỉ vẽ ${limit} dòng đầu trong ${of}; bảng và CSV có đủ.`,
    yes: "Có",
    no: "Không",
    truncated: (shown: string, of: string) => `Kết quả đã cắt bớt: hiển thị ${shown} trên ${of} dòng`,
    moreThan: (n: string) => `hơn ${n}`,
    fileSuffix: (cap: string) => `${cap}-dong-dau`,
    workbench: {
      questions: "Câu hỏi có sẵn",
      editor: "Câu lệnh SQL (DuckDB)",
      run: "Chạy",
      cancel: "Dừng truy vấn",
      cancelling: "Đang dừng truy vấn…",
      cancelled: "Đã dừng truy vấn. Kết quả đang hiện là của lần chạy trước.",
      fromLink: "Câu lệnh này đến từ một đường dẫn: hãy đọc rồi bấm Chạy. Trang không tự chạy câu lệnh từ đường dẫn.",
      refused: (keyword: string) => `Permission Error: ${keyword} bị tắt trên trang này (không cài thêm tiện ích mở rộng cho DuckDB).`,
      hint: "Ctrl + Enter để chạy. Mọi truy vấn chạy ngay trong trình duyệt; không gửi gì ra ngoài.",
      loading: "Đang khởi động DuckDB trong trình duyệt…",
      ready: (time: string) => `DuckDB sẵn sàng (${time}).`,
      running: "Đang chạy…",
      done: (total: string, time: string) => `${total} dòng · ${time}`,
      showing: (shown: string) => ` · hiện ${shown} dòng đầu (CSV có đủ)`,
      error: "Câu lệnh có lỗi: xem thông báo của DuckDB bên dưới. Kết quả đang hiện là của lần chạy trước.",
      errorTitle: "DuckDB báo lỗi",
      failed: "Không khởi động được DuckDB trong trình duyệt này",
      empty: "Hãy viết một câu lệnh SQL hoặc chọn một câu hỏi có sẵn."
    },
    lede: "Hỏi số liệu bằng SQL ngay trong trình duyệt"
  },
  methodology: {
    title: "Phương pháp",
    note: "Trang này mô tả cách tính mọi con số trên bảng theo dõi.",
    heading: "Phương pháp và nguồn số liệu",
    indicatorsHeading: "Chỉ số",
    indicatorCount: (n: string) => `${n} chỉ số`,
    indicatorColumns: ["Chỉ số", "Định nghĩa và công thức", "Đơn vị, chiều tốt", "Chỉ tiêu", "Nguồn"],
    families: {tthc: "Thủ tục hành chính", pci: "PCI", ddci: "DDCI", papi: "PAPI", plan: "Kế hoạch tuyên truyền"} as Record<string, string>,
    units: {share: "tỷ lệ (%)", count: "số lượng", score: "điểm", rank: "thứ hạng"} as Record<string, string>,
    fields: {
      receivedTotal: "tổng số hồ sơ tiếp nhận",
      receivedOnline: "hồ sơ tiếp nhận trực tuyến",
      receivedFullyOnline: "hồ sơ trực tuyến toàn trình",
      receivedInPerson: "hồ sơ tiếp nhận trực tiếp",
      receivedPostal: "hồ sơ tiếp nhận qua BCCI",
      resolvedOnTime: "hồ sơ giải quyết đúng hạn",
      resolvedLate: "hồ sơ giải quyết quá hạn",
      returnedPostal: "kết quả trả qua BCCI",
      paidOnline: "hồ sơ thanh toán trực tuyến"
    } as Record<string, string>,
    publishedValue: "điểm/giá trị công bố",
    higherBetter: "cao hơn là tốt",
    lowerBetter: "thấp hơn là tốt",
    noTarget: "không đặt",
    sourcesHeading: "Nguồn số liệu và lần cập nhật",
    sourceColumns: ["Bộ dữ liệu", "Số liệu", "Tệp", "Loại", "Ghi chú"],
    noFiles: "chưa có tệp",
    origins: {curated: "số liệu thật đã đối chiếu", raw: "tệp của đơn vị", sample: "dữ liệu mẫu"} as Record<string, string>,
    conflicts: (n: string) => `${n} khác biệt giữa nguồn (giữ nguồn đã đối chiếu)`,
    missing: (n: string) => `${n} đơn vị-kỳ thiếu báo cáo`,
    conflictsProse:
      "**Khi hai nguồn ghi khác nhau** cùng một số liệu (cùng đơn vị, chỉ số, kỳ), trang giữ số của nguồn ưu tiên, đánh dấu `*` bên cạnh, ghi số kia và tên hai tệp trong chú thích, trong tệp CSV tải về và trong `meta.json` (`conflicts`). Thứ tự ưu tiên: số liệu đã đối chiếu trong `data/curated/` trước tệp của đơn vị trong `data/raw/`, rồi theo tên tệp. Với PCI, hồ sơ tỉnh trên pcivietnam.vn được giữ trước bảng tổng hợp từng năm của VCCI vì VCCI hiệu chỉnh số liệu các năm trước trong những lần công bố sau (hồ sơ tỉnh là chuỗi đã hiệu chỉnh, bảng của năm là bản công bố lần đầu); ví dụ hạng PCI 2007 của Hà Tĩnh là 56 trong hồ sơ tỉnh và 57 trong bảng năm 2007.",
    metaProse: "Mỗi tệp đã đọc được ghi lại (tên tệp, mã SHA-256, số dòng đọc và loại, kỳ số liệu) trong `meta.json` của bộ dữ liệu: xem [Hợp đồng dữ liệu](./guide/data-contract).",
    rulesHeading: "Quy tắc tính",
    rulePooling: "**Tỷ lệ luôn tính lại từ tổng tử số và tổng mẫu số** khi gộp tháng thành quý/năm hoặc gộp nhiều xã; không bao giờ lấy trung bình các tỷ lệ.",
    ruleMissing: "**Thiếu là thiếu:** tháng một đơn vị không báo cáo được để trống trên biểu đồ (đường bị ngắt), không bao giờ coi là 0. Quý hoặc năm thiếu một tháng thì không có giá trị. Tháng có báo cáo nhưng không có hồ sơ nào (0/0) được cộng 0 và ghi \"không có hồ sơ\"; tỷ lệ gộp có mẫu số 0 là thiếu.",
    ruleParents: (day: string, act: string, name: string, count: string) =>
      `**Sắp xếp ngày ${day} (${act}):** địa bàn theo dõi vẫn là ${count} đơn vị cũ của ${name}: số liệu các tháng sau đó cộng đúng những đơn vị này và được ghi là "địa bàn ${name}". Địa bàn là dữ liệu (\`data/reference/area.json\`), đơn vị cấp trên của từng xã theo thời gian ở \`data/reference/unit-parents.csv\`.`,
    ruleSuccessors: (day: string, partial: string) =>
      `**Sắp xếp đơn vị hành chính ngày ${day}:** cấp huyện chấm dứt hoạt động, các xã được sáp nhập. Ở chế độ "đơn vị kế thừa", số liệu của các xã cũ được cộng vào xã mới mà chúng trở thành, để xu hướng liền mạch.${partial ? ` ${partial} gồm cả đơn vị ngoài địa bàn: trước ngày này chỉ có phần thuộc địa bàn (số liệu một phần).` : ""}`,
    ruleStatus: "**Đạt / Chưa đạt** chỉ hiện khi có chỉ tiêu có nguồn (như 5 chỉ tiêu 100% của kế hoạch tuyên truyền). Không có chỉ tiêu thì trang ghi xu hướng so với cùng kỳ năm trước bằng chữ (\"tốt hơn cùng kỳ 1,5 điểm %\"), không đánh dấu đạt. Trạng thái luôn kèm chữ, không chỉ màu.",
    ruleRanks: "**Xếp hạng:** 1 là tốt nhất theo chiều tốt của chỉ số; đơn vị bằng điểm cùng hạng; đơn vị thiếu số liệu hoặc không có hồ sơ không được xếp hạng.",
    rulePci: "**PCI:** từ năm 2023 VCCI chỉ công bố tổng điểm và thứ hạng của 30 tỉnh dẫn đầu; năm Hà Tĩnh không được công bố ghi \"chưa công bố\", không phải 0. Khi nhiều nguồn cho cùng một số liệu, giữ hồ sơ tỉnh trên pcivietnam.vn và ghi lại khác biệt.",
    sampleHeading: "\"Dữ liệu mẫu\" là gì?",
    sampleProse: "Khi chưa có tệp thật của các đơn vị, bảng theo dõi chạy trên **dữ liệu mẫu**: số liệu sinh tự động bằng một bộ sinh có hạt giống cố định (`npm run sample-data`), trông giống thực tế (tỷ lệ trực tuyến tăng không đều, có xã chậm, giảm vào tháng Tết, vài tháng thiếu báo cáo) nhưng **không phải số liệu thật**. Mọi tệp mẫu mang dòng \"DỮ LIỆU MẪU\", mọi quan sát mang cờ `sample`, và mọi biểu đồ có số liệu mẫu đều gắn huy hiệu \"Dữ liệu mẫu\". Số liệu thật (như hồ sơ PCI của Hà Tĩnh) ghi rõ nguồn và không có huy hiệu.",
    qd766Heading: "Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)",
    qd766Official: (groups: string, portal: string) =>
      `**Điểm chính thức** là bảng điểm đã công bố trên Cổng Dịch vụ công quốc gia hoặc của tỉnh (Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ), đọc nguyên văn kèm nguồn và ngày cập nhật; không tính lại. 100 điểm trong 5 nhóm: ${groups} (Cổng hiển thị nhóm trực tuyến thành ${portal}). Tổng điểm phải bằng tổng các nhóm (sai lệch làm tròn tối đa 0,15), nếu không tệp bị từ chối. Đơn vị được nhận qua danh mục và quan hệ sắp xếp 2025; đơn vị ngoài địa bàn chỉ dùng để biết điểm cao nhất của bảng.`,
    qd766Estimate:
      "**Ước tính từ dữ liệu hồ sơ** là điểm trang này tự tính từ tệp hồ sơ một cửa, không phải điểm chính thức. Mỗi chỉ số: điểm = tối đa × min(1, tỷ lệ ÷ ngưỡng) — đủ điểm khi tỷ lệ đạt ngưỡng, thấp hơn thì giảm theo tỷ lệ. Tỷ lệ gộp nhiều tháng theo một quy tắc duy nhất (cộng tử số và mẫu số; tháng thiếu làm kỳ thiếu; mẫu số 0 là thiếu, không phải 0 điểm cũng không phải đủ điểm). \"Trích dẫn\" là điều văn bản nêu; \"lựa chọn\" là chỗ văn bản trong tay chưa rõ (phụ lục của quyết định chưa đối chiếu được) và dự án tự chọn.",
    qd766Columns: ["Chỉ số", "Nhóm", "Tử số / mẫu số", "Điểm tối đa", "Ngưỡng đủ điểm", "Nguồn, ghi chú"],
    and: " và ",
    cited: "trích dẫn",
    chosen: "lựa chọn",
    needsColumns: (columns: string) => `cần cột ${columns}; thiếu cột là thiếu số liệu`,
    qd766Lost:
      "**Điểm bị mất ở đâu:** điểm mất của một chỉ số (tối đa − điểm ước tính) được chia cho thủ tục, lĩnh vực và tháng theo số hồ sơ không đạt (trễ hạn, không trực tuyến, …) của từng nhóm; tổng mỗi bảng bằng số hồ sơ không đạt và số điểm mất của chỉ số. Hồ sơ nhận được tính vào tháng tiếp nhận, hồ sơ đã giải quyết vào tháng hoàn thành, như báo cáo hằng tháng. Chỉ đếm hồ sơ: không có mã hồ sơ, tên hay số giấy tờ nào rời bộ nạp. **Bậc thang mục tiêu** so điểm chính thức của xã với xã tốt nhất địa bàn, đơn vị tốt nhất trong bảng của tỉnh và điểm tối đa.",
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
