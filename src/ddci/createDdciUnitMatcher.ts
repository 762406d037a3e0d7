import {createUnitMatcher, type MatchableUnit, type UnitMatch} from "../text/createUnitMatcher.ts";
import {foldVietnamese} from "../text/foldVietnamese.ts";

// Abbreviations of department names common in Vietnamese tables (folded, punctuation as spaces),
// mapped to the ids in data/reference/units-departments.csv.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  "so kh dt": "so-ke-hoach-va-dau-tu",
  "so khdt": "so-ke-hoach-va-dau-tu",
  "so ld tb xh": "so-lao-dong-thuong-binh-va-xa-hoi",
  "so ldtbxh": "so-lao-dong-thuong-binh-va-xa-hoi",
  "so nn ptnt": "so-nong-nghiep-va-phat-trien-nong-thon",
  "so nnptnt": "so-nong-nghiep-va-phat-trien-nong-thon",
  "so tn mt": "so-tai-nguyen-va-moi-truong",
  "so tnmt": "so-tai-nguyen-va-moi-truong",
  "so gtvt": "so-giao-thong-van-tai",
  "so tt tt": "so-thong-tin-va-truyen-thong",
  "so tttt": "so-thong-tin-va-truyen-thong",
  "so vh tt dl": "so-van-hoa-the-thao-va-du-lich",
  "so vhttdl": "so-van-hoa-the-thao-va-du-lich",
  "so gd dt": "so-giao-duc-va-dao-tao",
  "so gddt": "so-giao-duc-va-dao-tao",
  "so kh cn": "so-khoa-hoc-va-cong-nghe",
  "so khcn": "so-khoa-hoc-va-cong-nghe",
  "bql kkt": "ban-quan-ly-khu-kinh-te-tinh",
  "bql kkt tinh": "ban-quan-ly-khu-kinh-te-tinh",
  "bhxh tinh": "bao-hiem-xa-hoi-tinh",
  "bhxh": "bao-hiem-xa-hoi-tinh"
};

/** Folded, "&" and punctuation as spaces, without a leading "UBND"/"Ủy ban nhân dân". */
function fullKey(name: string): string {
  return foldVietnamese(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^(?:ubnd|uy ban nhan dan) /, "");
}

/** A department's key without "tỉnh Hà Tĩnh" / "Hà Tĩnh" / "tỉnh" at the end. */
function withoutProvince(key: string): string {
  const stripped = key.replace(/ (?:tinh ha tinh|ha tinh|tinh)$/, "");
  return stripped === "" ? key : stripped;
}

/**
 * Matches unit names as DDCI tables write them to unit ids. It tries, in order: the full name
 * with its type word ("Thị xã Kỳ Anh" and "Huyện Kỳ Anh" are different units, though both
 * fold to "Kỳ Anh"), "UBND huyện Lộc Hà" likewise; a department's name with or without "tỉnh
 * Hà Tĩnh" at the end ("Cục Thuế Hà Tĩnh" = "Cục Thuế tỉnh"); common abbreviations ("Sở
 * KH&ĐT"); and last createUnitMatcher's key, which drops type words ("Lộc Hà") and reports an
 * ambiguous or unknown name with the closest units.
 */
export function createDdciUnitMatcher(units: readonly (MatchableUnit & {readonly level?: string})[]): (name: string) => UnitMatch {
  const byFull = new Map<string, Set<string>>();
  const add = (key: string, id: string): void => {
    const ids = byFull.get(key) ?? new Set<string>();
    ids.add(id);
    byFull.set(key, ids);
  };
  for (const unit of units) {
    for (const written of [unit.name, ...(unit.aliases ?? [])]) {
      const key = fullKey(written);
      add(key, unit.id);
      if (unit.level === "department") add(withoutProvince(key), unit.id);
    }
  }
  const known = new Set(units.map((u) => u.id));
  const fallback = createUnitMatcher(units);
  return (name) => {
    const key = fullKey(name);
    for (const candidate of [key, withoutProvince(key)]) {
      const ids = byFull.get(candidate);
      if (ids !== undefined && ids.size === 1) return {ok: true, id: [...ids][0]!};
    }
    const abbreviated = ABBREVIATIONS[withoutProvince(key)];
    if (abbreviated !== undefined && known.has(abbreviated)) return {ok: true, id: abbreviated};
    return fallback(name);
  };
}
