/** Text in both languages. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

/** A reorganisation the area went through: its first day and the act that decided it. */
export interface AreaReorganisation {
  readonly date: string;
  readonly source: string;
}

/**
 * The area the site covers (địa bàn), from data/reference/area.json: the communes it was made of
 * before the reorganisations (the area is these units, not whatever a district held at a time),
 * the district it was (DDCI scores it; its name labels totals while it existed), the day the
 * successor communes start, and the units each view shows by default.
 */
export interface Area {
  readonly id: string;
  /** "huyện Lộc Hà cũ" / "former Lộc Hà district": used inside sentences and labels. */
  readonly name: BilingualText;
  /** "Lộc Hà": page titles. */
  readonly shortName: BilingualText;
  /** The district's own name ("huyện Lộc Hà" / "Lộc Hà district"): labels totals while it existed. */
  readonly districtName: BilingualText;
  /** The district-level unit whose communes these were (GSO code or slug). */
  readonly district: string;
  /** The communes the area started from; what they became (lineage) belongs to the area too. */
  readonly communes: readonly string[];
  readonly reorganisations: readonly AreaReorganisation[];
  /** First day of the successor communes (the "new" view), one of the reorganisations' dates. */
  readonly successorsFrom: string;
  /** Default unit picks: the communes comparison and the online-services/postal journey. */
  readonly defaultUnits: {readonly communes: readonly string[]; readonly journey: readonly string[]};
}
