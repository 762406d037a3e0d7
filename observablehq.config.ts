/**
 * Observable Framework configuration. Everything here serves one rule: the site must build and
 * run on an intranet with no internet (see README, "Offline").
 */
import {communePagePaths} from "./loaders/communePagePaths.ts";
import {DEV_CONTENT_SECURITY_POLICY} from "./scripts/build/contentSecurityPolicy.ts";

export default {
  root: "docs",
  // scripts/build.ts builds into a temporary folder and swaps it in for dist/ only on success.
  output: process.env.CCHC_BUILD_OUTPUT ?? "dist",
  title: "CCHC Lộc Hà",
  lang: "vi",
  // Framework's default theme links a web font from a public CDN; fonts are self-hosted in style.css.
  globalStylesheets: [],
  style: "style.css",
  head: `<meta http-equiv="Content-Security-Policy" content="${DEV_CONTENT_SECURITY_POLICY}">
<link rel="icon" href="data:,">`,
  footer:
    "Bảng theo dõi cải cách hành chính huyện Lộc Hà — nguồn số liệu và ngày cập nhật ghi dưới mỗi biểu đồ. " +
    "Trang được tạo bằng Observable Framework, chạy hoàn toàn nội bộ.",
  pages: [
    {name: "Tổng quan", path: "/"},
    {name: "So sánh các xã", path: "/communes/"},
    {name: "Dịch vụ công trực tuyến", path: "/online-services"},
    {name: "Bưu chính công ích", path: "/postal"},
    {name: "PCI Hà Tĩnh", path: "/pci"},
    {name: "DDCI Lộc Hà", path: "/ddci"},
    {name: "Chỉ số phục vụ (QĐ 766)", path: "/qd766"},
    {name: "Kế hoạch tuyên truyền", path: "/plan"},
    {name: "Khám phá số liệu (SQL)", path: "/explore"},
    {name: "Phương pháp", path: "/methodology"},
    {
      name: "Dành cho cán bộ số liệu",
      open: false,
      pages: [
        {name: "Thêm nguồn dữ liệu", path: "/guide/add-source"},
        {name: "Hợp đồng dữ liệu", path: "/guide/data-contract"}
      ]
    }
  ],
  // No DuckDB extension is downloaded: json and parquet are not installed from the extension host.
  duckdb: {extensions: {json: null, parquet: null}},
  // One page per commune in the TTHC data (docs/communes/[unit].md), listed from data/reference/units.csv.
  dynamicPaths: async function* () {
    yield* await communePagePaths();
  },
  search: false,
  toc: false
};
