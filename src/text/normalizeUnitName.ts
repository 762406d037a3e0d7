import {foldVietnamese} from "./foldVietnamese.ts";

// Administrative type words as they fold (ủy ban nhân dân, thành phố, thị trấn, thị xã, phường,
// huyện, tỉnh, sở, xã and abbreviations). Dotted forms come before their bare forms so "tt." is
// taken whole; a bare "p" or "h" is not a prefix, only "p." and "h." are.
const PREFIXES = [
  "uy ban nhan dan",
  "thanh pho",
  "thi tran",
  "thi xa",
  "phuong",
  "huyen",
  "ubnd",
  "tinh",
  "tx.",
  "tp.",
  "tt.",
  "p.",
  "h.",
  "tx",
  "tp",
  "tt",
  "xa",
  "so"
] as const;

const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;
const LEADING_NOT_ALPHANUMERIC = /^[^\p{L}\p{N}]+/u;

/**
 * Key for matching administrative unit names (tên đơn vị hành chính) across files: folded
 * (see foldVietnamese), leading type words stripped ("UBND xã Thạch Kim" → "thach kim",
 * "TT. Lộc Hà" → "loc ha"), punctuation turned into spaces.
 *
 * Each prefix is stripped at most once, so a name that begins with a word that folds to a prefix
 * keeps it ("Xã Xá Lượng" → "xa luong"). If stripping would leave nothing ("Thị xã"), the folded
 * name without punctuation is returned instead.
 */
export function normalizeUnitName(s: string): string {
  const folded = foldVietnamese(s);
  let rest = folded.replace(LEADING_NOT_ALPHANUMERIC, "");
  const used = new Set<string>();
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const prefix of PREFIXES) {
      if (used.has(prefix) || !rest.startsWith(prefix)) continue;
      const next = rest.charAt(prefix.length);
      // Whole words only: "xa" must not eat the start of "xuan".
      if (!prefix.endsWith(".") && next !== "" && /[\p{L}\p{N}]/u.test(next)) continue;
      used.add(prefix);
      rest = rest.slice(prefix.length).replace(LEADING_NOT_ALPHANUMERIC, "");
      stripped = true;
      break;
    }
  }
  const key = clean(rest);
  return key !== "" ? key : clean(folded);
}

function clean(s: string): string {
  return s.replace(NOT_ALPHANUMERIC, " ").trim();
}
