// What each page shows, computed from plain inputs (issue #12): one function per file, re-exported
// here in page order. Pages in docs/ call these and only lay out what they return.

// / (docs/index.md)

// /communes/ and /communes/<id>

// /online-services and /postal

// /pci

// /ddci

// /qd766

// /plan

// /explore

// /methodology

// shared by several pages
export {siteChrome, type ChromeArea, type SiteChrome} from "./siteChrome.ts";
export {withLangParam} from "./withLangParam.ts";
export {unitColors} from "./unitColors.ts";
