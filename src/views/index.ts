// What each page shows, computed from plain inputs (issue #12): one function per file, re-exported
// here in page order. Pages in docs/ call these and only lay out what they return.

// / (docs/index.md)

// /communes/ and /communes/<id>

// /online-services and /postal

// /pci
export {areaProvince} from "./areaProvince.ts";
export {indexValueCell, type IndexCell} from "./indexValueCell.ts";
export {indicatorText} from "./indicatorText.ts";
export {pciDefaultProvinces} from "./pciDefaultProvinces.ts";
export {pciPublication, type PciPublication} from "./pciPublication.ts";
export {yearTrend, type YearTrend} from "./yearTrend.ts";
export {fitDomain} from "./fitDomain.ts";
export {profileComparison, type ProfileComparison} from "./profileComparison.ts";

// /ddci
export {ddciDefaultYear} from "./ddciDefaultYear.ts";
export {ddciRanking, type DdciRanking} from "./ddciRanking.ts";

// /qd766

// /plan

// /explore

// /methodology

// shared by several pages
export {unitColors} from "./unitColors.ts";
