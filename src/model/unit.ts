/**
 * Administrative level: tỉnh (province), huyện/thị xã/thành phố (district), xã/thị trấn/phường
 * (commune), or a provincial department (sở, ban, ngành) as scored by DDCI.
 */
export type UnitLevel = "province" | "district" | "commune" | "department";

/** An administrative unit (đơn vị hành chính) as recorded in data/reference/units.csv. */
export interface Unit {
  /** Stable id: the GSO code where known, otherwise a slug such as "xa-dong-kinh-2025". */
  readonly id: string;
  /** GSO code (mã đơn vị hành chính), or null where this project does not know it. */
  readonly gsoCode: string | null;
  readonly name: string;
  /** Vietnamese type word as written: Xã, Thị trấn, Phường, Huyện, Thị xã, Thành phố, Tỉnh, Sở, Ban… */
  readonly type: string;
  readonly level: UnitLevel;
  readonly parentId: string | null;
  /** First day the unit existed (ISO date), or null when it predates the data. */
  readonly validFrom: string | null;
  /** Last day the unit existed (ISO date), or null while it still exists. */
  readonly validTo: string | null;
  readonly population2019: number | null;
  readonly aliases: readonly string[];
}

/** One edge of the reorganisation graph: `oldId` became (part of) `newId` from `fromDate`. */
export interface LineageLink {
  readonly oldId: string;
  readonly newId: string;
  readonly fromDate: string;
  readonly note: string;
}

/**
 * One period of a unit's parent (đơn vị cấp trên), from data/reference/unit-parents.csv: a
 * commune can change district without changing itself (Lộc Hà's communes belonged to Thạch Hà
 * from 2025-01-01). Dates are ISO days, inclusive; null is open-ended.
 */
export interface UnitParent {
  readonly unitId: string;
  readonly parentId: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly source: string;
}
