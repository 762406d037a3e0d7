import {buildDataset} from "../buildDataset.ts";
import {ddciClassifications} from "../ddci/ddciClassifications.ts";
import {qd766Tables} from "../qd766/qd766Tables.ts";
import {loadReference, type Reference} from "../reference/loadReference.ts";
import type {Area} from "../../src/model/area.ts";
import {areaUnits} from "../../src/model/areaUnits.ts";
import {TTHC_INDICATORS} from "../../src/model/indicators.ts";
import {overviewData, type OverviewData} from "../../src/views/overviewData.ts";
import {overviewIndexCards, type OverviewIndexCards} from "../../src/views/overviewIndexCards.ts";

/** The indicators of the five dossier cards on /, in order. */
export const HEADLINE_INDICATORS = ["online_share", "fully_online_share", "on_time_share", "postal_submission_share", "postal_return_share"] as const;

export interface OverviewBuild {
  readonly reference: Reference & {readonly area: Area};
  readonly data: OverviewData;
  /** PCI, DDCI and QĐ 766 cards: only the page needs them (null when not asked for). */
  readonly cards: OverviewIndexCards | null;
  /** The dossier reports: every file read, the files of the latest month, unit-months missing. */
  readonly files: readonly string[];
  readonly latestFiles: readonly string[];
  readonly missingCount: number;
}

/**
 * Everything / shows, computed at build time from the loaders' own datasets (the tthc reports,
 * PCI, DDCI and QĐ 766 tables) by the page's views: the page loader (docs/index.md.ts) writes
 * it into the HTML and docs/data/overview.json.ts publishes the part the page's charts need.
 */
export async function overviewBuild(root = ".", {cards: withCards = true}: {readonly cards?: boolean} = {}): Promise<OverviewBuild> {
  const loaded = await loadReference();
  if (loaded.area === null) throw new Error("no area: data/reference/area.json is missing");
  const reference = {...loaded, area: loaded.area};
  const tthc = await buildDataset("tthc", root, reference);
  const data = overviewData(tthc.observations, reference, {headline: HEADLINE_INDICATORS, indicators: TTHC_INDICATORS});
  if (data === null) throw new Error("the tthc dataset has no monthly observation: / has nothing to show");
  const cards = withCards ? await indexCards(reference, root) : null;
  return {
    reference,
    data,
    cards,
    files: tthc.provenance.map((p) => p.file),
    latestFiles: tthc.provenance.filter((p) => p.periods?.[1] === data.dataThrough).map((p) => p.file),
    missingCount: tthc.missing.length
  };
}

/** The three index cards from the PCI, DDCI and QĐ 766 datasets. */
async function indexCards(reference: Reference & {readonly area: Area}, root: string): Promise<OverviewIndexCards> {
  const [pci, ddci, qd766] = await Promise.all([buildDataset("pci", root, reference), buildDataset("ddci", root, reference), buildDataset("qd766", root, reference)]);
  const ids = areaUnits(reference.area, reference.units, reference.lineage);
  return overviewIndexCards({
    area: reference.area,
    units: reference.units,
    areaUnitIds: ids.all,
    pci: pci.observations,
    pciNotPublished: pci.provenance.flatMap((p) => ("notPublished" in p ? (p.notPublished as {unitId: string; indicator: string; period: string}[]) : [])),
    ddci: ddci.observations,
    ddciClasses: await ddciClassifications(ddci, reference, root),
    qd766: qd766.observations,
    qd766Tables: await qd766Tables(qd766, reference)
  });
}
