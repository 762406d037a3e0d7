import type {Dataset} from "../sources/source.ts";

/**
 * PCI (Chỉ số năng lực cạnh tranh cấp tỉnh, VCCI) per province and year: total, rank and the ten
 * sub-indices. Sources: the province profile committed in data/curated/pci (pciProfile), VCCI's
 * workbooks (pciVcci) and tidy tables (pciTidy) in data/raw/pci. The same figure often comes
 * from several files: the first one read wins (curated before raw, then file-name order) and a
 * differing value is listed in meta.json `conflicts` (e.g. five Hà Tĩnh cells of 2006 and 2011
 * differ between VCCI's workbooks and the pcivietnam.vn profile, which is kept).
 *
 * Figures a source states were not published (the 2023 total and rank) have no observation;
 * they are listed in meta.json under `sources[].notPublished` (see ProvenanceWithNotPublished
 * in loaders/sources/pciProfile.ts) so pages can say "chưa công bố" rather than show a gap.
 */
export const pciDataset: Dataset = {
  id: "pci",
  titleVi: "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) theo tỉnh, theo năm",
  titleEn: "Provincial Competitiveness Index (PCI) by province and year",
  duplicates: "prefer-first"
};
