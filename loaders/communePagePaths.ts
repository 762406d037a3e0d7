import {join} from "node:path";
import {loadReference} from "./reference/loadReference.ts";
import {tthcUnits} from "./tthc/tthcUnits.ts";

/**
 * Units merged away before this day sent no report the dashboard reads (the TTHC reports start
 * in 2021; An Lộc and Bình Lộc became Bình An on 2020-01-01), so they get no page.
 */
const FIRST_REPORT_DAY = "2021-01-01";

/**
 * The commune pages to build (docs/communes/[unit].md): "/communes/<id>" for every commune the
 * TTHC reports cover — the area's communes and every unit they became — read from
 * data/reference (units.csv, lineage.csv, area.json) when the site's config loads. The id is the GSO code where known,
 * else the unit's slug ("/communes/18580", "/communes/xa-loc-ha-2025").
 */
export async function communePagePaths(root = "."): Promise<string[]> {
  return tthcUnits(await loadReference(join(root, "data", "reference")))
    .filter((u) => u.validTo === null || u.validTo >= FIRST_REPORT_DAY)
    .map((u) => `/communes/${u.id}`);
}
