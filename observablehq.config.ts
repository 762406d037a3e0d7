/**
 * Observable Framework configuration. Everything here serves one rule: the site must build and
 * run on an intranet with no internet (see README, "Offline").
 *
 * The frame around the pages (title, sidebar names, footer) is written in Vietnamese from the
 * text catalogue and the area (data/reference/area.json, or the file CCHC_AREA names); on
 * `?lang=en` docs/components/siteChrome.js swaps in the English words and keeps `lang=en` on
 * every link. The sidebar's "Xã của tôi" section lists the area's present communes.
 */
import {communePagePaths} from "./loaders/communePagePaths.ts";
import {loadReference} from "./loaders/reference/loadReference.ts";
import {DEV_CONTENT_SECURITY_POLICY} from "./scripts/build/contentSecurityPolicy.ts";
import {areaUnits} from "./src/model/areaUnits.ts";
import {siteChrome} from "./src/views/siteChrome.ts";

const reference = await loadReference();
if (reference.area === null) throw new Error("data/reference/area.json is missing: it names the area the site covers");
const area = reference.area;
const vi = siteChrome("vi", {shortName: area.shortName.vi, name: area.name.vi});
const presentIds = new Set(areaUnits(area, reference.units, reference.lineage).new);
const presentCommunes = reference.units.filter((u) => u.level === "commune" && presentIds.has(u.id));

/** Text safe inside an HTML attribute or element. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What docs/components/siteChrome.js needs to rebuild the frame's words in either language. */
const chromeArea = {
  vi: {shortName: area.shortName.vi, name: area.name.vi},
  en: {shortName: area.shortName.en, name: area.name.en}
};

export default {
  root: "docs",
  // scripts/build.ts builds into a temporary folder and swaps it in for dist/ only on success.
  output: process.env.CCHC_BUILD_OUTPUT ?? "dist",
  title: vi.title,
  // Framework's default theme links a web font from a public CDN; fonts are self-hosted in style.css.
  globalStylesheets: [],
  style: "style.css",
  head: `<meta http-equiv="Content-Security-Policy" content="${DEV_CONTENT_SECURITY_POLICY}">
<link rel="icon" href="data:,">`,
  // The frame's words and the English switch; a module script runs after Framework's own (sidebar.js sets its titles).
  footer:
    `<p id="site-chrome-footer">${escapeHtml(vi.footer)}</p>` +
    `<div id="site-chrome" hidden data-area="${escapeHtml(JSON.stringify(chromeArea))}"></div>` +
    `<script type="module" src="/components/siteChrome.js"></script>`,
  pages: [
    {name: vi.pages["/"], path: "/"},
    {name: vi.pages["/communes/"], path: "/communes/"},
    // "Xã của tôi": a commune's own page in two taps on a phone; its pages page among themselves.
    {name: vi.myCommune, open: true, pager: "my-commune", pages: presentCommunes.map((u) => ({name: u.name, path: `/communes/${u.id}`}))},
    {name: vi.pages["/online-services"], path: "/online-services"},
    {name: vi.pages["/postal"], path: "/postal"},
    {name: vi.pages["/pci"], path: "/pci"},
    {name: vi.pages["/ddci"], path: "/ddci"},
    {name: vi.pages["/qd766"], path: "/qd766"},
    {name: vi.pages["/plan"], path: "/plan"},
    {name: vi.pages["/explore"], path: "/explore"},
    {name: vi.pages["/methodology"], path: "/methodology"},
    {
      name: vi.forAnalysts,
      open: false,
      pages: [
        {name: vi.pages["/guide/add-source"], path: "/guide/add-source"},
        {name: vi.pages["/guide/data-contract"], path: "/guide/data-contract"}
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
  toc: {show: false, label: vi.tocLabel}
};
