import {compareVietnamese} from "../text/compareVietnamese.ts";

const PREFIX = /^(Xã|Thị trấn|Phường|Huyện|Thị xã|Thành phố|Tỉnh)\s+/u;

/**
 * Orders unit names the way a reader looks for them: by the name itself in Vietnamese
 * collation, ignoring the type word, so "Thị trấn Lộc Hà" sits among the L's, not the T's.
 */
export function compareUnitNames(a: string, b: string): number {
  return compareVietnamese(a.normalize("NFC").replace(PREFIX, ""), b.normalize("NFC").replace(PREFIX, "")) || compareVietnamese(a, b);
}
